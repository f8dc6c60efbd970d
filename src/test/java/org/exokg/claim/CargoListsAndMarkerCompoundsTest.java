package org.exokg.claim;

import static org.exokg.TestSupport.documentClaims;
import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (twenty-sixth session, branch relationframes): a cell term naming whose marker the cargo is ("carried the
 * macrophage marker CD68", ClaimExtractor.CELL_MARKER_COMPOUND) stands inside the cargo's phrase, not between verb and
 * cargo; "together with" / "along with" coordinate list items as "and" does (ClaimExtractor.TOGETHER_WITH_LISTS).
 * Invented sentences, both ways.
 */
class CargoListsAndMarkerCompoundsTest {

    private static boolean has(String sentence, String relation, String object) {
        return documentClaims(sentence).stream()
                .anyMatch(c -> c.relation().localName().equals(relation) && local(c.objectIri()).equals(object) && !c.negated());
    }

    @Test
    void aMarkerNamedByItsCellIsCarriedCargo() {
        assertTrue(has("Most urinary EVs carried the macrophage marker CD68.", "carries", "Protein"),
                String.valueOf(triples(documentClaims("Most urinary EVs carried the macrophage marker CD68."))));
        String listed = "Lavage fluid EVs carried CD9, CD63 and the neutrophil marker CD66b.";
        assertTrue(has(listed, "carries", "Cd9") && has(listed, "carries", "Protein"), String.valueOf(triples(documentClaims(listed))));
    }

    @Test
    void aCellWithoutAMarkerNounStillStandsBetween() {
        // the macrophages are where the cytokine acts, not whose marker it is
        String between = "Urinary EVs carried microRNAs to macrophages and interleukin-10.";
        assertTrue(!has(between, "carries", "SignalingProtein"), String.valueOf(triples(documentClaims(between))));
    }

    @Test
    void togetherWithJoinsTheListOfCargo() {
        String together = "Urinary EVs carried CD81 and syntenin-1, together with cytoplasmic microRNAs.";
        assertTrue(has(together, "carries", "MicroRNA"), String.valueOf(triples(documentClaims(together))));
        // the vesicles are given together with the drug: no cargo
        String given = "Mice received milk exosomes together with free doxorubicin.";
        assertTrue(!has(given, "carries", "Doxorubicin"), String.valueOf(triples(documentClaims(given))));
    }
}
