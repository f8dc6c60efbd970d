package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.exokg.document.Document;
import org.exokg.document.DocumentMetadata;
import org.exokg.document.PlainTextReader;
import org.exokg.document.Sentence;
import org.exokg.document.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * Dialogue layouts in plain text (branch documents3): transcripts, replies to reviewers, quizzes, FAQ pages, consent
 * forms. Speaker turns and repeated form labels: a label that opens two or more lines
 * ("HOST:", "GUEST:", "Response:", "Answer:", "Weaknesses:") is a turn of the discourse under way, not a part of the
 * paper, so its lines stay in the section they continue (the claim side keeps antecedents within a section). A label
 * used once ("Storage:"), and a part of the paper ("Results:") however often it comes, still opens a section; the first
 * turn after a title line opens one as before. One-word answers: a sentence-opening "No." before a word is an answer
 * that ends its sentence ("No. Liposomes are made in a factory."), while "No." before a number stays the abbreviation
 * ("No. 5"). Invented texts; each reading with a near neighbour.
 */
class DialogueLayoutsTest {

    private static List<Sentence> split(String text) {
        Document d = new PlainTextReader().read(Path.of("turns.txt"), text, DocumentMetadata.empty()).get(0);
        return new SentenceSplitter().split(d);
    }

    private static List<String> sections(String text) {
        return split(text).stream().map(Sentence::section).toList();
    }

