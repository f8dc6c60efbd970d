package org.exokg.claim;

import static org.exokg.TestSupport.claimsAbout;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, negation scope (branch negscope): a negation does not reach a consequence clause ("which is why") or a
 * conjunct with a finite verb of its own; what a control preparation ("unloaded", "empty") did not do denies nothing;
 * a negated verb of confirming ("could not confirm that ...") leaves its complement unasserted. Each shape is also
 * checked the other way: the plain denial is still read. Invented sentences.
 */
class NegationScopeTest {

    private static Claim only(List<Claim> claims, String subject, String qualifier, String relation, String object) {
        List<Claim> found = claimsAbout(claims, subject, qualifier, relation, object);
        assertEquals(1, found.size(), claims.toString());
        return found.get(0);
    }

    @Test
    void aConsequenceClauseIsOutsideTheNegation() {
        Claim use = only(projectClaims("Exosomes do not divide, which is why they are a safe cell-free therapy."),
                "Exosome", null, "usedFor", "CellFreeTherapy");
        assertFalse(use.negated(), use.toString());
        Claim kept = only(projectClaims("Milk exosomes do not replicate, which is why milk exosomes cross the blood-brain barrier."),
                "Exosome", "Milk", "crosses", "BloodBrainBarrier");
        assertFalse(kept.negated(), kept.toString());
        // the other way: the use itself denied
        assertTrue(only(projectClaims("Exosomes are not a cell-free therapy."), "Exosome", null, "usedFor", "CellFreeTherapy").negated());
    }

    @Test
    void aConjunctWithItsOwnFiniteVerbIsOutsideTheNegation() {
        Claim use = only(projectClaims("Exosomes do not divide and are a safe cell-free therapy."), "Exosome", null, "usedFor", "CellFreeTherapy");
        assertFalse(use.negated(), use.toString());
        // the other way: one auxiliary shared by both verbs denies both
        Claim crossing = only(projectClaims("Milk exosomes did not migrate and cross the blood-brain barrier."),
                "Exosome", "Milk", "crosses", "BloodBrainBarrier");
        assertTrue(crossing.negated(), crossing.toString());
    }

    @Test
    void whatAControlPreparationDidNotDoDeniesNothing() {
        assertTrue(triples(projectClaims("Unloaded milk exosomes did not reduce tumour growth.")).stream().noneMatch(t -> t.contains("Cancer")));
        assertTrue(triples(projectClaims("Empty HEK-EVs did not reduce tumour growth.")).stream().noneMatch(t -> t.contains("Cancer")));
        // the other way: the studied preparation's denial stays
        assertTrue(only(projectClaims("Milk exosomes did not reduce tumour growth."), "Exosome", "Milk", "treats", "Cancer").negated());
        assertTrue(only(projectClaims("Loaded milk exosomes did not reduce tumour growth."), "Exosome", "Milk", "treats", "Cancer").negated());
        // a control coordinated with the studied preparation: the denial is of both
        assertTrue(Cues.controlPreparationBefore("Neither the targeted nor the untargeted ") == null);
        assertTrue(Cues.controlPreparationBefore("Unloaded GM-") != null);
    }

    @Test
    void aNegatedVerbOfConfirmingLeavesItsComplementUnasserted() {
        List<Claim> open = projectClaims("We could not confirm that milk exosomes carry DNA.");
        assertTrue(claimsAbout(open, "Exosome", "Milk", "carries", "DNA").isEmpty(), open.toString());
        // the source named on the vesicles is still stated
        assertTrue(triples(open).contains("Exosome derivedFrom Milk"), open.toString());
        // the other way: a confirmation asserts the complement, and a denial inside it is a denial
        assertFalse(only(projectClaims("We could confirm that milk exosomes carry DNA."), "Exosome", "Milk", "carries", "DNA").negated());
        Claim denied = only(projectClaims("We confirmed that milk exosomes do not carry DNA."), "Exosome", "Milk", "carries", "DNA");
        assertTrue(denied.negated(), denied.toString());
        assertNull(Cues.unassertedComplementBefore("We confirmed that the "));
    }
}
