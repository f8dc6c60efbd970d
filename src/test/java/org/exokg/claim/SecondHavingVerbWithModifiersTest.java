package org.exokg.claim;

import static org.exokg.TestSupport.documentClaims;
import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch holdoutguards): "carried CD9 and lacked GM130" holds two predicates, and the second verb of having
 * or lacking keeps its own negation; so it does when its object has modifiers before the name ("and lacked the Golgi
 * protein GM130", "and lacked the mitochondrial protein cytochrome c"), which before joined the first verb's list and
 * took its affirmation. Without the second verb the modified name stays a list item of the first. Invented sentences,
 * both ways; one-sentence documents (switch -Dexokg.noModifiedSecondHaving restores the old reading).
 */
class SecondHavingVerbWithModifiersTest {

    private static Optional<Claim> carries(String sentence, String object) {
        return documentClaims(sentence).stream()
                .filter(c -> c.relation().localName().equals("carries") && local(c.objectIri()).equals(object)).findFirst();
    }

    private static Claim claim(String sentence, String object) {
        List<Claim> claims = documentClaims(sentence);
        return carries(sentence, object).orElseThrow(() -> new AssertionError("no carries " + object + " in " + triples(claims)));
    }

    @Test
    void aModifiedObjectOfASecondLackingVerbIsDenied() {
        String golgi = "Kidney EVs were 80 to 150 nm across, carried CD9 and flotillin-1, and lacked the Golgi protein GM130.";
        assertTrue(claim(golgi, "Gm130").negated(), String.valueOf(triples(documentClaims(golgi))));
        assertTrue(!claim(golgi, "Cd9").negated());
        String er = "Lung EVs carried CD81 and lacked the abundant protein calnexin.";
        assertTrue(claim(er, "Calnexin").negated(), String.valueOf(triples(documentClaims(er))));
        assertTrue(!claim(er, "Cd81").negated());
    }

    @Test
    void withoutASecondVerbTheModifiedNameStaysInTheList() {
        String list = "Kidney EVs carried CD9, flotillin-1 and the Golgi protein GM130.";
        assertEquals(false, claim(list, "Gm130").negated(), String.valueOf(triples(documentClaims(list))));
        String denied = "Lung EVs did not carry CD81 and contained the abundant protein calnexin.";
        assertEquals(false, claim(denied, "Calnexin").negated(), String.valueOf(triples(documentClaims(denied))));
    }
}