    private static List<String> sentences(String text) {
        return split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void speakerTurnsAreOneDiscourse() {
        String text = "Radio interview with a vesicle chemist\n\n"
                + "INTERVIEWER: Where do the vesicles in your cream come from?\n\n"
                + "CHEMIST: From grape juice. They are pressed and filtered.\n\n"
                + "INTERVIEWER: Do they reach the deeper skin?\n\n"
                + "CHEMIST: They do not cross the outer layer in our tests.\n";
        assertEquals(List.of("Where do the vesicles in your cream come from?", "From grape juice.", "They are pressed and filtered.",
                "Do they reach the deeper skin?", "They do not cross the outer layer in our tests."), sentences(text));
        // the first turn after the title line opens the section; the later turns go on in it
        assertEquals(List.of("INTERVIEWER", "INTERVIEWER", "INTERVIEWER", "INTERVIEWER", "INTERVIEWER"), sections(text));
    }

    @Test
    void repliesStayWithTheCommentTheyAnswer() {
        String text = "Reply to the referees\n\n"
                + "Point 1: The authors should show that the vesicles carry the siRNA inside.\n\n"
                + "Reply: We added a nuclease protection assay. They do.\n\n"
                + "Point 2: Were the vesicles stable in serum?\n\n"
                + "Reply: They kept their size for a day at 37 °C.\n";
        assertEquals(List.of("Point 1", "Point 1", "Point 1", "Point 2", "Point 2"), sections(text));
    }

    @Test
    void labelsUsedOnceStillOpenSections() {
        // near neighbour: a data sheet's fields, each used once, are parts of the sheet
        String text = "Product sheet\n\n"
                + "Description: Exosomes purified from the milk of goats.\n\n"
                + "Storage: Keep the vials at -80 °C.\n";
        assertEquals(List.of("Description", "Storage"), sections(text));
    }

    @Test
    void partsOfThePaperStaySectionsHoweverOftenTheyCome() {
        // near neighbour: two abstracts in one file, each with its own Results
        String text = "Two meeting abstracts\n\n"
                + "Results: Milk vesicles lowered colitis scores.\n\n"
                + "Conclusions: They may help.\n\n"
                + "Results: Ginger vesicles did not.\n";
        assertEquals(List.of("Results", "Conclusions", "Results"), sections(text));
    }

    @Test
    void oneWordAnswerNoEndsItsSentence() {
        assertEquals(List.of("Are these vesicles liposomes?", "No.", "Liposomes are made in a factory from purified lipids."),
                sentences("Are these vesicles liposomes? No. Liposomes are made in a factory from purified lipids."));
        assertEquals(List.of("No.", "The cream holds no living cells."), sentences("No. The cream holds no living cells."));
    }

    @Test
    void numberAbbreviationStaysInsideItsSentence() {
        // near neighbours: "No." before a number, and inside a sentence
        assertEquals(List.of("No. 5 of the batches carried milk vesicles."), sentences("No. 5 of the batches carried milk vesicles."));
        assertEquals(List.of("Vesicles of lot No. 12 were stable for a year."),
                sentences("Vesicles of lot No. 12 were stable for a year."));
    }

    @Test
    void logLineOpeningWithATimeStaysASentence() {
        // a time or a ratio before a colon is no label: the line is not cut into a section "08" and a sentence "15 ..."
        String text = "Pharmacy log\n\n08:15 Thawed two vials of milk exosomes.\n09:40 Vesicles were loaded with siRNA by electroporation.\n";
        assertEquals(List.of("08:15 Thawed two vials of milk exosomes.", "09:40 Vesicles were loaded with siRNA by electroporation."),
                sentences(text));
        assertEquals(List.of("1:1 mixtures of vesicles and saline were stable for a day."),
                sentences("1:1 mixtures of vesicles and saline were stable for a day.\n"));
        // near neighbour: a label of words before its colon still opens a section
        assertEquals(List.of("Storage"), sections("Storage: Keep the vials at -80 °C.\n"));
    }

    @Test
    void rowsOfATableWrittenAsTextAreUnitsOfTheirOwn() {
        String text = "Batch report\n\nSource | Cargo | Result\nMilk exosomes | curcumin | stable for 6 months\n"
                + "Grapefruit nanovesicles | doxorubicin | aggregated after thawing\n\n"
                + "Source\tCargo\tResult\nPlatelet vesicles\tnone\treduced wound area\n";
        assertEquals(List.of("Source | Cargo | Result", "Milk exosomes | curcumin | stable for 6 months",
                "Grapefruit nanovesicles | doxorubicin | aggregated after thawing", "Source\tCargo\tResult",
                "Platelet vesicles\tnone\treduced wound area"), sentences(text));
        // the tab-separated header is a row, not a section title
        assertEquals(List.of("Batch report", "Batch report", "Batch report", "Batch report", "Batch report"), sections(text));
    }

    @Test
    void oneLineWithABarIsNoTable() {
        // near neighbour: a single line with a bar, wrapped prose around it, stays as it was
        String text = "Vesicles were counted by flow | NTA in every batch and\nthe counts agreed within ten per cent.\n";
        assertEquals(List.of("Vesicles were counted by flow | NTA in every batch and\nthe counts agreed within ten per cent."),
                sentences(text));
    }

    @Test
    void oneLetterQuestionAndAnswerLabels() {
        String text = "Questions from readers\n\nQ: Are milk exosomes safe?\nA: They caused no toxicity in mice.\n"
                + "Q: Do they reach the blood?\nA: Some do.\n";
        assertEquals(List.of("Are milk exosomes safe?", "They caused no toxicity in mice.", "Do they reach the blood?", "Some do."),
                sentences(text));
        assertEquals(List.of("Q", "Q", "Q", "Q"), sections(text));
        // near neighbour: the article "A" opening a sentence is no label
        assertEquals(List.of("A single dose of milk exosomes was given."), sentences("A single dose of milk exosomes was given.\n"));
    }

    @Test
    void bulletsOfBrochuresOpenListItems() {
        String text = "Key points\n▪ Milk exosomes carry microRNAs\n● They survive the stomach\n→ Plant vesicles are cheaper\n";
        assertEquals(List.of("Key points", "Milk exosomes carry microRNAs", "They survive the stomach", "Plant vesicles are cheaper"),
                sentences(text));
        // near neighbour: an arrow inside a line is no bullet
        assertEquals(List.of("Uptake rose → the tumours shrank in every mouse."),
                sentences("Uptake rose → the tumours shrank in every mouse.\n"));
    }

    @Test
    void bracketedLettersAndRomanNumeralsOpenListItems() {
        String text = "The patch has three advantages:\n(a) painless self-application;\n(b) sustained release over 7 days;\n"
                + "(iii) no need for a cold chain.\n";
        assertEquals(List.of("The patch has three advantages:", "painless self-application;", "sustained release over 7 days;",
                "no need for a cold chain."), sentences(text));
        // near neighbour: a capital panel letter of a figure legend stays in its sentence
        assertEquals(List.of("(A) Vesicles labelled with a dye reached the liver."),
                sentences("(A) Vesicles labelled with a dye reached the liver.\n"));
    }

    @Test
    void timedLogEntriesAreUnitsEvenWithoutFullStops() {
        String text = "Compounding log\n\n08:15 thawed two vials of milk exosomes\n09:40 vesicles loaded with siRNA by\n"
                + "electroporation at 400 V\n10:05 EVs aggregated after the pulse\n";
        assertEquals(List.of("08:15 thawed two vials of milk exosomes", "09:40 vesicles loaded with siRNA by\nelectroporation at 400 V",
                "10:05 EVs aggregated after the pulse"), sentences(text));
        // near neighbour: a line opening with a dose, not a time, goes on as before
        assertEquals(List.of("2 mg of vesicles\nwere given daily."), sentences("2 mg of vesicles\nwere given daily.\n"));
    }
}
