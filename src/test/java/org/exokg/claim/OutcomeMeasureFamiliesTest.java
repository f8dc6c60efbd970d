package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (branch outcomemeasures): measures a curator knows for one disease, read as that disease when it is the
 * disease under discussion (claim-rules.yaml outcomeMeasures "outcomemeasures-", each with diseaseUnder, and rule
 * outcomemeasures-vesicle-stimulates-measure): hair grown back (alopecia), swollen joints (arthritis), bacterial counts
 * (infection); and the model phrase "ovariectomised mice" as Osteoporosis (exokg.ttl namePattern). Invented sentences, none from a gold set, each beside a near
 * neighbour that must not give the claim: the measure only measured, moved the wrong way, or in a text about another
 * disease.
 */
class OutcomeMeasureFamiliesTest {

    @TempDir
    Path dir;

    /** The claims of the sentences after an opening that names the vesicles and the disease under discussion. */
    private List<String> claims(String opening, String text) throws Exception {
        return TestSupport.claimsAfterOpening(dir, opening, text);
    }

    private static final String ALOPECIA = "Exosomes from dermal papilla cells were tested in mice with androgenetic alopecia.";
    private static final String ARTHRITIS = "Exosomes from macrophages were tested in mice with rheumatoid arthritis.";
    private static final String INFECTION = "Exosomes from macrophages were tested in mice with a lung infection.";
    private static final String WOUND = "Exosomes from keratinocytes were tested in mice with skin wounds.";

    @Test
    void hairGrownBackTreatsAlopecia() throws Exception {
        List<String> c = claims(ALOPECIA, "In testosterone-treated mice, the exosomes increased hair density.");
        assertTrue(c.contains("Exosome treats Alopecia"), c.toString());
        List<String> stimulated = claims(ALOPECIA, "The exosomes stimulated hair growth over four weeks.");
        assertTrue(stimulated.contains("Exosome treats Alopecia"), stimulated.toString());
        // only measured: no verb of the vesicles moves the measure
        List<String> measured = claims(ALOPECIA, "Hair density was measured in all mice after the exosomes were applied.");
        assertFalse(measured.stream().anyMatch(s -> s.contains("Alopecia")), measured.toString());
    }

    @Test
    void regrewHairTreatsAlopeciaOnlyForTheVesicles() throws Exception {
        List<String> c = claims(ALOPECIA, "Mice given the exosomes regrew hair over most of the shaved area.");
        assertTrue(c.contains("Exosome treats Alopecia"), c.toString());
        List<String> near = claims(ALOPECIA, "Mice given saline regrew hair over a small part of the shaved area.");
        assertFalse(near.stream().anyMatch(s -> s.contains("treats Alopecia")), near.toString());
    }

    @Test
    void hairDensityInATextAboutWoundsTreatsNoAlopecia() throws Exception {
        List<String> c = claims(WOUND, "The exosomes increased hair density around the healed wounds.");
        assertFalse(c.stream().anyMatch(s -> s.contains("Alopecia")), c.toString());
    }

    @Test
    void swollenJointsTreatArthritisOnlyInAnArthritisText() throws Exception {
        List<String> c = claims(ARTHRITIS, "The exosomes reduced paw swelling more than free methotrexate.");
        assertTrue(c.contains("Exosome treats RheumatoidArthritis"), c.toString());
        List<String> scored = claims(ARTHRITIS, "Paw swelling was scored every second day in mice given the exosomes.");
        assertFalse(scored.stream().anyMatch(s -> s.contains("treats")), scored.toString());
        List<String> wound = claims(WOUND, "The exosomes reduced paw swelling around the wounds.");
        assertFalse(wound.stream().anyMatch(s -> s.contains("Arthritis")), wound.toString());
    }

    @Test
    void ovariectomisedAnimalsHaveOsteoporosis() throws Exception {
        String opening = "Exosomes from bone marrow stem cells were studied for bone repair.";
        List<String> c = claims(opening, "The exosomes restored bone mass in ovariectomised mice.");
        assertTrue(c.contains("Exosome treats Osteoporosis"), c.toString());
        // the word without an animal after it names no disease
        List<String> near = claims(opening, "The exosomes restored bone mass after the ovariectomised group was treated.");
        assertFalse(near.stream().anyMatch(s -> s.contains("Osteoporosis")), near.toString());
    }

    @Test
    void bacterialCountsLoweredTreatInfection() throws Exception {
        List<String> c = claims(INFECTION, "The exosomes reduced bacterial counts in the lungs tenfold.");
        assertTrue(c.contains("Exosome treats InfectiousDisease"), c.toString());
        List<String> raised = claims(INFECTION, "The exosomes increased bacterial counts in the lungs.");
        assertFalse(raised.stream().anyMatch(s -> s.contains("treats InfectiousDisease")), raised.toString());
    }

    @Test
    void bacteriaKilledOrFewerTreatInfection() throws Exception {
        List<String> c = claims(INFECTION, "The loaded exosomes killed bacteria inside osteoblasts.");
        assertTrue(c.contains("Exosome treats InfectiousDisease"), c.toString());
        List<String> fewer = claims(INFECTION, "Mice vaccinated with the exosomes had ten times fewer bacteria in the lungs.");
        assertTrue(fewer.contains("Exosome treats InfectiousDisease"), fewer.toString());
        // what the vesicles do instead of killing, and killed bacteria given as a control, are no treatment
        List<String> instead = claims(INFECTION, "The exosomes modulate the host rather than killing the bacteria.");
        assertFalse(instead.stream().anyMatch(s -> s.contains("treats InfectiousDisease")), instead.toString());
        List<String> heat = claims(INFECTION, "The exosomes were compared with heat-killed bacteria in the lungs.");
        assertFalse(heat.stream().anyMatch(s -> s.contains("treats InfectiousDisease")), heat.toString());
    }
}
