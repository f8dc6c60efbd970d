package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch studied, issue 15) A text about one product or preparation (DocumentPreparation.oneProduct: its opening names
 * vesicles of one source, a later sentence names that source again, the text has labelled parts, and no other source is
 * named): its present tense states the product's findings, so a bare plural opening in the present ("Exosomes carry CD81")
 * and an anaphor of vesicles named with no source ("Each vial holds ... exosome particles. The exosomes carry CD63") take
 * the product's source. A review in one run of prose, a text that names a second source, a modal or a cited sentence keep
 * the kind's reading. The expectations follow the switches (-Dexokg.oneProductTexts, -Dexokg.oneProductPresent,
 * -Dexokg.oneProductUnsourcedAntecedent). Invented texts.
 */
class OneProductTextTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        return TestSupport.claimsOfText(dir, text, words);
    }

    private static final boolean PRESENT = DocumentPreparation.ONE_PRODUCT && ClaimExtractor.ONE_PRODUCT_PRESENT;
    private static final boolean UNSOURCED = DocumentPreparation.ONE_PRODUCT && ClaimExtractor.ONE_PRODUCT_UNSOURCED_ANTECEDENT;

    /** A datasheet of one product: labelled parts, the product's source named twice. */
    private static String datasheet(String description, String characterisation) {
        return "Product information\n\nKX-5 is a reference preparation of exosomes from HEK293 cells.\n\n"
                + "Description\n\nExosomes from HEK293 cells were purified by size-exclusion chromatography. " + description + "\n\n"
                + "Characterisation\n\n" + characterisation + "\n";
    }

    @Test
    void aBarePluralInThePresentOfAProductTextIsTheProduct() throws Exception {
        List<String> c = claimsOf(datasheet("Each vial holds 10^11 particles in saline.",
                "Exosomes carry CD81 and TSG101 on their surface."), "Exosomes carry CD81");
        assertTrue(c.contains(PRESENT ? "Exosome[HEK293Cell] carries Cd81" : "Exosome carries Cd81"), c.toString());
    }

    /** A product text whose vial sentence, in a part of its own, names vesicles with no source. */
    private static String vialText(String description) {
        return "Product information\n\nKX-5 is a reference preparation of exosomes from HEK293 cells.\n\n"
                + "Description\n\n" + description + "\n\n"
                + "Composition\n\nEach vial holds 10^11 exosome particles in saline. The exosomes carry CD63.\n";
    }

    @Test
    void anAnaphorOfUnsourcedVesiclesInAProductTextIsTheProduct() throws Exception {
        List<String> c = claimsOf(vialText("Exosomes from HEK293 cells were purified by size-exclusion chromatography."),
                "The exosomes carry CD63");
        assertTrue(c.contains(UNSOURCED ? "Exosome[HEK293Cell] carries Cd63" : "Exosome carries Cd63"), c.toString());
    }

    @Test
    void anAnaphorOfUnsourcedVesiclesAfterTwoSourcesStaysUnqualified() throws Exception {
        List<String> c = claimsOf(vialText("Exosomes from HEK293 cells were purified by size-exclusion chromatography, and "
                + "exosomes from human plasma were purified the same way for comparison."), "The exosomes carry CD63");
        assertTrue(c.contains("Exosome carries Cd63"), c.toString());
    }

    @Test
    void aReviewInOneRunOfProseKeepsTheKindsPresent() throws Exception {
        // the datasheet's sentences with no labelled parts: a review's or essay's present tense
        String text = "KX-5 is a reference preparation of exosomes from HEK293 cells. Exosomes from HEK293 cells were "
                + "purified by size-exclusion chromatography. Each vial holds 10^11 particles in saline. "
                + "Exosomes carry CD81 and TSG101 on their surface.\n";
        List<String> c = claimsOf(text, "Exosomes carry CD81");
        assertTrue(c.contains("Exosome carries Cd81"), c.toString());
    }

    @Test
    void aSecondSourceEndsTheProductText() throws Exception {
        String text = "Product information\n\nKX-5 is a reference preparation of exosomes from HEK293 cells.\n\n"
                + "Description\n\nExosomes from HEK293 cells were purified by size-exclusion chromatography. "
                + "Exosomes from human plasma were purified the same way for comparison.\n\n"
                + "Characterisation\n\nExosomes carry CD81 and TSG101 on their surface.\n";
        List<String> c = claimsOf(text, "Exosomes carry CD81");
        assertTrue(c.contains("Exosome carries Cd81"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("[HEK293Cell]")), c.toString());
    }

    @Test
    void aModalOrACitationKeepsTheKindsReadingInAProductText() throws Exception {
        List<String> modal = claimsOf(datasheet("Each vial holds 10^11 particles in saline.",
                "Exosomes may carry CD81 and TSG101 on their surface."), "Exosomes may carry CD81");
        assertTrue(modal.stream().noneMatch(x -> x.contains("[HEK293Cell]")), modal.toString());
        List<String> cited = claimsOf(datasheet("Each vial holds 10^11 particles in saline.",
                "Exosomes carry CD81 and TSG101 on their surface [3]."), "Exosomes carry CD81");
        assertTrue(cited.contains("Exosome carries Cd81"), cited.toString());
    }
}
