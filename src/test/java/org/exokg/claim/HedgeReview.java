package org.exokg.claim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test): for the development gold sets (seed corpus, held-out, blind sets 1-9; never a
 * blind set still kept blind) lists every gold claim marked hedged or negated that is missed or extracted with
 * the wrong hedging, every matched claim hedged against the gold, and every extracted denial or hedge the gold does not
 * have, each with its sentence and the
 * claims extracted from that sentence. Usage (from the project root):
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.HedgeReview}
 * ({@code -Dreview=fpcontext}: every false positive with its sentence, the gold rows and the claims of that sentence)
 * ({@code -Dreview.sets=blind 28} reviews only the sets named, comma-separated)
 * ({@code -Dreview=matchedhedge}: every matched claim, tab-separated, with the gold's hedge and the extractor's)
 */
public final class HedgeReview {

    private static final Path HELDOUT = Path.of("src/test/resources/documents/heldout");

    record GoldSet(String name, String goldFile, Path... texts) {

        /** The set's texts, extracted by {@code builder}. */
        List<DocumentExtraction> extract(DocumentGraphBuilder builder) throws Exception {
            List<DocumentExtraction> extractions = new ArrayList<>();
            for (Path p : texts) {
                extractions.addAll(builder.extract(p));
            }
            return extractions;
        }

        /** The extractions scored against the set's gold (development golds only: src/test/resources/gold). */
        GoldStandard.Evaluation evaluate(List<DocumentExtraction> extractions) throws Exception {
            return GoldStandard.evaluate(GoldStandard.readRows(Path.of("src/test/resources/gold").resolve(goldFile)), extractions);
        }
    }

    static final List<GoldSet> DEV_SETS = List.of(
            new GoldSet("seed corpus", "corpus-claims.tsv",
                    Path.of("corpus/exosome-drug-carriers-cancer-review.txt"), Path.of("corpus/exosome-nanocarriers-summary.txt")),
            new GoldSet("held-out", "heldout-claims.tsv", HELDOUT.resolve("dendritic-exosome-sirna.txt"),
                    HELDOUT.resolve("jats-plant-nanovesicles.xml"), HELDOUT.resolve("pubmed-msc-immunogenicity.xml")),
            new GoldSet("blind 1", "heldout-blind-claims.tsv", HELDOUT.resolve("milk-ev-paclitaxel.txt")),
            new GoldSet("blind 2", "heldout-blind2-claims.tsv", HELDOUT.resolve("msc-exosomes-cardiac-repair.txt"),
                    HELDOUT.resolve("jats-tumour-exosome-resistance.xml"), HELDOUT.resolve("pubmed-urinary-ev-isolation.xml")),
            new GoldSet("blind 3", "heldout-blind3-claims.tsv", HELDOUT.resolve("neural-stem-cell-exosomes-stroke.txt"),
                    HELDOUT.resolve("jats-peptide-exosomes-glioblastoma.xml"), HELDOUT.resolve("pubmed-msc-ev-storage.xml")),
            new GoldSet("blind 4", "heldout-blind4-claims.tsv", HELDOUT.resolve("milk-exosomes-oral-insulin.txt"),
                    HELDOUT.resolve("jats-nk-exosomes-immunotherapy.xml"), HELDOUT.resolve("pubmed-saliva-urine-ev-biomarkers.xml")),
            new GoldSet("blind 5", "heldout-blind5-claims.tsv", GoldStandard.BLIND5_TEXTS));

