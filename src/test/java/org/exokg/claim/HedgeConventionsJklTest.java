package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch hedge2, the lead's hedging conventions j-l of the seventeenth session). j: a use named in the subject of
 * a hedged clause is presupposed; k: a means or manner phrase inside a hedged predicate is hedged with it; l: "can" / "are
 * able to" and "we could confirm" are ability or result, not hedges. Invented sentences, each beside its counterpart.
 */
class HedgeConventionsJklTest {

    private static Claim claim(String sentence, String subject, String relation, String object) {
        return projectClaims(sentence).stream().filter(c -> local(c.subjectIri()).equals(subject)
                && c.relation().localName().equals(relation) && local(c.objectIri()).equals(object)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + subject + " " + relation + " " + object + " in "
                        + triples(projectClaims(sentence))));
    }

    @Test
    void aUseNamedInTheSubjectOfAHedgedClauseIsPresupposed() {
        assertFalse(claim("Exosome-based vaccines could protect piglets against swine fever.", "Exosome", "usedFor", "Vaccine").hedged());
        assertFalse(claim("It is thought that exosome-based vaccines protect piglets against swine fever.", "Exosome", "usedFor", "Vaccine")
                .hedged());
        assertTrue(claim("Our data suggest that MSC-Exos modulate the immune response.", "Exosome", "usedFor", "Immunomodulation").hedged());
        assertFalse(claim("We consider intranasal exosome therapy a promising approach for stroke.", "Exosome", "usedFor", "Therapy")
                .hedged());
        // the same use as the hedged predicate stays hedged
        assertTrue(claim("Exosomes could serve as vaccines against swine fever.", "Exosome", "usedFor", "Vaccine").hedged());
        assertFalse(claim("Exosome therapy could replace cell therapy in heart failure.", "Exosome", "usedFor", "Therapy").hedged());
        // a cue that modifies the use's own phrase hedges it, and so does a predicate on the use's own standing
        assertTrue(claim("Potential exosome therapies were discussed at the meeting.", "Exosome", "usedFor", "Therapy").hedged());
        assertTrue(claim("Exosome therapy for gliomas remains experimental.", "Exosome", "usedFor", "Therapy").hedged());
        assertTrue(claim("Exosome-based vaccines are still under study.", "Exosome", "usedFor", "Vaccine").hedged());
    }

    @Test
    void aMeansPhraseInsideAHedgedPredicateIsHedged() {
        assertTrue(claim("Milk exosomes may reduce inflammation through CD47.", "Exosome", "carries", "Cd47").hedged());
        assertFalse(claim("Milk exosomes reduced inflammation through CD47.", "Exosome", "carries", "Cd47").hedged());
        assertTrue(claim("Stem cell exosomes are likely to act through microRNAs.", "Exosome", "carries", "MicroRNA").hedged());
        assertFalse(claim("Stem cell exosomes act through microRNAs.", "Exosome", "carries", "MicroRNA").hedged());
    }

    @Test
    void abilityAndAConfirmedResultAreNoHedges() {
        assertFalse(claim("Milk exosomes can cross the blood-brain barrier.", "Exosome", "crosses", "BloodBrainBarrier").hedged());
        assertFalse(claim("Milk exosomes are able to cross the blood-brain barrier.", "Exosome", "crosses", "BloodBrainBarrier").hedged());
        assertFalse(claim("We could confirm that milk exosomes cross the blood-brain barrier.", "Exosome", "crosses", "BloodBrainBarrier")
                .hedged());
        assertTrue(claim("Milk exosomes could cross the blood-brain barrier.", "Exosome", "crosses", "BloodBrainBarrier").hedged());
        assertTrue(claim("Future studies could show that milk exosomes cross the blood-brain barrier.", "Exosome", "crosses",
                "BloodBrainBarrier").hedged());
    }
}
