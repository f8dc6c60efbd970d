package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch challenges7 (twentieth session): a challenge event whose vesicles stand right after its words, or right after their own source
 * (ClaimExtractor.withChallengeEvents, switch -Dexokg.noInnerChallengeSubjects; claim-rules.yaml blocks "branch
 * challenges7"). Invented sentences, each with a near neighbour that must read no challenge, through the real pipeline.
 */
class ChallengesSeventhPassTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words, String relation) throws Exception {
        return TestSupport.relationClaimsOfText(dir, text, words, relation);
    }

    @Test
    void enoughVesiclesHardToIsolateIsLowYieldWithTheirSource() throws Exception {
        String opening = "Extracellular vesicles (EVs) from body fluids are studied as biomarkers. ";
        assertEquals(List.of("ExtracellularVesicle[TearFluid] LowYield"),
                claimsOf(opening + "Isolating enough EVs from tears is hard.\n", "tears", "hasChallenge"));
        assertEquals(List.of("ExtracellularVesicle TearFluid"),
                claimsOf(opening + "Isolating enough EVs from tears is hard.\n", "tears", "derivedFrom"));
        // the patient's difficulty, no vesicles: nothing
        assertEquals(List.of(), claimsOf(opening + "Isolating enough cells from the patient is hard.\n", "patient", "hasChallenge"));
    }

    @Test
    void vesiclesThatVaryBetweenSeasonsAreBatchVariabilityAndKeepTheirSource() throws Exception {
        String opening = "Exosomes are studied as drug carriers. ";
        assertEquals(List.of("Exosome[Milk] BatchVariability"),
                claimsOf(opening + "Milk exosomes vary between seasons.\n", "seasons", "hasChallenge"));
        assertTrue(claimsOf(opening + "Milk exosomes vary between seasons.\n", "seasons", "derivedFrom").contains("Exosome Milk"));
        // between patients: a finding about the disease, not a batch
        assertEquals(List.of(), claimsOf(opening + "Tumour exosomes vary between patients.\n", "patients", "hasChallenge"));
    }
}
