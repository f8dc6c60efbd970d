package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch enginespeed2) The particle and preparation anaphors are searched only in a sentence holding their noun, tested
 * on the sentence lower-cased: the noun in capitals or title case is still read, as the case-insensitive expressions read
 * it; a sentence without the noun gives no anaphor. Invented texts.
 */
class AnaphorNounsInAnyCaseTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        return TestSupport.hedgedClaimsOfText(dir, text, words);
    }

    @Test
    void theParticlesInCapitalsAreTheVesiclesUnderDiscussion() throws Exception {
        List<String> lower = claimsOf("Milk vesicles\n\nMilk exosomes carried microRNAs. After oral gavage, the particles were "
                + "taken up by macrophages.\n", "After oral gavage");
        List<String> upper = claimsOf("Milk vesicles\n\nMilk exosomes carried microRNAs. After oral gavage, THE PARTICLES were "
                + "taken up by macrophages.\n", "After oral gavage");
        assertTrue(upper.contains("Exosome[Milk] targets Macrophage"), upper.toString());
        assertEquals(lower, upper);
    }

    @Test
    void eachPreparationInTitleCaseIsThePreparationUnderDiscussion() throws Exception {
        List<String> c = claimsOf("Milk vesicles\n\nMilk exosomes were isolated from five donors. Each Preparation carried CD63.\n",
                "Each Preparation");
        assertTrue(c.contains("Exosome[Milk] carries Cd63"), c.toString());
    }

    @Test
    void aSentenceWithoutTheNounHasNoAnaphor() throws Exception {
        List<String> c = claimsOf("Milk vesicles\n\nMilk exosomes were isolated from five donors. Each donor carried CD63.\n",
                "Each donor");
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Exosome") && x.endsWith("carries Cd63")), c.toString());
    }
}
