package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch dev24 (twenty-second session), the lead's convention kk: vesicles "cleared by the liver and spleen",
 * "by Kupffer cells" or "by the mononuclear phagocyte system" are OffTargetAccumulation, and RapidClearance only where a
 * speed is stated (claim-rules.yaml, challengeEvents block dev24). Invented texts, each with a near neighbour.
 */
class ClearedByClearanceOrgansTest {

    @TempDir
    Path dir;

    private List<String> claims(String sentence) throws Exception {
        return TestSupport.claimsOfText(dir, "Results\n\n" + sentence + "\n", sentence.substring(0, 20));
    }

    @Test
    void vesiclesClearedByTheLiverAccumulateOffTarget() throws Exception {
        List<String> claims = claims("Platelet microvesicles, by contrast, were cleared by the liver and spleen.");
        assertTrue(claims.contains("Microvesicle[Platelet] hasChallenge OffTargetAccumulation"), claims.toString());
        assertFalse(claims.contains("Microvesicle[Platelet] hasChallenge RapidClearance"), claims.toString());
    }

    @Test
    void vesiclesMostlyClearedByKupfferCellsAccumulateOffTarget() throws Exception {
        List<String> claims = claims("The milk exosomes were mostly cleared by Kupffer cells in the mice.");
        assertTrue(claims.contains("Exosome[Milk] hasChallenge OffTargetAccumulation"), claims.toString());
    }

    /** Near neighbours: phagocytes alone, and a speed stated, stay RapidClearance; a denial denies. */
    @Test
    void clearanceByMacrophagesOrAtSpeedStaysRapidClearance() throws Exception {
        List<String> byMacrophages = claims("Intravenously injected milk exosomes were cleared by macrophages.");
        assertTrue(byMacrophages.contains("Exosome[Milk] hasChallenge RapidClearance"), byMacrophages.toString());
        assertFalse(byMacrophages.contains("Exosome[Milk] hasChallenge OffTargetAccumulation"), byMacrophages.toString());

        List<String> fast = claims("Intravenously injected milk exosomes were rapidly cleared by the liver.");
        assertTrue(fast.contains("Exosome[Milk] hasChallenge RapidClearance"), fast.toString());

        List<String> denied = claims("Unlike liposomes, the milk exosomes were not cleared by the liver.");
        assertFalse(denied.contains("Exosome[Milk] hasChallenge OffTargetAccumulation"), denied.toString());
    }
}
