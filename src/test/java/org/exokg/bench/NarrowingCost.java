package org.exokg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.claim.ClaimConfidence;
import org.exokg.claim.SubjectNarrowing;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * (branch enginespeed14) The subject narrowing's own CPU time against extraction's, in one thread: the generated
 * documents extracted with the narrowing off, then {@code SubjectNarrowing.narrowed} alone run over every document's
 * extracted claims at the shipped threshold, per round.
 * With {@code --pipeline}, instead: whole extraction passes with the narrowing off and on in turns (the switch is read at
 * each document, so the same classes and the same compiled code serve both), the order alternating per round.
 * Arguments: [documents=200] [rounds=5] [warm-up=2] [--pipeline].
 */
public final class NarrowingCost {
    public static void main(String[] args) throws Exception {
        boolean pipeline = List.of(args).contains("--pipeline");
        args = java.util.Arrays.stream(args).filter(a -> !a.equals("--pipeline")).toArray(String[]::new);
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        System.setProperty(SubjectNarrowing.PROPERTY, "false");
        Path dir = Files.createTempDirectory("exokg-narrowing-cost");
        ExtractionBenchmark.generate(dir, n, ExtractionBenchmark.realSentences(Path.of("corpus")));
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(files::add);
        }
        Collections.sort(files);
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        ClaimConfidence model = SubjectNarrowing.shipped();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Double> shares = new ArrayList<>();
        if (pipeline) {
            for (int r = 0; r < warmup + rounds; r++) {
                double[] t = new double[2];
                long[] claims = new long[2];
                for (int k = 0; k < 2; k++) {
                    int on = (r + k) % 2; // which goes first turns each round
                    System.setProperty(SubjectNarrowing.PROPERTY, on == 1 ? "true" : "false");
                    long t0 = cpu.getCurrentThreadCpuTime();
                    for (Path f : files) {
                        for (DocumentExtraction e : builder.extract(f)) {
                            claims[on] += e.claims().size();
                        }
                    }
                    t[on] = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
                }
                double share = 100 * (t[1] - t[0]) / t[1];
                System.out.printf("%s %d: off %.2f s, on %.2f s (%s first): on costs %.1f %% of on (claims %d / %d)%n",
                        r < warmup ? "warm-up" : "round", r < warmup ? r + 1 : r - warmup + 1, t[0], t[1],
                        r % 2 == 0 ? "off" : "on", share, claims[0], claims[1]);
                if (r >= warmup) {
                    shares.add(share);
                }
            }
            Collections.sort(shares);
            System.out.printf("median %.1f %% (range %.1f-%.1f)%n", shares.get(shares.size() / 2), shares.get(0),
                    shares.get(shares.size() - 1));
            return;
        }
        for (int r = 0; r < warmup + rounds; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            List<DocumentExtraction> all = new ArrayList<>();
            for (Path f : files) {
                all.addAll(builder.extract(f));
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            long claims = 0;
            for (DocumentExtraction e : all) {
                claims += SubjectNarrowing.narrowed(e.document(), e.mentions(), e.claims(), model, model.threshold()).size();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            double ex = (t1 - t0) / 1e9, nw = (t2 - t1) / 1e9, share = 100 * nw / (ex + nw);
            System.out.printf("%s %d: extraction (off) %.2f s, narrowing %.3f s = %.1f %% of both (%d claims)%n",
                    r < warmup ? "warm-up" : "round", r < warmup ? r + 1 : r - warmup + 1, ex, nw, share, claims);
            if (r >= warmup) {
                shares.add(share);
            }
        }
        Collections.sort(shares);
        System.out.printf("median share %.1f %% (range %.1f-%.1f)%n", shares.get(shares.size() / 2), shares.get(0),
                shares.get(shares.size() - 1));
    }
}
