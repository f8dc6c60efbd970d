package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch anaphors10, issue 15) A bare plural vesicle subject with only participles, routes or adjectives before it
 * ("Inhaled exosomes reduced ...") in a sentence of past findings, in a text about one source-qualified preparation, is
 * that preparation and keeps its qualifier (convention c), also where no chain of mentions reaches it. Near neighbours
 * stay general: a present-tense statement, a background section, a cue of the kind in general, a text of two sources.
 * Invented texts.
 */
class BarePluralPreparationTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        return TestSupport.claimsOfText(dir, text, words);
    }

    /** A text about milk exosomes whose Results hold a general sentence, then {@code finding}. */
    private static String milkText(String finding) {
        return "A study in arthritic mice\n\nAbstract\n\nExosomes from bovine milk carried microRNAs and reduced collagen-induced "
                + "arthritis.\n\nResults\n\nExosomes are known carriers of RNA. " + finding + "\n";
    }

    @Test
    void aParticipleOpeningInAPastFindingTakesTheStudiedPreparation() throws Exception {
        List<String> c = claimsOf(milkText("Orally administered exosomes carried microRNAs into the joints."), "Orally administered");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Exosome[BovineMilk]") && x.contains(" carries MicroRNA")), c.toString());
    }

    @Test
    void anAdjectiveOpeningAfterATimePhraseTakesTheStudiedPreparation() throws Exception {
        List<String> c = claimsOf(milkText("After six weeks, labelled exosomes were found in the inflamed joints of arthritic mice."),
                "After six weeks");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Exosome[BovineMilk]")), c.toString());
    }

    @Test
    void aPresentTenseStatementStaysGeneral() throws Exception {
        List<String> c = claimsOf(milkText("Orally administered exosomes carry microRNAs into the joints."), "Orally administered");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Exosome carries MicroRNA")), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.contains("Milk]")), c.toString());
    }

    @Test
    void aCueOfTheKindInGeneralKeepsItGeneral() throws Exception {
        List<String> c = claimsOf(milkText("Orally administered exosomes typically carried microRNAs into the joints."),
                "Orally administered");
        assertTrue(c.stream().noneMatch(x -> x.contains("Milk]")), c.toString());
    }

    @Test
    void aBackgroundSectionKeepsItGeneral() throws Exception {
        String text = "A study in arthritic mice\n\nAbstract\n\nExosomes from bovine milk carried microRNAs and reduced "
                + "collagen-induced arthritis.\n\nBackground\n\nExosomes are known carriers of RNA. "
                + "Orally administered exosomes carried microRNAs into the joints.\n";
        List<String> c = claimsOf(text, "Orally administered");
        assertTrue(c.stream().noneMatch(x -> x.contains("Milk]")), c.toString());
    }

    @Test
    void aTextOfTwoSourcesKeepsItGeneral() throws Exception {
        String text = "A study in arthritic mice\n\nAbstract\n\nExosomes from bovine milk and exosomes from human plasma carried microRNAs and reduced "
                + "arthritis in mice.\n\nResults\n\nExosomes are known carriers of RNA. "
                + "Orally administered exosomes carried microRNAs into the joints.\n";
        List<String> c = claimsOf(text, "Orally administered");
        assertTrue(c.stream().noneMatch(x -> x.contains("Milk]") || x.contains("Plasma]")), c.toString());
    }

    @Test
    void aSubjectAfterADeterminerOrQuantifierIsNotABarePlural() throws Exception {
        List<String> c = claimsOf(milkText("Most exosomes carried microRNAs into the joints."), "Most exosomes");
        assertTrue(c.stream().noneMatch(x -> x.contains("Milk]")), c.toString());
    }

    @Test
    void anOrdinalOpeningKeepsThePreparation() throws Exception {
        List<String> c = claimsOf(milkText("Third, orally administered exosomes carried microRNAs into the joints."),
                "Third, orally");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Exosome[BovineMilk]") && x.contains(" carries MicroRNA")), c.toString());
    }

    @Test
    void aContrastBeforeTheSubjectMakesItAComparison() throws Exception {
        List<String> c = claimsOf(milkText("Unlike free microRNAs, orally administered exosomes carried microRNAs into the joints."),
                "Unlike free");
        assertTrue(c.stream().noneMatch(x -> x.contains("Milk]")), c.toString());
    }

    /** (branch anaphors11) An abstract whose sentence naming the preparation is {@code opening}, then a bare-plural finding. */
    private static String openedBy(String opening) {
        return "A study in arthritic mice\n\nAbstract\n\n" + opening + "\n\nResults\n\nExosomes are known carriers of RNA. "
                + "Orally administered exosomes carried microRNAs into the joints.\n";
    }

    @Test
    void aDenialOfAnotherSubjectInThePreparationsSentenceKeepsThePreparation() throws Exception {
        List<String> c = claimsOf(openedBy("Exosomes from bovine milk carried microRNAs and reduced collagen-induced arthritis, "
                + "but we did not measure cytokines in the serum."), "Orally administered");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Exosome[BovineMilk]") && x.contains(" carries MicroRNA")), c.toString());
    }

    @Test
    void aPreparationDeniedInItsOwnClauseIsAControlArm() throws Exception {
        List<String> c = claimsOf(openedBy("Exosomes from bovine milk did not reduce collagen-induced arthritis in mice."),
                "Orally administered");
        assertTrue(c.stream().noneMatch(x -> x.contains("Milk]") && x.contains(" carries MicroRNA")), c.toString());
    }
}
