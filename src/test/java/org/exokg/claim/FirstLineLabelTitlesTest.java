package org.exokg.claim;

import static org.exokg.TestSupport.claimsOfText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (branch labellines; convention jjjjj): a document's first line "Label: rest" over a blank line is the
 * document's title: with no clause and no closing punctuation its rest gives no claim, while what it names (a product
 * code and its source) still feeds the text below. Its neighbours are read as before: the same line with a verb, a
 * question after the label, a form field lower in the text ("Product: ..."), a first line running on into prose.
 * Invented texts through the whole pipeline.
 */
class FirstLineLabelTitlesTest {

    @TempDir
    Path dir;

    private static boolean has(List<String> claims, String part) {
        return claims.stream().anyMatch(c -> c.contains(part));
    }

    @Test
    void aFirstLineLabelledTitleGivesNoClaim() throws Exception {
        String text = "Year 3 Progress Report: Grapefruit nanovesicles as oral carriers for colon cancer therapy\n\n"
                + "This year we scaled up the isolation.\n";
        assertEquals(List.of(), claimsOfText(dir, text, "Grapefruit nanovesicles as oral"));
        String email = "Subject: Re: Re: HEK293 exosome batches for the siRNA loading\n\nDear all, the batches are ready.\n";
        assertEquals(List.of(), claimsOfText(dir, email, "HEK293 exosome batches"));
        // a noun in -is and a counted noun after a number are no third-singular verbs
        String directory = "Laboratory Test Directory, Haematology: Plasma extracellular vesicle KRAS mutation analysis (test code "
                + "HX-12)\n\nThe test is offered on weekdays.\n";
        assertEquals(List.of(), claimsOfText(dir, directory, "KRAS mutation analysis"));
        String module = "Module Handbook: BIOL2040 Extracellular Vesicles in Health and Therapy (10 credits, second year)\n\n"
                + "The module runs in spring.\n";
        assertEquals(List.of(), claimsOfText(dir, module, "in Health and Therapy"));
    }

    @Test
    void theTitleStillNamesTheProductForTheTextBelow() throws Exception {
        String text = "Medical Information Response: QRX-14 (placental mesenchymal stromal cell small extracellular vesicles) and use "
                + "in hair loss\n\nThank you for your enquiry. In a mouse study, the vesicles promoted hair growth and reduced "
                + "inflammation.\n";
        assertEquals(List.of(), claimsOfText(dir, text, "use in hair loss"));
        List<String> below = claimsOfText(dir, text, "reduced inflammation");
        assertTrue(has(below, "SmallExtracellularVesicle[MesenchymalStemCell] treats"),
                () -> "the vesicles keep the kind and source the title line names: " + below);
    }

    @Test
    void aFirstLineWithAVerbOrAQuestionIsReadAsBefore() throws Exception {
        String verb = "Correction: Extracellular vesicles from adipose mesenchymal stem cells protect against cisplatin nephrotoxicity\n\n"
                + "The dose in Figure 2 was misstated.\n";
        List<String> verbClaims = claimsOfText(dir, verb, "protect against cisplatin");
        assertTrue(has(verbClaims, "derivedFrom MesenchymalStemCell"), () -> "a title with a finite verb is a sentence: " + verbClaims);
        String question = "Point-counterpoint: do dietary camel milk vesicles reach human tissues?\n\nTwo views follow.\n";
        assertTrue(has(claimsOfText(dir, question, "camel milk vesicles reach"), "derivedFrom"),
                () -> "a question after the label keeps its derivedFrom (kkkkk)");
    }

    @Test
    void formFieldsAndRunningLinesKeepTheirClaims() throws Exception {
        String form = "Inspection Report: Site 4\n\nProduct: CBX-5, extracellular vesicles from umbilical cord blood mononuclear cells\n\n"
                + "The site was inspected in May.\n";
        assertTrue(has(claimsOfText(dir, form, "CBX-5, extracellular"), "derivedFrom"), () -> "a form field below the title keeps its rows");
        String prose = "Summary: grapefruit nanovesicles as oral carriers for colon cancer therapy\n"
                + "were tested in mice this year, and they reduced tumour growth.\n";
        assertTrue(!claimsOfText(dir, prose, "grapefruit nanovesicles").isEmpty(), () -> "a first line running on is prose");
    }
}
