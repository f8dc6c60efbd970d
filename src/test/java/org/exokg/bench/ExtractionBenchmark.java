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
 * pipeline (read → sentences → mentions → claims → RDF graph). With {@code --parser}, also (3) the dependency
 * parser's model load (time, heap), (4) the parser alone on the sentences the pipeline would parse (those with a
 * vesicle and another term), and (5) the full pipeline with the parse, on one thread and on {@code --threads} threads.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.bench.ExtractionBenchmark \
 *     -Dexec.args="2000"          # or "300 --parser --threads 2"</pre>
 * Arguments: [documents=2000] [ontology=ontology/exokg.ttl, else the test fixture] [--parser] [--threads N (2)].
 */
public final class ExtractionBenchmark {

    private static final long SEED = 20240601L;

    public static void main(String[] args) throws Exception {
        List<String> options = new ArrayList<>(List.of(args));
        boolean withParser = options.remove("--parser");
        int threads = 2;
        int t = options.indexOf("--threads");
        if (t >= 0) {
            threads = Integer.parseInt(options.get(t + 1));
            options.remove(t + 1);
            options.remove(t);
        }
        args = options.toArray(String[]::new);
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
        if (withParser) {
            parserFigures(builder, files, bytes, full, claims, threads);
        }
        for (Path f : files) {
            Files.delete(f);
        }
        Files.delete(dir);
    }

    /**
     * The dependency parse's cost: model load (time, heap), the parser alone on the sentences the pipeline parses,
     * and the pipeline with the parse, on one thread and on {@code threads}.
     */
    private static void parserFigures(DocumentGraphBuilder surface, List<Path> files, long bytes, double full, long claims,
            int threads) throws Exception {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long l0 = System.nanoTime();
        org.exokg.syntax.SentenceParser parser = org.exokg.syntax.SentenceParser.english();
        double load = (System.nanoTime() - l0) / 1e9;
        System.gc();
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        System.out.printf("parser: model load %.1f s, heap +%,d MB (used %,d MB after load; max heap %,d MB)%n",
                load, (heapAfter - heapBefore) >> 20, heapAfter >> 20, rt.maxMemory() >> 20);

        // the sentences the pipeline would parse: distinct per document, a vesicle and another term
        org.exokg.mention.MentionRecognizer recognizer = new org.exokg.mention.MentionRecognizer(surface.lexicon());
        List<String[]> toParse = new ArrayList<>();
        long allSentences = 0;
        for (Path f : files) {
            for (Document d : new DocumentLoader().load(f)) {
                Set<String> seen = new java.util.HashSet<>();
                for (Sentence s : new SentenceSplitter().split(d)) {
                    allSentences++;
                    if (seen.add(s.normalizedText()) && s.end() - s.start() <= DocumentGraphBuilder.MAX_SENTENCE_CHARS
                            && org.exokg.claim.ClaimExtractor.mayHoldClaim(recognizer.recognize(d.text(), s.start(), s.end()))) {
                        toParse.add(new String[] {s.text()});
                    }
                }
            }
        }
        for (String[] s : toParse.subList(0, Math.min(200, toParse.size()))) {
            parser.parse(s[0], 0, s[0].length()); // warm-up
        }
        long p0 = System.nanoTime();
        long parsedTokens = 0;
        for (String[] s : toParse) {
            org.exokg.syntax.DependencyParse p = parser.parse(s[0], 0, s[0].length());
            parsedTokens += p == null ? 0 : p.tokens().size();
        }
        double alone = (System.nanoTime() - p0) / 1e9;
        System.out.printf("parser alone, 1 thread: %,d of %,d sentences (%.0f %%), %,d tokens in %.1f s: %,.0f sentences/s, "
                + "%,.0f tokens/s%n", toParse.size(), allSentences, 100.0 * toParse.size() / allSentences, parsedTokens, alone,
                toParse.size() / alone, parsedTokens / alone);
        double aloneParallel = timed(threads, toParse, s -> parser.parse(s[0], 0, s[0].length()));
        System.out.printf("parser alone, %d threads: %.1f s: %,.0f sentences/s, %,.0f tokens/s%n", threads, aloneParallel,
                toParse.size() / aloneParallel, parsedTokens / aloneParallel);

        DocumentGraphBuilder parsing = surface.withParser(parser, org.exokg.claim.ParseUse.ADOPTED);
        long e0 = System.nanoTime();
        long parsedClaims = 0;
        for (Path f : files) {
            for (DocumentExtraction e : parsing.extract(f)) {
                parsedClaims += e.claims().size();
            }
        }
        double withParse = (System.nanoTime() - e0) / 1e9;
        System.out.printf("extraction with parser, 1 thread: %.1f s  %,.1f docs/s  %.3f MB/s  (%,d claims; without parser %,d "
                + "claims, %.1f s); extraction / parser-alone throughput = %.0f %%%n", withParse, files.size() / withParse,
                bytes / 1e6 / withParse, parsedClaims, claims, full, 100.0 * alone / withParse);
        double withParseParallel = timed(threads, files, f -> parsing.extract(f));
        System.out.printf("extraction with parser, %d threads: %.1f s  %,.1f docs/s  %.3f MB/s; extraction / parser-alone "
                + "throughput = %.0f %%; 10,000 such documents: about %.0f min%n", threads, withParseParallel,
                files.size() / withParseParallel, bytes / 1e6 / withParseParallel, 100.0 * aloneParallel / withParseParallel,
                10_000 / (files.size() / withParseParallel) / 60);
    }

    /** Seconds to run {@code work} over {@code items} on a pool of {@code threads}. */
    private static <T> double timed(int threads, List<T> items, ThrowingConsumer<T> work) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    work.accept(item);
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : futures) {
                f.get();
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    private interface ThrowingConsumer<T> {
        void accept(T t) throws Exception;
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

    static List<String> realSentences(Path corpus) throws Exception {
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
    static long generate(Path dir, int n, List<String> sentences) throws IOException {
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
