package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.document.HyphenCharacters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hyphen characters read alike (issue 15, branch hyphens): a code name or compound written with U+2010, U+2011,
 * U+FE63 or U+FF0D (and, inside a word, U+2012 or U+2212) gives the claims its ASCII spelling gives; the en dash of
 * a range or a pair and a minus sign before a number are no hyphens. Invented texts.
 */
class HyphenSpellingsTest {

    @TempDir
    Path dir;

    private static final String NAMED = "Curcumin inside camel milk EVs (CM-EVs) was protected from degradation in gastric fluid. "
            + "Fluorescently labelled CM-EVs were found in the liver and the tumour. "
            + "Freeze-dried cur-CM-EVs did not aggregate and reduced tumour growth in mice.\n";

    private List<String> claims(String text, String words) throws Exception {
        return TestSupport.claimsOfText(dir, text, words);
    }

    @Test
    void aCodeNameWithAnyHyphenReadsAsItsAsciiSpelling() throws Exception {
        List<String> labelled = claims(NAMED, "labelled");
        List<String> dried = claims(NAMED, "did not aggregate");
        assertTrue(labelled.contains("ExtracellularVesicle[CamelMilk] carries FluorescentDye"), labelled.toString());
        assertTrue(dried.contains("ExtracellularVesicle[CamelMilk] treats Cancer"), dried.toString());
        for (char h : new char[] {'\u2010', '\u2011', '\uFE63', '\uFF0D', '\u2012', '\u2212'}) {
            String text = NAMED.replace('-', h);
            assertEquals(labelled, claims(text, "labelled"), "hyphen U+" + Integer.toHexString(h));
            assertEquals(dried, claims(text, "did not aggregate"), "hyphen U+" + Integer.toHexString(h));
        }
    }

    @Test
    void evidenceQuotesTheOriginalText() throws Exception {
        var e = TestSupport.extractText(dir, NAMED.replace('-', '\u2011'), ".txt");
        assertTrue(e.claims().stream().anyMatch(c -> c.sentence().text().contains("cur\u2011CM\u2011EVs did not")),
                "sentences keep the document's own characters");
    }

    @Test
    void asAsciiKeepsLengthAndLeavesDashesAndMinusSigns() {
        String text = "gem\u2011OM\u2011EVs, blood\u2212brain, 2\u20134 days, EV\u2013liposome, \u221224 mV, CD63\u2212 cells, exo\u00adsomes";
        String ascii = HyphenCharacters.asAscii(text);
        assertEquals(text.length(), ascii.length());
        assertEquals("gem-OM-EVs, blood-brain, 2\u20134 days, EV\u2013liposome, \u221224 mV, CD63\u2212 cells, exo\u00adsomes", ascii);
        String plain = "milk-derived exosomes, 2\u20134 days";
        assertSame(plain, HyphenCharacters.asAscii(plain));
    }

    @Test
    void anEnDashRangeIsNoHyphenAndReadsAsItsWordedRange() throws Exception {
        String range = "Camel milk EVs given at 10\u201320 mg/kg on days 2\u20134 crossed the blood-brain barrier in mice.\n";
        assertSame(range, HyphenCharacters.asAscii(range));
        List<String> dashed = claims(range, "crossed");
        assertTrue(dashed.contains("ExtracellularVesicle[CamelMilk] crosses BloodBrainBarrier"), dashed.toString());
        assertEquals(claims("Camel milk EVs given at 10 to 20 mg/kg on days 2 to 4 crossed the blood-brain barrier in mice.\n",
                "crossed"), dashed);
    }
}
