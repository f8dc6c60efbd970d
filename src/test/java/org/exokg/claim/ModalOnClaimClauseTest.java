package org.exokg.claim;

import static org.exokg.TestSupport.documentClaims;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (thirty-eighth session, branch hedges38): the family -Dexokg.modalOnClaimClause (ModalClauseHedges). A modal
 * right after a use or a loading method that ends the subject of its clause hedges that claim; what the subject's noun
 * phrase presupposes ("exosomes carrying miR-21", a challenge as the subject of
 * a hedged predicate) stays unhedged. Invented sentences only; the test restores the switch.
 */
class ModalOnClaimClauseTest {

    private static final String SWITCH = "exokg.modalOnClaimClause";
    private static final String SIGNATURE = "Exosomes were isolated from the urine of kidney transplant recipients. "
            + "Their microRNA signature could help predict rejection months before biopsy.";
    private static final String METHOD = "Plant nanovesicles from grapes were loaded with doxorubicin by incubation. "
            + "Their low loading efficiency was a drawback, and other loading methods such as electroporation might do better.";
    private static final String PRESUPPOSED = "Exosomes were isolated from milk. Exosomes carrying miR-21 may reduce fibrosis. "
            + "Poor storage stability may limit the shelf life of exosome products.";
    private String saved;

    @BeforeEach
    void off() {
        saved = System.getProperty(SWITCH);
        System.clearProperty(SWITCH);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(SWITCH);
        } else {
            System.setProperty(SWITCH, saved);
        }
    }

    private static Claim claim(String text, String relation, String object) {
        List<Claim> found = documentClaims(text).stream()
                .filter(c -> c.relation().localName().equals(relation) && c.objectIri().endsWith("/" + object)).toList();
        assertEquals(1, found.size(), relation + " " + object + " in " + documentClaims(text));
        return found.get(0);
    }

    @Test
    void aModalAfterAUseOrAMethodHedgesIt() {
        System.setProperty(SWITCH, "true");
        assertTrue(claim(SIGNATURE, "usedFor", "Biomarker").hedged());
        assertTrue(claim(METHOD, "loadedBy", "Electroporation").hedged());
        // the look-alike in the same text: the method the first sentence states
        assertFalse(claim(METHOD, "loadedBy", "Incubation").hedged());
    }

    @Test
    void whatTheSubjectPresupposesStaysUnhedged() {
        System.setProperty(SWITCH, "true");
        assertFalse(claim(PRESUPPOSED, "carries", "MicroRNA").hedged());
        assertFalse(claim(PRESUPPOSED, "hasChallenge", "StorageStability").hedged());
    }

    @Test
    void offLeavesTheUseUnhedged() {
        assertFalse(claim(SIGNATURE, "usedFor", "Biomarker").hedged());
        assertFalse(claim(METHOD, "loadedBy", "Electroporation").hedged());
    }
}
