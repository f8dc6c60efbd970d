package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch challenges6 (twentieth session): challenges in sentences that name the vesicles, in shapes the
 * older challenge events did not read (claim-rules.yaml, challengeEvents block "branch challenges6"). Invented
 * sentences, each shape with a near neighbour that must read no challenge, through the real pipeline.
 */
class ChallengesSixthPassTest {

    @TempDir
    Path dir;

    private List<String> challengesOf(String text, String words) throws Exception {
        return TestSupport.challengesOfText(dir, text, words);
    }

    @Test
    void vesiclesThatClumpAreVesicleAggregation() throws Exception {
        assertEquals(List.of("ExtracellularVesicle[Milk] VesicleAggregation"),
                challengesOf("Sonication makes the milk vesicles clump.\n", "Sonication"));
        assertEquals(List.of("ExtracellularVesicle[BloodPlasma] VesicleAggregation"),
                challengesOf("After reconstitution, the plasma EVs aggregate within days.\n", "reconstitution"));
        // vesicles that aggregate other things: no challenge of theirs
        assertEquals(List.of(), challengesOf("Platelet microvesicles aggregate platelets in vitro.\n", "Platelet"));
    }

    @Test
    void mostlyInTheClearanceOrgansIsOffTargetAccumulation() throws Exception {
        assertEquals(List.of("Exosome[MesenchymalStemCell] OffTargetAccumulation"),
                challengesOf("Bone marrow MSC exosomes mostly accumulate in the liver and spleen after injection.\n", "mostly"));
        // convention kk: cleared by the liver, no speed stated
        assertEquals(List.of("Exosome[BloodPlasma] OffTargetAccumulation"),
                challengesOf("Labelled plasma exosomes were largely cleared by the liver and spleen.\n", "largely"));
        // mostly in the tumour: a target, not a challenge
        assertEquals(List.of(), challengesOf("Exosomes mostly accumulated in the tumour.\n", "mostly"));
    }

    @Test
    void batchesThatDifferAreBatchVariability() throws Exception {
        assertEquals(List.of("Exosome BatchVariability"), challengesOf("Exosome batches differed in potency.\n", "batches"));
        // a preparation compared with another product: nothing
        assertEquals(List.of(), challengesOf("Exosome preparations differ from liposomes in their lipid content.\n", "liposomes"));
    }

    @Test
    void preparationsFromDifferentHarvestsThatDifferAreBatchVariability() throws Exception {
        assertEquals(List.of("PlantDerivedNanovesicle[Fruit] BatchVariability"),
                challengesOf("Grape nanovesicles eased colitis in mice. Lots made from grapes picked in different seasons "
                        + "differed in particle size.\n", "seasons"));
        // different patients: a finding about the disease, not a batch
        assertEquals(List.of(), challengesOf("Tumour EVs from different patients differ in their PD-L1 content.\n", "patients"));
    }

    @Test
    void vesiclesThatContainAContaminantAreLowPurity() throws Exception {
        assertEquals(List.of("Exosome[Milk] LowPurity"),
                challengesOf("Precipitated milk exosomes are likely to contain casein micelles.\n", "casein"));
        assertEquals(List.of("ExtracellularVesicle[BloodPlasma] LowPurity"),
                challengesOf("After precipitation, plasma EVs contained lipoproteins.\n", "lipoproteins"));
        // a contaminant removed: nothing
        assertEquals(List.of(), challengesOf("Plasma EVs isolated by size-exclusion were free of lipoproteins.\n", "lipoproteins"));
    }
}
