package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, subjects that are not found (branch subjects4): a later sentence whose subject is a preparation's name
 * reads nothing when the definition of the name was not read. Three shapes of a definition: an apposition by
 * composition ("RX-88, its first candidate made of extracellular vesicles ..."), a naming verb before a short name that
 * looks like no code ("..., called Dexo, ..."), and a name that spells its cargo ("EXO-IL12 (exosomes ... to carry
 * IL-12)"). Each with a near neighbour that must name nothing. Invented sentences, through the real pipeline and ontology.
 */
class DefinedNameSubjectsTest {

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    @Test
    void anAppositionByCompositionDefinesTheName() throws Exception {
        DocumentExtraction e = extract("Corvexa announced results for RX-88, its first candidate made of extracellular vesicles "
                + "purified from human placentas. RX-88 reduced inflammation in the kidney.\n");
        assertTrue(TestSupport.claimsOf(e, "RX-88 reduced", false).contains("ExtracellularVesicle[Placenta] treats InflammatoryDisease"),
                () -> TestSupport.claimsOf(e, "", false).toString());
        // near neighbour: a candidate made of liposomes is no vesicle preparation; its name stays unread
        DocumentExtraction n = extract("Corvexa announced results for RX-89, its first candidate made of liposomes purified from "
                + "soybeans. RX-89 reduced inflammation in the kidney.\n");
        assertEquals(List.of(), TestSupport.claimsOf(n, "RX-89 reduced", false));
    }

    @Test
    void aNamingVerbGivesAShortNameThatLooksLikeNoCode() throws Exception {
        DocumentExtraction e = extract("Exosomes of dendritic cells, called Dexo, were tested in patients. Dexo reduced "
                + "inflammation in the lung.\n");
        assertTrue(TestSupport.claimsOf(e, "Dexo reduced", false).contains("Exosome[DendriticCell] treats InflammatoryDisease"),
                () -> TestSupport.claimsOf(e, "", false).toString());
        // near neighbour: the naming verb names the cells ("known as Langerhans cells"), not the vesicles
        DocumentExtraction n = extract("Exosomes of skin dendritic cells, known as Langerhans cells, were tested in mice. "
                + "Langerhans cells reduced inflammation in the lung.\n");
        assertTrue(TestSupport.claimsOf(n, "Langerhans cells reduced", false).isEmpty(), () -> TestSupport.claimsOf(n, "", false).toString());
    }

    @Test
    void aNameMaySpellItsCargo() throws Exception {
        DocumentExtraction e = extract("Our second candidate, EXO-IL12 (exosomes from HEK293 cells engineered to carry IL-12), "
                + "entered a trial. EXO-IL12 reduced inflammation in the liver.\n");
        assertTrue(TestSupport.claimsOf(e, "EXO-IL12 reduced", false).contains("EngineeredExosome[HEK293Cell] treats InflammatoryDisease"),
                () -> TestSupport.claimsOf(e, "", false).toString());
        // near neighbour: the cargo's own name, with no definition, is no preparation
        DocumentExtraction n = extract("Exosomes from HEK293 cells were studied. IL-12 reduced inflammation in the liver.\n");
        assertEquals(List.of(), TestSupport.claimsOf(n, "IL-12 reduced", false));
    }

    @Test
    void aNamingVerbInsideTheAppositionDefinesTheName() throws Exception {
        DocumentExtraction e = extract("This study tests OsteoVes, a suspension of tiny particles known as exosomes from bone marrow "
                + "stem cells. OsteoVes reduced inflammation in the knee.\n");
        assertTrue(TestSupport.claimsOf(e, "OsteoVes reduced", false).contains("Exosome[StemCell] treats InflammatoryDisease"),
                () -> TestSupport.claimsOf(e, "", false).toString());
    }

    @Test
    void neitherPreparationDeniesThePredicateOfThePreparationsUnderDiscussion() throws Exception {
        DocumentExtraction e = extract("Nanovesicles were isolated from tomato fruit (TNVs). TNVs carried miR-156. Neither preparation "
                + "was toxic to intestinal epithelial cells.\n");
        assertTrue(TestSupport.claimsOf(e, "Neither preparation", false).stream().anyMatch(c -> c.endsWith("hasProperty LowToxicity")),
                () -> TestSupport.claimsOf(e, "", false).toString());
        // near neighbour: "neither" before another noun ("neither method") is no anaphor of the vesicles
        DocumentExtraction n = extract("Nanovesicles were isolated from tomato fruit (TNVs). TNVs carried miR-156. Neither method "
                + "was toxic to intestinal epithelial cells.\n");
        assertEquals(List.of(), TestSupport.claimsOf(n, "Neither method", false));
    }
}
