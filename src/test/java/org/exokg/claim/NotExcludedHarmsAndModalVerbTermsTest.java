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
 * Issue 15 (twenty-ninth session, branch hedgecues): two scope shapes of hedging and two cue families. (1) A harm or
 * property named as the subject of "cannot be excluded / ruled out" is left open, wherever the vesicles stand
 * ({@code ClaimExtractor.notExcludedAfter}, cues.yaml subjectHedge hedge-subject-not-excluded). (2) A term right after a
 * modal is the modal's verb phrase ("they might [accelerate clearance] of the vesicles"), not a noun phrase the hedged
 * clause presupposes. (3) Distancing verbs of reported speech and (4) conditions the inventory lacked. Each with a near
 * neighbour that must not be hedged. Invented sentences. (1) and (2) are off by default (-Dexokg.subjectNotExcluded,
 * -Dexokg.modalBeforeTerm: no gain on the unseen check, blind 29-31); these tests turn them on, and check that off they
 * read nothing.
 */
class NotExcludedHarmsAndModalVerbTermsTest {

    private boolean savedNotExcluded;
    private boolean savedModal;

    @BeforeEach
    void on() {
        savedNotExcluded = ClaimExtractor.SUBJECT_NOT_EXCLUDED;
        savedModal = ClaimExtractor.MODAL_BEFORE_TERM;
        ClaimExtractor.SUBJECT_NOT_EXCLUDED = true;
        ClaimExtractor.MODAL_BEFORE_TERM = true;
    }

    @AfterEach
    void restore() {
        ClaimExtractor.SUBJECT_NOT_EXCLUDED = savedNotExcluded;
        ClaimExtractor.MODAL_BEFORE_TERM = savedModal;
    }

    @Test
    void switchedOffTheTwoScopeReadingsHedgeNothing() {
        ClaimExtractor.SUBJECT_NOT_EXCLUDED = false;
        ClaimExtractor.MODAL_BEFORE_TERM = false;
        assertFalse(projectClaimAnyQualifier("Platelet EVs are prepared from donor blood, and a residual risk of transmitting pathogens cannot be excluded.",
                "ExtracellularVesicle", "hasChallenge", "SafetyConcern").hedged());
        assertFalse(projectClaimAnyQualifier("Anti-PEG antibodies are common, and they might accelerate clearance of PEG-coated exosomes in patients.",
                "EngineeredExosome", "hasChallenge", "RapidClearance").hedged());
    }

    @Test
    void aHarmThatCannotBeExcludedIsHedgedAndAHarmStatedIsNot() {
        assertTrue(projectClaimAnyQualifier("Platelet EVs are prepared from donor blood, and a residual risk of transmitting pathogens cannot be excluded.",
                "ExtracellularVesicle", "hasChallenge", "SafetyConcern").hedged());
        assertTrue(projectClaimAnyQualifier("Platelet EVs are prepared from donor blood, and a residual risk of transmitting pathogens cannot be ruled out.",
                "ExtracellularVesicle", "hasChallenge", "SafetyConcern").hedged());
        // stated, or excluded outright: asserted
        assertFalse(projectClaimAnyQualifier("Platelet EVs are prepared from donor blood, and a residual risk of transmitting pathogens remains.",
                "ExtracellularVesicle", "hasChallenge", "SafetyConcern").hedged());
        assertFalse(projectClaimAnyQualifier("Platelet EVs are prepared from donor blood, and a residual risk of transmitting pathogens was found.",
                "ExtracellularVesicle", "hasChallenge", "SafetyConcern").hedged());
    }

    @Test
    void theNotExcludedPredicateIsReadOnlyRightAfterItsSubject() {
        assertEquals("hedge-subject-not-excluded", Cues.subjectHedgeMatch(" cannot be ruled out").id());
        assertEquals("hedge-subject-not-excluded", Cues.subjectHedgeMatch(" has not been excluded").id());
        assertNull(Cues.subjectHedgeMatch(" can be excluded by testing"));
    }

    @Test
    void aTermRightAfterAModalIsTheModalsVerbPhrase() {
        assertTrue(projectClaimAnyQualifier("Anti-PEG antibodies are common, and they might accelerate clearance of PEG-coated exosomes in patients.",
                "EngineeredExosome", "hasChallenge", "RapidClearance").hedged());
        assertFalse(projectClaimAnyQualifier("Anti-PEG antibodies are common, and they accelerate clearance of PEG-coated exosomes in patients.",
                "EngineeredExosome", "hasChallenge", "RapidClearance").hedged());
    }

    @Test
    void aContestedReportIsHedgedAndANeutralReportIsNot() {
        assertEquals("hedge-contested-report", Cues.hedgeMatch("the clinic contends that").id());
        assertEquals("hedge-contested-report", Cues.hedgeMatch("the alleged").id());
        assertNull(Cues.hedgeMatch("the authors state that"));
        assertTrue(projectClaimAnyQualifier("The clinic contends that milk exosomes cross the blood-brain barrier.",
                "Exosome", "crosses", "BloodBrainBarrier").hedged());
        assertTrue(projectClaimAnyQualifier("The website alleges that milk exosomes cross the blood-brain barrier.",
                "Exosome", "crosses", "BloodBrainBarrier").hedged());
        assertTrue(projectClaimAnyQualifier("Milk exosomes purportedly cross the blood-brain barrier.",
                "Exosome", "crosses", "BloodBrainBarrier").hedged());
        assertFalse(projectClaimAnyQualifier("The study reports that milk exosomes cross the blood-brain barrier.",
                "Exosome", "crosses", "BloodBrainBarrier").hedged());
    }

    @Test
    void aConditionIsHedgedAndAPlainStatementIsNot() {
        assertEquals("hedge-condition-family", Cues.hedgeMatch("in the event that").id());
        assertEquals("hedge-condition-family", Cues.hedgeMatch("on condition that").id());
        assertTrue(projectClaimAnyQualifier("In the event that milk exosomes cross the blood-brain barrier, the dose must be lowered.",
                "Exosome", "crosses", "BloodBrainBarrier").hedged());
        assertTrue(projectClaimAnyQualifier("Supposing milk exosomes cross the blood-brain barrier, the dose must be lowered.",
                "Exosome", "crosses", "BloodBrainBarrier").hedged());
        assertFalse(projectClaimAnyQualifier("Because milk exosomes cross the blood-brain barrier, the dose must be lowered.",
                "Exosome", "crosses", "BloodBrainBarrier").hedged());
    }
}
