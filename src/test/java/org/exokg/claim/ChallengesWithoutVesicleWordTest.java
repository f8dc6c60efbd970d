package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch challenges5 (twentieth session): a challenge label of making, loading, dosing, storing or delivering
 * in a sentence with no vesicle word is said of the preparation the text studies (its kind and source), of the section's
 * one preparation, or, in a text of several sources, of the kind unqualified (topic-preparation.yaml:
 * discourse-challenge-classes, not-product-challenges). Invented sentences, each with a near neighbour that reads nothing.
 */
class ChallengesWithoutVesicleWordTest {

    @TempDir
    Path dir;

    private List<String> challengesOf(String text, String words) throws Exception {
        return TestSupport.challengesOfText(dir, text, words);
    }

    private static final String SALIVA = "Saliva exosomes reduced oral mucositis in hamsters. The preparation was given as a rinse. ";

    @Test
    void aProductChallengeIsTheStudiedPreparations() throws Exception {
        assertEquals(List.of("Exosome[Saliva] BatchVariability"),
                challengesOf(SALIVA + "Batch-to-batch variability was high between donors.\n", "variability"));
        assertEquals(List.of("Exosome[Saliva] HighCost"),
                challengesOf(SALIVA + "The process is slow and expensive.\n", "expensive"));
    }

    @Test
    void aDiseasesOrPatientsDifficultyIsNot() throws Exception {
        assertEquals(List.of(), challengesOf(SALIVA + "Batch-to-batch variability of patient samples was high.\n", "variability"));
        assertEquals(List.of(), challengesOf(SALIVA + "The diagnosis is slow and expensive.\n", "expensive"));
    }

    @Test
    void aDenialOrAQuestionIsNot() throws Exception {
        assertEquals(List.of(), challengesOf(SALIVA + "The report does not mention batch-to-batch variability.\n", "variability"));
        assertEquals(List.of(), challengesOf(SALIVA + "Is batch-to-batch variability high?\n", "variability"));
    }

    @Test
    void aTextOfSeveralSourcesLeavesTheChallengeUnqualified() throws Exception {
        assertEquals(List.of("Exosome BatchVariability"),
                challengesOf("Exosomes from milk, from plasma and from saliva have been tested as carriers. "
                        + "Batch-to-batch variability remains high in every case.\n", "variability"));
    }
}
