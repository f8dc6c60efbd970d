package org.exokg.claim;

import static org.exokg.TestSupport.claimsOfText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (branch headingclaims; conventions jjjjj, kkkkk): a heading, a label or another work's title with no finite
 * verb gives no claim; a full-sentence heading and a figure title are read as sentences; a direct yes/no question keeps
 * only its derivedFrom claim, and a wh-question, a statement with a question tag and a question embedding "the
 * hypothesis that" are read as before. Invented texts through the whole pipeline, each shape beside its neighbour.
 */
class HeadingsAndYesNoQuestionsTest {

    @TempDir
    Path dir;

    private static final String OPENING = "Annual report of the vesicle unit\n\nThe unit studied several preparations this year.\n\n";

    private static boolean has(List<String> claims, String part) {
        return claims.stream().anyMatch(c -> c.contains(part));
    }

    @Test
    void aHeadingLineWithoutAFiniteVerbGivesNoClaimButTheTextUnderItDoes() throws Exception {
        String text = OPENING + "Bacterial vesicles as vaccines\n\nOuter membrane vesicles of Neisseria meningitidis protected mice "
                + "against infection.\n";
        assertEquals(List.of(), claimsOfText(dir, text, "Bacterial vesicles as vaccines"));
        assertTrue(has(claimsOfText(dir, text, "protected mice"), "derivedFrom"), () -> "the body keeps its claims");
    }

    @Test
    void aFullSentenceHeadingIsReadAsASentence() throws Exception {
        String text = OPENING + "Camel milk holds exosomes rich in microRNA\n\nThe vesicles were isolated by ultracentrifugation.\n";
        assertTrue(has(claimsOfText(dir, text, "Camel milk holds"), "carries MicroRNA"), () -> "a third-singular verb makes it a sentence");
        String phrase = OPENING + "Camel milk exosomes rich in microRNA\n\nThe vesicles were isolated by ultracentrifugation.\n";
        assertEquals(List.of(), claimsOfText(dir, phrase, "Camel milk exosomes rich"), () -> "its noun-phrase neighbour gives none");
        String wh = OPENING + "Why sheep milk vesicles reach the liver\n\nThe vesicles were isolated by ultracentrifugation.\n";
        assertTrue(has(claimsOfText(dir, wh, "Why sheep milk"), "derivedFrom"), () -> "a wh-word opens a clause");
    }

    @Test
    void aFigureTitleWithoutAVerbKeepsItsClaims() throws Exception {
        String text = OPENING + "Figure 2. Camel milk exosomes rich in microRNA\n\nThe exosomes were labelled with a dye.\n";
        assertTrue(has(claimsOfText(dir, text, "Camel milk exosomes rich"), "carries MicroRNA"), () -> "a caption's title is a sentence");
    }

    @Test
    void labelledTitlesAndBibliographyEntriesGiveNoClaim() throws Exception {
        String text = OPENING + "Title: Sheep milk exosomes loaded with siRNA for oral gene silencing\n\n"
                + "1. Vesicles of Lactobacillus reuteri as a postbiotic for colitis (2020). The vesicles reduced colitis in mice.\n\n"
                + "Item 3. Camel milk vesicles (WP4)\n\nCamel milk vesicles carried curcumin into the colon.\n";
        assertEquals(List.of(), claimsOfText(dir, text, "Sheep milk exosomes loaded"));
        assertEquals(List.of(), claimsOfText(dir, text, "as a postbiotic"));
        assertEquals(List.of(), claimsOfText(dir, text, "Camel milk vesicles (WP4)"));
        assertTrue(has(claimsOfText(dir, text, "carried curcumin"), "carries"), () -> "the item's text keeps its claims");
        String dated = OPENING + "Sheep milk exosomes carried siRNA to the liver (2020).\n";
        assertTrue(has(claimsOfText(dir, dated, "carried siRNA"), "carries"), () -> "a dated statement with a verb is read");
    }

    @Test
    void aYesNoQuestionKeepsOnlyItsDerivedFrom() throws Exception {
        String text = OPENING + "Do exosomes from mast cells carry microRNA?\n";
        List<String> claims = claimsOfText(dir, text, "Do exosomes from mast cells");
        assertTrue(has(claims, "derivedFrom MastCell"), () -> "the source stands: " + claims);
        assertTrue(claims.stream().allMatch(c -> c.contains("derivedFrom")), () -> "no content claim: " + claims);
        String labelled = OPENING + "Comment 2.1: Can exosomes from mast cells cross the blood-brain barrier?\n";
        assertTrue(claimsOfText(dir, labelled, "cross the blood-brain").stream().noneMatch(c -> c.contains("crosses")));
    }

    @Test
    void whQuestionsTagQuestionsAndEmbeddedHypothesesAreReadAsBefore() throws Exception {
        String wh = OPENING + "Why do exosomes from mast cells cross the blood-brain barrier?\n";
        assertTrue(has(claimsOfText(dir, wh, "Why do exosomes"), "crosses"), () -> "a wh-question is not settled");
        String tag = OPENING + "Exosomes from mast cells cross the blood-brain barrier, don't they?\n";
        assertTrue(has(claimsOfText(dir, tag, "don't they"), "crosses"), () -> "a statement with a tag keeps its claim");
        String embedded = OPENING + "Do the data support the hypothesis that exosomes from mast cells cross the blood-brain barrier?\n";
        assertTrue(has(claimsOfText(dir, embedded, "support the hypothesis"), "crosses"), () -> "the embedded clause keeps its hedged claim");
    }
}
