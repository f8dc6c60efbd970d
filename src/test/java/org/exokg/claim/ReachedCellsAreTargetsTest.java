package org.exokg.claim;

import static org.exokg.TestSupport.documentClaims;
import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (twenty-fifth session): cells the vesicles reach are their target, as cells they enter or home to (claim
 * rule relationverbs-vesicle-reaches-cells, a verb of the targeting family); a body fluid they reach stays a place
 * they are found (vesicle-reaches-fluid), never a target. Invented sentences, both ways, read as one-sentence documents.
 */
class ReachedCellsAreTargetsTest {

    private static Optional<Claim> find(String sentence, String relation, String object) {
        return documentClaims(sentence).stream()
                .filter(c -> c.relation().localName().equals(relation) && local(c.objectIri()).equals(object)).findFirst();
    }

    private static Claim claim(String sentence, String relation, String object) {
        return find(sentence, relation, object).orElseThrow(() -> new AssertionError(
                "no " + relation + " " + object + " in " + triples(documentClaims(sentence))));
    }

    @Test
    void cellsTheVesiclesReachAreTheirTarget() {
        assertFalse(claim("Loaded muscle cell EVs injected into the hind limb reached motor neurons of the spinal cord.",
                "targets", "Neuron").negated());
        assertTrue(claim("Milk exosomes did not reach the neurons.", "targets", "Neuron").negated());
    }

    @Test
    void aFluidTheVesiclesReachIsNoTarget() {
        List<Claim> claims = documentClaims("Milk exosomes reached the cerebrospinal fluid.");
        assertTrue(claims.stream().noneMatch(c -> c.relation().localName().equals("targets")), String.valueOf(triples(claims)));
        claim("Milk exosomes reached the cerebrospinal fluid.", "derivedFrom", "CerebrospinalFluid");
    }

    @Test
    void anotherSubjectReachingReachesNothingForTheVesicles() {
        String before = "Tumour exosomes disarm T cells before they reach the tumour cells.";
        assertTrue(find(before, "targets", "TumorCell").isEmpty(), String.valueOf(triples(documentClaims(before))));
        String plain = "Tumour exosomes reach the tumour cells.";
        claim(plain, "targets", "TumorCell");
    }
}
