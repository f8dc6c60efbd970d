package org.exokg.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** NLP4J's parse as ExoKG reads it: offsets in the document, heads, labels; the same trees from several threads. */
class SentenceParserTest {

    private static final String TEXT = "Title line. Exosomes are secreted by microglia and carry cytokines.";

    @Test
    void tokensCarryDocumentOffsetsHeadsAndLabels() {
        int start = TEXT.indexOf("Exosomes");
        DependencyParse p = SentenceParser.english().parse(TEXT, start, TEXT.length());
        for (Token t : p.tokens()) {
            assertEquals(t.form(), TEXT.substring(t.start(), t.end()), "offsets map back to the text");
        }
        Token secreted = p.headOf(TEXT.indexOf("secreted"), TEXT.indexOf("secreted") + 8);
        assertEquals("secrete", secreted.lemma());
        assertEquals(-1, secreted.head(), "the passive verb is the root");
        Token exosomes = p.headOf(start, start + 8);
        assertEquals("nsubjpass", exosomes.label());
        assertEquals(secreted.index(), exosomes.head());
        Token microglia = p.headOf(TEXT.indexOf("microglia"), TEXT.indexOf("microglia") + 9);
        assertEquals("pobj", microglia.label());
        assertEquals("agent", p.head(microglia).label());
        Token carry = p.headOf(TEXT.indexOf("carry"), TEXT.indexOf("carry") + 5);
        assertEquals("conj", carry.label());
        assertTrue(p.dominates(secreted, carry));
    }

    @Test
    void aRunLongerThanASentenceIsNotParsed() {
        String run = "word ".repeat(SentenceParser.MAX_TOKENS + 1);
        assertNull(SentenceParser.english().parse(run, 0, run.length()));
    }

    @Test
    void parsesFromSeveralThreadsEqualTheSerialOnes() {
        List<String> sentences = List.of(
                "Exosomes isolated from plasma did not cross the blood-brain barrier or the placenta.",
                "Clinicians are not after whole vesicles but after the RNA they carry.",
                "Both exosomes and ectosomes serve as delivery vehicles for small interfering RNA.",
                "Milk-derived extracellular vesicles were loaded with paclitaxel by sonication.",
                "The compound acts synergistically, not redundantly, with the inhibitor.",
                "Uptake of exosomes from milk by intestinal cells was rapid and saturable.",
                "Exosomes are lipid signalling platforms that reach distant organs.",
                "Tumour-derived exosomes may promote tumour progression, so they should not be used for drug delivery.");
        SentenceParser parser = SentenceParser.english();
        List<String> serial = sentences.stream().map(s -> parser.parse(s, 0, s.length()).toString()).toList();
        for (int round = 0; round < 3; round++) {
            List<String> parallel = IntStream.range(0, sentences.size() * 4).parallel()
                    .mapToObj(i -> sentences.get(i % sentences.size()))
                    .map(s -> parser.parse(s, 0, s.length()).toString()).toList();
            for (int i = 0; i < parallel.size(); i++) {
                assertEquals(serial.get(i % sentences.size()), parallel.get(i), "same tree from any thread");
            }
        }
    }
}
