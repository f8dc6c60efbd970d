package org.exokg.claim;

import static org.exokg.TestSupport.projectClaimAnyQualifier;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch hedge2, the lead's hedging conventions j-l of the seventeenth session). j: a use named in the subject of
 * a hedged clause is presupposed; k: a means or manner phrase inside a hedged predicate is hedged with it; l: "can" / "are
 * able to" and "we could confirm" are ability or result, not hedges. Invented sentences, each beside its counterpart.
 */
class HedgeConventionsJklTest {

    @Test
    void aUseNamedInTheSubjectOfAHedgedClauseIsPresupposed() {
        assertFalse(projectClaimAnyQualifier("Exosome-based vaccines could protect piglets against swine fever.", "Exosome", "usedFor", "Vaccine").hedged());
        assertFalse(projectClaimAnyQualifier("It is thought that exosome-based vaccines protect piglets against swine fever.", "Exosome", "usedFor", "Vaccine")
                .hedged());
        assertTrue(projectClaimAnyQualifier("Our data suggest that MSC-Exos modulate the immune response.", "Exosome", "usedFor", "Immunomodulation").hedged());
        assertFalse(projectClaimAnyQualifier("We consider intranasal exosome therapy a promising approach for stroke.", "Exosome", "usedFor", "Therapy")
                .hedged());
        // the same use as the hedged predicate stays hedged
        assertTrue(projectClaimAnyQualifier("Exosomes could serve as vaccines against swine fever.", "Exosome", "usedFor", "Vaccine").hedged());
        assertFalse(projectClaimAnyQualifier("Exosome therapy could replace cell therapy in heart failure.", "Exosome", "usedFor", "Therapy").hedged());
        // a cue that modifies the use's own phrase hedges it, and so does a predicate on the use's own standing
        assertTrue(projectClaimAnyQualifier("Potential exosome therapies were discussed at the meeting.", "Exosome", "usedFor", "Therapy").hedged());
        assertTrue(projectClaimAnyQualifier("Exosome therapy for gliomas remains experimental.", "Exosome", "usedFor", "Therapy").hedged());
        assertTrue(projectClaimAnyQualifier("Exosome-based vaccines are still under study.", "Exosome", "usedFor", "Vaccine").hedged());
    }

    @Test
    void aMeansPhraseInsideAHedgedPredicateIsHedged() {
        assertTrue(projectClaimAnyQualifier("Milk exosomes may reduce inflammation through CD47.", "Exosome", "carries", "Cd47").hedged());
        assertFalse(projectClaimAnyQualifier("Milk exosomes reduced inflammation through CD47.", "Exosome", "carries", "Cd47").hedged());
        assertTrue(projectClaimAnyQualifier("Stem cell exosomes are likely to act through microRNAs.", "Exosome", "carries", "MicroRNA").hedged());
        assertFalse(projectClaimAnyQualifier("Stem cell exosomes act through microRNAs.", "Exosome", "carries", "MicroRNA").hedged());
    }

    @Test
    void abilityAndAConfirmedResultAreNoHedges() {
        assertFalse(projectClaimAnyQualifier("Milk exosomes can cross the blood-brain barrier.", "Exosome", "crosses", "BloodBrainBarrier").hedged());
        assertFalse(projectClaimAnyQualifier("Milk exosomes are able to cross the blood-brain barrier.", "Exosome", "crosses", "BloodBrainBarrier").hedged());
        assertFalse(projectClaimAnyQualifier("We could confirm that milk exosomes cross the blood-brain barrier.", "Exosome", "crosses", "BloodBrainBarrier")
                .hedged());
        assertTrue(projectClaimAnyQualifier("Milk exosomes could cross the blood-brain barrier.", "Exosome", "crosses", "BloodBrainBarrier").hedged());
        assertTrue(projectClaimAnyQualifier("Future studies could show that milk exosomes cross the blood-brain barrier.", "Exosome", "crosses",
                "BloodBrainBarrier").hedged());
    }
}
