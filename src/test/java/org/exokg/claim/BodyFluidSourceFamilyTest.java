package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch sourcefluids (twenty-ninth session): body fluids, secretions, lavages, effluents and aspirates, and
 * marrow, as a family of vesicle sources (synonyms on existing classes in ontology/exokg.ttl, no new class). Invented
 * sentences, each with a near neighbour that must not give the source: a bare "effluent" of a column, the simulated
 * digestive fluids of stability tests, and marrow that only names where stem cells come from.
 */
class BodyFluidSourceFamilyTest {

    @TempDir
    Path dir;

    private List<String> claims(String sentence) throws Exception {
        return TestSupport.claimsOfText(dir, "Results\n\n" + sentence + "\n", sentence.substring(0, 20));
    }

    @Test
    void peritonealDialysisEffluentIsPeritonealFluid() throws Exception {
        List<String> effluent = claims("Extracellular vesicles in peritoneal dialysis effluent carry microRNAs.");
        assertTrue(effluent.contains("ExtracellularVesicle derivedFrom PeritonealFluid"), effluent.toString());
        assertTrue(effluent.contains("ExtracellularVesicle[PeritonealFluid] carries MicroRNA"), effluent.toString());
        List<String> dialysate = claims("We isolated extracellular vesicles from spent peritoneal dialysate of patients.");
        assertTrue(dialysate.contains("ExtracellularVesicle derivedFrom PeritonealFluid"), dialysate.toString());
    }

    /** Near neighbour: a bare effluent is a column's or a plant's, no body fluid. */
    @Test
    void aColumnEffluentIsNoSource() throws Exception {
        List<String> claims = claims("Extracellular vesicles in the column effluent carry microRNAs.");
        assertFalse(claims.stream().anyMatch(c -> c.contains("PeritonealFluid") || c.contains("BodyFluid")), claims.toString());
    }

    @Test
    void fluidsWithoutAClassOfTheirOwnAreBodyFluid() throws Exception {
        List<String> coelomic = claims("Extracellular vesicles isolated from the coelomic fluid of earthworms carry proteins.");
        assertTrue(coelomic.contains("ExtracellularVesicle derivedFrom BodyFluid"), coelomic.toString());
        List<String> aspirate = claims("Exosomes from tracheal aspirates of preterm infants carry microRNAs.");
        assertTrue(aspirate.contains("Exosome derivedFrom BodyFluid"), aspirate.toString());
        List<String> bronchial = claims("Exosomes were isolated from bronchial lavage of patients with asthma.");
        assertTrue(bronchial.contains("Exosome derivedFrom BronchoalveolarLavageFluid"), bronchial.toString());
        List<String> spinal = claims("Extracellular vesicles in spinal fluid carry microRNAs.");
        assertTrue(spinal.contains("ExtracellularVesicle derivedFrom CerebrospinalFluid"), spinal.toString());
    }

    /** Near neighbour: a simulated digestive fluid tests the vesicles' stability; it is no source. */
    @Test
    void simulatedDigestiveFluidsAreNoSource() throws Exception {
        List<String> claims = claims("Milk exosomes remained intact in simulated gastric fluid and simulated intestinal fluid.");
        assertFalse(claims.stream().anyMatch(c -> c.contains("derivedFrom BodyFluid")), claims.toString());
    }

    @Test
    void marrowIsTissue() throws Exception {
        List<String> aspirate = claims("Exosomes were isolated from bone marrow aspirates of patients with myeloma.");
        assertTrue(aspirate.contains("Exosome derivedFrom Tissue"), aspirate.toString());
        List<String> plasma = claims("Exosomes from the marrow plasma carry microRNAs.");
        assertTrue(plasma.contains("Exosome derivedFrom Tissue"), plasma.toString());
        assertFalse(plasma.contains("Exosome derivedFrom BloodPlasma"), plasma.toString());
    }

    /** Near neighbour: marrow that only names where the stem cells or stromal cells come from is no second source. */
    @Test
    void marrowInACellNameIsNoSource() throws Exception {
        List<String> msc = claims("Exosomes from bone marrow mesenchymal stem cells reduced fibrosis in mice.");
        assertTrue(msc.contains("Exosome derivedFrom MesenchymalStemCell"), msc.toString());
        assertFalse(msc.stream().anyMatch(c -> c.contains("Tissue")), msc.toString());
        List<String> stromal = claims("Extracellular vesicles from marrow stromal cells carry microRNAs.");
        assertFalse(stromal.stream().anyMatch(c -> c.contains("Tissue")), stromal.toString());
        List<String> shorthand = claims("Bone marrow vesicles were less potent than adipose vesicles in the rat model.");
        assertFalse(shorthand.stream().anyMatch(c -> c.contains("Tissue")), shorthand.toString());
        List<String> homing = claims("The exosomes homed to the bone marrow and reduced bone loss.");
        assertFalse(homing.stream().anyMatch(c -> c.contains("derivedFrom Tissue")), homing.toString());
    }
}
