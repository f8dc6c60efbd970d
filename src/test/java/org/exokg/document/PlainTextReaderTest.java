package org.exokg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

    private List<Sentence> read(String text) {
        Document d = new PlainTextReader().read(Path.of("paper.txt"), text, DocumentMetadata.empty()).get(0);
        return new SentenceSplitter().split(d);
    }

    @Test
    void inlineHeadingsStartSectionsAndAreNotSentences() {
        List<Sentence> s = read(" Abstract: Exosomes are vesicles.\n Intoduction:- They carry RNA.\n"
                + "Milk-Derived Exosomes:-. Milk is a source.\nAdvantages of Exosomes[6]:-\n1.  Exosomes are natural.\n"
                + "2. Exosomes cross barriers.\n Figure-1\nMore text here.\n");
        assertEquals(List.of("Exosomes are vesicles.", "They carry RNA.", "Milk is a source.", "Exosomes are natural.",
                "Exosomes cross barriers.", "More text here."), s.stream().map(Sentence::text).toList());
        assertEquals(List.of("Abstract", "Intoduction", "Milk-Derived Exosomes", "Advantages of Exosomes",
                        "Advantages of Exosomes", "Advantages of Exosomes"),
                s.stream().map(Sentence::section).toList());
    }

    @Test
    void markdownHeadingsAndTitleCaseLines() {
        String text = "# Exosomes in Therapy\n\nIntro text is here.\n\n## Methods\nWe isolated exosomes.\n\nResults And Outlook\n"
                + "Exosomes worked.";
        Document d = new PlainTextReader().read(Path.of("paper.md"), text, DocumentMetadata.empty()).get(0);
        assertEquals("Exosomes in Therapy", d.metadata().title());
        List<Sentence> s = new SentenceSplitter().split(d);
        assertEquals(List.of("Exosomes in Therapy", "Methods", "Results And Outlook"),
                s.stream().map(Sentence::section).toList());
    }

    @Test
    void proseWithColonIsNotAHeading() {
        List<Sentence> s = read("The results are as follows: exosomes carry RNA.");
        assertEquals(1, s.size());
        assertNull(s.get(0).section());
    }

    @Test
    void documentIdComesFromTheFileName() {
        Document d = new PlainTextReader().read(Path.of("dir/My Paper_v2.txt"), "Text.", DocumentMetadata.empty()).get(0);
        assertEquals("my-paper-v2", d.id());
    }
}
