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
 * Issue 15 (branch denials2): the general argument that vesicles "cannot form tumours" (claim rule
 * vesicle-forms-tumours) and a denied tumour promotion of a therapeutic preparation (stem cell vesicles, vesicles of no
 * named source) read as the denied risk hasChallenge TumorPromotion (gold conventions bbb, ccc); vesicles of other
 * cells keep a denied contributesTo. Invented sentences, both ways.
 * Read as a one-sentence document (the claims after the document-level steps, as the gold sets are read).
 */
class DeniedTumourFormationTest {

    private static Optional<Claim> find(String sentence, String relation, String object) {
        return documentClaims(sentence).stream()
                .filter(c -> c.relation().localName().equals(relation) && local(c.objectIri()).equals(object)).findFirst();
    }

    private static Claim claim(String sentence, String relation, String object) {
        return find(sentence, relation, object).orElseThrow(() -> new AssertionError(
                "no " + relation + " " + object + " in " + triples(documentClaims(sentence))));
    }

    @Test
    void vesiclesThatCannotFormTumoursDenyTheTumourRisk() {
        assertTrue(claim("Unlike stem cells, EVs do not divide and cannot form tumours.", "hasChallenge", "TumorPromotion").negated());
        assertTrue(claim("MSC exosomes cannot divide, so they do not form tumours.", "hasChallenge", "TumorPromotion").negated());
        assertTrue(claim("MSC exosomes have not caused tumours in any animal study to date.", "hasChallenge",
                "TumorPromotion").negated());
        // the words "formed tumours" in a relative clause of the source are no claim of the vesicles
        List<Claim> claims = documentClaims("Exosomes from cells that formed tumours carried microRNA.");
        assertTrue(claims.stream().noneMatch(c -> local(c.objectIri()).equals("TumorPromotion")), String.valueOf(triples(claims)));
    }

    @Test
    void aDeniedTumourPromotionOfOtherCellsStaysAContribution() {
        // vesicles of tumour or other non-therapeutic cells: a finding on a disease mechanism, no denied risk
        Claim tumour = claim("Tumour exosomes did not promote tumour growth in this model.", "contributesTo", "TumorPromotion");
        assertTrue(tumour.negated(), tumour.toString());
        assertTrue(find("Tumour exosomes did not promote tumour growth in this model.", "hasChallenge", "TumorPromotion").isEmpty());
        // affirmed, a stem cell preparation's promotion stays contributesTo
        assertFalse(claim("MSC exosomes promoted tumour growth in nude mice.", "contributesTo", "TumorPromotion").negated());
    }
}
