package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test): for the development gold sets of {@link HedgeReview#REVIEWED_SETS} sorts every denied
 * gold claim as RIGHT (extracted denied), ASSERTED (extracted with positive polarity) or MISSED, and every extracted
 * denial the gold does not have as FLIPPED (the gold asserts it) or WRONG; one tab-separated line each, with the sentence
 * and the extracted rule, then the per-set denial counts (gold / extracted / right). Usage: run its main with the test
 * class path from the project root.
 */
public final class DenialReview {

    private DenialReview() {}

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        long[] total = new long[3];
        for (HedgeReview.GoldSet set : HedgeReview.REVIEWED_SETS) {
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            Map<GoldStandard.Key, Boolean> gold = ev.gold();
            Map<GoldStandard.Key, Boolean> extracted = ev.extracted();
            for (GoldStandard.Key k : gold.keySet().stream().sorted().toList()) {
                if (!k.polarity().equals("negative")) {
                    continue;
                }
                GoldStandard.Key positive = with(k, "positive");
                String status = extracted.containsKey(k) ? "RIGHT" : extracted.containsKey(positive) ? "ASSERTED" : "MISSED";
                String rule = extracted.containsKey(k) ? ev.extractedRule().get(k) : ev.extractedRule().get(positive);
                if (status.equals("MISSED")) {
                    // the relation and object read from the sentence with another subject or qualifier: which polarity
                    for (GoldStandard.Key e : extracted.keySet()) {
                        if (e.document().equals(k.document()) && e.sentence().equals(k.sentence()) && e.relation().equals(k.relation())
                                && e.object().equals(k.object())) {
                            status = "MISSED-SUBJECT-" + (e.polarity().equals("negative") ? "DENIED" : "ASSERTED");
                            rule = e.subject() + "[" + e.qualifier() + "] " + ev.extractedRule().get(e);
                        }
                    }
                }
                line(status, set.name(), k, rule);
            }
            for (GoldStandard.Key k : extracted.keySet().stream().sorted().toList()) {
                if (k.polarity().equals("negative") && !gold.containsKey(k)) {
                    line(gold.containsKey(with(k, "positive")) ? "FLIPPED" : "WRONG", set.name(), k, ev.extractedRule().get(k));
                }
            }
            System.out.printf("SET\t%s\t%d\t%d\t%d\t%.3f\t%.3f%n", set.name(), ev.negatedGold(), ev.negatedExtracted(),
                    ev.negatedMatched(), ev.overall().precision(), ev.overall().recall());
            total[0] += ev.overall().gold();
            total[1] += ev.overall().extracted();
            total[2] += ev.overall().matched();
        }
        System.out.printf(java.util.Locale.ROOT, "ALL\tgold %d extracted %d matched %d P %.3f R %.3f%n", total[0], total[1],
                total[2], (double) total[2] / total[1], (double) total[2] / total[0]);
    }

    private static GoldStandard.Key with(GoldStandard.Key k, String polarity) {
        return new GoldStandard.Key(k.document(), k.sentence(), k.subject(), k.qualifier(), k.relation(), k.object(), polarity);
    }

    private static void line(String status, String set, GoldStandard.Key k, String rule) {
        System.out.println(status + "\t" + set + "\t" + k.document() + "\t" + k.subject() + "\t" + k.qualifier() + "\t"
                + k.relation() + "\t" + k.object() + "\t" + rule + "\t" + k.sentence());
    }
}
