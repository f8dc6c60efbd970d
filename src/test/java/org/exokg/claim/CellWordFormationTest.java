package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Cell names by word formation (issue 15, branch cellwords): the measuring tool {@link CellWordFormationReview} finds
 * words of the cell-naming endings and tells a vesicle-source position from any other, both ways on invented sentences.
 */
class CellWordFormationTest {

    private static String firstCellWord(String text) {
        Matcher m = CellWordFormationReview.CELL_WORD.matcher(text);
        return m.find() ? m.group(1).toLowerCase() : null;
    }

    private static String positionOf(String text, String word) {
        int start = text.indexOf(word);
        return CellWordFormationReview.position(text, start, start + word.length());
    }

    @Test
    void wordsOfTheEndingsAreFoundAndTheirNeighboursAreNot() {
        assertEquals("cementoblast", firstCellWord("Cementoblasts were cultured for a week."));
        assertEquals("odontoclast", firstCellWord("We counted odontoclasts on the root surface."));
        assertEquals("tenocyte", firstCellWord("The tenocyte layer was thin."));
        assertEquals("pre-osteoblast", firstCellWord("Pre-osteoblasts took up the vesicles."));
        assertEquals(null, firstCellWord("The cytoplasm of the blastocyst and the blastema were stained."));
        assertEquals(null, firstCellWord("The cytokines were measured in the cytosol."));
        assertTrue(CellWordFormationReview.NOT_CELLS.contains(firstCellWord("He was an iconoclast.")));
        assertTrue(CellWordFormationReview.NOT_CELLS.contains(firstCellWord("A bacteriophage lysed the culture.")));
    }

    @Test
    void sourcePositionsAreToldFromOtherPositions() {
        assertEquals("derived", positionOf("Tenocyte-derived vesicles healed the tendon.", "Tenocyte"));
        assertEquals("modifier", positionOf("Cementoblast exosomes carried miR-21.", "Cementoblast"));
        assertEquals("modifier", positionOf("We call them tenocyte-EVs here.", "tenocyte"));
        assertEquals("of-phrase", positionOf("Vesicles released by cultured tenocytes carried collagen.", "tenocytes"));
        assertEquals("of-phrase", positionOf("Exosomes of normal melanocytes were the control.", "melanocytes"));
        assertEquals("releases", positionOf("Odontoblasts secrete small vesicles into the dentin.", "Odontoblasts"));
        // near neighbours: the same words where they are no source
        assertEquals("other", positionOf("Tenocytes took up the vesicles.", "Tenocytes"));
        assertEquals("other", positionOf("Vesicles from follicles whose oocytes developed were richer in RNA.", "oocytes"));
        assertEquals("other", positionOf("The vesicles were given to cementoblasts in culture.", "cementoblasts"));
        assertFalse("of-phrase".equals(positionOf("Exosomes of MSCs reached the melanocytes.", "melanocytes")));
    }
}
