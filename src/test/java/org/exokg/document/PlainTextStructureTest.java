package org.exokg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain-text structure across genres (branch documents2): full stops after a one-letter capital, numbered labels,
 * title lines, heading lines in sentence case. Each reading with a near neighbour that must stay as it was.
 */
class PlainTextStructureTest {

    private static Document read(String text) {
        return new PlainTextReader().read(Path.of("note.txt"), text, DocumentMetadata.empty()).get(0);
    }

    private static List<String> sentences(String text) {
        return new SentenceSplitter().split(read(text)).stream().map(Sentence::text).toList();
    }

    private static List<String> sections(String text) {
        return new SentenceSplitter().split(read(text)).stream().map(Sentence::section).toList();
    }

    @Test
    void oneLetterUnitOrNameEndsItsSentence() {
        assertEquals(List.of("Pulses of 300 V.", "Loading doubled."), sentences("Pulses of 300 V. Loading doubled."));
        assertEquals(List.of("Plates were kept at 37 C.", "Uptake rose."), sentences("Plates were kept at 37 C. Uptake rose."));
        assertEquals(List.of("Donors were negative for hepatitis C.", "Their vesicles carried no viral RNA."),
                sentences("Donors were negative for hepatitis C. Their vesicles carried no viral RNA."));
        assertEquals(List.of("Nodules were graded as grade B.", "Vesicles were found in all."),
                sentences("Nodules were graded as grade B. Vesicles were found in all."));
        assertEquals(List.of("Mice received Lumavex-Q.", "Tumours shrank."), sentences("Mice received Lumavex-Q. Tumours shrank."));
        assertEquals(List.of("Free RNA was digested with RNase T.", "Vesicles kept theirs."),
                sentences("Free RNA was digested with RNase T. Vesicles kept theirs."));
    }

    @Test
    void initialsStayInsideTheirSentence() {
        assertEquals(List.of("The vesicles were first described by P. Okafor in 2011."),
                sentences("The vesicles were first described by P. Okafor in 2011."));
        assertEquals(List.of("Mara T. Lindqvist and R. S. Ahn isolated them."),
                sentences("Mara T. Lindqvist and R. S. Ahn isolated them."));
        assertEquals(List.of("M. Osei found vesicles in milk."), sentences("M. Osei found vesicles in milk."));
    }

    @Test
    void numberedLabelOpensItsSentence() {
        assertEquals(List.of("Step 3. Thaw the vials on ice.", "Step 4. Filter the vesicles."),
                sentences("Step 3. Thaw the vials on ice. Step 4. Filter the vesicles."));
        // near neighbour: a sentence that ends in a number before its full stop
        assertEquals(List.of("Vesicles were counted on day 3.", "Counts fell."),
                sentences("Vesicles were counted on day 3. Counts fell."));
    }

    @Test
    void sentenceCaseHeadingAboveItsBodyIsNotGluedToIt() {
        String text = "Shelf life and handling\nKeep the vials frozen. Thawed vesicles clump within a day.\n";
        assertEquals(List.of("Shelf life and handling", "Keep the vials frozen.", "Thawed vesicles clump within a day."),
                sentences(text));
    }

    @Test
    void hardWrappedProseIsNotReadAsHeadings() {
        String text = "Milk vesicles were given by gavage to mice that\ncarried colon tumours, and the tumours shrank by half\n"
                + "within two weeks of the first dose.\n\nThe mice kept their weight over\nthe whole study.\n";
        assertEquals(List.of("Milk vesicles were given by gavage to mice that\ncarried colon tumours, and the tumours shrank by half\n"
                + "within two weeks of the first dose.", "The mice kept their weight over\nthe whole study."), sentences(text));
        // a line ending in a function word is a sentence broken by a line break, not a heading
        assertEquals(List.of("Vesicles were loaded with\nDoxorubicin by sonication in every run."),
                sentences("Vesicles were loaded with\nDoxorubicin by sonication in every run."));
    }

    @Test
    void unpunctuatedLinesAboveUnpunctuatedLinesStayBodyText() {
        String text = "Highlights\n\nVesicles cross the gut lining\nVesicles lower fasting glucose\n\nBoth effects were small.\n";
        assertEquals(List.of("Vesicles cross the gut lining\nVesicles lower fasting glucose", "Both effects were small."),
                sentences(text));
    }

