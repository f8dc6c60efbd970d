package org.exokg.claim;

import static org.exokg.TestSupport.extractText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.exokg.document.Document;
import org.exokg.document.DocumentLoader;
import org.exokg.document.SentenceSplitter;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (branch plaintext): a "Label: value" line of a form, a header or a programme whose value ends with no
 * punctuation ("Study number: TX-31", "Session 2: Milk vesicles as carriers") is a unit of its own: the sentence on the
 * next line does not open with it. Its neighbours are read as before: a value running on into the next line (a
 * lower-case line, a value ending in "with"), a line of a hard-wrapped text, a value that ends a sentence. Invented texts.
 */
class FieldLinesTest {

    @TempDir
    Path dir;

    private List<String> sentences(String text) throws Exception {
        Path f = dir.resolve("t" + System.nanoTime() + ".txt");
        Files.writeString(f, text);
        Document d = new DocumentLoader().load(f).get(0);
        return new SentenceSplitter().split(d).stream().map(s -> s.text()).toList();
    }

    private static String holding(List<String> sentences, String part) {
        return sentences.stream().filter(s -> s.contains(part)).findFirst().orElse("(none)");
    }

    @Test
    void fieldsOfAFormAreSentencesOfTheirOwn() throws Exception {
        String text = "Toxicology study summary\n\nStudy number: TX-31\nTest item: QV-2, small extracellular vesicles purified "
                + "from amniotic epithelial cells\nIntended use: liver fibrosis in adults\n\nThe vesicles were well tolerated.\n";
        List<String> s = sentences(text);
        assertEquals("QV-2, small extracellular vesicles purified from amniotic epithelial cells", holding(s, "QV-2").strip()
                .replaceFirst("^Test item:\\s*", ""), () -> "the field stands alone: " + s);
        assertTrue(!holding(s, "QV-2").contains("TX-31") && !holding(s, "QV-2").contains("Intended use"), () -> s.toString());
    }

    @Test
    void aProgrammeLineDoesNotOpenTheSentenceBelowIt() throws Exception {
        String text = "Meeting report\n\nSession 1: Milk vesicles as carriers\nThe first speaker showed that goat milk exosomes "
                + "carried curcumin into colon tumours of mice.\n";
        List<String> s = sentences(text);
        assertTrue(holding(s, "goat milk exosomes").startsWith("The first speaker"), () -> "the sentence opens on its line: " + s);
        DocumentExtraction e = extractText(dir, text, ".txt");
        assertTrue(e.claims().stream().anyMatch(c -> c.sentence().text().startsWith("The first speaker")
                && c.relation().localName().equals("carries")), () -> "the sentence keeps its claim: " + e.claims());
    }

    @Test
    void aValueRunningOnIsOneSentenceWithTheNextLine() throws Exception {
        String lower = "Notes\n\nConclusion: goat milk exosomes loaded with curcumin reduced\ntumour growth in mice.\n";
        assertTrue(holding(sentences(lower), "tumour growth").startsWith("goat milk exosomes"),
                () -> "a lower-case next line continues the value");
        String open = "Notes\n\nSummary: the vesicles were given together with\nDoxorubicin in saline to the mice.\n";
        assertTrue(holding(sentences(open), "Doxorubicin").contains("given together"), () -> "a value ending in a preposition runs on");
        String ended = "Notes\n\nFinding: the vesicles carried curcumin.\nThe mice gained weight.\n";
        assertTrue(holding(sentences(ended), "carried curcumin").contains("carried curcumin"), () -> "a sentence value is read as before");
    }

    @Test
    void aLineOfAHardWrappedTextRunsOn() throws Exception {
        String text = "Notes\n\nIn this pilot the vesicles were prepared from the milk of goats, and they were\n"
                + "loaded with curcumin by sonication before they were given to mice by mouth, and\n"
                + "the mice were followed for two weeks after the last dose of the vesicles given.\n"
                + "Outcome: the tumours of the treated animals were smaller than in mice given\n"
                + "Free curcumin at the same dose over the two weeks of the study.\n";
        List<String> s = sentences(text);
        assertTrue(holding(s, "Free curcumin").contains("smaller than in mice given"), () -> "a long line of a hard-wrapped text is no field: " + s);
    }
}
