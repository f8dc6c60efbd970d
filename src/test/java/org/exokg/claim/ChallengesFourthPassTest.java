package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch challenges4 (nineteenth session): challenges stated as events in sentences that name no vesicle or
 * right after a vesicle's origin phrase (claim-rules.yaml, challengeEvents block "branch challenges4"). Invented
 * sentences, each shape with a near neighbour that must read nothing, through the real pipeline.
 */
class ChallengesFourthPassTest {

    @TempDir
    Path dir;

    private List<String> challengesOf(String text, String words) throws Exception {
        return TestSupport.challengesOfText(dir, text, words);
    }

    @Test
    void aggregatesThatFormAreVesicleAggregation() throws Exception {
        assertEquals(List.of("ExtracellularVesicle[Feces] VesicleAggregation"),
                challengesOf("Stool EVs marked colitis in mice. Aggregates formed within a day at room temperature.\n", "Aggregates"));
        // aggregates named, none said to form: nothing
        assertEquals(List.of(), challengesOf("Stool EVs marked colitis in mice. Aggregates were removed by filtration.\n", "Aggregates"));
    }

    @Test
    void handlingNotYetStandardisedIsALackOfStandardisation() throws Exception {
        assertEquals(List.of("ExtracellularVesicle[TearFluid] LackOfStandardisation"),
                challengesOf("Tear EVs mark dry eye. The handling of tear samples needs to be standardised before a trial.\n", "handling"));
        assertEquals(List.of("ExtracellularVesicle[Feces] LackOfStandardisation"),
                challengesOf("Stool EVs mark colitis. There is no agreed protocol for collection or storage.\n", "protocol"));
        // standardised handling stated as done: nothing
        assertEquals(List.of(), challengesOf("Stool EVs mark colitis. The handling of stool samples was standardised in 2020.\n", "handling"));
    }

    @Test
    void isolationNotYetStandardisedIsALackOfStandardisedIsolation() throws Exception {
        // convention: isolation named -> LackOfStandardisedIsolation, not the general class
        assertEquals(List.of("ExtracellularVesicle[Feces] LackOfStandardisedIsolation"),
                challengesOf("Stool EVs mark colitis, although isolation is not yet standardised.\n", "isolation"));
        assertEquals(List.of(), challengesOf("Stool EVs mark colitis, and isolation is now standardised.\n", "isolation"));
        // the isolation's own "of" phrase before the predicate: only the isolation's class, not the general one as well
        assertEquals(List.of("ExtracellularVesicle[Lymph] LackOfStandardisedIsolation"),
                challengesOf("Lymph EVs carry antigens. Isolation of vesicles from lymph is not yet standardised.\n", "Isolation"));
        // no isolation named: the general class
        assertEquals(List.of("ExtracellularVesicle[Lymph] LackOfStandardisation"),
                challengesOf("Lymph EVs carry antigens. Their handling is not yet standardised.\n", "handling"));
    }

    @Test
    void vesiclesOfOneDonorUnlikeTheNextAreBatchVariability() throws Exception {
        assertEquals(List.of("ExtracellularVesicle[Placenta] BatchVariability"),
                challengesOf("Placental vesicles eased preeclampsia in mice. Experts noted that vesicles from one placenta "
                        + "differ from those of the next.\n", "differ"));
        // unlike a comparator: nothing
        assertEquals(List.of(), challengesOf("Placental vesicles eased preeclampsia in mice. Vesicles from one placenta "
                + "differ from liposomes in their lipids.\n", "differ"));
    }
}
