package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (branch batchvar), gold conventions vv and bbb. vv: a make-up that varies with a source condition
 * (cultivar, season, harvest, donor, lactation), from one making to the next, or a variability named between makings
 * is BatchVariability (switch -Dexokg.noBatchWordings). bbb: a denied inflammation is no LowToxicity by its object alone
 * (the unconditional remapping of branch batchvar was removed by branch undecided; branch dev29's verb-bound entries read
 * bbb after a verb of causing: DeniedHarmAfterCausingTest).
 * Invented sentences, none from a gold set, each with a near neighbour that must not give the reading.
 */
class SourceVariationAndDeniedHarmTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text + "\n", ".txt");
        return e.claims().stream().filter(c -> !c.sentence().text().startsWith("Milk exosomes carry"))
                .map(c -> local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + c.relation().localName() + " "
                        + local(c.objectIri())).toList();
    }

    private static final String OPENING = "Milk exosomes carry microRNAs. ";

    @Test
    void makeUpVaryingWithASourceConditionIsBatchVariability() throws Exception {
        List<String> c = claims(OPENING + "The composition varies with cultivar, season and ripeness.");
        assertTrue(c.contains("Exosome hasChallenge BatchVariability"), c.toString());
        assertFalse(c.contains("Exosome hasChallenge Heterogeneity"), c.toString());
        List<String> near = claims(OPENING + "The composition varies with the age of the cell culture.");
        assertFalse(near.contains("Exosome hasChallenge BatchVariability"), near.toString());
    }

    @Test
    void variationFromOneMakingToTheNextIsBatchVariability() throws Exception {
        List<String> c = claims(OPENING + "Their yield varied from one fermentation to the next.");
        assertTrue(c.contains("Exosome hasChallenge BatchVariability"), c.toString());
        List<String> near = claims(OPENING + "The tumour volume shrank from one week to the next.");
        assertFalse(near.contains("Exosome hasChallenge BatchVariability"), near.toString());
    }

    @Test
    void variabilityBetweenMakingsIsBatchVariability() throws Exception {
        List<String> c = claims(OPENING + "Variability between donor pools is considerable.");
        assertTrue(c.contains("Exosome hasChallenge BatchVariability"), c.toString());
        List<String> near = claims(OPENING + "Variability between patients is considerable.");
        assertFalse(near.contains("Exosome hasChallenge BatchVariability"), near.toString());
    }

    @Test
    void switchesLeaveTheReadingsOut() throws Exception {
        String inflammation = ExoKg.NS + "InflammatoryDisease";
        // bbb by the object alone cannot tell a harm after dosing from a disease-mechanism denial: no such remapping
        assertNull(ClaimPatterns.defaults().remapDenial(Relation.CONTRIBUTES_TO, inflammation));
        assertTrue(ClaimPatterns.defaults().challengeEvents().stream().anyMatch(e -> e.id().startsWith("bv-")));
        System.setProperty("exokg.noBatchWordings", "true");
        try (InputStream in = ClaimPatterns.class.getResourceAsStream(ClaimPatterns.RESOURCE)) {
            ClaimPatterns off = ClaimPatterns.parse(in, ClaimPatterns.RESOURCE);
            assertFalse(off.challengeEvents().stream().anyMatch(e -> e.id().startsWith("bv-")));
            assertTrue(off.challengeEvents().stream().anyMatch(e -> e.id().startsWith("bvoff-")));
        } finally {
            System.clearProperty("exokg.noBatchWordings");
        }
    }
}
