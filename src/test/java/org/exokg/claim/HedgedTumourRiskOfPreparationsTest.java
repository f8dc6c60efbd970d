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
 * Issue 15 (branch hedgedclaims): a hedged tumour promotion of vesicles of a therapeutic preparation's source (stem
 * cells, milk) is the preparation's risk, hedged hasChallenge TumorPromotion (gold convention ccc, the hedged form of
 * the denied risk read in {@link DeniedTumourFormationTest}); of tumour cells it stays a hedged contributesTo, and an
 * asserted promotion by a stem cell preparation stays contributesTo. Invented sentences, both ways, each read as a
 * one-sentence document (the claims after the document-level steps, as the gold sets are read).
 */
class HedgedTumourRiskOfPreparationsTest {

    private static Optional<Claim> find(List<Claim> claims, String relation, String object) {
        return claims.stream().filter(c -> c.relation().localName().equals(relation) && local(c.objectIri()).equals(object)).findFirst();
    }

    private static Claim claim(List<Claim> claims, String relation, String object) {
        return find(claims, relation, object).orElseThrow(() -> new AssertionError("no " + relation + " " + object + " in " + triples(claims)));
    }

    @Test
    void aHedgedTumourPromotionOfAStemCellOrMilkPreparationIsItsRisk() {
        for (String sentence : List.of("MSC exosomes appear to promote the growth of existing tumours.",
                "Stem cell vesicles might even promote tumour growth.",
                "Goat milk exosomes could promote tumour growth in patients with cancer.")) {
            List<Claim> claims = documentClaims(sentence);
            Claim risk = claim(claims, "hasChallenge", "TumorPromotion");
            assertTrue(risk.hedged() && !risk.negated(), sentence + " -> " + triples(claims));
            assertTrue(find(claims, "contributesTo", "TumorPromotion").isEmpty(), sentence + " -> " + triples(claims));
        }
    }

    @Test
    void tumourVesiclesAndAssertedFindingsStayContributions() {
        // vesicles of tumour cells: a disease mechanism, hedged, no risk of a preparation
        List<Claim> tumour = documentClaims("Tumour-derived exosomes may promote tumour growth.");
        assertTrue(claim(tumour, "contributesTo", "TumorPromotion").hedged(), String.valueOf(triples(tumour)));
        assertTrue(find(tumour, "hasChallenge", "TumorPromotion").isEmpty(), String.valueOf(triples(tumour)));
        // asserted, not hedged: a finding on the stem cell preparation stays contributesTo
        List<Claim> found = documentClaims("MSC exosomes promoted tumour growth in nude mice.");
        assertFalse(claim(found, "contributesTo", "TumorPromotion").hedged(), String.valueOf(triples(found)));
        assertTrue(find(found, "hasChallenge", "TumorPromotion").isEmpty(), String.valueOf(triples(found)));
    }
}
