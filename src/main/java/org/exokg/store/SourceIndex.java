package org.exokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.exokg.document.DocumentLoader;
import org.exokg.rdf.ContentHash;

/**
 * Which corpus file content made which document graphs: the file {@value #FILE_NAME} in the store directory,
 * one line {@code fingerprint TAB graph-IRI} per graph. The fingerprint is a SHA-256 over the extractor's
 * signature (ExoKG version and ontology), the file and its metadata sidecar, so a file whose fingerprint
 * is listed, with all its graphs still in the store, need not be extracted again.
 *
 * <p>The file is written after the graphs it names (a crash in between leaves an entry missing, which only
 * costs a re-extraction) and entries of graphs about to be replaced are dropped before they are rewritten.
 */
public final class SourceIndex {

    public static final String FILE_NAME = "exokg-sources.tsv";

    private final Map<String, List<String>> graphsByFingerprint = new TreeMap<>();

    private SourceIndex() {}

    public static SourceIndex empty() {
        return new SourceIndex();
    }

    /** The index stored in {@code storeDir}; empty if there is none or it cannot be read (it is only a cache). */
    public static SourceIndex read(Path storeDir) {
        SourceIndex index = new SourceIndex();
        Path file = storeDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return index;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    index.graphsByFingerprint.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>())
                            .add(line.substring(tab + 1));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            index.graphsByFingerprint.clear();
        }
        return index;
    }

    /** Writes the index into {@code storeDir} (replacing the old file in one rename). */
    public void write(Path storeDir) {
        StringBuilder text = new StringBuilder();
        graphsByFingerprint.forEach((fp, graphs) -> graphs.forEach(g -> text.append(fp).append('\t').append(g).append('\n')));
        try {
            Path tmp = storeDir.resolve(FILE_NAME + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, storeDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + storeDir.resolve(FILE_NAME), e);
        }
    }

    /** The fingerprint of a corpus file as read by an extractor with {@code signature}. */
    public static String fingerprint(String signature, Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path sidecar = file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + DocumentLoader.SIDECAR_SUFFIX);
        return ContentHash.sha256(signature, file, sidecar);
    }

    /** The graphs made from content with this fingerprint, or null if it is not known. */
    public List<String> graphs(String fingerprint) {
        return graphsByFingerprint.get(fingerprint);
    }

    /** Records the graphs made from content with this fingerprint (no graphs: the content made none). */
    public void put(String fingerprint, Collection<String> graphs) {
        graphsByFingerprint.put(fingerprint, List.copyOf(graphs));
    }

    /** Forgets every entry that names one of these graphs (they are about to be rewritten). */
    public void forgetGraphs(Collection<String> graphs) {
        graphsByFingerprint.values().removeIf(list -> list.stream().anyMatch(graphs::contains));
    }

    public int size() {
        return graphsByFingerprint.size();
    }
}