    /**
     * {@link #DEV_SETS} and the sets promoted to development data since (blind 6 and 7, 2 Dec 2026; blind 8 in the sixth
     * session of that day; blind 9 in the seventh session, branch dev9; blind 10 in the eighth; blind 11 in the ninth, branch hedged lists both). The never-tuned
     * sets (sealed/) are never listed here.
     */
    static final List<GoldSet> REVIEWED_SETS = List.of(DEV_SETS.get(0), DEV_SETS.get(1), DEV_SETS.get(2), DEV_SETS.get(3),
            DEV_SETS.get(4), DEV_SETS.get(5), DEV_SETS.get(6),
            new GoldSet("blind 6", "heldout-blind6-claims.tsv", GoldStandard.BLIND6_TEXTS),
            new GoldSet("blind 7", "heldout-blind7-claims.tsv", GoldStandard.BLIND7_TEXTS),
            new GoldSet("blind 8", "heldout-blind8-claims.tsv", GoldStandard.BLIND8_TEXTS),
            new GoldSet("blind 9", "heldout-blind9-claims.tsv", GoldStandard.BLIND9_TEXTS),
            new GoldSet("blind 10", "heldout-blind10-claims.tsv", GoldStandard.BLIND10_TEXTS),
            new GoldSet("blind 11", "heldout-blind11-claims.tsv", GoldStandard.BLIND11_TEXTS),
            new GoldSet("blind 12", "heldout-blind12-claims.tsv", GoldStandard.BLIND12_TEXTS),
            new GoldSet("blind 13", "heldout-blind13-claims.tsv", GoldStandard.BLIND13_TEXTS),
            new GoldSet("blind 14", "heldout-blind14-claims.tsv", GoldStandard.BLIND14_TEXTS),
            new GoldSet("blind 15", "heldout-blind15-claims.tsv", GoldStandard.BLIND15_TEXTS),
            new GoldSet("blind 16", "heldout-blind16-claims.tsv", GoldStandard.BLIND16_TEXTS),
            new GoldSet("blind 17", "heldout-blind17-claims.tsv", GoldStandard.BLIND17_TEXTS),
            new GoldSet("blind 18", "heldout-blind18-claims.tsv", GoldStandard.BLIND18_TEXTS),
            new GoldSet("blind 19", "heldout-blind19-claims.tsv", GoldStandard.BLIND19_TEXTS),
            new GoldSet("blind 20", "heldout-blind20-claims.tsv", GoldStandard.BLIND20_TEXTS),
            new GoldSet("blind 21", "heldout-blind21-claims.tsv", GoldStandard.BLIND21_TEXTS),
            new GoldSet("blind 22", "heldout-blind22-claims.tsv", GoldStandard.BLIND22_TEXTS),
            new GoldSet("blind 23", "heldout-blind23-claims.tsv", GoldStandard.BLIND23_TEXTS),
            new GoldSet("blind 24", "heldout-blind24-claims.tsv", GoldStandard.BLIND24_TEXTS),
            new GoldSet("blind 25", "heldout-blind25-claims.tsv", GoldStandard.BLIND25_TEXTS),
            new GoldSet("blind 26", "heldout-blind26-claims.tsv", GoldStandard.BLIND26_TEXTS),
            new GoldSet("blind 27", "heldout-blind27-claims.tsv", GoldStandard.BLIND27_TEXTS),
            new GoldSet("blind 28", "heldout-blind28-claims.tsv", GoldStandard.BLIND28_TEXTS),
            new GoldSet("blind 29", "heldout-blind29-claims.tsv", GoldStandard.BLIND29_TEXTS),
            new GoldSet("blind 30", "heldout-blind30-claims.tsv", GoldStandard.BLIND30_TEXTS),
            new GoldSet("blind 31", "heldout-blind31-claims.tsv", GoldStandard.BLIND31_TEXTS),
            new GoldSet("blind 32", "heldout-blind32-claims.tsv", GoldStandard.BLIND32_TEXTS),
            new GoldSet("blind 33", "heldout-blind33-claims.tsv", GoldStandard.BLIND33_TEXTS),
            new GoldSet("blind 34", "heldout-blind34-claims.tsv", GoldStandard.BLIND34_TEXTS),
            new GoldSet("blind 35", "heldout-blind35-claims.tsv", GoldStandard.BLIND35_TEXTS),
            // blind 36: development data (a decision set, as blind 30-32: no reading designed on it) from the thirty-third session
            new GoldSet("blind 36", "heldout-blind36-claims.tsv", GoldStandard.BLIND36_TEXTS),
            // blind 37: development data (a decision set, as blind 30-32 and 36: no reading designed on it) from the thirty-fourth session
            new GoldSet("blind 37", "heldout-blind37-claims.tsv", GoldStandard.BLIND37_TEXTS),
            // blind 38: development data (a decision set, as blind 30-32, 36 and 37: no reading designed on it) from the thirty-fifth session
            new GoldSet("blind 38", "heldout-blind38-claims.tsv", GoldStandard.BLIND38_TEXTS),
            // blind 39: development data (a decision set, as blind 30-32 and 36-38: no reading designed on it) from the thirty-sixth session
            new GoldSet("blind 39", "heldout-blind39-claims.tsv", GoldStandard.BLIND39_TEXTS),
            // blind 40: development data (a decision set, as blind 30-32 and 36-39: no reading designed on it) from the thirty-seventh session
            new GoldSet("blind 40", "heldout-blind40-claims.tsv", GoldStandard.BLIND40_TEXTS),
            // blind 41: development data (a decision set, as blind 30-32 and 36-40: no reading designed on it) from the thirty-eighth session
            new GoldSet("blind 41", "heldout-blind41-claims.tsv", GoldStandard.BLIND41_TEXTS),
            // blind 42: development data (a decision set, as blind 30-32 and 36-41: no reading designed on it) from the thirty-ninth session
            new GoldSet("blind 42", "heldout-blind42-claims.tsv", GoldStandard.BLIND42_TEXTS),
            // blind 43: development data (a decision set, as blind 30-32 and 36-42: no reading designed on it) from the fortieth session
            new GoldSet("blind 43", "heldout-blind43-claims.tsv", GoldStandard.BLIND43_TEXTS),
            // blind 44: development data (a decision set, as blind 30-32 and 36-43: no reading designed on it) from the forty-first session
            new GoldSet("blind 44", "heldout-blind44-claims.tsv", GoldStandard.BLIND44_TEXTS),
            // blind 45: a design set from the start (branch verbdesign37, thirty-seventh session): ordinary primary-study prose
            new GoldSet("blind 45", "heldout-blind45-claims.tsv", GoldStandard.BLIND45_TEXTS));

