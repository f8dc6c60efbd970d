package org.exokg.claim;

import static org.exokg.TestSupport.projectClaimAnyQualifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (thirty-sixth session, branch hedgelexicon36): the cues of the published hedge-cue inventories that cues.yaml
 * lacked (entries hedge-published-*, switch -Dexokg.publishedHedgeCues, off by default), on invented sentences with the
 * switch on and off. The test restores the switch and the cue file.
 */
class PublishedHedgeCuesTest {

    private static final String SWITCH = "exokg.publishedHedgeCues";
    private String saved;

    @BeforeEach
    void defaults() {
        saved = System.getProperty(SWITCH);
        System.clearProperty(SWITCH);
        Cues.reload();
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(SWITCH);
        } else {
            System.setProperty(SWITCH, saved);
        }
        Cues.reload();
    }

    private static void switchOn() {
        System.setProperty(SWITCH, "true");
        Cues.reload();
    }

    private static String id(String scope) {
        Cues.Match m = Cues.hedgeMatch(scope);
        return m == null ? null : m.id();
    }

    @Test
    void theFamilyReadsNothingWhenOff() {
        assertNull(Cues.hedgeMatch("it appears that milk exosomes cross the intestinal barrier"));
        assertNull(Cues.hedgeMatch("the widely held view that exosomes cross the placenta"));
        assertNull(Cues.hedgeMatch("how milk exosomes reach the brain remains elusive"));
        assertNull(Cues.hedgeMatch("it is tempting to conclude that exosomes carry the prion"));
        assertNull(Cues.hedgeMatch("the presumed exosomes carry the toxin"));
        assertNull(Cues.hedgeMatch("the finding raises the question of exosomes crossing the placenta"));
    }

    @Test
    void eachMemberIsReadWhenOn() {
        switchOn();
        assertEquals("hedge-published-appears-that", id("it appears that milk exosomes cross the intestinal barrier"));
        assertEquals("hedge-published-appears-that", id("it would seem as though the vesicles carry RNA"));
        assertEquals("hedge-published-epistemic-word", id("the presumed exosomes carry the toxin"));
        assertEquals("hedge-published-epistemic-word", id("transfer of the toxin by the vesicles is improbable"));
        assertEquals("hedge-published-epistemic-noun", id("the widely held view that exosomes cross the placenta"));
        assertEquals("hedge-published-epistemic-noun", id("our data support the suggestion that the vesicles carry RNA"));
        assertEquals("hedge-published-unsettled", id("how milk exosomes reach the brain remains elusive"));
        assertEquals("hedge-published-unsettled", id("their effect on bone is still a matter of debate"));
        assertEquals("hedge-published-tempting", id("it is tempting to conclude that exosomes carry the prion"));
        assertEquals("hedge-published-raises-question", id("the finding raises the question of exosomes crossing the placenta"));
    }

    @Test
    void plainWordsNearTheCuesStayUnhedged() {
        switchOn();
        // "appears" of a thing seen, "the fact that", "remains" of a residue: no hedge
        assertNull(Cues.hedgeMatch("a band appears at 30 kDa"));
        assertNull(Cues.hedgeMatch("the fact that exosomes cross the placenta"));
        assertNull(Cues.hedgeMatch("the toxin remains in the vesicles"));
    }

    @Test
    void aClaimUnderAPublishedCueIsHedgedOnlyWhenOn() {
        String s = "It appears that milk exosomes cross the blood-brain barrier.";
        assertFalse(projectClaimAnyQualifier(s, "Exosome", "crosses", "BloodBrainBarrier").hedged());
        switchOn();
        assertTrue(projectClaimAnyQualifier(s, "Exosome", "crosses", "BloodBrainBarrier").hedged());
    }
}
