package org.exokg.claim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
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
 * Developer tool (not a test; issue 15, branch qualifiers34): rebuilds {@code subject-narrowing.tsv}, the weights of
 * {@link SubjectNarrowing}. The extractor runs (reading off, claim confidence on as shipped) on the DESIGN sets (never
 * ClaimConfidenceTraining.KEPT_OUT, blind 30-32 and 36-44, nor sealed/); every candidate narrowing of every claim is labelled
 * right when the claim's key with that qualifier is in the set's gold (strict). It prints the ceiling first (claims whose
 * own key is wrong and another candidate's key is gold), then trains liblinear L2R_LR with C by 10-fold cross-validation
 * by document, and chooses the threshold on the pooled held-out scores: the one with the most right claims gained net (changed
 * claims now right minus changed claims that were right), with at least {@value #MIN_CHANGED} changes (and, with
 * {@code training.precision=0.9}, changes at least that often right: no threshold of the design folds is).
 *
 * <p>Usage (project root): {@code mvn -o -q test-compile && mvn -o -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.exokg.claim.SubjectNarrowingTraining > /tmp/sn.txt}; {@code -Dtraining.rows=FILE} writes the
 * rows, {@code -Dtraining.from=FILE} reads them instead of extracting, {@code -Dtraining.out=FILE} writes the weights
 * elsewhere.
 */
public final class SubjectNarrowingTraining {

    private SubjectNarrowingTraining() {}

    static final int MIN_DOCUMENTS = 3;
    static final int FOLDS = 10;
    static final int MIN_CHANGED = 10;
    static final double[] COSTS = {0.03, 0.1, 0.3, 1};
    /** The claims whose own key is gold (kept when their rows are left out of training). */
    static final Set<String> OWN_RIGHT = new HashSet<>();

    /** One candidate: set, document, claim group, own narrowing or not, gold or not, the key, features. */
    record Row(String set, String document, String group, boolean own, boolean right, String key, List<String> features) {}

    public static void main(String[] args) throws Exception {
        System.setProperty(SubjectNarrowing.PROPERTY, "false"); // the rows are the claims without this reading
        Map<String, Integer> gold = new LinkedHashMap<>();
        List<Row> rows = System.getProperty("training.from") != null
                ? readRows(Path.of(System.getProperty("training.from")), gold) : extract(gold);
        if (System.getProperty("training.rows") != null) {
            writeRows(rows, gold, Path.of(System.getProperty("training.rows")));
        }
        // a candidate whose key is its claim's own key (a derivedFrom claim qualified by its object) changes nothing
        Map<String, String> ownKey = new HashMap<>();
        for (Row r : rows) {
            if (r.own()) {
                ownKey.put(r.group(), r.key());
            }
        }
        rows.removeIf(r -> !r.own() && r.key().equals(ownKey.get(r.group())));
        for (Row r : rows) {
            if (r.own() && r.right()) {
                OWN_RIGHT.add(r.group());
            }
        }
        ceiling(rows);
        if (Boolean.getBoolean("training.unqualifiedOnly")) {
            // only the narrowings offered to unqualified claims, which the model decides alone (own rows out)
            Set<String> unqualified = new HashSet<>();
            for (Row r : rows) {
                if (r.own() && r.key().split("\u0001")[3].equals("-")) {
                    unqualified.add(r.group());
                }
            }
            rows.removeIf(r -> r.own() || !unqualified.contains(r.group()));
            System.out.println("unqualified claims only: " + unqualified.size() + " claims, " + rows.size() + " candidates");
        }
        Map<String, Set<String>> documents = new HashMap<>();
        for (Row r : rows) {
            for (String f : r.features()) {
                documents.computeIfAbsent(f, x -> new HashSet<>()).add(r.document());
            }
        }
        List<ClaimConfidenceTraining.Example> examples = new ArrayList<>();
        for (Row r : rows) {
            examples.add(new ClaimConfidenceTraining.Example(r.set(), r.key(), r.right(),
                    r.features().stream().filter(f -> documents.get(f).size() >= MIN_DOCUMENTS).toList()));
        }
        List<String> docs = new ArrayList<>(new TreeSet<>(rows.stream().map(Row::document).toList()));
        Map<String, Integer> fold = new HashMap<>();
        for (String d : docs) {
            fold.put(d, Math.floorMod(d.hashCode(), FOLDS));
        }
        double bestC = 0;
        double bestLoss = Double.MAX_VALUE;
        double[] bestScores = null;
        double[] costs = System.getProperty("training.c") != null
                ? new double[] {Double.parseDouble(System.getProperty("training.c"))} : COSTS;
        for (double c : costs) {
            double[] scores = new double[rows.size()];
            for (int k = 0; k < FOLDS; k++) {
                List<ClaimConfidenceTraining.Example> train = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    if (fold.get(rows.get(i).document()) != k) {
                        train.add(examples.get(i));
                    }
                }
                Map<String, Double> w = ClaimConfidenceTraining.train(train, c);
                double bias = w.remove("(bias)");
                ClaimConfidence model = new ClaimConfidence(w, bias, 0.5);
                for (int i = 0; i < rows.size(); i++) {
                    if (fold.get(rows.get(i).document()) == k) {
                        scores[i] = model.score(examples.get(i).features());
                    }
                }
            }
            double loss = 0;
            for (int i = 0; i < scores.length; i++) {
                double p = Math.min(1 - 1e-9, Math.max(1e-9, scores[i]));
                loss -= rows.get(i).right() ? Math.log(p) : Math.log(1 - p);
            }
            loss /= scores.length;
            System.out.printf(Locale.ROOT, "CV C=%s pooled log-loss %.4f, AUC %.3f%n", c, loss,
                    ClaimConfidenceTraining.auc(examples, scores));
            if (loss < bestLoss) {
                bestLoss = loss;
                bestC = c;
                bestScores = scores;
            }
        }
        System.out.println("chosen C=" + bestC);
        double precision = Double.parseDouble(System.getProperty("training.precision", "0"));
        System.out.println("CURVE\tthreshold\tchanged\tnew right\town right lost\tP(changed)\tnet");
        double chosen = Double.NaN;
        int bestNet = 0;
        for (int step = 99; step >= 30; step--) {
            double t = step / 100.0;
            int[] k = changes(rows, bestScores, t, null, false);
            // the most right claims gained net (right after the change minus right before it), among the thresholds whose
            // changes are at least training.precision right; at the default 0 (shipped) only the net counts: a change
            // replaces a claim, so the extraction's precision rises exactly when the changed claims are more often right
            // after the change than before it (at an absolute 0.90 no threshold of the design folds qualifies)
            if (k[0] >= MIN_CHANGED && k[1] - k[2] > bestNet && (precision <= 0 || k[1] >= precision * k[0])) {
                chosen = t;
                bestNet = k[1] - k[2];
            }
            if (step % 5 == 0 || step >= 85) {
                System.out.printf(Locale.ROOT, "CURVE\t%.2f\t%d\t%d\t%d\t%.3f\t%+d%n", t, k[0], k[1], k[2],
                        k[0] == 0 ? 0 : k[1] / (double) k[0], k[1] - k[2]);
            }
        }
        if (Double.isNaN(chosen)) {
            chosen = 0.99;
        }
        int[] at = changes(rows, bestScores, chosen, null, true);
        System.out.printf(Locale.ROOT, "chosen threshold %.2f: held-out folds change %d claims, %d now right, %d right lost%n",
                chosen, at[0], at[1], at[2]);
        Map<String, Double> weights = ClaimConfidenceTraining.train(examples, bestC);
        print(weights);
        Path out = Path.of(System.getProperty("training.out", "src/main/resources/org/exokg/claim/subject-narrowing.tsv"));
        write(out, weights, rows, gold, bestC, chosen, at, precision);
        System.out.println("wrote " + out);
    }

    /** The claims whose own key is wrong and another candidate's key is gold (by own narrowing none or some). */
    static void ceiling(List<Row> rows) {
        Map<String, List<Row>> groups = groups(rows);
        int claims = 0;
        int ownWrongNone = 0;
        int ownWrongSome = 0;
        int reachNone = 0;
        int reachSome = 0;
        int ownRight = 0;
        for (List<Row> g : groups.values()) {
            claims++;
            Row own = g.stream().filter(Row::own).findFirst().orElseThrow();
            boolean none = own.key().split("\u0001")[3].equals("-");
            if (own.right()) {
                ownRight++;
                continue;
            }
            boolean reach = g.stream().anyMatch(r -> !r.own() && r.right());
            if (none) {
                ownWrongNone++;
                reachNone += reach ? 1 : 0;
            } else {
                ownWrongSome++;
                reachSome += reach ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "CEILING claims %d, own right %d; own wrong unqualified %d (another candidate gold: %d), "
                + "own wrong qualified %d (another candidate gold: %d); candidates %d%n", claims, ownRight, ownWrongNone,
                reachNone, ownWrongSome, reachSome, rows.size());
    }

    static Map<String, List<Row>> groups(List<Row> rows) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            groups.computeIfAbsent(r.group(), x -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    /** {changed, changed to a gold key, own gold key lost} at a threshold (one set, or all for null). */
    static int[] changes(List<Row> rows, double[] scores, double threshold, String set, boolean show) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (set == null || rows.get(i).set().equals(set)) {
                groups.computeIfAbsent(rows.get(i).group(), x -> new ArrayList<>()).add(i);
            }
        }
        int changed = 0;
        int right = 0;
        int lost = 0;
        for (List<Integer> g : groups.values()) {
            double own = 0;
            boolean ownRight = false;
            int best = -1;
            for (int i : g) {
                if (rows.get(i).own()) {
                    own = scores[i];
                    ownRight = rows.get(i).right();
                } else if (best < 0 || scores[i] > scores[best]) {
                    best = i;
                }
            }
            if (best >= 0 && scores[best] >= threshold && scores[best] > own) {
                changed++;
                right += rows.get(best).right() ? 1 : 0;
                lost += ownRight || OWN_RIGHT.contains(rows.get(best).group()) ? 1 : 0;
                if (show) {
                    System.out.printf(Locale.ROOT, "CHANGED\t%s\t%.3f (own %.3f)\t%s%n", rows.get(best).right() ? "R" : "W",
                            scores[best], own, rows.get(best).key().replace('\u0001', '|'));
                }
            }
        }
        return new int[] {changed, right, lost};
    }

    private static void print(Map<String, Double> weights) {
        List<Map.Entry<String, Double>> e = new ArrayList<>(weights.entrySet());
        e.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        for (int i = 0; i < Math.min(25, e.size()); i++) {
            System.out.printf(Locale.ROOT, "TOP\t%s\t%.3f%n", e.get(i).getKey(), e.get(i).getValue());
        }
        for (int i = Math.max(0, e.size() - 20); i < e.size(); i++) {
            System.out.printf(Locale.ROOT, "BOTTOM\t%s\t%.3f%n", e.get(i).getKey(), e.get(i).getValue());
        }
    }

    private static String keyString(GoldStandard.Key k) {
        return String.join("\u0001", k.document(), k.sentence(), k.subject(), k.qualifier(), k.relation(), k.object(),
                k.polarity());
    }

    private static List<Row> extract(Map<String, Integer> gold) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        List<Row> rows = new ArrayList<>();
        for (HedgeReview.GoldSet set : RecallReview.developmentSets()) {
            if (ClaimConfidenceTraining.KEPT_OUT.contains(set.name())) {
                continue;
            }
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            gold.put(set.name(), ev.gold().size());
            int e0 = 0;
            for (DocumentExtraction e : extractions) {
                String doc = e.document().id();
                List<Claim> claims = e.claims();
                for (SubjectNarrowing.Candidate k : SubjectNarrowing.candidates(e.document(), e.mentions(), claims)) {
                    Claim c = claims.get(k.claim());
                    String own = c.qualifierIri() == null ? SubjectNarrowing.NONE : c.qualifierIri();
                    GoldStandard.Key key = GoldStandard.claimKey(doc, SubjectNarrowing.withQualifier(c, k.qualifier()));
                    rows.add(new Row(set.name(), doc, set.name() + "\u0001" + doc + "\u0001" + e0 + "\u0001" + k.claim(),
                            k.qualifier().equals(own), ev.gold().containsKey(key), keyString(key), k.features()));
                }
                e0++;
            }
            System.out.printf(Locale.ROOT, "SET\t%s\tgold %d\trows %d%n", set.name(), ev.gold().size(), rows.size());
        }
        return rows;
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

    private static void writeRows(List<Row> rows, Map<String, Integer> gold, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        gold.forEach((s, n) -> lines.add("GOLD\t" + s + "\t" + n));
        for (Row r : rows) {
            lines.add(String.join("\t", r.set(), r.document(), r.group().replace('\t', ' '), r.own() ? "O" : "A",
                    r.right() ? "R" : "W", r.key().replace('\t', ' '), String.join("\t", r.features())));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static List<Row> readRows(Path file, Map<String, Integer> gold) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f[0].equals("GOLD")) {
                gold.put(f[1], Integer.parseInt(f[2]));
            } else {
                rows.add(new Row(f[0], f[1], f[2], f[3].equals("O"), f[4].equals("R"), f[5],
                        List.of(Arrays.copyOfRange(f, 6, f.length))));
            }
        }
        return rows;
    }

    private static void write(Path out, Map<String, Double> weights, List<Row> rows, Map<String, Integer> gold, double c,
            double threshold, int[] cv, double precision) throws IOException {
        List<String> lines = new ArrayList<>();
        long right = rows.stream().filter(Row::right).count();
        lines.add("# SubjectNarrowing weights (issue 15, branch qualifiers34): logistic regression, P(claim with this narrowing is gold | features).");
        lines.add("# Rebuilt by SubjectNarrowingTraining (src/test/java/org/exokg/claim; liblinear 2.44, solver L2R_LR, bias regularised)");
        lines.add(String.format(Locale.ROOT, "# from %d candidate narrowings (%d right, %d wrong by strict gold match) of the %d design sets:",
                rows.size(), right, rows.size() - right, gold.size()));
        lines.add("#   " + String.join(", ", gold.keySet()) + " (never blind 30-32 or 36-44, nor sealed/)");
        lines.add("# extraction at commit " + System.getProperty("training.commit", commit())
                + "; features: SubjectNarrowing (binary), those seen in fewer than " + MIN_DOCUMENTS + " documents left out.");
        lines.add(String.format(Locale.ROOT, "# C = %s by %d-fold cross-validation by document (pooled log-loss); the threshold gains most right claims net on the"
                + " held-out folds (changes at least %.2f right): %d changed, %d right after, %d right before.", c, FOLDS, precision,
                cv[0], cv[1], cv[2]));
        lines.add(String.format(Locale.ROOT, "threshold\t%.2f", threshold));
        lines.add(String.format(Locale.ROOT, "(bias)\t%.6f", weights.get("(bias)")));
        Map<String, Double> sorted = new TreeMap<>(weights);
        sorted.forEach((f, w) -> {
            if (!f.equals("(bias)") && Math.abs(w) >= 5e-7) {
                lines.add(String.format(Locale.ROOT, "%s\t%.6f", f, w));
            }
        });
        Files.write(out, lines, StandardCharsets.UTF_8);
    }
}
