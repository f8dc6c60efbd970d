package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch scope38: a determiner phrase naming the vesicles by the genus of the source the text named before
 * ("the milk exosomes" after "bovine milk exosomes") keeps the species (conventions qqq, c; GenusPhrases). Invented
 * sentences, none from a gold set, through the real pipeline, with the switch on and off, and the bare look-alike the
 * reading must leave alone.
 */
@ExtendWith(WithoutClaimConfidence.class)
class GenusPhraseSpeciesTest {

    @AfterEach
    void reset() {
        System.clearProperty("exokg.genusPhraseSpecies");
    }

    @TempDir
    Path dir;

    private List<String> claims(String text, String words, boolean on) throws Exception {
        System.setProperty("exokg.genusPhraseSpecies", Boolean.toString(on));
        return TestSupport.claimsOfText(dir, text, words);
    }

    private static final String OPENING = "Exosomes from bovine milk were loaded with paclitaxel and given orally to mice. ";

    @Test
    void theGenusPhraseKeepsTheSpecies() throws Exception {
        String text = OPENING + "The milk exosomes resisted gastric acid and carried the drug to the lungs.\n";
        List<String> off = claims(text, "resisted gastric", false);
        assertTrue(off.stream().anyMatch(c -> c.startsWith("Exosome[Milk] ")), off.toString());
        List<String> on = claims(text, "resisted gastric", true);
        assertTrue(on.stream().anyMatch(c -> c.startsWith("Exosome[BovineMilk] ")), on.toString());
        assertFalse(on.stream().anyMatch(c -> c.startsWith("Exosome[Milk] ")), on.toString());
        // the phrase's own source row stays the genus it names, unqualified (b)
        assertFalse(on.stream().anyMatch(c -> c.contains("derivedFrom BovineMilk")), on.toString());
    }

    @Test
    void aBareGenusPhraseStaysTheGenus() throws Exception {
        // no determiner: "milk exosomes" in general (qqq)
        String text = OPENING + "Milk exosomes resist gastric acid in general.\n";
        List<String> on = claims(text, "resist gastric", true);
        assertFalse(on.stream().anyMatch(c -> c.startsWith("Exosome[BovineMilk] ")), on.toString());
        // "that" after a verb opens a clause: no determiner
        String clause = OPENING + "Another group found that milk exosomes resist gastric acid.\n";
        List<String> that = claims(clause, "resist gastric", true);
        assertFalse(that.stream().anyMatch(c -> c.startsWith("Exosome[BovineMilk] ")), that.toString());
    }
}
