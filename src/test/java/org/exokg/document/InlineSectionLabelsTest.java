package org.exokg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, branch labelledlines37 (docs/extraction.md, "Section labels inside plain-text lines"): a structured
 * abstract's labels written inside the lines of a plain text ("... is debated. Methods: Plasma EVs were ...") open their
 * sections with {@code -Dexokg.inlineSectionLabels=true}; the sentence after the label keeps its offsets in the source.
 * Invented texts; near neighbours: "Note:", a colon inside a sentence, a title line with a colon.
 */
class InlineSectionLabelsTest {

    private static final String SWITCH = "exokg.inlineSectionLabels";

    @AfterEach
    void restore() {
        System.clearProperty(SWITCH);
    }

    private static List<Sentence> split(String text) {
        Document d = new PlainTextReader().read(Path.of("note.txt"), text, DocumentMetadata.empty()).get(0);
        return new SentenceSplitter().split(d);
    }

    /** "section | sentence" of each sentence, the sentence checked against its offsets in the source. */
    private static List<String> read(String text) {
        return split(text).stream().map(s -> {
            assertEquals(text.substring(s.start(), s.end()), s.text(), "offsets of " + s.text());
            return s.section() + " | " + s.text();
        }).toList();
    }

    private static final String ABSTRACT = "Milk vesicles and colitis\n\n"
            + "Background: Milk vesicles calm the gut. Whether they reach the colon is unknown. Methods: Vesicles were "
            + "isolated from cow milk by ultracentrifugation. Results: The vesicles reduced colitis in mice. "
            + "DESIGN: Mice were randomised. Conclusions: Milk vesicles may treat colitis.\n";

    @Test
    void labelsInsideALineOpenTheirSections() {
        System.setProperty(SWITCH, "true");
        assertEquals(List.of(
                "Background | Milk vesicles calm the gut.",
                "Background | Whether they reach the colon is unknown.",
                "Methods | Vesicles were isolated from cow milk by ultracentrifugation.",
                "Results | The vesicles reduced colitis in mice.",
                "Methods / DESIGN | Mice were randomised.",
                "Conclusions | Milk vesicles may treat colitis."), read(ABSTRACT));
        assertEquals(true, Section.isMethods("Methods / DESIGN"));
    }

    @Test
    void switchOffKeepsTheLabelsInTheSentences() {
        System.setProperty(SWITCH, "false");
        List<String> got = read(ABSTRACT);
        assertEquals("Background | Methods: Vesicles were isolated from cow milk by ultracentrifugation.", got.get(2));
        assertEquals(5, got.size() - 1); // six sentences, all under Background
        System.clearProperty(SWITCH); // off by default
        assertEquals(got, read(ABSTRACT));
    }

    @Test
    void labelAfterAClosingBracketAndOnAWrappedLine() {
        System.setProperty(SWITCH, "true");
        String text = "Exosomes were studied in sepsis (pilot).\nThey were taken from plasma (n = 12). Findings: "
                + "Exosomes\ncarried miR-146a. Interpretation: They may mark sepsis.\n";
        assertEquals(List.of(
                "null | Exosomes were studied in sepsis (pilot).",
                "null | They were taken from plasma (n = 12).",
                "Findings | Exosomes\ncarried miR-146a.",
                "Interpretation | They may mark sepsis."), read(text));
    }

    @Test
    void nearNeighboursStayAsTheyWere() {
        // "Note:" names no part of an abstract; a colon inside a sentence; a title line with a colon; a label not after a
        // sentence end; a label followed by a lower-case word
        String text = "Exosomes in sepsis: a review\n\n"
                + "Exosomes carry two cargoes: microRNAs and proteins. Note: The vesicles were frozen once. "
                + "The results: vesicles rose in sepsis. Results: shown in Table 2 were similar.\n";
        System.setProperty(SWITCH, "false");
        List<String> off = read(text);
        System.setProperty(SWITCH, "true");
        assertEquals(off, read(text));
        assertEquals("Exosomes in sepsis: a review | Note: The vesicles were frozen once.", off.get(1));
    }
}
