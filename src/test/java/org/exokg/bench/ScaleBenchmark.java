package org.exokg.bench;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;
import org.exokg.store.CorpusLoader;
import org.exokg.store.GraphStore;

/**
 * The literature-scale benchmark (docs/performance.md): for each corpus size it generates a corpus from the
 * real sentences of corpus/ (and any directories given with {@code --sources}), then prints side by side
 * <ul>
 * <li>extraction vs a plain read-and-tokenise pass over the same files (one thread, in this JVM);</li>
 * <li>{@code exokg build} in its own JVM: wall time, peak RSS, how long the per-document part took, store
 *     bytes (allocated on disk), then a no-op rebuild (time and size);</li>
 * <li>{@code tdb2.tdbloader} on the same quads (exported from the built store) in its own JVM: time, peak
 *     RSS, store bytes;</li>
 * <li>the load alone against tdbloader, two ways: the build's bulk load minus its waiting for extracted documents
 *     (a lower bound: the loader works on its own threads while the build waits), and the build's bulk path
 *     ({@link org.exokg.store.BulkLoad}) loading the exported quads in its own JVM ({@link LoadAlone});</li>
 * <li>for every child JVM, peak RSS (VmHWM) beside the peaks of anonymous memory (RssAnon) and mapped files
 *     (RssFile), sampled from /proc ({@link MemoryPeaks}): VmHWM counts TDB2's memory-mapped pages, RssAnon is
 *     the figure to compare with a memory budget;</li>
 * <li>{@code exokg reason} on the built store: time vs claims;</li>
 * <li>every library query's latency in-process and through Fuseki over HTTP (p50/p95).</li>
 * </ul>
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.bench.ScaleBenchmark \
 *     -Dexec.args="100 1000 [--xmx 2g] [--workers 2] [--runs 5] [--no-http] [--sources DIR...] [--keep DIR]"</pre>
 * Not a test: it takes minutes, and its figures depend on the machine.
 */
public final class ScaleBenchmark {
    private ScaleBenchmark() {}

    private static final Pattern DOCS = Pattern.compile("documents: ([\\d,]+) docs in ([\\d.]+) s");
    private static final Pattern BULK = Pattern.compile("bulk load: ([\\d,]+) quads \\(([\\d.]+) s");
    private static final Pattern ALONE = Pattern.compile("of which ([\\d.]+) s waiting for extracted documents .*loading alone ([\\d.]+) s");