    @Test
    void capitalsHeadingWithAParentheticalIsAHeading() {
        assertEquals(List.of("INTENDED USE (draft)", "Vexa-9 is an exosome preparation for adults."),
                sentences("INTENDED USE (draft)\nVexa-9 is an exosome preparation for adults.\n"));
    }

    @Test
    void numberedHeadingInSentenceCaseIsOneHeadingLine() {
        String text = "Vesicle products keep poorly.\n\nSection 4. How the vesicles are stored and shipped\n\nStore the vesicles at -80 °C. Ship them on dry ice.\n\n"
                + "4.1 Why not at 4 °C\n\nVesicles kept at 4 °C lost half their potency in a week.\n";
        assertEquals(List.of("Vesicle products keep poorly.", "Section 4. How the vesicles are stored and shipped", "Store the vesicles at -80 °C.", "Ship them on dry ice.",
                "4.1 Why not at 4 °C", "Vesicles kept at 4 °C lost half their potency in a week."), sentences(text));
        // near neighbour: a numbered list of short items stays a list of items
        assertEquals(List.of("Vesicles have two advantages.", "Low cost", "High yield"),
                sentences("Vesicles have two advantages.\n\n1. Low cost\n\n2. High yield\n"));
    }

    @Test
    void firstLineTitleIsReadFromItsShape() {
        String question = "Can milk vesicles carry insulin past the stomach?\n\nMilk vesicles survive gastric acid.\n";
        // (branch conventionrules, convention kkk) a first line with a finite verb is the title and also a sentence
        assertEquals(List.of("Can milk vesicles carry insulin past the stomach?", "Milk vesicles survive gastric acid."),
                sentences(question));
        assertEquals(List.of("Milk vesicles survive gastric acid."),
                sentences("Milk vesicles against insulin loss in the stomach\n\nMilk vesicles survive gastric acid.\n"));
        assertEquals("Can milk vesicles carry insulin past the stomach?", read(question).metadata().title());
        String longTitle = "Intra-articular injection of small extracellular vesicles from umbilical cord mesenchymal stromal "
                + "cells in adults with knee osteoarthritis of moderate severity: a randomised double-blind trial\n\n"
                + "Vesicles eased pain.\n";
        assertEquals(List.of("Vesicles eased pain."), sentences(longTitle));
        String titleAndSubtitle = "Vesicle medicines – module 3\nQuestions with answers\n\nWhat are exosomes? Small vesicles.\n";
        assertEquals(List.of("What are exosomes?", "Small vesicles."), sentences(titleAndSubtitle));
        assertEquals(List.of("Questions with answers", "Questions with answers"), sections(titleAndSubtitle));
    }

    @Test
    void unpunctuatedOpeningLinesWithoutATitleMarkStayBodyText() {
        assertEquals(List.of("Vesicles cross the gut lining\nVesicles lower fasting glucose", "Both effects were small."),
                sentences("Vesicles cross the gut lining\nVesicles lower fasting glucose\n\nBoth effects were small.\n"));
    }

    @Test
    void aOneLineTextOrALineOfSentencesIsNoTitle() {
        assertEquals(List.of("Do milk vesicles survive the stomach?"), sentences("Do milk vesicles survive the stomach?\n"));
        assertEquals(List.of("Milk vesicles were tested.", "Do they survive the stomach?", "They do."),
                sentences("Milk vesicles were tested. Do they survive the stomach?\n\nThey do.\n"));
    }

    @Test
    void aLabelAloneOnItsLineStaysALine() {
        assertEquals(List.of("Poster 7.", "Milk vesicles survive the stomach."),
                sentences("Poster 7.\nMilk vesicles survive the stomach.\n"));
    }

    @Test
    void firstLineEndingInAFullStopIsASentence() {
        String text = "Milk vesicles carry insulin past the stomach.\n\nThey survive gastric acid.\n";
        assertEquals(List.of("Milk vesicles carry insulin past the stomach.", "They survive gastric acid."), sentences(text));
        assertNull(read(text).metadata().title());
        // a first line running on into its paragraph is prose, not a title
        assertEquals(List.of("Milk vesicles carry insulin\nand survive gastric acid."),
                sentences("Milk vesicles carry insulin\nand survive gastric acid.\n"));
    }
}
