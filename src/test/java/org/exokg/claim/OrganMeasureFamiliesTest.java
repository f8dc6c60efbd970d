package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (branch outcomewords): the common measures of an organ or disease family (claim-rules.yaml outcomeMeasures
 * "outcomewords-"), read as the disease under discussion when the vesicles move them in the better direction: kidney
 * markers, lung gas exchange, behavioural tests, psoriatic skin thickening, glycaemic control, mortality, bone mineral
 * density, collagen deposits of a fibrotic organ, sight. Invented sentences, none from a gold set, each beside a near
 * neighbour that must not give the claim: the measure only measured, moved the wrong way, or in a text about another
 * disease.
 */
class OrganMeasureFamiliesTest {

    @TempDir
    Path dir;

    /** The claims of the sentences after an opening that names the vesicles and the disease under discussion. */
    private List<String> claims(String opening, String text) throws Exception {
        return TestSupport.claimsAfterOpening(dir, opening, text);
    }

    private static boolean treats(List<String> claims) {
        return claims.stream().anyMatch(s -> s.contains(" treats "));
    }

    private static final String KIDNEY = "Exosomes from mesenchymal stem cells were tested in rats with chronic kidney disease.";
    private static final String LUNG = "Exosomes from mesenchymal stem cells were tested in mice with acute lung injury.";
    private static final String BRAIN = "Exosomes from neural stem cells were tested in mice with traumatic brain injury.";
    private static final String PSORIASIS = "Exosomes from macrophages were tested in mice with psoriasis.";
    private static final String WOUND = "Exosomes from keratinocytes were tested in mice with skin wounds.";
    private static final String DIABETES = "Exosomes from adipose stem cells were tested in mice with type 2 diabetes.";
    private static final String MELANOMA = "Exosomes from dendritic cells were tested in mice with melanoma.";
    private static final String FIBROSIS = "Exosomes from mesenchymal stem cells were tested in mice with liver fibrosis.";
    private static final String OSTEOPOROSIS = "Exosomes from osteoblasts were tested in mice with osteoporosis.";

    @Test
    void kidneyMarkersLoweredTreatTheKidneyDisease() throws Exception {
        List<String> c = claims(KIDNEY, "The exosomes lowered proteinuria and blood urea nitrogen within four weeks.");
        assertTrue(c.contains("Exosome treats ChronicKidneyDisease"), c.toString());
        // only measured: no verb of the vesicles moves the measure
        List<String> measured = claims(KIDNEY, "Proteinuria was measured every week in rats given the exosomes.");
        assertFalse(treats(measured), measured.toString());
    }

    @Test
    void gasExchangeKeptTreatsLungInjuryOnlyInALungText() throws Exception {
        List<String> c = claims(LUNG, "The exosomes improved oxygenation and lung compliance.");
        assertTrue(c.contains("Exosome treats AcuteLungInjury"), c.toString());
        List<String> other = claims(MELANOMA, "The exosomes improved oxygenation of the tumours.");
        assertFalse(other.stream().anyMatch(s -> s.contains("LungInjury")), other.toString());
    }

    @Test
    void behaviouralTestsTreatTheBrainInjuryInTheBetterDirection() throws Exception {
        List<String> c = claims(BRAIN, "The exosomes improved rotarod performance and reduced escape latency in the water maze.");
        assertTrue(c.contains("Exosome treats TraumaticBrainInjury"), c.toString());
        // worse direction: more cognitive impairment is no treatment
        List<String> worse = claims(BRAIN, "The exosomes increased cognitive impairment in aged mice.");
        assertFalse(treats(worse), worse.toString());
    }

    @Test
    void skinThickeningTreatsPsoriasisOnlyInAPsoriasisText() throws Exception {
        List<String> c = claims(PSORIASIS, "The exosomes reduced epidermal thickness by half.");
        assertTrue(c.contains("Exosome treats Psoriasis"), c.toString());
        List<String> wound = claims(WOUND, "The exosomes reduced epidermal thickness in the healed skin.");
        assertFalse(treats(wound), wound.toString());
    }

    @Test
    void glycaemicControlTreatsTheTextsDiabetes() throws Exception {
        List<String> c = claims(DIABETES, "The exosomes improved glucose tolerance and lowered HbA1c.");
        assertTrue(c.contains("Exosome treats Type2Diabetes"), c.toString());
        List<String> worse = claims(DIABETES, "The exosomes impaired glucose tolerance in lean mice.");
        assertFalse(treats(worse), worse.toString());
    }

    @Test
    void mortalityLoweredTreatsTheDiseaseRaisedDoesNot() throws Exception {
        List<String> c = claims(MELANOMA, "The exosomes reduced mortality by a third.");
        assertTrue(c.contains("Exosome treats Melanoma"), c.toString());
        List<String> raised = claims(MELANOMA, "The exosomes increased mortality at the highest dose.");
        assertFalse(treats(raised), raised.toString());
    }

    @Test
    void boneMineralDensityAndCollagenDepositsReadInTheirFamilies() throws Exception {
        List<String> bone = claims(OSTEOPOROSIS, "The exosomes increased bone mineral density and trabecular number.");
        assertTrue(bone.contains("Exosome treats Osteoporosis"), bone.toString());
        List<String> liver = claims(FIBROSIS, "The exosomes reduced collagen deposition and serum bilirubin.");
        assertTrue(liver.contains("Exosome treats LiverFibrosis"), liver.toString());
        // collagen deposition is the aim of wound repair: no treatment read there
        List<String> wound = claims(WOUND, "The exosomes increased collagen deposition in the wounds.");
        assertFalse(wound.stream().anyMatch(s -> s.contains("Fibrosis")), wound.toString());
    }

    @Test
    void verbsOfRaisingAndMakingBetterFollowTheMeasuresDirection() throws Exception {
        List<String> raised = claims(OSTEOPOROSIS, "Unloaded exosomes raised bone volume by 15 %.");
        assertTrue(raised.contains("Exosome treats Osteoporosis"), raised.toString());
        List<String> improved = claims(KIDNEY, "The exosomes improved proteinuria within four weeks.");
        assertTrue(improved.contains("Exosome treats ChronicKidneyDisease"), improved.toString());
        // a measure better lower that was raised is no treatment
        List<String> worse = claims(KIDNEY, "The exosomes raised proteinuria at the highest dose.");
        assertFalse(treats(worse), worse.toString());
    }
}
