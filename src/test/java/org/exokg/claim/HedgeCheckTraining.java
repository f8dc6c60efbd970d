package org.exokg.claim;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Developer tool (not a test; issue 15, branch hedges34): would a learned hedge check beat the hedge cues on text it was
 * not designed on? Reads the matched claims HedgeReview prints ({@code -Dreview=matchedhedge}: the gold's hedge, the
 * rules' hedge, relation, rule with its cue suffixes, sentence) of the DESIGN sets, gives each claim general features
 * (the rules' flag, the cue families named in its rule, relation, polarity, the sentence's words, a question mark, a
 * few conjunctions with the rules' flag) and trains an L2 logistic regression (liblinear, as {@link
 * ClaimConfidenceTraining}) predicting "gold hedged". Folds by document (each document's claims are scored by a model
 * trained on the other folds' documents). The check may only ADD a hedge where the rules gave none (score at or above
 * {@code tAdd}) or only REMOVE one (score below {@code tRemove}); the curve of each on the held-out folds is printed, with
 * the rules' agreement beside it.
 *
 * <p>Usage (project root): {@code mvn -o -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.HedgeReview
 * -Dreview=matchedhedge -Dreview.sets=<design sets> > rows.txt}, then {@code mvn -o -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.exokg.claim.HedgeCheckTraining -Dhedge.rows=rows.txt}. {@code -Dhedge.apply=FILE -Dhedge.add=T
 * -Dhedge.remove=T} trains on every design row and prints, for the rows of FILE (the decision sets), aggregate counts
 * per set only (never a row): the rules' hedge agreement and the check's.
 */
public final class HedgeCheckTraining {

    private HedgeCheckTraining() {}

    /** Sets never trained on: they decide (blind 30-32, 36, 37, 38, 39, 40, 41, 42, 43, 44). Sealed sets never reach HedgeReview. */
    static final Set<String> KEPT_OUT = ClaimConfidenceTraining.KEPT_OUT;

    static final double[] COSTS = {0.03, 0.1, 0.3, 1};
    static final int FOLDS = 10;

