package org.exokg.claim;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test; issue 15, branch claimfilter): rebuilds {@code claim-confidence.tsv}, the weights of
 * {@link ClaimConfidence}. Every claim the extractor makes (switch off) on the DESIGN sets (seed, held-out, blind 1-29,
 * blind 33; never blind 30-32 and 36-44 (decision sets since branches decision36, decision37, decision38, decision39, decision40, decision41, decision42, decision43 and decision44), which decide the switch, nor anything under sealed/) gets its {@link ClaimFeatures} and
 * a label: right when its key is in the set's gold (strict match, as GoldStandardTest scores). Claims read only in a
 * Methods section and classification claims are not scored there and are left out.
 *
 * <p>L2-regularised logistic regression (liblinear, solver L2R_LR: a deterministic trust-region Newton method). The cost
 * C is chosen by leave-one-set-out cross-validation (lowest pooled log-loss of the held-out folds); the threshold on
 * the same held-out scores as the one that maximises (wrong claims removed - 2 x right claims lost), counted by gold
 * key as the evaluation counts (a key is dropped when all its claims score below). Input is sorted, so the file is
 * reproducible; its header names the commit the extraction ran at.
 *
 * <p>Usage (project root): {@code mvn -o -q test-compile && mvn -o -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.exokg.claim.ClaimConfidenceTraining > /tmp/cv.txt}. Options: {@code -Dtraining.rows=FILE}
 * writes the labelled feature rows, {@code -Dtraining.from=FILE} reads them instead of extracting, {@code
 * -Dtraining.out=FILE} writes the weights elsewhere than src/main/resources/org/exokg/claim/claim-confidence.tsv.
 */
public final class ClaimConfidenceTraining {

    private ClaimConfidenceTraining() {}

    /** The sets that decide the switch out of sample: never trained on. */
    static final Set<String> KEPT_OUT = Set.of("blind 30", "blind 31", "blind 32", "blind 36", "blind 37", "blind 38", "blind 39", "blind 40", "blind 41", "blind 42", "blind 43", "blind 44");

    static final double[] COSTS = {0.01, 0.03, 0.1, 0.3, 1, 3};

    /** One scored claim: its set, its gold key (a string), right or wrong, its features. */
    record Example(String set, String key, boolean right, List<String> features) {}

    public static void main(String[] args) throws Exception {
        System.setProperty(ClaimConfidence.PROPERTY, "false"); // trained on every claim the rules make
        Map<String, Integer> gold = new LinkedHashMap<>(); // the sets in RecallReview's order
        List<Example> examples = System.getProperty("training.from") != null
                ? readRows(Path.of(System.getProperty("training.from")), gold) : extract(gold);
        examples.sort((a, b) -> (a.set() + "\u0000" + a.key() + "\u0000" + a.features())
                .compareTo(b.set() + "\u0000" + b.key() + "\u0000" + b.features()));
        if (System.getProperty("training.rows") != null) {
            writeRows(examples, gold, Path.of(System.getProperty("training.rows")));
        }
        List<String> sets = new ArrayList<>(gold.keySet());
        System.out.printf(Locale.ROOT, "design sets %d, claims %d (right %d), gold %d%n", sets.size(), examples.size(),
                examples.stream().filter(Example::right).count(), gold.values().stream().mapToInt(Integer::intValue).sum());

        double bestC = 0;
        double bestLoss = Double.MAX_VALUE;
        double[] bestScores = null;
        for (double c : COSTS) {
            double[] scores = crossValidate(examples, sets, c);
            double loss = 0;
            for (int i = 0; i < scores.length; i++) {
                double p = Math.min(1 - 1e-9, Math.max(1e-9, scores[i]));
                loss -= examples.get(i).right() ? Math.log(p) : Math.log(1 - p);
            }
            loss /= scores.length;
            System.out.printf(Locale.ROOT, "CV C=%s pooled log-loss %.4f, AUC %.3f%n", c, loss, auc(examples, scores));
            if (loss < bestLoss) {
                bestLoss = loss;
                bestC = c;
                bestScores = scores;
            }
        }
        System.out.println("chosen C=" + bestC);
        int total = gold.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("CURVE\tthreshold\tkeys_dropped\tright_lost\twrong_removed\tP\tR");
        double bestT = 0;
        int bestGain = 0;
        for (int step = 0; step <= 90; step++) {
            double t = step / 100.0;
            int[] k = keyCounts(examples, bestScores, t, null);
            int gain = k[3] - 2 * k[2];
            if (gain > bestGain) {
                bestGain = gain;
                bestT = t;
            }
            if (step % 5 == 0) {
                System.out.printf(Locale.ROOT, "CURVE\t%.2f\t%d\t%d\t%d\t%.3f\t%.3f%n", t, k[1], k[2], k[3],
                        (k[0] - k[1] - (k[4] - k[2])) == 0 ? 0 : (k[4] - k[2]) / (double) (k[0] - k[1]), (k[4] - k[2]) / (double) total);
            }
        }
        int[] at = keyCounts(examples, bestScores, bestT, null);
        System.out.printf(Locale.ROOT, "chosen threshold %.2f: held-out folds drop %d keys, %d right lost, %d wrong removed; "
                + "P %.3f -> %.3f, R %.3f -> %.3f%n", bestT, at[1], at[2], at[3], at[4] / (double) at[0],
                (at[4] - at[2]) / (double) (at[0] - at[1]), at[4] / (double) total, (at[4] - at[2]) / (double) total);
        System.out.println("FOLD\tset\tkeys\tright\tdropped\tright_lost\twrong_removed\tP_before\tP_after");
        for (String s : sets) {
            int[] k = keyCounts(examples, bestScores, bestT, s);
            System.out.printf(Locale.ROOT, "FOLD\t%s\t%d\t%d\t%d\t%d\t%d\t%.3f\t%.3f%n", s, k[0], k[4], k[1], k[2], k[3],
                    k[0] == 0 ? 0 : k[4] / (double) k[0], k[0] == k[1] ? 0 : (k[4] - k[2]) / (double) (k[0] - k[1]));
        }

        Map<String, Double> weights = train(examples, bestC);
        Path out = Path.of(System.getProperty("training.out", "src/main/resources/org/exokg/claim/claim-confidence.tsv"));
        write(out, weights, examples, sets, bestC, bestT, at);
        System.out.println("wrote " + out);
    }

