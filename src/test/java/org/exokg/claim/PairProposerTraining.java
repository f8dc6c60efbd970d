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
import org.exokg.document.Sentence;
import org.exokg.mention.Mention;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test; issue 15, branch pairproposer): rebuilds {@code pair-proposer.tsv}, the weights of
 * {@link PairProposer}. The extractor runs (proposer off, claim confidence on as shipped) on the DESIGN sets (seed,
 * held-out, blind 1-29, 33, 34; never blind 30-32 or 36-44 (ClaimConfidenceTraining.KEPT_OUT), which decide the switch, nor sealed/); every candidate pair of
 * {@link PairProposer#candidates} is labelled right when its claim's key is in the set's gold (strict, as
 * GoldStandardTest scores). First it prints what a proposer could reach: the gold rows missed, those whose subject and
 * object are both mentions of the gold sentence, those that are candidates, and the candidates that are not gold.
 *
 * <p>L2 logistic regression (liblinear, as {@link ClaimConfidenceTraining}); features seen in fewer than
 * {@value #MIN_DOCUMENTS} documents are left out (they would learn one text's words). C by 10-fold cross-validation by
 * document (pooled log-loss); the threshold, on the pooled held-out scores with one proposal per pair (its best
 * relation), is the lowest at which the proposed claims are at least {@code training.precision} (default 0.88, the
 * extractor's own precision on the design sets) precise, counted by gold key.
 *
 * <p>Usage (project root): {@code mvn -o -q test-compile && mvn -o -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.exokg.claim.PairProposerTraining > /tmp/pp.txt}; {@code -Dtraining.rows=FILE} writes the rows,
 * {@code -Dtraining.from=FILE} reads them instead of extracting, {@code -Dtraining.out=FILE} writes the weights elsewhere.
 */
public final class PairProposerTraining {

    private PairProposerTraining() {}

    static final int MIN_DOCUMENTS = 3;
    static final int FOLDS = 10;
    /** The fewest held-out proposals a threshold must make to be chosen (fewer say nothing of its precision). */
    static final int MIN_PROPOSED = 10;
    static final double[] COSTS = {0.03, 0.1, 0.3, 1};

    /** One candidate: its set, document, pair, gold key, right or wrong, features. */
    record Row(String set, String document, String pair, String key, boolean right, List<String> features) {}

    public static void main(String[] args) throws Exception {
        System.clearProperty(PairProposer.PROPERTY);
        Map<String, Integer> gold = new LinkedHashMap<>();
        List<Row> rows = System.getProperty("training.from") != null
                ? readRows(Path.of(System.getProperty("training.from")), gold) : extract(gold);
        rows.sort((a, b) -> (a.key() + "\u0000" + a.features()).compareTo(b.key() + "\u0000" + b.features()));
        if (System.getProperty("training.rows") != null) {
            writeRows(rows, gold, Path.of(System.getProperty("training.rows")));
        }
        int goldTotal = gold.values().stream().mapToInt(Integer::intValue).sum();
        Set<String> keys = new HashSet<>();
        Set<String> rightKeys = new HashSet<>();
        for (Row r : rows) {
            keys.add(r.key());
            if (r.right()) {
                rightKeys.add(r.key());
            }
        }
        System.out.printf(Locale.ROOT, "candidates %d (keys %d, right keys %d), gold %d%n", rows.size(), keys.size(),
                rightKeys.size(), goldTotal);

        // features seen in few documents are one text's words
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
        for (int i = 0; i < docs.size(); i++) {
            fold.put(docs.get(i), Math.floorMod(docs.get(i).hashCode(), FOLDS));
        }
        double bestC = 0;
        double bestLoss = Double.MAX_VALUE;
        double[] bestScores = null;
        double[] costs = System.getProperty("training.c") != null
                ? new double[] {Double.parseDouble(System.getProperty("training.c"))} : COSTS;
        for (double c : costs) {
            double[] scores = new double[rows.size()];
            for (int k = 0; k < FOLDS; k++) {
                final int held = k;
                List<ClaimConfidenceTraining.Example> train = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    if (fold.get(rows.get(i).document()) != held) {
                        train.add(examples.get(i));
                    }
                }
                Map<String, Double> w = ClaimConfidenceTraining.train(train, c);
                double bias = w.remove("(bias)");
                ClaimConfidence model = new ClaimConfidence(w, bias, 0.5);
                for (int i = 0; i < rows.size(); i++) {
                    if (fold.get(rows.get(i).document()) == held) {
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
        double precision = Double.parseDouble(System.getProperty("training.precision", "0.88"));
        System.out.println("CURVE\tthreshold\tproposed\tright\tP\tR_gain");
        double chosen = Double.NaN;
        for (int step = 99; step >= 30; step--) {
            double t = step / 100.0;
            int[] k = proposed(rows, bestScores, t, null);
            if (k[0] >= MIN_PROPOSED && k[1] >= precision * k[0]) {
                chosen = t; // the lowest threshold (most proposals) still at the precision asked
            }
            if (step % 5 == 0) {
                System.out.printf(Locale.ROOT, "CURVE\t%.2f\t%d\t%d\t%.3f\t%.4f%n", t, k[0], k[1],
                        k[0] == 0 ? 0 : k[1] / (double) k[0], k[1] / (double) goldTotal);
            }
        }
        double shown = Double.parseDouble(System.getProperty("training.show", "2"));
        for (int i = 0; i < rows.size(); i++) {
            if (bestScores[i] >= shown) {
                System.out.printf(Locale.ROOT, "PROPOSED\t%s\t%.3f\t%s%n", rows.get(i).right() ? "R" : "W", bestScores[i],
                        rows.get(i).key().replace('\u0001', '|'));
            }
        }
        if (Double.isNaN(chosen)) {
            chosen = 0.99;
        }
        int[] at = proposed(rows, bestScores, chosen, null);
        System.out.printf(Locale.ROOT, "chosen threshold %.2f: held-out folds propose %d claims, %d right (P %.3f), "
                + "recall +%.4f%n", chosen, at[0], at[1], at[0] == 0 ? 0 : at[1] / (double) at[0], at[1] / (double) goldTotal);
        for (String s : gold.keySet()) {
            int[] k = proposed(rows, bestScores, chosen, s);
            System.out.printf(Locale.ROOT, "SET\t%s\t%d\t%d%n", s, k[0], k[1]);
        }
        Map<String, Double> weights = ClaimConfidenceTraining.train(examples, bestC);
        print(weights);
        Path out = Path.of(System.getProperty("training.out", "src/main/resources/org/exokg/claim/pair-proposer.tsv"));
        write(out, weights, rows, gold, bestC, chosen, at, precision);
        System.out.println("wrote " + out);
    }

    /** {proposed keys, right} at a threshold, one proposal per pair (its best relation), of one set or all (null). */
    static int[] proposed(List<Row> rows, double[] scores, double threshold, String set) {
        Map<String, Integer> best = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (set != null && !r.set().equals(set) || scores[i] < threshold) {
                continue;
            }
            Integer b = best.get(r.pair());
            if (b == null || scores[i] > scores[b]) {
                best.put(r.pair(), i);
            }
        }
        Set<String> keys = new HashSet<>();
        Set<String> right = new HashSet<>();
        for (int i : best.values()) {
            keys.add(rows.get(i).key());
            if (rows.get(i).right()) {
                right.add(rows.get(i).key());
            }
        }
        return new int[] {keys.size(), right.size()};
    }

    private static void print(Map<String, Double> weights) {
        List<Map.Entry<String, Double>> e = new ArrayList<>(weights.entrySet());
        e.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        for (int i = 0; i < Math.min(25, e.size()); i++) {
            System.out.printf(Locale.ROOT, "TOP\t%s\t%.3f%n", e.get(i).getKey(), e.get(i).getValue());
        }
        for (int i = Math.max(0, e.size() - 15); i < e.size(); i++) {
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
        int missed = 0;
        int both = 0;
        int reachable = 0;
        Map<String, Integer> why = new TreeMap<>();
        for (HedgeReview.GoldSet set : RecallReview.developmentSets()) {
            if (ClaimConfidenceTraining.KEPT_OUT.contains(set.name())) {
                continue;
            }
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            gold.put(set.name(), ev.gold().size());
            Set<GoldStandard.Key> candidateKeys = new HashSet<>();
            Map<String, Set<String>> mentionsBySentence = new HashMap<>(); // doc|sentence identity -> mention locals
            for (DocumentExtraction e : extractions) {
                List<Sentence> sentences = e.sentences().stream().map(DocumentExtraction.DistinctSentence::first).toList();
                for (Sentence s : sentences) {
                    Set<String> locals = mentionsBySentence.computeIfAbsent(e.document().id() + "\u0001"
                            + GoldStandard.sentenceIdentity(s.text()), x -> new HashSet<>());
                    for (Mention m : e.mentions()) {
                        if (m.start() >= s.start() && m.end() <= s.end()) {
                            locals.add(GoldStandard.local(m.iri()));
                        }
                    }
                }
                for (Claim c : e.claims()) {
                    if (c.relation() != Relation.IS_KIND_OF) {
                        // an anaphor's subject counts as found in its sentence
                        mentionsBySentence.computeIfAbsent(e.document().id() + "\u0001"
                                + GoldStandard.sentenceIdentity(c.sentence().text()), x -> new HashSet<>())
                                .add(GoldStandard.local(c.subjectIri()));
                    }
                }
                for (PairProposer.Candidate c : PairProposer.candidates(e.document(), sentences, e.mentions(), e.claims(),
                        builder.lexicon())) {
                    GoldStandard.Key k = GoldStandard.claimKey(e.document().id(), c.claim());
                    candidateKeys.add(k);
                    rows.add(new Row(set.name(), e.document().id(), e.document().id() + "\u0001" + c.pair(), keyString(k),
                            ev.gold().containsKey(k), c.features()));
                }
            }
            int setMissed = 0;
            int setBoth = 0;
            int setReachable = 0;
            for (GoldStandard.Key k : ev.falseNegatives()) {
                setMissed++;
                Set<String> locals = mentionsBySentence.getOrDefault(k.document() + "\u0001" + k.sentence(), Set.of());
                if (locals.contains(k.subject()) && locals.contains(k.object())) {
                    setBoth++;
                }
                if (candidateKeys.contains(k)) {
                    setReachable++;
                } else if (locals.contains(k.subject()) && locals.contains(k.object())) {
                    why.merge(whyNot(k, ev, candidateKeys), 1, Integer::sum);
                }
            }
            long negatives = candidateKeys.stream().filter(k -> !ev.gold().containsKey(k)).count();
            System.out.printf(Locale.ROOT, "REACH\t%s\tgold %d\tmissed %d\tboth mentioned %d\tcandidate %d\tnon-gold candidate keys %d%n",
                    set.name(), ev.gold().size(), setMissed, setBoth, setReachable, negatives);
            missed += setMissed;
            both += setBoth;
            reachable += setReachable;
        }
        why.forEach((w, n) -> System.out.printf(Locale.ROOT, "WHYNOT\t%s\t%d%n", w, n));
        long negatives = rows.stream().filter(r -> !r.right()).map(Row::key).distinct().count();
        System.out.printf(Locale.ROOT, "REACH\tALL\tgold %d\tmissed %d\tboth mentioned %d\tcandidate %d\tnon-gold candidate keys %d%n",
                gold.values().stream().mapToInt(Integer::intValue).sum(), missed, both, reachable, negatives);
        return rows;
    }

    /** Why a missed gold row whose terms are both mentioned is no candidate: the first reason found. */
    private static String whyNot(GoldStandard.Key k, GoldStandard.Evaluation ev, Set<GoldStandard.Key> candidates) {
        for (GoldStandard.Key e : ev.extracted().keySet()) {
            if (e.document().equals(k.document()) && e.sentence().equals(k.sentence()) && e.subject().equals(k.subject())
                    && e.object().equals(k.object())) {
                return e.qualifier().equals(k.qualifier()) ? "pair linked (other relation or polarity)"
                        : "pair linked with another qualifier";
            }
        }
        for (GoldStandard.Key c : candidates) {
            if (c.document().equals(k.document()) && c.sentence().equals(k.sentence()) && c.subject().equals(k.subject())
                    && c.object().equals(k.object()) && c.relation().equals(k.relation())) {
                return c.qualifier().equals(k.qualifier()) ? "candidate of the other polarity"
                        : "candidate with another qualifier (" + (c.qualifier().equals("-") ? "none" : "other") + ")";
            }
        }
        for (GoldStandard.Key c : candidates) {
            if (c.document().equals(k.document()) && c.sentence().equals(k.sentence()) && c.subject().equals(k.subject())
                    && c.object().equals(k.object())) {
                return "candidate, relation outside the object's range";
            }
        }
        return ev.methodsOnly().stream().anyMatch(m -> m.document().equals(k.document()) && m.sentence().equals(k.sentence()))
                ? "methods sentence" : "other (object inside the subject's name, or linked only in Methods)";
    }

    /** HEAD, for the weights' header ({@code -Dtraining.commit} names the extraction's commit for cached rows). */
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
            lines.add(String.join("\t", r.set(), r.document(), r.pair().replace('\t', ' '), r.key().replace('\t', ' '),
                    r.right() ? "R" : "W", String.join("\t", r.features())));
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
                rows.add(new Row(f[0], f[1], f[2], f[3], f[4].equals("R"), List.of(Arrays.copyOfRange(f, 5, f.length))));
            }
        }
        return rows;
    }

    private static void write(Path out, Map<String, Double> weights, List<Row> rows, Map<String, Integer> gold, double c,
            double threshold, int[] cv, double precision) throws IOException {
        List<String> lines = new ArrayList<>();
        long right = rows.stream().filter(Row::right).count();
        lines.add("# PairProposer weights (issue 15, branch pairproposer): logistic regression, P(pair claim right | features).");
        lines.add("# Rebuilt by PairProposerTraining (src/test/java/org/exokg/claim; liblinear 2.44, solver L2R_LR, bias regularised)");
        lines.add(String.format(Locale.ROOT, "# from %d candidates (%d right, %d wrong by strict gold match) of the %d design sets:",
                rows.size(), right, rows.size() - right, gold.size()));
        lines.add("#   " + String.join(", ", gold.keySet()) + " (never blind 30-32 or 36-44, nor sealed/)");
        lines.add("# extraction at commit " + System.getProperty("training.commit", commit())
                + "; features: PairProposer (binary), those seen in fewer than " + MIN_DOCUMENTS + " documents left out.");
        lines.add(String.format(Locale.ROOT, "# C = %s by %d-fold cross-validation by document (pooled log-loss); the threshold is the"
                + " lowest whose held-out proposals are >= %.2f precise: %d proposed, %d right.", c, FOLDS, precision, cv[0], cv[1]));
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
