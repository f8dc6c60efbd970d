package org.exokg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.exokg.ExoKg;
import org.exokg.document.DocumentLoader;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * (branch enginespeed15) A steady extraction load over given files, for a profiler (not a test): every file under the
 * directories (walked, sorted) extracted once per round on one thread, with the bare read-and-tokenise pass of
 * {@link ExtractionBenchmark} over the same files per round, and each pass's thread CPU time printed. Run under JFR
 * (MAVEN_OPTS="-XX:StartFlightRecording=settings=profile,filename=F.jfr") and sum the samples inside
 * {@code DocumentGraphBuilder.extract}.
 *
 * <pre>mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.bench.ExtractionProfile \
 *     -Dexec.args="--rounds 8 --warmup 2 /tmp/gen corpus"</pre>
 * Arguments: [--rounds N (5)] [--warmup N (1)] DIR-or-FILE...
 */
public final class ExtractionProfile {

    private ExtractionProfile() {}

    public static void main(String[] args) throws Exception {
        List<String> options = new ArrayList<>(List.of(args));
        int rounds = intOption(options, "--rounds", 5);
        int warmup = intOption(options, "--warmup", 1);
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        for (String a : options) {
            try (Stream<Path> walk = Files.walk(Path.of(a))) {
                for (Path f : walk.filter(Files::isRegularFile).filter(f -> !DocumentLoader.isMetadataSidecar(f))
                        .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                    files.add(f);
                    bytes += Files.size(f);
                }
            }
        }
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        System.out.printf("%d files, %.2f MB%n", files.size(), bytes / 1e6);
        for (int r = 0; r < warmup + rounds; r++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            for (Path f : files) {
                ExtractionBenchmark.bareReadAndTokenise(f);
            }
            double bare = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            long c1 = cpu.getCurrentThreadCpuTime();
            long claims = 0;
            long triples = 0;
            for (Path f : files) {
                for (DocumentExtraction e : builder.extract(f)) {
                    claims += e.claims().size();
                    triples += e.graph().model().size();
                }
            }
            double full = (cpu.getCurrentThreadCpuTime() - c1) / 1e9;
            System.out.printf("%s %d: read+tokenise %.3f s, extraction %.3f s (%.1f %% of read+tokenise); %d claims, %d triples%n",
                    r < warmup ? "warm-up" : "round", r < warmup ? r + 1 : r - warmup + 1, bare, full, 100 * bare / full,
                    claims, triples);
        }
    }

    private static int intOption(List<String> options, String name, int fallback) {
        int i = options.indexOf(name);
        if (i < 0) {
            return fallback;
        }
        int v = Integer.parseInt(options.get(i + 1));
        options.remove(i + 1);
        options.remove(i);
        return v;
    }
}