    /** Held-out scores of each example: the model trained on the other sets. */
    static double[] crossValidate(List<Example> examples, List<String> sets, double c) {
        double[] scores = new double[examples.size()];
        for (String s : sets) {
            List<Example> train = examples.stream().filter(e -> !e.set().equals(s)).toList();
            Map<String, Double> w = train(train, c);
            ClaimConfidence model = new ClaimConfidence(without(w, "(bias)"), w.get("(bias)"), 0.5);
            for (int i = 0; i < examples.size(); i++) {
                if (examples.get(i).set().equals(s)) {
                    scores[i] = model.score(examples.get(i).features());
                }
            }
        }
        return scores;
    }

    private static Map<String, Double> without(Map<String, Double> w, String name) {
        Map<String, Double> m = new HashMap<>(w);
        m.remove(name);
        return m;
    }

    /**
     * Keys of one set (or all, set null) at a threshold: {keys, dropped, right lost, wrong removed, right}. A key is
     * dropped when every claim of it scores below the threshold.
     */
    static int[] keyCounts(List<Example> examples, double[] scores, double threshold, String set) {
        Map<String, double[]> keys = new LinkedHashMap<>(); // key -> {max score, right}
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            if (set != null && !e.set().equals(set)) {
                continue;
            }
            double[] k = keys.computeIfAbsent(e.set() + "\u0000" + e.key(), x -> new double[] {-1, 0});
            k[0] = Math.max(k[0], scores[i]);
            k[1] = e.right() ? 1 : 0;
        }
        int[] r = new int[5];
        for (double[] k : keys.values()) {
            boolean right = k[1] == 1;
            boolean dropped = k[0] < threshold;
            r[0]++;
            r[4] += right ? 1 : 0;
            if (dropped) {
                r[1]++;
                r[right ? 2 : 3]++;
            }
        }
        return r;
    }

    static double auc(List<Example> examples, double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSum = 0;
        long pos = 0;
        for (int r = 0; r < order.length; r++) {
            if (examples.get(order[r]).right()) {
                rankSum += r + 1;
                pos++;
            }
        }
        long neg = order.length - pos;
        return (rankSum - pos * (pos + 1) / 2.0) / (pos * (double) neg);
    }

    /** Feature -> weight, and "(bias)", of a logistic regression with cost c (L2). */
    static Map<String, Double> train(List<Example> examples, double c) {
        TreeSet<String> names = new TreeSet<>();
        examples.forEach(e -> names.addAll(e.features()));
        Map<String, Integer> index = new HashMap<>();
        List<String> byIndex = new ArrayList<>(names);
        for (int i = 0; i < byIndex.size(); i++) {
            index.put(byIndex.get(i), i + 1);
        }
        Problem p = new Problem();
        p.l = examples.size();
        p.n = byIndex.size() + 1;
        p.bias = 1;
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        for (int i = 0; i < p.l; i++) {
            Example e = examples.get(i);
            int[] ids = e.features().stream().mapToInt(index::get).distinct().sorted().toArray();
            Feature[] x = new Feature[ids.length + 1];
            for (int j = 0; j < ids.length; j++) {
                x[j] = new FeatureNode(ids[j], 1);
            }
            x[ids.length] = new FeatureNode(p.n, 1); // the bias feature liblinear expects last
            p.x[i] = x;
            p.y[i] = e.right() ? 1 : 0;
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model m = Linear.train(p, new Parameter(SolverType.L2R_LR, c, 0.001));
        double[] w = m.getFeatureWeights();
        double sign = m.getLabels()[0] == 1 ? 1 : -1; // the weights score the first label
        Map<String, Double> weights = new TreeMap<>();
        for (int i = 0; i < byIndex.size(); i++) {
            weights.put(byIndex.get(i), sign * w[i]);
        }
        weights.put("(bias)", sign * w[byIndex.size()]);
        return weights;
    }

    private static List<Example> extract(Map<String, Integer> gold) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        List<Example> examples = new ArrayList<>();
        for (HedgeReview.GoldSet set : RecallReview.developmentSets()) {
            if (KEPT_OUT.contains(set.name())) {
                continue;
            }
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            gold.put(set.name(), ev.gold().size());
            for (DocumentExtraction e : extractions) {
                List<List<String>> features = ClaimFeatures.of(e.document(), e.mentions(), e.claims(), builder.lexicon());
                for (int i = 0; i < e.claims().size(); i++) {
                    Claim c = e.claims().get(i);
                    if (c.relation() == Relation.IS_KIND_OF) {
                        continue;
                    }
                    GoldStandard.Key k = GoldStandard.claimKey(e.document().id(), c);
                    if (ev.methodsOnly().contains(k)) {
                        continue;
                    }
                    examples.add(new Example(set.name(), String.join("|", k.document(), k.sentence(), k.subject(),
                            k.qualifier(), k.relation(), k.object(), k.polarity()), ev.gold().containsKey(k), features.get(i)));
                }
            }
        }
        return examples;
    }

    private static void writeRows(List<Example> examples, Map<String, Integer> gold, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        gold.forEach((s, n) -> lines.add("GOLD\t" + s + "\t" + n));
        for (Example e : examples) {
            lines.add(String.join("\t", e.set(), e.key().replace('\t', ' '), e.right() ? "R" : "W", String.join("\t", e.features())));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static List<Example> readRows(Path file, Map<String, Integer> gold) throws IOException {
        List<Example> examples = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f[0].equals("GOLD")) {
                gold.put(f[1], Integer.parseInt(f[2]));
            } else {
                examples.add(new Example(f[0], f[1], f[2].equals("R"), List.of(Arrays.copyOfRange(f, 3, f.length))));
            }
        }
        return examples;
    }

    private static void write(Path out, Map<String, Double> weights, List<Example> examples, List<String> sets, double c,
            double threshold, int[] cv) throws IOException {
        List<String> lines = new ArrayList<>();
        long right = examples.stream().filter(Example::right).count();
        lines.add("# ClaimConfidence weights (issue 15, branch claimfilter): logistic regression, P(claim right | features).");
        lines.add("# Rebuilt by ClaimConfidenceTraining (src/test/java/org/exokg/claim; liblinear 2.44, solver L2R_LR, bias regularised)");
        lines.add(String.format(Locale.ROOT, "# from %d claims (%d right, %d wrong by strict gold match) of the %d design sets:",
                examples.size(), right, examples.size() - right, sets.size()));
        lines.add("#   " + String.join(", ", sets) + " (never blind 30-32 or 36-44, nor sealed/)");
        lines.add("# extraction at commit " + commit() + "; features: ClaimFeatures (binary).");
        lines.add(String.format(Locale.ROOT, "# C = %s chosen by leave-one-set-out CV (pooled log-loss); the threshold maximises wrong"
                + " removed - 2 x right lost on the held-out folds: %d keys dropped, %d right lost, %d wrong removed.", c, cv[1], cv[2], cv[3]));
        lines.add(String.format(Locale.ROOT, "threshold\t%.2f", threshold));
        lines.add(String.format(Locale.ROOT, "(bias)\t%.6f", weights.get("(bias)")));
        weights.forEach((f, w) -> {
            if (!f.equals("(bias)")) {
                lines.add(String.format(Locale.ROOT, "%s\t%.6f", f, w));
            }
        });
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private static String commit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short=8", "HEAD").redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? s : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
