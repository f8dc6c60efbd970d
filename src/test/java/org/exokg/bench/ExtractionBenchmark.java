package org.exokg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.exokg.ExoKg;
import org.exokg.document.Document;
import org.exokg.document.DocumentLoader;
import org.exokg.document.Sentence;
import org.exokg.document.SentenceSplitter;
import org.exokg.mention.TermKeys;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Throughput of the extraction pipeline (not a test). Builds a synthetic corpus by shuffling the
 * real sentences of corpus/*.txt into documents with headings, writes them to a temporary
 * directory, then times (1) a bare read + sentence split + tokenise pass and (2) the full
 * pipeline (read → sentences → mentions → claims → RDF graph).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.bench.ExtractionBenchmark \
 *     -Dexec.args="2000"</pre>
 * Arguments: [documents=2000] [ontology=ontology/exokg.ttl, else the test fixture].
 */
public final class ExtractionBenchmark {

    private static final long SEED = 20240601L;

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path ontology = args.length > 1 ? Path.of(args[1]) : Path.of(ExoKg.ONTOLOGY_FILE);
        if (!Files.isRegularFile(ontology)) {
            ontology = Path.of("src/test/resources/ontology/fixture-exokg.ttl");
        }
        List<String> sentences = realSentences(Path.of("corpus"));
        Path dir = Files.createTempDirectory("exokg-bench");
        long bytes = generate(dir, documents, sentences);
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(files::add);
        }
        Collections.sort(files);
        System.out.printf("corpus: %d documents, %.1f MB, from %d distinct real sentences; ontology %s%n",
                files.size(), bytes / 1e6, sentences.size(), ontology);

        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(ontology);
        System.out.printf("lexicon: %d terms, %d keys%n", builder.lexicon().size(), builder.lexicon().keys().size());
        // Warm up the JIT on a slice, then measure.
        for (Path f : files.subList(0, Math.min(200, files.size()))) {
            bareReadAndTokenise(f);
            builder.extract(f);
        }

        // CPU time of this thread beside wall time: on a shared machine the wall time counts waiting for a core
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long bareSentences = 0;
        long tokens = 0;
        for (Path f : files) {
            long[] st = bareReadAndTokenise(f);
            bareSentences += st[0];
            tokens += st[1];
        }
        double bare = (System.nanoTime() - t0) / 1e9;
        double bareCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;

        long c1 = cpu.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        long sentenceCount = 0;
        long mentions = 0;
        long claims = 0;
        long triples = 0;
        for (Path f : files) {
            for (DocumentExtraction e : builder.extract(f)) {
                sentenceCount += e.sentenceOccurrences();
                mentions += e.mentions().size();
                claims += e.claims().size();
                triples += e.graph().model().size();
            }
        }
        double full = (System.nanoTime() - t1) / 1e9;
        double fullCpu = (cpu.getCurrentThreadCpuTime() - c1) / 1e9;

        System.out.printf("bare read+split+tokenise: %.2f s  %,.0f docs/s  %,.0f sentences/s  %,.0f tokens/s%n",
                bare, files.size() / bare, bareSentences / bare, tokens / bare);
        System.out.printf("full extraction:          %.2f s  %,.0f docs/s  %,.0f sentences/s  %,.0f mentions/s%n",
                full, files.size() / full, sentenceCount / full, mentions / full);
        System.out.printf("totals: %,d sentences, %,d mentions, %,d claims, %,d triples; full/bare = %.1fx%n",
                sentenceCount, mentions, claims, triples, full / bare);
        System.out.printf("throughput, wall: read+tokenise %.2f MB/s, extraction %.2f MB/s, %.1f docs/s = %.1f %% of read+tokenise%n",
                bytes / 1e6 / bare, bytes / 1e6 / full, files.size() / full, 100 * bare / full);
        System.out.printf("throughput, CPU:  read+tokenise %.2f MB/s, extraction %.2f MB/s, %.1f docs/s = %.1f %% of read+tokenise%n",
                bytes / 1e6 / bareCpu, bytes / 1e6 / fullCpu, files.size() / fullCpu, 100 * bareCpu / fullCpu);
        for (Path f : files) {
            Files.delete(f);
        }
        Files.delete(dir);
    }

    /** The comparison pass: decode, find sections and sentences, split into word tokens. */
    static long[] bareReadAndTokenise(Path f) throws Exception {
        DocumentLoader loader = new DocumentLoader();
        SentenceSplitter splitter = new SentenceSplitter();
        long sentences = 0;
        long tokens = 0;
        for (Document d : loader.load(f)) {
            for (Sentence s : splitter.split(d)) {
                sentences++;
                tokens += TermKeys.tokenize(d.text(), s.start(), s.end()).size();
            }
        }
        return new long[] {sentences, tokens};
    }

    private static List<String> realSentences(Path corpus) throws Exception {
        Set<String> distinct = new LinkedHashSet<>();
        DocumentLoader loader = new DocumentLoader();
        SentenceSplitter splitter = new SentenceSplitter();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(corpus, "*.txt")) {
            ds.forEach(files::add);
        }
        Collections.sort(files);
        for (Path f : files) {
            for (Document d : loader.load(f)) {
                splitter.split(d).forEach(s -> distinct.add(s.normalizedText()));
            }
        }
        return new ArrayList<>(distinct);
    }

    /** Documents of 20–60 shuffled sentences in paragraphs under headings; no repeated sentence within one. */
    private static long generate(Path dir, int n, List<String> sentences) throws IOException {
        Random random = new Random(SEED);
        String[] headings = {"Introduction:-", "Methods", "Results:-", "Discussion:", "Conclusion:-"};
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            List<String> pool = new ArrayList<>(sentences);
            Collections.shuffle(pool, random);
            int count = 20 + random.nextInt(Math.min(41, pool.size() - 19));
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < count; k++) {
                if (k % 8 == 0) {
                    text.append(k == 0 ? "" : "\n").append(headings[(k / 8) % headings.length]).append('\n');
                } else if (k % 4 == 0) {
                    text.append('\n');
                }
                text.append(pool.get(k)).append(' ');
            }
            byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
            bytes += b.length;
            Files.write(dir.resolve(String.format("bench-%05d.txt", i)), b);
        }
        return bytes;
    }
}
