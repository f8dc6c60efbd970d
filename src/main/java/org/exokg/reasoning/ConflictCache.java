package org.exokg.reasoning;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conflict search's answers per kind, kept beside the store between runs, so that a run after {@code ingest}
 * searches again only the kinds whose statements changed. An answer is keyed by a hash of everything the
 * search of one kind depends on (ExoKG's version, the ontology, the kind, its open statements in priority
 * order), so a reused answer is the answer a new search would give. The ontology axioms of a conflict are kept
 * the same way (keyed by the ontology, the impossible kind and the statements). Only the answers used by the
 * last run are saved, so the file follows the store, not its history. A missing or unreadable file is an empty
 * cache: the answers are recomputed.
 */
public final class ConflictCache {

    /** The file beside the TDB2 files of a store. */
    public static final String FILE_NAME = "exokg-conflict-cache.bin";

    /**
     * The search of one kind: the statements refuted (statement keys) and, for each, its refutations (each a
     * minimal set of statement keys) and whether that search was complete. No refuted statements: nothing of
     * this kind is impossible.
     */
    record KindAnswer(ArrayList<String> refuted, ArrayList<ArrayList<ArrayList<String>>> refutations,
                      ArrayList<Boolean> complete) implements Serializable {}

    private final Map<String, KindAnswer> previousKinds;
    private final Map<String, ArrayList<String>> previousAxioms;
    private final Map<String, KindAnswer> kinds = new HashMap<>();
    private final Map<String, ArrayList<String>> axioms = new HashMap<>();

    private ConflictCache(Map<String, KindAnswer> previousKinds, Map<String, ArrayList<String>> previousAxioms) {
        this.previousKinds = previousKinds;
        this.previousAxioms = previousAxioms;
    }

    public static ConflictCache empty() {
        return new ConflictCache(Map.of(), Map.of());
    }

    /** The answers saved in {@code file}; an empty cache if there is none or it cannot be read (e.g. an older format). */
    @SuppressWarnings("unchecked")
    public static ConflictCache load(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
            Map<String, KindAnswer> k = (Map<String, KindAnswer>) objects.readObject();
            Map<String, ArrayList<String>> a = (Map<String, ArrayList<String>>) objects.readObject();
            return new ConflictCache(k, a);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return empty(); // only a cache: the answers are computed again
        }
    }

    /** Saves the answers used since this cache was loaded: written beside, then moved over the old file. */
    public void save(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp); ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(new HashMap<>(kinds));
            objects.writeObject(new HashMap<>(axioms));
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    KindAnswer kind(String key) {
        KindAnswer a = kinds.containsKey(key) ? kinds.get(key) : previousKinds.get(key);
        if (a != null) {
            kinds.put(key, a);
        }
        return a;
    }

    void putKind(String key, KindAnswer answer) {
        kinds.put(key, answer);
    }

    /** The rendered ontology axioms of a conflict, or null if not known. */
    List<String> axioms(String key) {
        ArrayList<String> a = axioms.containsKey(key) ? axioms.get(key) : previousAxioms.get(key);
        if (a != null) {
            axioms.put(key, a);
        }
        return a;
    }

    void putAxioms(String key, List<String> rendered) {
        axioms.put(key, new ArrayList<>(rendered));
    }
}
