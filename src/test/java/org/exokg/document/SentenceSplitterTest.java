package org.exokg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        Document d = new PlainTextReader().read(Path.of("t.txt"), text, DocumentMetadata.empty()).get(0);
        List<Sentence> s = splitter.split(d);
        for (Sentence x : s) {
            assertEquals(x.text(), text.substring(x.start(), x.end()), "offsets must index the text exactly");
        }
        return s.stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertEquals(List.of(
                        "Vesicles from several sources, e.g. milk and plants, were tested by Smith et al. in 2020.",
                        "See Fig. 2 and i.e. the table."),
                sentences("Vesicles from several sources, e.g. milk and plants, were tested by Smith et al. in 2020. "
                        + "See Fig. 2 and i.e. the table."));
    }

    @Test
    void decimalsRangesAndPercentagesStayInside() {
        assertEquals(List.of("80–90% of the exosomes had a size of 2.5 nm.", "Yields rose 1.5-fold."),
                sentences("80–90% of the exosomes had a size of 2.5 nm. Yields rose 1.5-fold."));
    }

    @Test
    void citationMarkersAttachToTheirSentence() {
        Document d = new PlainTextReader().read(Path.of("t.txt"),
                "Exosomes carry RNA [1,3]. They cross barriers [2-4]. Sources vary. [5].\nNext one.", DocumentMetadata.empty()).get(0);
        List<Sentence> s = splitter.split(d);
        assertEquals(List.of("Exosomes carry RNA [1,3].", "They cross barriers [2-4].", "Sources vary. [5].", "Next one."),
                s.stream().map(Sentence::text).toList());
        assertEquals(List.of(1, 3), s.get(0).referenceNumbers());
        assertEquals(List.of(2, 3, 4), s.get(1).referenceNumbers());
        assertEquals(List.of(5), s.get(2).referenceNumbers());
    }

    @Test
    void missingSpaceAndMissingFullStopAreRepaired() {
        assertEquals(List.of("They were studied in vivo studies.", "The paper ends here."),
                sentences("They were studied in vivo studies.The paper ends here."));
        assertEquals(List.of("Exosomes treat brain tumors", "However, they are hard to make."),
                sentences("Exosomes treat brain tumors However, they are hard to make."));
    }

    @Test
    void questionAndExclamationMarksEndSentences() {
        assertEquals(List.of("Do exosomes cross the BBB?", "Yes!", "They do."),
                sentences("Do exosomes cross the BBB? Yes! They do."));
    }

    @Test
    void lowercaseAfterFullStopDoesNotSplit() {
        assertEquals(List.of("Values were approx. ten times higher vs. controls."),
                sentences("Values were approx. ten times higher vs. controls."));
    }
}