    private static final Pattern CUE = Pattern.compile("\\+hedge:([a-z0-9-]+)");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]+|\\?");

    /** One matched claim: its set and document, the gold's hedge, the rules' hedge, its features. */
    record Row(String set, String document, boolean gold, boolean rules, List<String> features) {}

    public static void main(String[] args) throws Exception {
        List<Row> rows = read(Path.of(System.getProperty("hedge.rows")), false);
        System.out.printf(Locale.ROOT, "design rows %d, gold hedged %d, rules hedged %d, agree %d%n", rows.size(),
                rows.stream().filter(Row::gold).count(), rows.stream().filter(Row::rules).count(),
                rows.stream().filter(r -> r.gold() == r.rules()).count());
        if (System.getProperty("hedge.apply") != null) {
            apply(rows, read(Path.of(System.getProperty("hedge.apply")), true));
            return;
        }
        double bestC = 0;
        double bestLoss = Double.MAX_VALUE;
        double[] best = null;
        for (double c : COSTS) {
            double[] s = crossValidate(rows, c);
            double loss = 0;
            for (int i = 0; i < s.length; i++) {
                double p = Math.min(1 - 1e-9, Math.max(1e-9, s[i]));
                loss -= rows.get(i).gold() ? Math.log(p) : Math.log(1 - p);
            }
            loss /= s.length;
            System.out.printf(Locale.ROOT, "CV C=%s log-loss %.4f%n", c, loss);
            if (loss < bestLoss) {
                bestLoss = loss;
                bestC = c;
                best = s;
            }
        }
        System.out.println("chosen C=" + bestC);
        int goldHedged = (int) rows.stream().filter(Row::gold).count();
        int rulesRight = (int) rows.stream().filter(r -> r.gold() && r.rules()).count();
        int rulesWrong = (int) rows.stream().filter(r -> !r.gold() && r.rules()).count();
        System.out.printf(Locale.ROOT, "rules: %d of %d gold-hedged flagged (%.3f), %d flagged against a plain gold%n",
                rulesRight, goldHedged, rulesRight / (double) goldHedged, rulesWrong);
        System.out.println("ADD\tthreshold\tadded\tright\twrong\thedge recall\tspurious");
        for (int step = 10; step <= 95; step += 5) {
            double t = step / 100.0;
            int right = 0;
            int wrong = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (!rows.get(i).rules() && best[i] >= t) {
                    if (rows.get(i).gold()) {
                        right++;
                    } else {
                        wrong++;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "ADD\t%.2f\t%d\t%d\t%d\t%.3f\t%d%n", t, right + wrong, right, wrong,
                    (rulesRight + right) / (double) goldHedged, rulesWrong + wrong);
        }
        for (int step = 5; step <= 95; step += 5) {
            // the model's own flag (score at or above t) against the gold, beside the rules' agreement
            double t = step / 100.0;
            int agree = 0;
            int right = 0;
            int spurious = 0;
            for (int i = 0; i < rows.size(); i++) {
                boolean flag = best[i] >= t;
                agree += flag == rows.get(i).gold() ? 1 : 0;
                right += flag && rows.get(i).gold() ? 1 : 0;
                spurious += flag && !rows.get(i).gold() ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "MODEL\t%.2f\tagree %d of %d\thedged right %d\tspurious %d%n", t, agree, rows.size(), right, spurious);
        }
        System.out.println("REMOVE\tthreshold\tremoved\tright (gold plain)\twrong (gold hedged)\thedge recall\tspurious");
        for (int step = 1; step <= 50; step += step < 10 ? 1 : 5) {
            double t = step / 100.0;
            int right = 0;
            int wrong = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).rules() && best[i] < t) {
                    if (rows.get(i).gold()) {
                        wrong++;
                    } else {
                        right++;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "REMOVE\t%.2f\t%d\t%d\t%d\t%.3f\t%d%n", t, right + wrong, right, wrong,
                    (rulesRight - wrong) / (double) goldHedged, rulesWrong - right);
        }
        Map<String, Double> w = ClaimConfidenceTraining.train(examples(rows), bestC);
        w.entrySet().stream().filter(e -> !e.getKey().equals("(bias)"))
                .sorted((a, b) -> Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue()))).limit(40)
                .forEach(e -> System.out.printf(Locale.ROOT, "WEIGHT\t%s\t%.3f%n", e.getKey(), e.getValue()));
    }

    /** Trained on every design row; the apply rows' aggregate hedge agreement per set, rules and rules + check. */
    static void apply(List<Row> design, List<Row> apply) {
        double c = Double.parseDouble(System.getProperty("hedge.c", "0.1"));
        double tAdd = Double.parseDouble(System.getProperty("hedge.add", "2"));
        double tRemove = Double.parseDouble(System.getProperty("hedge.remove", "-1"));
        ClaimConfidence model = model(ClaimConfidenceTraining.train(examples(design), c));
        Map<String, int[]> bySet = new TreeMap<>(); // gold hedged, rules right, rules spurious, check right, check spurious
        for (Row r : apply) {
            int[] k = bySet.computeIfAbsent(r.set(), x -> new int[5]);
            double s = model.score(r.features());
            boolean check = r.rules() ? s >= tRemove : s >= tAdd;
            k[0] += r.gold() ? 1 : 0;
            k[1] += r.gold() && r.rules() ? 1 : 0;
            k[2] += !r.gold() && r.rules() ? 1 : 0;
            k[3] += r.gold() && check ? 1 : 0;
            k[4] += !r.gold() && check ? 1 : 0;
        }
        int[] all = new int[5];
        bySet.forEach((s, k) -> {
            System.out.printf(Locale.ROOT, "APPLY\t%s\tgold hedged %d\trules %d right, %d spurious\tcheck %d right, %d spurious%n",
                    s, k[0], k[1], k[2], k[3], k[4]);
            for (int i = 0; i < 5; i++) {
                all[i] += k[i];
            }
        });
        System.out.printf(Locale.ROOT, "APPLY\tall\tgold hedged %d\trules %d right, %d spurious\tcheck %d right, %d spurious%n",
                all[0], all[1], all[2], all[3], all[4]);
    }

    /** Held-out score of each row: the model trained on the documents of the other folds. */
    static double[] crossValidate(List<Row> rows, double c) {
        double[] scores = new double[rows.size()];
        for (int f = 0; f < FOLDS; f++) {
            int fold = f;
            List<Row> train = rows.stream().filter(r -> fold(r) != fold).toList();
            ClaimConfidence model = model(ClaimConfidenceTraining.train(examples(train), c));
            for (int i = 0; i < rows.size(); i++) {
                if (fold(rows.get(i)) == fold) {
                    scores[i] = model.score(rows.get(i).features());
                }
            }
        }
        return scores;
    }

    /** A document's fold: fixed by its set and name, so every claim of one document is held out together. */
    static int fold(Row r) {
        return Math.floorMod((r.set() + "/" + r.document()).hashCode(), FOLDS);
    }

    private static ClaimConfidence model(Map<String, Double> w) {
        Map<String, Double> m = new LinkedHashMap<>(w);
        double bias = m.remove("(bias)");
        return new ClaimConfidence(m, bias, 0.5);
    }

    /** The rows as ClaimConfidenceTraining's examples ("right" = gold hedged). */
    static List<ClaimConfidenceTraining.Example> examples(List<Row> rows) {
        return rows.stream().map(r -> new ClaimConfidenceTraining.Example(r.set(), r.document(), r.gold(), r.features())).toList();
    }

    /**
     * Reads HedgeReview's "M" rows: design sets only unless {@code kept} (then only the kept-out decision sets, for
     * aggregate counts).
     */
    static List<Row> read(Path file, boolean kept) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 10 || !f[0].equals("M") || KEPT_OUT.contains(f[1]) != kept) {
                continue;
            }
            boolean rules = f[4].equals("true");
            List<String> features = features(rules, f[5], f[6], f[8], f[9]);
            if (Boolean.getBoolean("hedge.wordsOnly")) {
                // the model without the rules' flag and cue families: how far the sentence's words alone go
                features = features.stream().filter(x -> x.startsWith("w=") || x.startsWith("rel=") || x.startsWith("pol=")).toList();
            }
            rows.add(new Row(f[1], f[2], f[3].equals("true"), rules, features));
        }
        return rows;
    }

    /** General features of a matched claim: no document, set or object name. */
    static List<String> features(boolean rules, String polarity, String relation, String rule, String sentence) {
        Set<String> fs = new LinkedHashSet<>();
        String flag = rules ? "H" : "P";
        fs.add("rules=" + flag);
        fs.add("rel=" + relation);
        fs.add("pol=" + polarity);
        fs.add("rel+rules=" + relation + "+" + flag);
        Matcher m = CUE.matcher(rule);
        int cues = 0;
        while (m.find()) {
            fs.add("cue=" + m.group(1));
            cues++;
        }
        fs.add("cues=" + Math.min(cues, 3));
        int plus = rule.indexOf('+');
        fs.add("rule=" + (plus < 0 ? rule : rule.substring(0, plus)));
        Matcher w = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        while (w.find()) {
            fs.add("w=" + w.group());
            fs.add("w+rules=" + w.group() + "+" + flag);
        }
        return new ArrayList<>(fs);
    }
}
