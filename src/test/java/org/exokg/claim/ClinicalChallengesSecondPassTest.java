package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch challenges2 (seventeenth session): clinical challenges stated as events (claim-rules.yaml,
 * challengeEvents block "branch challenges2") and a challenge event in a sentence that names no vesicle, which is said
 * of the vesicles under discussion. Invented sentences of the shapes, none from a gold set, through the real pipeline.
 */
class ClinicalChallengesSecondPassTest {

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    /** "Subject[qualifier] (NOT) relation object" for the hasChallenge claims of the sentence that contains {@code words}. */
    private static List<String> challengesOf(DocumentExtraction e, String words) {
        return e.claims().stream().filter(c -> c.sentence().text().contains(words) && c.relation().localName().equals("hasChallenge"))
                .map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + local(c.objectIri()))
                .distinct().toList();
    }

    @Test
    void aYieldWithItsSourceStatedLowIsALowYield() throws Exception {
        DocumentExtraction e = extract("Exosomes from T cells slowed tumour growth in mice. Yields from T cell cultures are low. "
                + "The yield of exosomes from adipose stem cells was modest. The yield of exosomes from adipose stem cells was high.\n");
        assertEquals(List.of("Exosome[TCell] LowYield"), challengesOf(e, "Yields from T cell"));
        assertEquals(List.of("Exosome[StemCell] LowYield"), challengesOf(e, "was modest"));
        assertEquals(List.of(), challengesOf(e, "was high"));
    }

    @Test
    void variationBetweenDonorsOrRunsIsBatchVariability() throws Exception {
        DocumentExtraction e = extract("Milk exosomes reduced colitis in mice. Their content varies from sow to sow. "
                + "Their uptake differed between laboratories.\n");
        assertEquals(List.of("Exosome[Milk] BatchVariability"), challengesOf(e, "from sow to sow"));
        // between laboratories: a lack of standards, not a property of the product
        assertEquals(List.of(), challengesOf(e, "between laboratories"));
    }

    @Test
    void clearanceByPhagocytesIsRapidClearanceAndItsDenialIsKept() throws Exception {
        DocumentExtraction e = extract("Apoptotic bodies are cleared by macrophages within minutes. "
                + "Unlike liposomes, bile exosomes were not cleared by hepatic macrophages. "
                + "Ginger nanovesicles were engulfed by macrophages in the gut.\n");
        assertEquals(List.of("ApoptoticBody RapidClearance"), challengesOf(e, "Apoptotic bodies"));
        assertTrue(challengesOf(e, "were not cleared").contains("Exosome[Bile] NOT RapidClearance"), challengesOf(e, "were not cleared").toString());
        // uptake by macrophages is no clearance
        assertEquals(List.of(), challengesOf(e, "engulfed"));
    }

    @Test
    void endingUpInTheLiverIsOffTargetAccumulation() throws Exception {
        DocumentExtraction e = extract("Most intravenously injected exosomes end up in the liver and spleen. "
                + "Intratumoural exosomes ended up in the tumour core.\n");
        assertEquals(List.of("Exosome OffTargetAccumulation"), challengesOf(e, "liver and spleen"));
        assertEquals(List.of(), challengesOf(e, "tumour core"));
    }

    @Test
    void anEventInASentenceWithoutVesiclesIsSaidOfTheVesiclesUnderDiscussion() throws Exception {
        DocumentExtraction e = extract("Milk exosomes reduced colitis in mice. "
                + "Milking is laborious, and yields varied from one farm to the next. "
                + "For colitis drugs, potency differed between batches.\n");
        assertEquals(List.of("Exosome[Milk] BatchVariability"), challengesOf(e, "Milking is laborious"));
        // another term before the event may own it: nothing is said of the exosomes
        assertEquals(List.of(), challengesOf(e, "colitis drugs"));
    }

    @Test
    void unsettledRulesAndUnvalidatedAssaysAreChallenges() throws Exception {
        DocumentExtraction e = extract("Exosomes from stem cells repaired cartilage in rats. "
                + "The regulatory framework for such products is still evolving. "
                + "No such assay has yet been validated. "
                + "The regulatory framework for such products is well defined.\n");
        assertEquals(List.of("Exosome[StemCell] RegulatoryUncertainty"), challengesOf(e, "still evolving"));
        assertEquals(List.of("Exosome[StemCell] LackOfPotencyAssay"), challengesOf(e, "No such assay"));
        assertEquals(List.of(), challengesOf(e, "well defined"));
    }

    @Test
    void vesiclesNotObtainedInUsefulAmountsHaveALowYield() throws Exception {
        DocumentExtraction e = extract("Exosomes of primary hepatocytes are difficult to obtain in sufficient amounts. "
                + "Exosomes of hepatoma cells are easy to obtain in large amounts.\n");
        assertEquals(List.of("Exosome[Hepatocyte] LowYield"), challengesOf(e, "difficult to obtain"));
        assertFalse(challengesOf(e, "easy to obtain").contains("Exosome[TumorCell] LowYield"));
        assertEquals(List.of(), challengesOf(e, "easy to obtain"));
    }
}
