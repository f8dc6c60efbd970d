package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch dev29 (twenty-sixth session): families of terms written from general knowledge (ontology block of
 * branch dev29): growth factor isoforms and named Wnt ligands, chemokine receptors, milk whey and lens proteins, intestinal
 * cells, nerve crush injuries. Invented sentences, each with a near neighbour in which a similar word must not give the
 * claim.
 */
class CellAndProteinFamilyVocabularyTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    @Test
    void growthFactorIsoformsAreSignallingProteins() throws Exception {
        List<String> tgf = claims("Exosomes from platelets carried TGF-beta2 and TGF-alpha.");
        assertTrue(TestSupport.anyContains(tgf, "carries SignalingProtein"), tgf.toString());
        // the growth of a tumour is no growth factor
        List<String> growth = claims("Exosomes from platelets carried microRNAs that slowed tumour growth.");
        assertTrue(!TestSupport.anyContains(growth, "SignalingProtein"), growth.toString());
    }

    @Test
    void wntLigandsAreSignallingProteinsAndChemokineReceptorsAreNoChemokines() throws Exception {
        List<String> wnt = claims("Exosomes from fibroblasts carried Wnt3a and Wnt10b.");
        assertTrue(TestSupport.anyContains(wnt, "carries SignalingProtein"), wnt.toString());
        List<String> receptor = claims("Exosomes from megakaryocytes carried the chemokine receptor CXCR4.");
        assertTrue(TestSupport.anyContains(receptor, "carries Protein"), receptor.toString());
        assertTrue(!TestSupport.anyContains(receptor, "carries SignalingProtein"), receptor.toString());
        // a chemokine itself stays a signalling protein
        List<String> chemokine = claims("Exosomes from megakaryocytes carried the chemokine CXCL12.");
        assertTrue(TestSupport.anyContains(chemokine, "carries SignalingProtein"), chemokine.toString());
    }

    @Test
    void milkAndLensProteinsAreProteins() throws Exception {
        List<String> milk = claims("Exosomes from sheep milk carried no beta-lactoglobulin.");
        assertTrue(TestSupport.anyContains(milk, "NOT carries Protein"), milk.toString());
        List<String> lens = claims("Exosomes from aqueous humour carried alpha-crystallin.");
        assertTrue(TestSupport.anyContains(lens, "carries Protein"), lens.toString());
        // a crystal is no protein
        List<String> crystal = claims("Exosomes from aqueous humour were stored near calcium crystals.");
        assertTrue(!TestSupport.anyContains(crystal, "carries Protein"), crystal.toString());
    }

    @Test
    void intestinalCellsAreEpithelialCells() throws Exception {
        List<String> gut = claims("Carrot nanovesicles are taken up by intestinal cells.");
        assertTrue(TestSupport.anyContains(gut, "targets EpithelialCell"), gut.toString());
        // intestinal stem cells keep their own class
        List<String> stem = claims("Carrot nanovesicles are taken up by intestinal stem cells.");
        assertTrue(!TestSupport.anyContains(stem, "targets EpithelialCell"), stem.toString());
    }

    @Test
    void nerveCrushIsAnInjury() throws Exception {
        List<String> crush = claims("Exosomes from Schwann cells improved recovery after sciatic nerve crush in rats.");
        assertTrue(TestSupport.anyContains(crush, "treats Injury"), crush.toString());
        // crushed garlic is no injury
        List<String> garlic = claims("Exosome-like nanovesicles were isolated from crushed garlic.");
        assertTrue(!TestSupport.anyContains(garlic, "Injury"), garlic.toString());
    }
}
