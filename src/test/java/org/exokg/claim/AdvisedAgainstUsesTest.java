package org.exokg.claim;

import static org.exokg.TestSupport.documentClaims;
import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch holdoutguards): a use advised against ("should not be used for drug delivery", "must not be
 * given as a therapy") is a recommendation: claim rule vesicle-used-for-application reads neither the use nor its
 * denial there; a use stated or denied as a finding stays. Invented sentences, both ways; one-sentence documents.
 */
class AdvisedAgainstUsesTest {

    private static Optional<Claim> usedFor(String sentence, String object) {
        return documentClaims(sentence).stream()
                .filter(c -> c.relation().localName().equals("usedFor") && local(c.objectIri()).equals(object)).findFirst();
    }

    private static String shown(String sentence) {
        List<Claim> claims = documentClaims(sentence);
        return String.valueOf(triples(claims));
    }

    @Test
    void aUseAdvisedAgainstIsNoClaim() {
        String s1 = "Tumour-derived exosomes should therefore not be used for drug delivery.";
        assertTrue(usedFor(s1, "DrugDelivery").isEmpty(), shown(s1));
        String s2 = "Because of their oncogenic cargo, cancer cell exosomes must not be used as drug carriers.";
        assertTrue(usedFor(s2, "DrugDelivery").isEmpty(), shown(s2));
    }

    @Test
    void aStatedOrDeniedUseStays() {
        String used = "Milk exosomes were used for drug delivery to the colon.";
        assertFalse(usedFor(used, "DrugDelivery").orElseThrow(() -> new AssertionError(shown(used))).negated());
        String denied = "Neutrophil exosomes are not used for drug delivery.";
        assertTrue(usedFor(denied, "DrugDelivery").orElseThrow(() -> new AssertionError(shown(denied))).negated());
    }
}
