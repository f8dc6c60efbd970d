package org.exokg.claim;

import static org.exokg.TestSupport.projectClaimAnyQualifier;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (thirty-fourth session, branch hedges34): "the candidate" of a thesis or examination report is a person, not a
 * hedge (cues.yaml notHedge candidate-person; on in hedges34, OFF since decision39, the stricter decision rule:
 * -Dexokg.candidatePerson=true turns it on, as it was unless -Dexokg.noCandidatePerson=true). What the candidate shows or
 * found is reported as a result; "the candidate writes / claims that" is left to the other cues (an examiner may doubt
 * it), and "exosomes are candidates for" stays hedged. Invented sentences; the test makes sure the reading is on, reads the
 * cue file again and restores both.
 */
class HedgeCheckOnUnseenTextTest {

    private static final String SWITCH = "exokg.candidatePerson";
    private String saved;

    @BeforeEach
    void on() {
        saved = System.getProperty(SWITCH);
        System.setProperty(SWITCH, "true");
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

    private static boolean hedged(String sentence, String subject, String relation, String object) {
        return projectClaimAnyQualifier(sentence, subject, relation, object).hedged();
    }

    @Test
    void whatTheCandidateShowsIsNotHedged() {
        assertFalse(hedged("In chapter 2 the candidate shows that the exosomes carry microRNAs.", "Exosome", "carries", "MicroRNA"));
        assertFalse(hedged("In chapter 4 the candidate found that the exosomes cross the blood-brain barrier.",
                "Exosome", "crosses", "BloodBrainBarrier"));
    }

    @Test
    void candidatesAndDoubtedAssertionsStayHedged() {
        // the vesicles as candidates: the use is put forward, hedged
        assertTrue(hedged("Exosomes are candidates for drug delivery.", "Exosome", "usedFor", "DrugDelivery"));
        // a hedge of its own in the candidate's clause still hedges
        assertTrue(hedged("In chapter 4 the candidate found that the exosomes may cross the blood-brain barrier.",
                "Exosome", "crosses", "BloodBrainBarrier"));
    }

    @Test
    void switchedOffTheCandidateIsReadAsBefore() {
        System.clearProperty(SWITCH); // OFF by default since decision39
        Cues.reload();
        assertTrue(hedged("In chapter 2 the candidate shows that the exosomes carry microRNAs.", "Exosome", "carries", "MicroRNA"));
    }
}
