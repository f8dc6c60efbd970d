package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch hedgescope, convention g): a hedge is on the predicate of its clause; what the clause's noun phrases
 * name is presupposed and stays asserted. Invented sentences; each presupposed claim next to the hedged claim of the
 * same clause, or next to a sentence where the same words are the hedged predicate.
 */
class HedgeScopeTest {

    private static Optional<Claim> find(String sentence, String subject, String relation, String object) {
        return projectClaims(sentence).stream().filter(c -> local(c.subjectIri()).equals(subject)
                && c.relation().localName().equals(relation) && local(c.objectIri()).equals(object)).findFirst();
    }

    private static Claim claim(String sentence, String subject, String relation, String object) {
        return find(sentence, subject, relation, object).orElseThrow(
                () -> new AssertionError("no " + subject + " " + relation + " " + object + " in " + triples(projectClaims(sentence))));
    }

    @Test
    void cargoNamedInTheSubjectOfABeliefIsAssertedAndTheBelievedPredicateHedged() {
        String s = "It is believed that the surface proteins of the exosomes, including CD47, protect them from phagocytosis.";
        assertFalse(claim(s, "Exosome", "carries", "Cd47").hedged());
        // the same cargo as the believed predicate stays hedged
        assertTrue(claim("It is believed that the exosomes carry CD47.", "Exosome", "carries", "Cd47").hedged());
    }

    @Test
    void aPropertyOwnedByTheVesiclesInAHedgedClauseIsAsserted() {
        String s = "Exosomes are easy to isolate, and it is thought that their small size helps them cross the blood-brain barrier.";
        assertFalse(claim(s, "Exosome", "hasProperty", "SmallSize").hedged());
        assertTrue(claim(s, "Exosome", "crosses", "BloodBrainBarrier").hedged());
    }

    @Test
    void aChallengeAsTheSubjectOfAHedgedPredicateIsAsserted() {
        assertFalse(claim("Poor storage stability may limit the use of exosome products.", "Exosome", "hasChallenge", "StorageStability")
                .hedged());
        // hedged where the hedge stands before the challenge
        assertTrue(claim("The study suggests that exosome products may suffer from poor storage stability.", "Exosome", "hasChallenge",
                "StorageStability").hedged());
    }

    @Test
    void aCueHeadingThePhraseHedgesWhatThePhraseNames() {
        // "the promise of exosomes in diagnosis": the cue is the phrase's own head, so its claim is the hedged one
        assertTrue(claim("The promise of exosomes in diagnosis has not yet been realised.", "Exosome", "usedFor", "Diagnosis").hedged());
    }
}
