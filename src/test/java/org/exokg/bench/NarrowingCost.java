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
 * Arguments: [documents=200] [rounds=5] [warm-up=2].
 */
public final class NarrowingCost {
    public static void main(String[] args) throws Exception {
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
