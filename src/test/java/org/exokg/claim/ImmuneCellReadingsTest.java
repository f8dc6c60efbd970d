package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch immunecells41 (docs/extraction.md, "Vesicles that activate, prime or reprogramme immune cells"): cells
 * the vesicles activate, prime or stimulate are their target (convention a, {@code -Dexokg.activatedCells}); macrophages
 * they repolarise towards an anti-inflammatory state, or reprogramme in a "by" phrase of their own predicate, are their
 * target and the use is immunomodulation (convention ooo, {@code -Dexokg.shiftedMacrophages}). Invented sentences, none
 * from a gold set, through the real pipeline; look-alikes that must read nothing: the cells the vesicles came from, a
 * cargo's relative clause, a denial, the pro-inflammatory or tumour-supporting direction.
 */
@ExtendWith(WithoutClaimConfidence.class)
class ImmuneCellReadingsTest {

    private static final String ACTIVATED = "exokg.activatedCells";
    private static final String SHIFTED = "exokg.shiftedMacrophages";
    private static final String INDUCED = "exokg.inducedImmuneCells";

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty(ACTIVATED);
        System.clearProperty(SHIFTED);
        System.clearProperty(INDUCED);
    }

    private List<String> claims(String text, String words) throws Exception {
        return TestSupport.hedgedClaimsOfText(dir, text + "\n", words);
    }

    @Test
    void bothOffByDefault() {
        assertFalse(ImmuneCellReadings.activatedCells());
        assertFalse(ImmuneCellReadings.shiftedMacrophages());
        assertFalse(ImmuneCellReadings.inducedImmuneCells());
    }

    @Test
    void cellsActivatedWithAFullerNameAreTargets() throws Exception {
        String text = "Spleen exosomes in vaccination.\nB-cell exosomes activated CD4-positive T cells from immunised mice.";
        List<String> off = claims(text, "CD4-positive");
        assertFalse(off.contains("Exosome[BCell] targets TCell"), off.toString());
        System.setProperty(ACTIVATED, "true");
        List<String> got = claims(text, "CD4-positive");
        assertTrue(got.contains("Exosome[BCell] targets TCell"), got.toString());
    }

    @Test
    void cellsInWhichAProcessIsActivatedAreTargets() throws Exception {
        System.setProperty(ACTIVATED, "true");
        List<String> got = claims("Salmonella outer membrane vesicles stimulated Toll-like receptor 4 signalling of human monocytes.",
                "signalling of");
        assertTrue(got.stream().anyMatch(c -> c.endsWith(" targets Monocyte") && !c.contains(" NOT ")), got.toString());
        List<String> release = claims("Ginger nanovesicles lowered the release of interleukin-6 by stimulated macrophages.", "release of");
        assertTrue(release.contains("PlantDerivedNanovesicle[Ginger] targets Macrophage"), release.toString());
    }

    @Test
    void sourceCellsCargoClausesAndDenialsReadNoActivation() throws Exception {
        System.setProperty(ACTIVATED, "true");
        List<String> source = claims("Exosomes released by activated dendritic cells carry heat shock proteins.", "released by");
        assertFalse(source.stream().anyMatch(c -> c.contains(" targets ")), source.toString());
        List<String> denied = claims("Vesicles of healthy donors did not activate CD4-positive T cells.", "did not activate");
        assertFalse(denied.stream().anyMatch(c -> c.contains(" targets TCell")), denied.toString());
        List<String> notImmune = claims("Ginger nanovesicles lowered the release of lactate by colon cancer cells.", "release of");
        assertFalse(notImmune.stream().anyMatch(c -> c.contains(" targets ")), notImmune.toString());
    }

    @Test
    void macrophagesRepolarisedTowardsM2AreImmunomodulation() throws Exception {
        String text = "Macrophage exosomes in joint disease.\nM2 macrophage exosomes repolarised synovial macrophages from M1 to M2.";
        assertFalse(claims(text, "repolarised").contains("Exosome[Macrophage] usedFor Immunomodulation"));
        System.setProperty(SHIFTED, "true");
        List<String> got = claims(text, "repolarised");
        assertTrue(got.contains("Exosome[Macrophage] targets Macrophage"), got.toString());
        assertTrue(got.contains("Exosome[Macrophage] usedFor Immunomodulation"), got.toString());
    }

    @Test
    void reprogrammingInAByPhraseKeepsTheHedge() throws Exception {
        System.setProperty(SHIFTED, "true");
        List<String> got = claims("Extracellular vesicles from stem cells are thought to ease lung inflammation by reprogramming "
                + "alveolar macrophages.", "by reprogramming");
        assertTrue(got.contains("ExtracellularVesicle[StemCell] usedFor Immunomodulation (hedged)"), got.toString());
        assertTrue(got.contains("ExtracellularVesicle[StemCell] targets Macrophage (hedged)"), got.toString());
    }

    @Test
    void theProInflammatoryOrTumourSupportingShiftAndACargosClauseReadNoImmunomodulation() throws Exception {
        System.setProperty(SHIFTED, "true");
        List<String> m1 = claims("M1 macrophage exosomes repolarised tumour-associated macrophages towards an M1 phenotype.", "repolarised");
        assertFalse(m1.stream().anyMatch(c -> c.contains("Immunomodulation")), m1.toString());
        List<String> tumour = claims("Tumour exosomes repolarised macrophages towards a tumour-supporting phenotype.", "repolarised");
        assertFalse(tumour.stream().anyMatch(c -> c.contains("Immunomodulation")), tumour.toString());
        List<String> cargo = claims("Milk exosomes carry microRNAs which ease colitis by reprogramming macrophages.", "reprogramming");
        assertFalse(cargo.stream().anyMatch(c -> c.contains("Immunomodulation") || c.contains(" targets Macrophage")), cargo.toString());
    }

    @Test
    void immuneCellsRecruitedOrWhoseNumberFallsAreTargets() throws Exception {
        String recruit = "Platelet extracellular vesicles recruit monocytes to atherosclerotic plaques in mice.";
        assertFalse(claims(recruit, "recruit").contains("ExtracellularVesicle[Platelet] targets Monocyte"));
        System.setProperty(INDUCED, "true");
        List<String> got = claims(recruit, "recruit");
        assertTrue(got.contains("ExtracellularVesicle[Platelet] targets Monocyte"), got.toString());
        List<String> infiltration = claims("Adipose stem cell exosomes reduced the infiltration of macrophages and neutrophils.",
                "infiltration");
        assertTrue(infiltration.contains("Exosome[StemCell] targets Macrophage"), infiltration.toString());
        assertTrue(infiltration.contains("Exosome[StemCell] targets Neutrophil"), infiltration.toString());
        List<String> molecule = claims("Ginger nanovesicles lowered nitric oxide production by stimulated macrophages.", "nitric oxide");
        assertTrue(molecule.contains("PlantDerivedNanovesicle[Ginger] targets Macrophage"), molecule.toString());
    }

    @Test
    void inducedSourceCellsAndNonImmuneCountsReadNoTarget() throws Exception {
        System.setProperty(INDUCED, "true");
        List<String> source = claims("Exosomes from LPS-induced macrophages carry microRNAs.", "LPS-induced");
        assertFalse(source.stream().anyMatch(c -> c.contains(" targets ")), source.toString());
        List<String> nodules = claims("Milk exosomes reduced the number of tumour nodules in the lungs.", "nodules");
        assertFalse(nodules.stream().anyMatch(c -> c.contains(" targets ")), nodules.toString());
    }
}
