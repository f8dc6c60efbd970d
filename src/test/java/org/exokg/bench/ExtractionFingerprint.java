package org.exokg.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.exokg.ExoKg;
import org.exokg.document.DocumentLoader;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * What extraction (without a parser) writes for sets of files, kept so that a change meant to leave the output
 * alone (a speed-up) can be checked against it: per set, every quad as sorted N-Quads ({@code NAME.nq}) and per
 * file its quad count and the SHA-256 of its sorted quads ({@code NAME.manifest}). With {@code --compare DIR}, the
 * new manifests are compared with those in DIR and the files whose output changed are listed (a blind-set file by
 * its set only: its name may not be shown); the exit code is 1 if any changed.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.bench.ExtractionFingerprint \
 *     -Dexec.args="/tmp/after corpus=corpus documents=src/test/resources/documents --compare /tmp/before"</pre>
 * Arguments: OUTDIR NAME=PATH... [--compare DIR] [--ontology FILE.ttl]. A PATH is a file or a directory (walked).
 */
public final class ExtractionFingerprint {

    private ExtractionFingerprint() {}

    public static void main(String[] args) throws Exception {
        List<String> options = new ArrayList<>(List.of(args));
        Path compare = option(options, "--compare");
        Path ontologyOption = option(options, "--ontology");
        Path ontology = ontologyOption != null ? ontologyOption : Path.of(ExoKg.ONTOLOGY_FILE);
        Path out = Path.of(options.remove(0));
        Files.createDirectories(out);
        Map<String, Path> sets = new LinkedHashMap<>();
        for (String s : options) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not NAME=PATH: " + s);
            }
            sets.put(s.substring(0, eq), Path.of(s.substring(eq + 1)));
        }
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(ontology);
        int changed = 0;
        for (Map.Entry<String, Path> set : sets.entrySet()) {
            List<String> manifest = new ArrayList<>();
            List<String> allQuads = new ArrayList<>();
            for (Path file : files(set.getValue())) {
                String name = file.equals(set.getValue()) ? file.getFileName().toString() : set.getValue().relativize(file).toString();
                manifest.add(name + "\t" + fingerprint(builder, file, allQuads));
            }
            allQuads.sort(null);
            Files.write(out.resolve(set.getKey() + ".nq"), allQuads, StandardCharsets.UTF_8);
            Files.write(out.resolve(set.getKey() + ".manifest"), manifest, StandardCharsets.UTF_8);
            System.out.printf("%s: %d files, %d quads, sha256 %s%n", set.getKey(), manifest.size(), allQuads.size(),
                    sha256(allQuads));
            if (compare != null) {
                changed += compare(set.getKey(), compare.resolve(set.getKey() + ".manifest"), manifest);
            }
        }
        if (compare != null) {
            System.out.println(changed == 0 ? "output identical to " + compare : changed + " file(s) differ from " + compare);
            System.exit(changed == 0 ? 0 : 1);
        }
    }

    /** The number of files whose output differs from the earlier manifest (or that are new or gone). */
    private static int compare(String set, Path earlier, List<String> now) throws Exception {
        Map<String, String> before = rows(Files.readAllLines(earlier, StandardCharsets.UTF_8));
        Map<String, String> after = rows(now);
        int changed = 0;
        for (String name : union(before, after)) {
            if (!java.util.Objects.equals(before.get(name), after.get(name))) {
                changed++;
                boolean blind = name.matches("(?s).*blind(?:[789]|1[01]).*");
                System.out.println("  differs: " + set + "/" + (blind ? "(a blind-set file)" : name)
                        + (blind ? "" : " " + before.get(name) + " -> " + after.get(name)));
            }
        }
        System.out.printf("  %s: %d of %d files identical%n", set, after.size() - changed, after.size());
        return changed;
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> names = new java.util.TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        return List.copyOf(names);
    }

    private static Map<String, String> rows(List<String> lines) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            rows.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return rows;
    }

    /** "quads sha256" of the file's sorted N-Quads (added to {@code allQuads}), or "error ClassName" if it fails. */
    private static String fingerprint(DocumentGraphBuilder builder, Path file, List<String> allQuads) throws Exception {
        List<DocumentExtraction> extracted;
        try {
            extracted = builder.extract(file);
        } catch (Exception e) {
            return "error " + e.getClass().getSimpleName();
        }
        Dataset ds = DatasetFactory.create();
        for (DocumentExtraction e : extracted) {
            ds.addNamedModel(e.graph().graphIri(), e.graph().model());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, ds, RDFFormat.NQUADS);
        List<String> quads = new ArrayList<>(bytes.toString(StandardCharsets.UTF_8).lines().toList());
        quads.sort(null);
        allQuads.addAll(quads);
        return quads.size() + " " + sha256(quads);
    }

    private static String sha256(List<String> lines) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String line : lines) {
            digest.update(line.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<Path> files(Path root) throws Exception {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(f -> !DocumentLoader.isMetadataSidecar(f))
                    .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static Path option(List<String> options, String name) {
        int i = options.indexOf(name);
        if (i < 0) {
            return null;
        }
        Path p = Path.of(options.get(i + 1));
        options.remove(i + 1);
        options.remove(i);
        return p;
    }
}
