package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch challengemisses38: challenges of the vesicles under discussion in a sentence whose only vesicle word
 * is no mention (switch discourseVesicleWords) or that names the challenge's own matter (switch challengeMatterTerms);
 * ChallengeDiscourseReadings, docs/extraction.md. Invented sentences, none from a gold set, through the real pipeline;
 * each reading with a look-alike that must read nothing and with its switch off.
 */
@ExtendWith(WithoutClaimConfidence.class)
class ChallengeDiscourseReadingsTest {

    private static final List<String> SWITCHES = List.of("exokg.discourseVesicleWords", "exokg.challengeMatterTerms");

    @AfterEach
    void reset() {
        SWITCHES.forEach(System::clearProperty);
    }

    @TempDir
    Path dir;

    private static final String PREP = "Milk exosomes reduce colitis in mice. ";

    private List<String> challenges(String sentence, String words) throws Exception {
        return TestSupport.challengesOfText(dir, PREP + sentence + "\n", words);
    }

    @Test
    void aCountOfVesiclesDoesNotKeepTheChallengeFromTheVesiclesUnderDiscussion() throws Exception {
        String s = "The main limitation is the low number of vesicles that the cultures secrete.";
        List<String> off = challenges(s, "main limitation");
        assertFalse(off.stream().anyMatch(c -> c.contains("LowYield")), off.toString());
        System.setProperty("exokg.discourseVesicleWords", "true");
        List<String> on = challenges(s, "main limitation");
        assertTrue(on.contains("Exosome[Milk] LowYield"), on.toString());
        // other vesicles named with their own adjective still keep it: whose vesicles are few is not said
        List<String> other = challenges("The main limitation is that lactobacillus vesicles are few, so the yield is low.", "main limitation");
        assertFalse(other.contains("Exosome[Milk] LowYield"), other.toString());
    }

    @Test
    void theContaminantOfALowPurityIsItsMatterNotItsOwner() throws Exception {
        String s = "Precipitated samples contained keratin and serum albumin, so they are less pure.";
        List<String> off = challenges(s, "Precipitated samples");
        assertFalse(off.stream().anyMatch(c -> c.contains("LowPurity")), off.toString());
        System.setProperty("exokg.challengeMatterTerms", "true");
        List<String> on = challenges(s, "Precipitated samples");
        assertTrue(on.contains("Exosome[Milk] LowPurity"), on.toString());
        // a liposome's loading is its own, not the vesicles' (a vesicle-like carrier is no matter of the challenge)
        List<String> liposome = challenges("Liposomes carrying doxorubicin showed a low loading efficiency.", "Liposomes carrying");
        assertFalse(liposome.contains("Exosome[Milk] LowLoadingEfficiency"), liposome.toString());
    }

    @Test
    void theTreatmentOfALoadingChallengeIsItsMatter() throws Exception {
        String s = "Hydrophilic drugs cross membranes poorly, so the loading efficiency of incubation is low.";
        List<String> off = challenges(s, "Hydrophilic drugs");
        assertFalse(off.stream().anyMatch(c -> c.contains("LowLoadingEfficiency")), off.toString());
        System.setProperty("exokg.challengeMatterTerms", "true");
        List<String> on = challenges(s, "Hydrophilic drugs");
        assertTrue(on.contains("Exosome[Milk] LowLoadingEfficiency"), on.toString());
        // a disease in the sentence is a rival owner still: the patients' difficulty
        List<String> disease = challenges("In colitis, the loading efficiency of incubation is low.", "In colitis");
        assertFalse(disease.contains("Exosome[Milk] LowLoadingEfficiency"), disease.toString());
    }
}
