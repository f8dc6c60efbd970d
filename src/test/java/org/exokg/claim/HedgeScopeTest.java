package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void theCuesOfThisBranchHedgeAndTheirNeighboursDoNot() {
        // convention f: an involvement "implicated in" is a hedge; the same finding attributed to reports is not
        assertTrue(claim("Neutrophil exosomes have been implicated in lung injury.", "Exosome", "contributesTo", "Injury").hedged());
        assertFalse(claim("Neutrophil exosomes have been reported to cause lung injury.", "Exosome", "contributesTo", "Injury").hedged());
        assertTrue(claim("Exosomal tau in plasma will be measured as an exploratory marker of target engagement.", "Exosome", "usedFor",
                "Biomarker").hedged());
        assertEquals(null, Cues.hedgeMatch("an exploratory study of exosomes"));
        assertTrue(claim("Nor can we exclude that the exosomes carry DNA.", "Exosome", "carries", "DNA").hedged());
        assertFalse(claim("We found that the exosomes carry DNA.", "Exosome", "carries", "DNA").hedged());
        assertTrue(claim("Controlled trials are needed before exosomes can be used to treat stroke.", "Exosome", "treats", "Stroke").hedged());
        assertFalse(claim("Exosomes were used to treat stroke in rats.", "Exosome", "treats", "Stroke").hedged());
    }

    @Test
    void theCueFileEntriesOfThisBranchReadTheirExamples() {
        for (String example : java.util.List.of("vesicles of neutrophils have been implicated in tissue damage",
                "oral delivery with milk exosomes thus appears feasible", "exosomal tau, as an exploratory marker of target engagement",
                "nor can we exclude that the vesicles carry protein aggregates",
                "controlled trials are needed before the vesicles can be recommended for colitis",
                "vesicle therapies for gliomas remain experimental", "several groups consider them a cell-free alternative",
                "in type 2 diabetes their role is less clear")) {
            assertTrue(Cues.hedgeMatch(example) != null, example);
        }
        // near misses: an implicated gene is no hedge of a claim after "in"; a feasible method is stated
        assertEquals(null, Cues.hedgeMatch("loading by electroporation was feasible"));
        assertEquals(null, Cues.hedgeMatch("the experiments were repeated"));
        assertEquals(null, Cues.hedgeMatch("a clear benefit in the treated group"));
        assertEquals(null, Cues.hedgeMatch("further studies are needed to understand their function in tumour growth"));
    }
}
