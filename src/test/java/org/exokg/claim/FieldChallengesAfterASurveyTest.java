package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch previoussubject, issue 15) A challenge in a sentence that names no vesicle, carried from the previous sentence:
 * after a survey of exosomes of several sources it is the field's challenge, said of extracellular vesicles (the general
 * term); after exosomes of one source it keeps their kind and source. Invented texts.
 */
class FieldChallengesAfterASurveyTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        return TestSupport.hedgedClaimsOfText(dir, text, words);
    }

    @Test
    void aChallengeAfterASurveyOfSourcesIsTheFieldsChallenge() throws Exception {
        List<String> c = claimsOf("Therapy\n\nMacrophage exosomes loaded with curcumin protected neurons in rats, and exosomes from "
                + "adipose stem cells are also being tested in mice. The hurdles are well known:\n"
                + "- the low yield of most producer cells\n- the lack of standardised isolation methods\n",
                "the low yield of most");
        assertTrue(c.contains("ExtracellularVesicle hasChallenge LowYield"), c.toString());
        assertFalse(c.contains("Exosome hasChallenge LowYield"), c.toString());
    }

    @Test
    void aChallengeAfterExosomesOfOneSourceKeepsTheirKindAndSource() throws Exception {
        List<String> c = claimsOf("Therapy\n\nExosomes from adipose stem cells protected neurons in rats. The hurdles are well known:\n"
                + "- the low yield of most producer cells\n- the lack of standardised isolation methods\n",
                "the low yield of most");
        assertFalse(c.contains("ExtracellularVesicle hasChallenge LowYield"), c.toString());
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Exosome[") && s.endsWith("hasChallenge LowYield")), c.toString());
    }
}
