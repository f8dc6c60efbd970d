package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch vocab25 (twenty-second session): challenges the literature says in its own words, no label of the
 * class ("residual saponin" as a safety concern, "several litres of conditioned medium" for one dose as low yield), each
 * wording found in at least 3 development documents of several sets (claim-rules.yaml, challengeEvents vocab25-*).
 * Invented texts, each with a near neighbour that must not give the claim.
 */
class ChallengeInLiteratureWordsTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    @Test
    void residualSaponinIsASafetyConcernOfTheVesiclesUnderDiscussion() throws Exception {
        List<String> got = claims("Goat milk exosomes were loaded with curcumin and given to mice with colitis.\n\n"
                + "Residual saponin in the preparations irritated the skin of two mice.");
        assertTrue(got.stream().anyMatch(c -> c.startsWith("Exosome") && c.contains("hasChallenge SafetyConcern")), got.toString());
        // saponin as the loading step, not left over, is no concern
        List<String> loading = claims("Goat milk exosomes were loaded with curcumin and given to mice with colitis.\n\n"
                + "Saponin in the loading buffer opened pores in the vesicle membrane of the preparations.");
        assertTrue(loading.stream().noneMatch(c -> c.contains("SafetyConcern")), loading.toString());
    }

    @Test
    void litresOfMediumForOneDoseAreLowYield() throws Exception {
        List<String> got = claims("Exosomes of mesenchymal stem cells reduced fibrosis in mice with kidney injury.\n\n"
                + "Making a single dose for one patient may take several litres of conditioned medium.");
        assertTrue(got.stream().anyMatch(c -> c.startsWith("Exosome") && c.contains("hasChallenge LowYield")), got.toString());
        // one litre of medium as a method step says nothing about the yield
        List<String> method = claims("Exosomes of mesenchymal stem cells reduced fibrosis in mice with kidney injury.\n\n"
                + "The vesicles were isolated from one litre of conditioned medium by ultracentrifugation.");
        assertTrue(method.stream().noneMatch(c -> c.contains("LowYield")), method.toString());
    }

    @Test
    void theSwitchLeavesTheWordingsOut() throws Exception {
        String text = "Goat milk exosomes were loaded with curcumin and given to mice with colitis.\n\n"
                + "Residual saponin in the preparations irritated the skin of two mice.";
        System.setProperty("exokg.noLiteratureWordings", "true");
        try {
            ClaimPatterns off = ClaimPatterns.parse(ClaimPatterns.class.getResourceAsStream("claim-rules.yaml"), "claim-rules.yaml");
            assertTrue(off.challengeEvents().stream().noneMatch(e -> e.id().startsWith("vocab25-")));
        } finally {
            System.clearProperty("exokg.noLiteratureWordings");
        }
        ClaimPatterns on = ClaimPatterns.parse(ClaimPatterns.class.getResourceAsStream("claim-rules.yaml"), "claim-rules.yaml");
        assertTrue(on.challengeEvents().stream().anyMatch(e -> e.id().equals("vocab25-residual-saponin")));
        assertTrue(claims(text).stream().anyMatch(c -> c.contains("SafetyConcern")));
    }
}
