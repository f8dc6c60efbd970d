package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch claimfilter: the learned confidence for claims ({@link ClaimConfidence} over {@link ClaimFeatures}).
 * The shipped weights load, scoring is deterministic and ordered as the weights say, and the switch
 * {@code -Dexokg.claimConfidence} (on by default) keeps or drops an invented sentence's claim as its score says. Invented sentences.
 */
class ClaimConfidenceTest {

    @TempDir
    Path dir;

    @Test
    void shippedWeightsLoadWithAThresholdAndTheFeaturesTheyWereTrainedOn() {
        ClaimConfidence m = ClaimConfidence.shipped();
        assertTrue(m.threshold() > 0 && m.threshold() < 1, "threshold " + m.threshold());
        assertTrue(m.weights().keySet().stream().anyMatch(f -> f.startsWith("rule=")), "rule features");
        assertTrue(m.weights().containsKey("relation=treats"), "relation features");
        assertTrue(m.weights().containsKey("form=previous-sentence"), "subject-form features");
    }

    @Test
    void scoresAreDeterministicAndOrderedAsTheWeightsSay() {
        ClaimConfidence m = ClaimConfidence.parse("# invented\nthreshold\t0.40\n(bias)\t1.0\nform=anaphor\t-0.5\n"
                + "form=in-sentence\t0.75\nquestion=true\t-2.0\n");
        List<String> base = List.of("relation=treats", "question=false");
        double anaphor = m.score(with(base, "form=anaphor"));
        double inSentence = m.score(with(base, "form=in-sentence"));
        assertEquals(1 / (1 + Math.exp(-0.5)), anaphor, 1e-12);
        assertEquals(1 / (1 + Math.exp(-1.75)), inSentence, 1e-12);
        assertTrue(inSentence > anaphor);
        assertTrue(m.score(with(with(base, "form=anaphor"), "question=true")) < m.threshold(), "a question drops");
        assertEquals(anaphor, m.score(with(base, "form=anaphor")), 0.0);
        assertEquals(anaphor, m.score(with(with(base, "form=anaphor"), "unknown=feature")), 0.0);

        // the shipped model, on two invented feature lists differing by one feature: ordered by that feature's weight
        ClaimConfidence shipped = ClaimConfidence.shipped();
        Map<String, Double> w = shipped.weights();
        List<String> common = List.of("relation=treats", "polarity=positive", "hedged=false");
        double a = shipped.score(with(common, "form=in-sentence"));
        double b = shipped.score(with(common, "form=previous-sentence"));
        assertEquals(Double.compare(w.get("form=in-sentence"), w.get("form=previous-sentence")), Double.compare(a, b));
        assertEquals(a, shipped.score(with(common, "form=in-sentence")), 0.0);
    }

    @Test
    void theSwitchKeepsOrDropsAnInventedSentencesClaimAsItsScoreSays() throws Exception {
        String text = "Results\n\nExosomes from mesenchymal stem cells reduced liver fibrosis in rats.\n";
        String property = System.getProperty(ClaimConfidence.PROPERTY);
        try {
            System.setProperty(ClaimConfidence.PROPERTY, "false");
            DocumentExtraction off = TestSupport.extractText(dir, text, ".txt");
            Claim treats = off.claims().stream().filter(c -> c.relation() == Relation.TREATS).findFirst().orElseThrow();
            List<List<String>> features = ClaimFeatures.of(off.document(), off.mentions(), off.claims(),
                    TestSupport.projectBuilder().lexicon());
            List<String> f = features.get(off.claims().indexOf(treats));
            assertTrue(f.contains("relation=treats") && f.contains("form=in-sentence") && f.contains("qualifier=true")
                    && f.contains("section=results") && f.contains("question=false"), f.toString());
            double score = ClaimConfidence.shipped().score(f);

            System.setProperty(ClaimConfidence.PROPERTY, String.valueOf(score - 1e-9));
            assertTrue(has(TestSupport.extractText(dir, text, ".txt"), treats), "kept at a threshold just below its score");
            System.setProperty(ClaimConfidence.PROPERTY, String.valueOf(score + 1e-9));
            assertFalse(has(TestSupport.extractText(dir, text, ".txt"), treats), "dropped at a threshold just above it");
            System.setProperty(ClaimConfidence.PROPERTY, "false");
            assertTrue(has(TestSupport.extractText(dir, text, ".txt"), treats), "kept with the switch off");
            System.clearProperty(ClaimConfidence.PROPERTY);
            assertEquals(score >= ClaimConfidence.shipped().threshold(), has(TestSupport.extractText(dir, text, ".txt"), treats),
                    "by default (on), as the score and the shipped threshold say");
        } finally {
            if (property == null) {
                System.clearProperty(ClaimConfidence.PROPERTY);
            } else {
                System.setProperty(ClaimConfidence.PROPERTY, property);
            }
        }
    }

    private static boolean has(DocumentExtraction e, Claim c) {
        return e.claims().stream().anyMatch(x -> x.relation() == c.relation() && x.objectIri().equals(c.objectIri())
                && x.subjectIri().equals(c.subjectIri()) && x.negated() == c.negated());
    }

    private static List<String> with(List<String> features, String f) {
        List<String> l = new ArrayList<>(features);
        l.add(f);
        return l;
    }
}
