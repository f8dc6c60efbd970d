package org.exokg.claim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test): for the development gold sets only (the sets of {@link HedgeReview}: seed, held-out,
 * blind sets 1-10; blind 6, 7, 8, 9 and 10 were promoted to development data in issue 15's fourth to eighth sessions;
 * never a blind set still kept blind, i.e. never 11, 12 or 13) lists every gold claim that is missed, with its sentence, the claims extracted from
 * that sentence and their rules, then every extracted claim the gold does not have; so misses can be grouped by
 * cause. Usage (from the project root):
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.RecallReview}
 */
public final class RecallReview {

    private RecallReview() {}

    /** The development sets, in order (also read by {@link VesicleSubjectReview}). */
    static List<HedgeReview.GoldSet> developmentSets() {
        List<HedgeReview.GoldSet> sets = new ArrayList<>(HedgeReview.DEV_SETS);
        sets.add(new HedgeReview.GoldSet("blind 6", "heldout-blind6-claims.tsv", GoldStandard.BLIND6_TEXTS));
        // blind 7: development data from the fifth session of 2 Dec 2026 (measured never-tuned for three sessions)
        sets.add(new HedgeReview.GoldSet("blind 7", "heldout-blind7-claims.tsv", GoldStandard.BLIND7_TEXTS));
        // blind 8: development data from the sixth session of 2 Dec 2026 (measured never-tuned for three sessions)
        sets.add(new HedgeReview.GoldSet("blind 8", "heldout-blind8-claims.tsv", GoldStandard.BLIND8_TEXTS));
        // blind 9: development data from the seventh session of 2 Dec 2026 (branch dev9)
        sets.add(new HedgeReview.GoldSet("blind 9", "heldout-blind9-claims.tsv", GoldStandard.BLIND9_TEXTS));
        // blind 10: development data from the eighth session of 3 Dec 2026 (branch dev10)
        sets.add(new HedgeReview.GoldSet("blind 10", "heldout-blind10-claims.tsv", GoldStandard.BLIND10_TEXTS));
        // blind 11: development data from the ninth session of 3 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 11", "heldout-blind11-claims.tsv", GoldStandard.BLIND11_TEXTS));
        // blind 12: development data from the tenth session of 3 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 12", "heldout-blind12-claims.tsv", GoldStandard.BLIND12_TEXTS));
        // blind 13: development data from the eleventh session of 3 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 13", "heldout-blind13-claims.tsv", GoldStandard.BLIND13_TEXTS));
        // blind 14: development data from the twelfth session of 3 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 14", "heldout-blind14-claims.tsv", GoldStandard.BLIND14_TEXTS));
        // blind 15: development data from the thirteenth session of 3 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 15", "heldout-blind15-claims.tsv", GoldStandard.BLIND15_TEXTS));
        sets.add(new HedgeReview.GoldSet("blind 16", "heldout-blind16-claims.tsv", GoldStandard.BLIND16_TEXTS));
        // blind 17: development data from the fifteenth session of 4 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 17", "heldout-blind17-claims.tsv", GoldStandard.BLIND17_TEXTS));
        // blind 18: development data from the sixteenth session of 4 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 18", "heldout-blind18-claims.tsv", GoldStandard.BLIND18_TEXTS));
        // blind 19: development data from the seventeenth session of 4 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 19", "heldout-blind19-claims.tsv", GoldStandard.BLIND19_TEXTS));
        // blind 20: development data from the eighteenth session of 5 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 20", "heldout-blind20-claims.tsv", GoldStandard.BLIND20_TEXTS));
        // blind 21: development data from the nineteenth session of 5 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 21", "heldout-blind21-claims.tsv", GoldStandard.BLIND21_TEXTS));
        // blind 22: development data from the twentieth session of 5 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 22", "heldout-blind22-claims.tsv", GoldStandard.BLIND22_TEXTS));
        // blind 23: development data from the twenty-first session of 5 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 23", "heldout-blind23-claims.tsv", GoldStandard.BLIND23_TEXTS));
        // blind 24: development data from the twenty-second session of 5 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 24", "heldout-blind24-claims.tsv", GoldStandard.BLIND24_TEXTS));
        // blind 25: development data from the twenty-third session of 6 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 25", "heldout-blind25-claims.tsv", GoldStandard.BLIND25_TEXTS));
        // blind 26: development data from the twenty-fourth session of 6 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 26", "heldout-blind26-claims.tsv", GoldStandard.BLIND26_TEXTS));
        // blind 27: development data from the twenty-fourth session of 6 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 27", "heldout-blind27-claims.tsv", GoldStandard.BLIND27_TEXTS));
        // blind 28: development data from the twenty-fifth session of 6 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 28", "heldout-blind28-claims.tsv", GoldStandard.BLIND28_TEXTS));
        // blind 29: development data from the twenty-sixth session of 6 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 29", "heldout-blind29-claims.tsv", GoldStandard.BLIND29_TEXTS));
        // blind 30: development data from the twenty-seventh session of 6 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 30", "heldout-blind30-claims.tsv", GoldStandard.BLIND30_TEXTS));
        // blind 31: development data from the twenty-eighth session
        sets.add(new HedgeReview.GoldSet("blind 31", "heldout-blind31-claims.tsv", GoldStandard.BLIND31_TEXTS));
        // blind 32: development data from the twenty-ninth session
        sets.add(new HedgeReview.GoldSet("blind 32", "heldout-blind32-claims.tsv", GoldStandard.BLIND32_TEXTS));
        // blind 33: development data from the thirtieth session
        sets.add(new HedgeReview.GoldSet("blind 33", "heldout-blind33-claims.tsv", GoldStandard.BLIND33_TEXTS));
        // blind 34: development data from the thirty-first session
        sets.add(new HedgeReview.GoldSet("blind 34", "heldout-blind34-claims.tsv", GoldStandard.BLIND34_TEXTS));
        // blind 35: development data from the thirty-second session
        sets.add(new HedgeReview.GoldSet("blind 35", "heldout-blind35-claims.tsv", GoldStandard.BLIND35_TEXTS));
        // blind 36: development data from the thirty-third session, a decision set as blind 30-32 (branch decision36): its
        // misses may be counted, but no reading is designed on them
        sets.add(new HedgeReview.GoldSet("blind 36", "heldout-blind36-claims.tsv", GoldStandard.BLIND36_TEXTS));
        // blind 37: development data from the thirty-fourth session, a decision set as blind 30-32 and 36 (branch
        // decision37): its misses may be counted, but no reading is designed on them
        sets.add(new HedgeReview.GoldSet("blind 37", "heldout-blind37-claims.tsv", GoldStandard.BLIND37_TEXTS));
        // blind 38: development data from the thirty-fifth session, a decision set as blind 30-32, 36 and 37 (branch
        // decision38): its misses may be counted, but no reading is designed on them
        sets.add(new HedgeReview.GoldSet("blind 38", "heldout-blind38-claims.tsv", GoldStandard.BLIND38_TEXTS));
        // blind 39: development data from the thirty-sixth session, a decision set as blind 30-32 and 36-38 (branch
        // decision39): its misses may be counted, but no reading is designed on them
        sets.add(new HedgeReview.GoldSet("blind 39", "heldout-blind39-claims.tsv", GoldStandard.BLIND39_TEXTS));
        // blind 40: development data from the thirty-seventh session, a decision set as blind 30-32 and 36-39 (branch
        // decision40): its misses may be counted, but no reading is designed on them
        sets.add(new HedgeReview.GoldSet("blind 40", "heldout-blind40-claims.tsv", GoldStandard.BLIND40_TEXTS));
        // blind 41: development data from the thirty-eighth session, a decision set as blind 30-32 and 36-40 (branch
        // decision41): its misses may be counted, but no reading is designed on them
        sets.add(new HedgeReview.GoldSet("blind 41", "heldout-blind41-claims.tsv", GoldStandard.BLIND41_TEXTS));
        // blind 42: development data from the thirty-ninth session, a decision set as blind 30-32 and 36-41 (branch
        // decision42): its misses may be counted, but no reading is designed on them
        sets.add(new HedgeReview.GoldSet("blind 42", "heldout-blind42-claims.tsv", GoldStandard.BLIND42_TEXTS));
        // blind 43: development data from the fortieth session, a decision set as blind 30-32 and 36-42 (branch
        // decision43): its misses may be counted, but no reading is designed on them
        sets.add(new HedgeReview.GoldSet("blind 43", "heldout-blind43-claims.tsv", GoldStandard.BLIND43_TEXTS));
        // blind 44: development data from the forty-first session, a decision set as blind 30-32 and 36-43 (branch
        // decision44): its misses may be counted, but no reading is designed on them
        sets.add(new HedgeReview.GoldSet("blind 44", "heldout-blind44-claims.tsv", GoldStandard.BLIND44_TEXTS));
        // blind 45: a design set from the start (branch verbdesign37, thirty-seventh session): ordinary primary-study prose
        sets.add(new HedgeReview.GoldSet("blind 45", "heldout-blind45-claims.tsv", GoldStandard.BLIND45_TEXTS));
        return sets;
    }

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        List<HedgeReview.GoldSet> sets = developmentSets();
        if (args.length > 0) {
            sets.removeIf(s -> !s.name().equals(String.join(" ", args)));
        }
        // (branch propertymisses35) -Dreview.sets="seed corpus,blind 28" reviews only the sets named (HedgeReview#selected)
        sets.removeIf(s -> !HedgeReview.selected(s.name()));
        for (HedgeReview.GoldSet set : sets) {
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            GoldStandard.Score s = ev.overall();
            System.out.printf("==== %s: gold %d, extracted %d, matched %d, missed %d%n", set.name(), s.gold(),
                    s.extracted(), s.matched(), ev.falseNegatives().size());
            for (GoldStandard.Key k : ev.falseNegatives()) {
                HedgeReview.print("MISSED" + (ev.gold().get(k) ? " hedged" : ""), k, ev);
            }
            for (GoldStandard.Key k : ev.falsePositives()) {
                System.out.println();
                System.out.println("NOT IN GOLD: " + k + "  {" + ev.extractedRule().get(k) + "}");
            }
        }
    }
}
