package org.exokg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Two builds of the extraction pipeline compared in one JVM (not a test): on a shared machine single benchmark runs
 * vary by ±25 %, so a 5–10 % change is only seen side by side. The classes of an earlier build (a class directory, e.g.
 * a copy of main's {@code target/classes}) and this build's are each loaded by a class loader of their own (the
 * dependencies shared), and both extract the same generated documents in turns, the order alternating per round, after
 * warm-up rounds; the figure per pass is the thread's CPU time. Each round also times a plain read-and-tokenise pass
 * (this build's classes) over the same files, so extraction is given as a fraction of it. Every pass's claim and triple
 * totals are compared: the builds must agree (the full check of identical output is {@link ExtractionFingerprint}).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.bench.ExtractionSideBySide \
 *     -Dexec.args="/tmp/main-classes 300 --rounds 5"</pre>
 * Arguments: OLD_CLASSES [documents=300] [--rounds N (5)] [--warmup N (2)] [--ontology FILE] [--texts DIR,DIR...] (the
 * files under the given directories instead of generated documents, e.g. {@code corpus,src/test/resources/documents/heldout})
 * [--output-changes] (the builds may extract differently: both totals are printed instead of stopping)
 * [--variants "exokg.a=false;exokg.b=false,exokg.c=true"] (branch enginespeed13: besides old and new, one more build of
 * this build's classes per variant, each run with its system properties set and every other variant's cleared, the old
 * and new builds with none: both builds share the JVM's properties, so a switch read at class initialisation or at each
 * use is set only while its own build is made and extracts; the cost of a reading is old/variant against old/new; the
 * order of the builds turns by one each round).
 */
public final class ExtractionSideBySide {

    private ExtractionSideBySide() {}

    public static void main(String[] args) throws Exception {
        List<String> options = new ArrayList<>(List.of(args));
        int rounds = Integer.parseInt(option(options, "--rounds", "5"));
        int warmup = Integer.parseInt(option(options, "--warmup", "2"));
        Path ontology = Path.of(option(options, "--ontology", ExoKg.ONTOLOGY_FILE));
        String texts = option(options, "--texts", null);
        // (branch rulecost) --output-changes: the builds are meant to extract differently (a rule turned on); their totals
        // are printed side by side instead of stopping the run
        boolean outputChanges = options.remove("--output-changes");
        String variants = option(options, "--variants", null);
        Path oldClasses = Path.of(options.get(0));
        int documents = options.size() > 1 ? Integer.parseInt(options.get(1)) : 300;
        if (!Files.isDirectory(oldClasses)) {
            throw new IllegalArgumentException("not a class directory: " + oldClasses);
        }
        Path newClasses = Path.of(DocumentGraphBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        List<Path> files = new ArrayList<>();
        long bytes = 0;
        Path dir = null;
        if (texts != null) {
            // real texts as they are (branch speed22): the generated documents recombine 103 short sentences of corpus/
            for (String t : texts.split(",")) {
                try (java.util.stream.Stream<Path> walk = Files.walk(Path.of(t))) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            }
            for (Path f : files) {
                bytes += Files.size(f);
            }
        } else {
            dir = Files.createTempDirectory("exokg-side-by-side");
            bytes = ExtractionBenchmark.generate(dir, documents, ExtractionBenchmark.realSentences(Path.of("corpus")));
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                ds.forEach(files::add);
            }
            Collections.sort(files);
        }
        System.out.printf("corpus: %d documents, %.1f MB; old %s, new %s%n", files.size(), bytes / 1e6, oldClasses, newClasses);

        List<Build> builds = new ArrayList<>(List.of(new Build("old", oldClasses, ontology, Map.of()),
                new Build("new", newClasses, ontology, Map.of())));
        if (variants != null) {
            for (String v : variants.split(";")) {
                Map<String, String> properties = new LinkedHashMap<>();
                for (String kv : v.split(",")) {
                    String[] parts = kv.trim().split("=", 2);
                    properties.put(parts[0], parts[1]);
                }
                builds.add(new Build(v.trim(), newClasses, ontology, properties));
            }
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<List<Double>> times = new ArrayList<>();
        for (int k = 0; k < builds.size(); k++) {
            times.add(new ArrayList<>());
        }
        List<Double> bare = new ArrayList<>();
        for (int round = 0; round < warmup + rounds; round++) {
            boolean measured = round >= warmup;
            long b0 = cpu.getCurrentThreadCpuTime();
            for (Path f : files) {
                ExtractionBenchmark.bareReadAndTokenise(f);
            }
            double bareCpu = (cpu.getCurrentThreadCpuTime() - b0) / 1e9;
            long[][] totals = new long[builds.size()][];
            StringBuilder line = new StringBuilder(String.format("%s %d: read+tokenise %.2f s", measured ? "round" : "warm-up",
                    measured ? round - warmup + 1 : round + 1, bareCpu));
            for (int k = 0; k < builds.size(); k++) {
                int which = (round + k) % builds.size(); // turn which build goes first
                long c0 = cpu.getCurrentThreadCpuTime();
                totals[which] = builds.get(which).pass(files);
                double s = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
                line.append(String.format(", %s %.2f s", builds.get(which).name, s));
                if (measured) {
                    times.get(which).add(s);
                }
            }
            for (int k = 1; k < builds.size(); k++) {
                if (!Arrays.equals(totals[0], totals[k]) && !outputChanges) {
                    throw new IllegalStateException("the builds disagree: claims, triples " + Arrays.toString(totals[0])
                            + " vs " + builds.get(k).name + " " + Arrays.toString(totals[k]));
                }
            }
            if (measured) {
                bare.add(bareCpu);
            }
            StringBuilder changes = new StringBuilder();
            for (int k = 1; k < builds.size(); k++) {
                if (!Arrays.equals(totals[0], totals[k])) {
                    changes.append(String.format(java.util.Locale.ROOT, "; %s: %,d claims, %,d triples", builds.get(k).name,
                            totals[k][0], totals[k][1]));
                }
            }
            System.out.println(line + String.format(" (%,d claims, %,d triples%s; load %.1f)", totals[0][0], totals[0][1],
                    changes, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        }
        double oldMedian = median(times.get(0));
        double bareMedian = median(bare);
        for (int k = 1; k < builds.size(); k++) {
            double newMedian = median(times.get(k));
            System.out.printf("CPU per pass, median of %d: old %.2f s (%.1f docs/s), %s %.2f s (%.1f docs/s); %s is %.2fx as fast%n",
                    rounds, oldMedian, files.size() / oldMedian, builds.get(k).name, newMedian, files.size() / newMedian,
                    builds.get(k).name, oldMedian / newMedian);
            System.out.printf("read+tokenise %.2f s (%.2f MB/s); extraction = %.1f %% (old), %.1f %% (%s) of read+tokenise%n",
                    bareMedian, bytes / 1e6 / bareMedian, 100 * bareMedian / oldMedian, 100 * bareMedian / newMedian,
                    builds.get(k).name);
            // per round, old/new of the same round (both passes saw the same load): the spread says how far the median
            // ratio can be trusted on a shared machine (branch speed19)
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                ratios.add(times.get(0).get(i) / times.get(k).get(i));
            }
            System.out.printf("old/%s per round: median %.2fx, range %.2f-%.2fx; %s faster in %d of %d rounds%n",
                    builds.get(k).name, median(ratios), Collections.min(ratios), Collections.max(ratios),
                    builds.get(k).name, ratios.stream().filter(r -> r > 1).count(), rounds);
        }
        if (dir != null) {
            for (Path f : files) {
                Files.delete(f);
            }
            Files.delete(dir);
        }
    }

    /** One build's pipeline, reached by reflection through its own class loader. */
    private static final class Build {
        final String name;
        final Object builder;
        final Method extract;
        final Method claims;
        final Method graph;
        final Method model;
        final Method size;
        final Map<String, String> properties;

        Build(String name, Path classes, Path ontology, Map<String, String> properties) throws Exception {
            this.name = name;
            this.properties = properties;
            useProperties();
            ClassLoader loader = new OwnClassesFirst(classes.toUri().toURL(), ExtractionSideBySide.class.getClassLoader());
            Class<?> builderClass = loader.loadClass("org.exokg.rdf.DocumentGraphBuilder");
            this.builder = builderClass.getMethod("fromOntology", Path.class).invoke(null, ontology);
            this.extract = builderClass.getMethod("extract", Path.class);
            Class<?> extraction = loader.loadClass("org.exokg.rdf.DocumentExtraction");
            this.claims = extraction.getMethod("claims");
            this.graph = extraction.getMethod("graph");
            this.model = loader.loadClass("org.exokg.rdf.DocumentGraph").getMethod("model");
            this.size = org.apache.jena.rdf.model.Model.class.getMethod("size");
        }

        /** Extracts every file; returns {claims, triples}. */
        long[] pass(List<Path> files) throws Exception {
            useProperties();
            long claimCount = 0;
            long triples = 0;
            for (Path f : files) {
                for (Object e : (List<?>) extract.invoke(builder, f)) {
                    claimCount += ((List<?>) claims.invoke(e)).size();
                    triples += (Long) size.invoke(model.invoke(graph.invoke(e)));
                }
            }
            return new long[] {claimCount, triples};
        }

        private void useProperties() {
            ExtractionSideBySide.useProperties(properties);
        }
    }

    /** The variants' properties: each build's own are set while it is made and extracts, the others' cleared. */
    private static final java.util.Set<String> VARIANT_KEYS = new java.util.HashSet<>();

    private static void useProperties(Map<String, String> properties) {
        VARIANT_KEYS.addAll(properties.keySet());
        for (String key : VARIANT_KEYS) {
            System.clearProperty(key);
        }
        properties.forEach(System::setProperty);
    }

    /**
     * Loads ExoKG's own classes and resources (but not this benchmark's) from one class directory, everything else
     * (Jena, the dependencies) from the parent, so that two builds live side by side.
     */
    private static final class OwnClassesFirst extends URLClassLoader {
        OwnClassesFirst(URL classes, ClassLoader parent) {
            super(new URL[] {classes}, parent);
        }

        private static boolean own(String name) {
            return name.startsWith("org.exokg.") && !name.startsWith("org.exokg.bench.");
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!own(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = name.startsWith("org/exokg/") ? findResource(name) : null;
            return own != null ? own : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith("org/exokg/") && findResource(name) != null ? findResources(name) : super.getResources(name);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String option(List<String> options, String name, String otherwise) {
        int i = options.indexOf(name);
        if (i < 0) {
            return otherwise;
        }
        String value = options.get(i + 1);
        options.remove(i + 1);
        options.remove(i);
        return value;
    }
}
