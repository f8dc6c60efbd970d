package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch compared, issue 15) When a text compares two preparations, the other arm of the comparison is not what its
 * anaphors refer back to: the standard named first ("Unlike exosomes from fibroblasts, exosomes from dendritic cells
 * ..."), a comparator arm of the same kind given at the same dose or used as a control, and the object of "differ
 * from" / "in contrast to". Each reading with a near neighbour that must keep the plain reading. Invented texts; the
 * expectations follow the switches (-Dexokg.noStandardTopic, -Dexokg.noComparatorArmTopic,
 * -Dexokg.noMoreComparisonStandards).
 */
class ComparisonArmAntecedentTest {

    @TempDir
    Path dir;

    private List<String> claims(String text, String sentenceStart) throws Exception {
        return TestSupport.claimsOfText(dir, text + "\n", sentenceStart);
    }

    @Test
    void theStandardNamedFirstIsNoAntecedent() throws Exception {
        List<String> c = claims("Exosomes from dendritic cells reduced tumour growth in mice. Unlike exosomes from fibroblasts, "
                + "exosomes from dendritic cells activated T cells. The exosomes carried microRNA-155.", "The exosomes carried");
        assertTrue(c.contains(DiscourseTopic.STANDARD_NO_TOPIC
                ? "Exosome[DendriticCell] carries MicroRNA" : "Exosome[Fibroblast] carries MicroRNA"), c.toString());
    }

    @Test
    void aSubjectWithItsStandardAfterItStaysTheAntecedent() throws Exception {
        // "X, unlike Y, did not ...": the sentence is about X, and so is "the exosomes" after it
        List<String> c = claims("Exosomes from dendritic cells reduced tumour growth in mice. Exosomes from fibroblasts, unlike "
                + "exosomes from dendritic cells, did not activate T cells. The exosomes carried microRNA-155.", "The exosomes carried");
        assertTrue(c.contains("Exosome[Fibroblast] carries MicroRNA"), c.toString());
    }

    @Test
    void aComparatorArmAtTheSameDoseIsNoAntecedent() throws Exception {
        List<String> c = claims("Extracellular vesicles from goat milk reduced colon shortening in mice with colitis. Extracellular "
                + "vesicles from bovine milk given at the same dose had no effect. The vesicles carried microRNA-148a.", "The vesicles carried");
        assertTrue(c.contains(DiscourseTopic.COMPARATOR_ARM_NO_TOPIC
                ? "ExtracellularVesicle[CaprineMilk] carries MicroRNA" : "ExtracellularVesicle[BovineMilk] carries MicroRNA"), c.toString());
    }

    @Test
    void theSameDoseInAnotherClauseLeavesTheVesiclesTheAntecedent() throws Exception {
        // the free drug is the comparator here; the bovine milk vesicles are what the next sentence speaks of
        List<String> c = claims("Extracellular vesicles from goat milk reduced colon shortening in mice with colitis. Extracellular "
                + "vesicles from bovine milk reduced weight loss, and free budesonide at the same dose was less effective. "
                + "The vesicles carried microRNA-148a.", "The vesicles carried");
        assertTrue(c.contains("ExtracellularVesicle[BovineMilk] carries MicroRNA"), c.toString());
    }

    @Test
    void vesiclesUsedAsAControlAreNoAntecedent() throws Exception {
        List<String> c = claims("Exosomes from mesenchymal stem cells reduced infarct size in rats. EVs from dermal fibroblasts, used "
                + "as a control, had no effect on infarct size. The vesicles carried miR-21.", "The vesicles carried");
        assertTrue(c.contains(DiscourseTopic.COMPARATOR_ARM_NO_TOPIC
                ? "Exosome[MesenchymalStemCell] carries MicroRNA" : "ExtracellularVesicle[Fibroblast] carries MicroRNA"), c.toString());
    }

    @Test
    void vesiclesUsedAsCarriersStayTheAntecedent() throws Exception {
        List<String> c = claims("Exosomes from mesenchymal stem cells reduced infarct size in rats. EVs from dermal fibroblasts, used "
                + "as carriers, reduced infarct size. The vesicles carried miR-21.", "The vesicles carried");
        assertTrue(c.contains("ExtracellularVesicle[Fibroblast] carries MicroRNA"), c.toString());
    }

    @Test
    void theObjectOfDifferFromIsPassedOver() throws Exception {
        List<String> c = claims("We asked whether yak milk EVs differ from bovine milk EVs and whether they can protect the gut "
                + "against hypoxic injury.", "We asked");
        assertTrue(c.contains(CarrierGroups.MORE_COMPARISON_STANDARDS
                ? "ExtracellularVesicle[YakMilk] treats Injury" : "ExtracellularVesicle[BovineMilk] treats Injury"), c.toString());
    }

    @Test
    void vesiclesNamedAgainAfterDifferFromAreTheSubject() throws Exception {
        List<String> c = claims("Yak milk EVs differ from bovine milk EVs in size, and bovine milk EVs protect the gut against "
                + "hypoxic injury.", "Yak milk EVs");
        assertTrue(c.contains("ExtracellularVesicle[BovineMilk] treats Injury"), c.toString());
    }

    @Test
    void theObjectOfInContrastToIsPassedOver() throws Exception {
        List<String> c = claims("Extracellular vesicles from plasma, in contrast to extracellular vesicles from urine, carried albumin.",
                "Extracellular vesicles from plasma");
        assertTrue(c.contains(CarrierGroups.MORE_COMPARISON_STANDARDS
                ? "ExtracellularVesicle[BloodPlasma] carries SerumAlbumin" : "ExtracellularVesicle[Urine] carries SerumAlbumin"), c.toString());
    }

    @Test
    void anOpeningInContrastLeavesTheSentenceItsOwnSubject() throws Exception {
        List<String> c = claims("Extracellular vesicles from plasma carried albumin. In contrast, extracellular vesicles from urine "
                + "carried albumin only in patients.", "In contrast");
        assertTrue(c.contains("ExtracellularVesicle[Urine] carries SerumAlbumin"), c.toString());
    }
}
