package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch denials2): "free of / free from / devoid of", a negation trigger of NegEx and of the BioScope
 * guidelines, denies the carrying of the marker it governs (cues.yaml negation-free-of, claim rule
 * vesicle-free-of-cargo); "not free of" is two negations and states a contaminant, no denied cargo (notNegation
 * not-free-of). Invented sentences, both ways.
 */
class FreeOfNegationCueTest {

    private static Optional<Claim> find(String sentence, String relation, String object) {
        List<Claim> claims = projectClaims(sentence);
        return claims.stream().filter(c -> c.relation().localName().equals(relation) && local(c.objectIri()).equals(object))
                .findFirst();
    }

    private static Claim claim(String sentence, String relation, String object) {
        return find(sentence, relation, object).orElseThrow(() -> new AssertionError(
                "no " + relation + " " + object + " in " + triples(projectClaims(sentence))));
    }

    @Test
    void aMarkerTheVesiclesAreFreeOfIsDenied() {
        assertTrue(claim("Platelet exosomes carried CD63 and TSG101 and were free of calnexin.", "carries", "Calnexin").negated());
        assertTrue(claim("Purified plasma exosomes were devoid of calnexin.", "carries", "Calnexin").negated());
        assertTrue(claim("Urinary EVs were entirely free from GM130.", "carries", "Gm130").negated());
        // the markers carried in the same sentence stay affirmed
        assertFalse(claim("Platelet exosomes carried CD63 and TSG101 and were free of calnexin.", "carries", "Cd63").negated());
    }

    @Test
    void notFreeOfIsNoDenialOfCargo() {
        // two negations: the contaminant is there (a purity problem), neither a denied nor an affirmed cargo
        Optional<Claim> c = find("Milk exosomes are not free of calnexin.", "carries", "Calnexin");
        assertTrue(c.isEmpty(), c.toString());
        // without the "not" the same sentence denies
        assertTrue(claim("Milk exosomes are free of calnexin.", "carries", "Calnexin").negated());
    }
}
