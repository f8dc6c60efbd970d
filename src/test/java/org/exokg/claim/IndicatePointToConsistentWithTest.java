package org.exokg.claim;

import static org.exokg.TestSupport.projectClaimAnyQualifier;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (thirty-seventh session, branch indicatecues37): convention vvvvvvv (docs/gold-conventions.md) against the
 * hedge cues. Evidential "suggest" hedges the suggested predicate; "indicate(s)", "point(s) to", "consistent with" (and
 * "in line with") state the inference without doubt, so no cue of cues.yaml may read them, with the published-inventory
 * family (-Dexokg.publishedHedgeCues) off or on; another cue before them ("may indicate") still hedges. Invented
 * sentences only. The test restores the switch and the cue file.
 */
class IndicatePointToConsistentWithTest {

    private static final String SWITCH = "exokg.publishedHedgeCues";
    private static final List<String> PLAIN = List.of(
            "these results indicate that milk exosomes cross the blood-brain barrier",
            "the data indicated that the vesicles carry the toxin",
            "indicating that exosomes cross the placenta",
            "the loss of the effect points to the vesicles as carriers of the toxin",
            "the findings point to a role of exosomes in tissue repair",
            "uptake by neurons, pointing to transfer across the barrier",
            "the signal is consistent with exosomes crossing the placenta",
            "the result is in line with vesicles carrying the toxin");
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

    @Test
    void noCueReadsIndicatePointToOrConsistentWith() {
        for (String scope : PLAIN) {
            assertNull(Cues.hedgeMatch(scope), scope);
        }
        System.setProperty(SWITCH, "true");
        Cues.reload();
        for (String scope : PLAIN) {
            assertNull(Cues.hedgeMatch(scope), scope + " (publishedHedgeCues on)");
        }
    }

    @Test
    void anotherCueBeforeThemStillHedges() {
        assertNotNull(Cues.hedgeMatch("these results may indicate that milk exosomes cross the blood-brain barrier"));
        assertNotNull(Cues.hedgeMatch("these results suggest that milk exosomes cross the blood-brain barrier"));
    }

    @Test
    void aClaimUnderIndicateIsUnhedgedAndUnderSuggestHedged() {
        assertFalse(projectClaimAnyQualifier("These results indicate that milk exosomes cross the blood-brain barrier.",
                "Exosome", "crosses", "BloodBrainBarrier").hedged());
        assertFalse(projectClaimAnyQualifier("The findings are consistent with milk exosomes crossing the blood-brain barrier.",
                "Exosome", "crosses", "BloodBrainBarrier").hedged());
        assertTrue(projectClaimAnyQualifier("These results suggest that milk exosomes cross the blood-brain barrier.",
                "Exosome", "crosses", "BloodBrainBarrier").hedged());
    }
}
