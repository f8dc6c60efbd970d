package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch labels (seventeenth session): the lead's conventions m (a label named only as "labelled" is an
 * imaging probe, "fluorescently labelled" a fluorescent dye, a named dye the dye) and n (where the vesicles are found
 * or gather is their target when it is a disease or cells; targeting ability only with targeting wording; reaching
 * the brain is no barrier crossing). Invented sentences through the real pipeline, both ways.
 */
class LabelledVesiclesAndAccumulationTest {

    @TempDir
    Path dir;

    private List<String> claims(String sentence) throws Exception {
        return TestSupport.claimsOfResultsSentence(dir, sentence);
    }

    @Test
    void aLabelNamedOnlyByItsParticipleIsAnImagingProbe() throws Exception {
        List<String> milk = claims("Labelled milk exosomes were taken up by intestinal macrophages within two hours.");
        assertTrue(milk.contains("Exosome[Milk] carries ImagingProbe"), milk.toString());
        List<String> tagged = claims("Tagged exosomes reached the striatum within six hours of the injection.");
        assertTrue(tagged.contains("Exosome carries ImagingProbe"), tagged.toString());
        List<String> fluorescent = claims("Fluorescently labelled plasma EVs penetrated the epidermis of the mice.");
        assertTrue(fluorescent.contains("ExtracellularVesicle[BloodPlasma] carries FluorescentDye"), fluorescent.toString());
        assertFalse(fluorescent.contains("ExtracellularVesicle[BloodPlasma] carries ImagingProbe"), fluorescent.toString());
    }

    @Test
    void aNamedLabelUnlabelledVesiclesAndAProductLabelAreNoBareLabel() throws Exception {
        // the dye named: the dye, never the generic probe as well
        List<String> named = claims("DiD-labelled EVs were taken up by alveolar macrophages within two hours.");
        assertTrue(named.contains("ExtracellularVesicle carries FluorescentDye"), named.toString());
        assertFalse(named.contains("ExtracellularVesicle carries ImagingProbe"), named.toString());
        List<String> with = claims("Milk exosomes were labelled with PKH67 and were taken up by enterocytes.");
        assertFalse(with.contains("Exosome[Milk] carries ImagingProbe"), with.toString());
        List<String> unlabelled = claims("Unlabelled exosomes were taken up by macrophages to the same extent.");
        assertTrue(unlabelled.stream().noneMatch(c -> c.contains(" carries ")), unlabelled.toString());
        // what a product's label says is no label on the vesicles
        List<String> product = claims("Four serums were labelled as containing exosomes of stem cells.");
        assertTrue(product.stream().noneMatch(c -> c.contains(" carries ")), product.toString());
    }

    @Test
    void whereTheVesiclesAreFoundIsTheirTargetWhenItIsADiseaseOrCells() throws Exception {
        List<String> list = claims("Plasma exosomes were found in the pancreas, the liver and the tumour after gavage.");
        assertTrue(list.contains("Exosome[BloodPlasma] targets Cancer"), list.toString());
        List<String> gathered = claims("Milk exosomes gathered in the tumours within a day of the injection.");
        assertTrue(gathered.contains("Exosome[Milk] targets Cancer"), gathered.toString());
        List<String> second = claims("Milk exosomes accumulated in the liver and in the tumour after injection.");
        assertTrue(second.contains("Exosome[Milk] targets Cancer"), second.toString());
    }

    @Test
    void aSampleOrThePatientsAreNoPlaceTheVesiclesReached() throws Exception {
        List<String> tissue = claims("Plasma exosomes were detected in tumour tissue of the patients.");
        assertFalse(tissue.contains("Exosome[BloodPlasma] targets Cancer"), tissue.toString());
        List<String> serum = claims("Milk exosomes were found in the serum of patients with cancer.");
        assertFalse(serum.contains("Exosome[Milk] targets Cancer"), serum.toString());
        List<String> notThere = claims("Milk exosomes were found in the liver but not in the tumour.");
        assertFalse(notThere.contains("Exosome[Milk] targets Cancer"), notThere.toString());
    }

    @Test
    void accumulationIsTargetingAbilityOnlyWithTargetingWording() throws Exception {
        List<String> plain = claims("Macrophage exosomes accumulated in the inflamed kidney within six hours.");
        assertFalse(plain.contains("Exosome[Macrophage] hasProperty TargetingAbility"), plain.toString());
        List<String> preferential = claims("Macrophage exosomes accumulated preferentially in the inflamed kidney.");
        assertTrue(preferential.contains("Exosome[Macrophage] hasProperty TargetingAbility"), preferential.toString());
        List<String> homing = claims("Platelet vesicles home to the injured vessel wall after infusion.");
        assertTrue(homing.contains("ExtracellularVesicle[Platelet] hasProperty TargetingAbility"), homing.toString());
    }

    @Test
    void reachingTheBrainIsNoBarrierCrossing() throws Exception {
        List<String> reach = claims("Intranasal exosomes reached the brain within an hour of dosing.");
        assertTrue(reach.stream().noneMatch(c -> c.contains(" crosses ")), reach.toString());
        List<String> cross = claims("Milk exosomes crossed the blood-brain barrier within an hour.");
        assertTrue(cross.contains("Exosome[Milk] crosses BloodBrainBarrier"), cross.toString());
    }
}
