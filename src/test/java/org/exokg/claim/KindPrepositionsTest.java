package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (issue 15, branch kindof36) Switch -Dexokg.kindPrepositions: a preposition of place among the last words before a
 * class ("were inside microglia", ", formed inside multivesicular bodies") makes it a place, not the vesicles' category.
 * A classification with such a preposition only in the subject's own aside keeps its kind. Off by default (decided OFF:
 * no isKindOf claim changed on the deciding pool). Invented sentences.
 */
class KindPrepositionsTest {

    @TempDir
    Path dir;

    @AfterEach
    void reset() {
        ClassificationReader.KIND_PREPOSITIONS = false;
    }

    private List<String> claims(boolean on, String text, String words) throws Exception {
        ClassificationReader.KIND_PREPOSITIONS = on;
        return TestSupport.claimsOfText(dir, text, words);
    }

    private static final String INSIDE = "Labelled extracellular vesicles were injected into mice. In brain sections, the "
            + "extracellular vesicles were mostly inside microglia.";
    private static final String FORMED_INSIDE = "Exosomes are one type of extracellular vesicle, formed inside multivesicular bodies.";

    @Test
    void offAPlaceIsReadAsTheCategory() throws Exception {
        assertTrue(claims(false, INSIDE, "mostly inside").contains("ExtracellularVesicle isKindOf MicroglialCell"));
        assertTrue(claims(false, FORMED_INSIDE, "one type").contains("ExtracellularVesicle isKindOf MultivesicularBody"));
    }

    @Test
    void onAPlaceIsNoCategory() throws Exception {
        List<String> c = claims(true, INSIDE, "mostly inside");
        assertFalse(c.contains("ExtracellularVesicle isKindOf MicroglialCell"), c.toString());
        c = claims(true, FORMED_INSIDE, "one type");
        assertFalse(c.contains("ExtracellularVesicle isKindOf MultivesicularBody"), c.toString());
        assertTrue(c.contains("Exosome isKindOf ExtracellularVesicle"), c.toString());
    }

    @Test
    void onAPrepositionInTheSubjectsAsideKeepsTheKind() throws Exception {
        List<String> c = claims(true, "Exosomes, formed inside multivesicular bodies, are small extracellular vesicles.", "are small");
        assertTrue(c.contains("Exosome isKindOf SmallExtracellularVesicle"), c.toString());
    }
}