    private HedgeReview() {}

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        // -Dreview=figures prints the figure lines only; -Dreview=hedged lists only the gold-hedged claims missed;
        // -Dreview=fp lists the claims the gold does not have, with their rules; -Dreview=missed lists every gold claim missed (hedged or not: a hedge frame may block a plain claim as well)
        String mode = System.getProperty("review", "all");
        long[] total = new long[5];
        for (GoldSet set : REVIEWED_SETS) {
            if (!selected(set.name())) {
                continue;
            }
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            System.out.printf("==== %s: gold hedged %d, matched hedged %d, found hedged %d; negated gold %d, extracted %d, right %d%n",
                    set.name(), ev.hedgedGold(), ev.hedgedGoldMatched(), ev.hedgedFound(), ev.negatedGold(),
                    ev.negatedExtracted(), ev.negatedMatched());
            GoldStandard.Score score = ev.overall();
            System.out.printf(java.util.Locale.ROOT, "     strict P %.3f (%d of %d) R %.3f (%d of %d); hedge recall %.3f of matched, %.3f of all%n",
                    score.precision(), score.matched(), score.extracted(), score.recall(), score.matched(), score.gold(),
                    ev.hedgeRecallMatched(), ev.hedgeRecallAll());
            total[0] += score.gold();
            total[1] += score.extracted();
            total[2] += score.matched();
            total[3] += ev.hedgedGold();
            total[4] += ev.hedgedFound();
            if (mode.equals("figures")) {
                continue;
            }
            if (mode.equals("fp")) {
                ev.falsePositives().forEach(k -> System.out.println("FP " + k + "  {" + ev.extractedRule().get(k) + "}"));
                continue;
            }
            if (mode.equals("scored")) {
                // every extracted claim, right (TP) or not (FP), with its rule and sentence: counts a change's right and wrong
                // claims by rule or object (branch precision6)
                for (GoldStandard.Key k : ev.extracted().keySet().stream().sorted().toList()) {
                    System.out.println((ev.gold().containsKey(k) ? "TP" : "FP") + "\t" + set.name() + "\t" + k.document() + "\t"
                            + k.subject() + "\t" + k.qualifier() + "\t" + k.polarity() + "\t" + k.relation() + "\t" + k.object()
                            + "\t" + ev.extractedRule().get(k) + "\t" + k.sentence());
                }
                continue;
            }
            if (mode.equals("matchedhedge")) {
                // every matched claim with the gold's hedge and the extractor's, its rule and sentence: counts how the golds
                // treat a candidate cue's sentences and what the extractor gives there today (branch hedgecues)
                for (GoldStandard.Key k : ev.extracted().keySet().stream().sorted().toList()) {
                    if (ev.gold().containsKey(k)) {
                        System.out.println("M\t" + set.name() + "\t" + k.document() + "\t" + ev.gold().get(k) + "\t"
                                + ev.extracted().get(k) + "\t" + k.polarity() + "\t" + k.relation() + "\t" + k.object() + "\t"
                                + ev.extractedRule().get(k) + "\t" + k.sentence());
                    }
                }
                continue;
            }
            if (mode.equals("fpcontext")) {
                // each false positive with its sentence, the gold rows of that sentence and every claim read from it
                for (GoldStandard.Key k : ev.falsePositives().stream().sorted().toList()) {
                    print("FP", k, ev);
                    ev.gold().forEach((g, h) -> {
                        if (g.document().equals(k.document()) && g.sentence().equals(k.sentence())) {
                            System.out.println("   gold:      " + g.subject() + (g.qualifier().equals("-") ? "" : "[" + g.qualifier() + "]")
                                    + (g.polarity().equals("negative") ? " NOT " : " ") + g.relation() + " " + g.object()
                                    + (h ? " HEDGED" : ""));
                        }
                    });
                }
                continue;
            }
            Map<GoldStandard.Key, Boolean> gold = ev.gold();
            Map<GoldStandard.Key, Boolean> extracted = ev.extracted();
            for (GoldStandard.Key k : gold.keySet().stream().sorted().toList()) {
                boolean hedged = gold.get(k);
                boolean negated = k.polarity().equals("negative");
                if (!hedged && !negated && !mode.equals("missed")) {
                    continue;
                }
                String what = (negated ? "denied" : "") + (hedged ? (negated ? "+" : "") + "hedged" : "");
                if (mode.equals("missed") && !extracted.containsKey(k)) {
                    print("MISSED" + (hedged ? " hedged" : ""), k, ev);
                    continue;
                }
                if (mode.equals("hedged") && !hedged || mode.equals("missed")) {
                    continue;
                }
                if (!extracted.containsKey(k)) {
                    print("MISSED " + what, k, ev);
                } else if (extracted.get(k) != hedged) {
                    print("HEDGE WRONG (gold " + hedged + ")", k, ev);
                }
            }
            if (mode.equals("hedged") || mode.equals("missed")) {
                continue;
            }
            for (GoldStandard.Key k : ev.hedgingDisagreements()) {
                if (!gold.get(k)) {
                    print("HEDGED, GOLD NOT", k, ev);
                }
            }
            for (GoldStandard.Key k : extracted.keySet().stream().sorted().toList()) {
                if (k.polarity().equals("negative") && !gold.containsKey(k)) {
                    print("WRONG DENIAL", k, ev);
                } else if (extracted.get(k) && !gold.containsKey(k)) {
                    print("UNMATCHED HEDGED", k, ev);
                }
            }
        }
        System.out.printf(java.util.Locale.ROOT, "==== all reviewed sets: gold %d, extracted %d, matched %d (P %.3f, R %.3f); "
                + "gold hedged %d, found hedged %d (%.3f)%n", total[0], total[1], total[2], (double) total[2] / total[1],
                (double) total[2] / total[0], total[3], total[4], (double) total[4] / total[3]);
    }

    /**
     * Whether set {@code name} is reviewed: every development set, or only those named in {@code -Dreview.sets}
     * (comma-separated, "blind 28,blind 27"; branch dev28).
     */
    static boolean selected(String name) {
        String only = System.getProperty("review.sets", "");
        return only.isBlank() || java.util.Arrays.stream(only.split(",")).map(String::trim).anyMatch(name::equals);
    }

    static void print(String label, GoldStandard.Key k, GoldStandard.Evaluation ev) {
        System.out.println();
        System.out.println(label + ": " + k.subject() + (k.qualifier().equals("-") ? "" : "[" + k.qualifier() + "]")
                + (k.polarity().equals("negative") ? " NOT " : " ") + k.relation() + " " + k.object() + "   (" + k.document() + ")");
        System.out.println("   \"" + k.sentence() + "\"");
        ev.extracted().forEach((e, h) -> {
            if (e.document().equals(k.document()) && e.sentence().equals(k.sentence())) {
                System.out.println("   extracted: " + e.subject() + (e.qualifier().equals("-") ? "" : "[" + e.qualifier() + "]")
                        + (e.polarity().equals("negative") ? " NOT " : " ") + e.relation() + " " + e.object()
                        + (h ? " HEDGED" : "") + "  {" + ev.extractedRule().get(e) + "}");
            }
        });
    }
}
