package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch displaycodes (twenty-seventh session), gold convention iiiii: a vesicle name whose structure spells a
 * molecule the vesicles display (a targeting peptide, an aptamer, an antibody: "RVG-EVs", "iRGD-MSC-EVs", "Apt-sEVs",
 * "anti-HER2-EVs", "EV-RVG") carries it in every sentence that gives rows (CargoCodes.displayedOver,
 * ClaimExtractor.cargoesSpelledInCodes; switch -Dexokg.noDisplayCodes). A code spelling the target ("GD2-EVs") or the
 * source ("NK-EVs", "aMSC-EVs") gives no carries row. Invented sentences, each with a near neighbour.
 */
class CodesSpellingDisplayedMoleculeTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    private static boolean carries(List<String> got, String object) {
        return got.stream().anyMatch(c -> c.endsWith(" carries " + object));
    }

    @Test
    void aTargetingPeptideCodeBeforeTheVesicleWordIsCarried() throws Exception {
        List<String> got = claims("RVG-EVs were taken up by neurons in the hippocampus.");
        assertTrue(carries(got, "RvgPeptide"), got.toString());
    }

    @Test
    void thePlainVesiclesCarryNoPeptide() throws Exception {
        List<String> got = claims("EVs were taken up by neurons in the hippocampus.");
        assertFalse(carries(got, "RvgPeptide"), got.toString());
        assertFalse(carries(got, "TargetingPeptide"), got.toString());
    }

    @Test
    void aPeptideBeforeASourceCodeIsCarriedByTheSourcedVesicles() throws Exception {
        List<String> got = claims("iRGD-MSC-EVs were taken up by colorectal cancer cells.");
        // (branch subjects33, engineeredCodes ON) a code that spells a displayed molecule before a vesicle code names
        // engineered vesicles (convention z, as the golds write GE11-Exos and RVG-EVs); the source stays the qualifier
        assertTrue(got.contains("EngineeredExosome[MesenchymalStemCell] carries IrgdPeptide"), got.toString());
    }

    @Test
    void anAptamerCodeIsCarried() throws Exception {
        List<String> got = claims("Apt-sEVs were internalised by osteoblasts.");
        assertTrue(carries(got, "Aptamer"), got.toString());
    }

    @Test
    void anAntibodyNamedByItsAntigenIsCarried() throws Exception {
        List<String> got = claims("Anti-HER2-EVs were taken up by breast cancer cells.");
        assertTrue(carries(got, "Antibody"), got.toString());
    }

    @Test
    void aPeptideAfterTheVesicleShortFormIsCarried() throws Exception {
        List<String> got = claims("EV-RVG were taken up by neurons.");
        assertTrue(carries(got, "RvgPeptide"), got.toString());
    }

    @Test
    void aCodeSpellingTheTargetGivesNoCarriesRow() throws Exception {
        List<String> got = claims("GD2-EVs were taken up by neuroblastoma cells.");
        assertFalse(got.stream().anyMatch(c -> c.contains(" carries ")), got.toString());
    }

    @Test
    void aSourceCodeIsNoAntibody() throws Exception {
        List<String> got = claims("aMSC-EVs were taken up by microglia.");
        assertFalse(carries(got, "Antibody"), got.toString());
        List<String> nk = claims("NK-EVs were taken up by neuroblastoma cells.");
        assertFalse(nk.stream().anyMatch(c -> c.contains(" carries ")), nk.toString());
    }

    @Test
    void aDisplayedMoleculeNamedInTheSentenceIsNotRepeated() throws Exception {
        List<String> got = claims("RVG-EVs carried the Lamp2b-RVG fusion protein.");
        assertTrue(carries(got, "Lamp2bRvgFusionProtein"), got.toString());
        assertFalse(carries(got, "RvgPeptide"), got.toString());
    }

    @Test
    void theEngineeredVesiclesCarryTheMoleculeNotAControlArm() throws Exception {
        List<String> got = claims("RVG-EVs were taken up by neurons, whereas EVs carrying a scrambled siRNA were not.");
        assertTrue(got.contains("EngineeredExosome carries RvgPeptide"), got.toString());
        assertFalse(got.contains("ExtracellularVesicle carries RvgPeptide"), got.toString());
    }
}