    /**
     * The bulk-load figures of a build's output (the line of {@link org.exokg.store.BulkLoad.Timing#describe}).
     *
     * @param seconds the load's wall time, extraction that fed it included
     * @param waitingSeconds of those, the time spent waiting for extracted documents
     * @param aloneSeconds the load alone ({@code seconds - waitingSeconds}); NaN when the line does not say
     */
    record LoadFigures(long quads, double seconds, double waitingSeconds, double aloneSeconds) {
        static LoadFigures of(String output) {
            Matcher bulk = BULK.matcher(output);
            if (!bulk.find()) {
                return new LoadFigures(-1, Double.NaN, Double.NaN, Double.NaN);
            }
            Matcher alone = ALONE.matcher(output.substring(bulk.start()));
            boolean split = alone.find();
            return new LoadFigures(Long.parseLong(bulk.group(1).replace(",", "")), Double.parseDouble(bulk.group(2)),
                    split ? Double.parseDouble(alone.group(1)) : Double.NaN, split ? Double.parseDouble(alone.group(2)) : Double.NaN);
        }
    }
    private static final Pattern CLAIMS = Pattern.compile("exokg reason: (\\d+) claims");

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        String xmx = null;
        String workers = null;
        int runs = 5;
        boolean http = true;
        Path keep = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--xmx" -> xmx = args[++i];
                case "--workers" -> workers = args[++i];
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--no-http" -> http = false;
                case "--keep" -> keep = Path.of(args[++i]);
                case "--sources" -> {
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        sources.add(args[++i]);
                    }
                }
                default -> sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(100, 1000);
        }
        List<String> sentences = ScaleCorpus.realSentences(ScaleCorpus.sources(sources));
        System.out.printf("machine: %d cores, JVM max heap of this process %d MB; build JVMs: %s; sentences: %d distinct from %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                xmx == null ? "default heap" : "-Xmx" + xmx, sentences.size(), ScaleCorpus.sources(sources));
        Map<Integer, Map<String, String>> table = new LinkedHashMap<>();
        for (int n : sizes) {
            Path work = keep != null ? keep.resolve("n" + n) : Files.createTempDirectory("exokg-scale-" + n);
            try {
                table.put(n, measure(n, work, sentences, xmx, workers, runs, http));
            } finally {
                if (keep == null) {
                    delete(work);
                }
            }
        }
        System.out.println();
        System.out.println("| measure | " + String.join(" | ", table.keySet().stream().map(n -> n + " docs").toList()) + " |");
        System.out.println("|---|" + "---:|".repeat(table.size()));
        for (String key : table.values().iterator().next().keySet()) {
            System.out.println("| " + key + " | " + String.join(" | ", table.values().stream().map(m -> m.getOrDefault(key, "")).toList()) + " |");
        }
        System.exit(0);
    }

    private static Map<String, String> measure(int n, Path work, List<String> sentences, String xmx, String workers,
                                               int runs, boolean http) throws Exception {
        Map<String, String> row = new LinkedHashMap<>();
        Path corpus = work.resolve("corpus");
        long bytes = ScaleCorpus.generate(corpus, n, sentences);
        System.out.printf("%n== %,d documents (%.1f MB of text) in %s%n", n, bytes / 1e6, work);
        row.put("text", String.format(Locale.ROOT, "%.1f MB", bytes / 1e6));

        // extraction vs read-and-tokenise, one thread, after a warm-up on the first 50 files
        List<Path> files = CorpusLoader.corpusFiles(corpus);
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        for (Path f : files.subList(0, Math.min(50, files.size()))) {
            ExtractionBenchmark.bareReadAndTokenise(f);
            builder.extract(f);
        }
        long t0 = System.nanoTime();
        for (Path f : files) {
            ExtractionBenchmark.bareReadAndTokenise(f);
        }
        double bare = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        long claims = 0;
        for (Path f : files) {
            for (DocumentExtraction e : builder.extract(f)) {
                claims += e.claims().size();
            }
        }
        double full = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "read+tokenise %.2f s (%.2f MB/s); extraction %.2f s (%.2f MB/s, %,d claims): %.1f %% of read+tokenise%n",
                bare, bytes / 1e6 / bare, full, bytes / 1e6 / full, claims, 100 * bare / full);
        row.put("read+tokenise (1 thread)", String.format(Locale.ROOT, "%.2f MB/s", bytes / 1e6 / bare));
        row.put("extraction (1 thread)", String.format(Locale.ROOT, "%.2f MB/s (%.1f %%)", bytes / 1e6 / full, 100 * bare / full));

        // exokg build, then a no-op rebuild
        Path store = work.resolve("tdb2");
        List<String> build = new ArrayList<>(List.of("org.exokg.cli.ExoKgCommand", "build", "--store", store.toString(),
                "--corpus", corpus.toString()));
        if (workers != null) {
            build.addAll(List.of("--workers", workers));
        }
        Run first = java(xmx, build, work.resolve("build.log"));
        Matcher docs = DOCS.matcher(first.output);
        double docSeconds = docs.find() ? Double.parseDouble(docs.group(2)) : Double.NaN;
        LoadFigures load = LoadFigures.of(first.output);
        long quads = load.quads();
        double loadSeconds = load.seconds();
        long storeBytes = allocatedBytes(store);
        System.out.printf(Locale.ROOT, "build: %.1f s, %s, exit %d; documents extracted and streamed %.1f s, bulk load %.1f s of %,d quads"
                        + " (%.1f s of it waiting for extracted documents: load alone %.1f s); store %,d MB%n",
                first.seconds, first.memory.describe(), first.status, docSeconds, loadSeconds, quads, load.waitingSeconds(),
                load.aloneSeconds(), storeBytes >> 20);
        row.put("build", String.format(Locale.ROOT, "%.1f s", first.seconds));
        // where the build's time went, phase by phase (the build's own line)
        first.output.lines().filter(l -> l.startsWith("exokg: build phases: ")).findFirst().ifPresent(l -> {
            System.out.println(l.substring("exokg: ".length()));
            row.put("build phases", l.substring("exokg: build phases: ".length()));
        });
        row.put("build peak RSS", String.format(Locale.ROOT, "%,d MB", first.memory.vmHwmKb() >> 10));
        row.put("build peak RssAnon / RssFile", anonAndFile(first.memory));
        row.put("documents extracted + streamed (per-document work)", String.format(Locale.ROOT, "%.1f s (%.0f %% of build)",
                docSeconds, 100 * docSeconds / first.seconds));
        row.put("bulk load incl. waiting for extraction", String.format(Locale.ROOT, "%.1f s, %,d quads", loadSeconds, quads));
        row.put("store on disk", String.format(Locale.ROOT, "%,d MB (%.0f B/quad)", storeBytes >> 20, (double) storeBytes / quads));
        Run again = java(xmx, build, work.resolve("rebuild.log"));
        long againBytes = allocatedBytes(store);
        System.out.printf(Locale.ROOT, "no-op rebuild: %.1f s, %s; store %,d MB (%+.1f %%)%n", again.seconds,
                again.memory.describe(), againBytes >> 20, 100.0 * (againBytes - storeBytes) / storeBytes);
        row.put("no-op rebuild", String.format(Locale.ROOT, "%.1f s, store %+.1f %%", again.seconds,
                100.0 * (againBytes - storeBytes) / storeBytes));

        // tdb2.tdbloader on the same quads
        Path nq = work.resolve("store.nq");
        try (GraphStore s = GraphStore.open(store); OutputStream out = Files.newOutputStream(nq)) {
            s.read(dsg -> RDFDataMgr.write(out, dsg, Lang.NQUADS));
            s.release();
        }
        Path loaded = work.resolve("tdbloader");
        Run loader = java(xmx, List.of("tdb2.tdbloader", "--loc", loaded.toString(), nq.toString()), work.resolve("tdbloader.log"));
        long loaderBytes = allocatedBytes(loaded);
        System.out.printf(Locale.ROOT, "tdb2.tdbloader: %.1f s, %s, store %,d MB; exokg store / tdbloader store = %.2f%n",
                loader.seconds, loader.memory.describe(), loaderBytes >> 20, (double) storeBytes / loaderBytes);
        row.put("tdb2.tdbloader (same quads)", String.format(Locale.ROOT, "%.1f s, %,d MB RSS", loader.seconds, loader.memory.vmHwmKb() >> 10));
        row.put("tdb2.tdbloader peak RssAnon / RssFile", anonAndFile(loader.memory));
        row.put("store size / tdbloader's", String.format(Locale.ROOT, "%.2f (%,d MB)", (double) storeBytes / loaderBytes, loaderBytes >> 20));

        // the load alone, two ways: the build's load minus its waiting for extraction, and the build's bulk path
        // (BulkLoad) on the exported quads in its own JVM, as tdbloader loads them
        Path aloneStore = work.resolve("loadalone");
        Run alone = java(xmx, List.of(LoadAlone.class.getName(), nq.toString(), aloneStore.toString()), work.resolve("loadalone.log"));
        LoadFigures exported = LoadFigures.of(alone.output);
        // tdbloader's figure is its JVM's wall time; the exported load is compared on the same footing (JVM wall)
        System.out.printf(Locale.ROOT, "load alone: in the build %.1f s (%.2f x tdbloader's throughput); the build's bulk path on the"
                        + " exported quads, own JVM: %.1f s wall, %.1f s loading (%.2f x), %s%n", load.aloneSeconds(),
                loader.seconds / load.aloneSeconds(), alone.seconds, exported.seconds(), loader.seconds / alone.seconds,
                alone.memory.describe());
        row.put("load alone in the build (bulk load minus waiting for extraction)", String.format(Locale.ROOT,
                "%.1f s (%.1f s waiting): %.2f x tdbloader", load.aloneSeconds(), load.waitingSeconds(), loader.seconds / load.aloneSeconds()));
        row.put("build's bulk path on the exported quads (own JVM, wall)", String.format(Locale.ROOT, "%.1f s: %.2f x tdbloader",
                alone.seconds, loader.seconds / alone.seconds));
        delete(aloneStore);
        Files.delete(nq);

        // reasoning on its own
        Run reason = java(xmx, List.of("org.exokg.cli.ExoKgCommand", "reason", "--store", store.toString()), work.resolve("reason.log"));
        Matcher c = CLAIMS.matcher(reason.output);
        String claimCount = c.find() ? c.group(1) : "?";
        System.out.printf(Locale.ROOT, "reason: %.1f s, %s, %s claims%n", reason.seconds, reason.memory.describe(), claimCount);
        row.put("reason", String.format(Locale.ROOT, "%.1f s for %s claims, %,d MB RSS", reason.seconds, claimCount, reason.memory.vmHwmKb() >> 10));
        row.put("reason peak RssAnon / RssFile", anonAndFile(reason.memory));

        // library queries
        java.io.ByteArrayOutputStream latencies = new java.io.ByteArrayOutputStream();
        QueryLatency.run(store, runs, http, List.of(), new java.io.PrintStream(latencies, true, StandardCharsets.UTF_8));
        String text = latencies.toString(StandardCharsets.UTF_8);
        System.out.print(text);
        String worst = text.lines().filter(l -> l.startsWith("worst p95")).findFirst().orElse("");
        row.put("library queries", worst.replace("worst p95: ", "worst p95 "));
        text.lines().filter(l -> l.startsWith("HTTP p95 <= 2")).findFirst()
                .ifPresent(l -> row.put("library queries, HTTP within 2 x", l.replace("HTTP p95 <= 2 x ", "")));
        return row;
    }

    private record Run(int status, double seconds, MemoryPeaks memory, String output) {}

    private static String anonAndFile(MemoryPeaks m) {
        return String.format(Locale.ROOT, "%,d / %,d MB", m.rssAnonKb() >> 10, m.rssFileKb() >> 10);
    }

    /** Runs a main class of this class path in a new JVM; wall time and memory peaks (sampled every 100 ms). */
    private static Run java(String xmx, List<String> mainAndArgs, Path log) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (xmx != null) {
            command.add("-Xmx" + xmx);
        }
        command.addAll(List.of("-cp", classPath()));
        command.addAll(mainAndArgs);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        MemoryPeaks peak = MemoryPeaks.sampleUntilExit(p, 100);
        double seconds = (System.nanoTime() - start) / 1e9;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            System.out.println("  (exit " + p.exitValue() + "; last lines of " + log + ":)");
            output.lines().skip(Math.max(0, output.lines().count() - 5)).forEach(l -> System.out.println("  " + l));
        }
        return new Run(p.exitValue(), seconds, peak, output);
    }

    /** This JVM's class path: the exec:java class loader's URLs, else java.class.path. */
    private static String classPath() {
        ClassLoader loader = ScaleBenchmark.class.getClassLoader();
        if (loader instanceof URLClassLoader urls) {
            List<String> parts = new ArrayList<>();
            for (URL u : urls.getURLs()) {
                try {
                    parts.add(Path.of(u.toURI()).toString());
                } catch (Exception e) {
                    parts.add(u.getPath());
                }
            }
            return String.join(File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }

    /** Bytes allocated on disk (TDB2 files are sparse: their apparent size overstates it). */
    static long allocatedBytes(Path dir) throws Exception {
        Process du = new ProcessBuilder("du", "-s", "-B1", dir.toString()).redirectErrorStream(true).start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        du.waitFor();
        try {
            return Long.parseLong(out.split("\\s+")[0]);
        } catch (NumberFormatException e) {
            return GraphStore.bytesOnDisk(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
