package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (branch anaphors12): trade, regulatory and trial texts name the vesicle preparation by a product noun ("the
 * product", "each lot", "the vaccine", "the eye drops"). In a document that studies one preparation such a noun is that
 * preparation; never a liposome product, a vaccine of another antigen, a vehicle that holds the vesicles, nor in a text
 * with two preparations. Invented texts, through the real pipeline and ontology; each with a near neighbour.
 */
class ProductNounAnaphorsTest {

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    private static final String EYE_DROPS = "Umbilical cord MSC exosomes for dry eye disease\n\nSummary\n\n"
            + "We prepared exosomes from umbilical cord mesenchymal stem cells and gave them as eye drops to patients with dry "
            + "eye disease. The trial enrolled forty patients.\n\nSafety\n\n";

    @Test
    void theProductIsTheStudiedPreparation() throws Exception {
        DocumentExtraction e = extract(EYE_DROPS + "The product was well tolerated and caused no irritation.\n");
        assertTrue(TestSupport.claimsOf(e, "The product was", false).contains("Exosome[MesenchymalStemCell] hasProperty LowToxicity"),
                () -> TestSupport.claimsOf(e, "", false).toString());
        // near neighbour: the product of a liposome text is the liposome, no vesicle preparation
        DocumentExtraction n = extract("Liposomal doxorubicin for ovarian cancer\n\nSummary\n\nLiposomes loaded with doxorubicin "
                + "were given to mice with ovarian cancer. Tumour size was measured weekly.\n\nSafety\n\nThe product was well tolerated and caused no weight loss.\n");
        assertTrue(TestSupport.claimsOf(n, "The product was", false).isEmpty(), () -> TestSupport.claimsOf(n, "", false).toString());
    }

    @Test
    void theEyeDropsAreThePreparationButNotTheVehicleOfNamedVesicles() throws Exception {
        DocumentExtraction e = extract(EYE_DROPS + "The eye drops reduced corneal staining in patients with dry eye disease.\n");
        assertTrue(TestSupport.claimsOf(e, "The eye drops", false).contains("Exosome[MesenchymalStemCell] treats EyeDisease"),
                () -> TestSupport.claimsOf(e, "", false).toString());
        // near neighbour: the sentence names the vesicles itself; the gel is their vehicle
        DocumentExtraction n = extract(EYE_DROPS + "The gel released milk vesicles over five days in patients with dry eye disease.\n");
        assertTrue(TestSupport.claimsOf(n, "The gel released", false).stream().noneMatch(c -> c.contains("MesenchymalStemCell")),
                () -> TestSupport.claimsOf(n, "", false).toString());
    }

    @Test
    void theVaccineIsThePreparationButNotAVaccineOfAnotherAntigen() throws Exception {
        String opening = "Dendritic cell exosomes as a melanoma vaccine\n\nSummary\n\nWe loaded exosomes from dendritic cells with "
                + "melanoma peptides and injected them into mice with melanoma. Tumour size was measured weekly.\n\nResults\n\n";
        DocumentExtraction e = extract(opening + "The vaccine reduced tumour growth in mice with melanoma.\n");
        assertTrue(TestSupport.claimsOf(e, "The vaccine reduced", false).stream().anyMatch(c -> c.startsWith("Exosome") && c.endsWith("treats Melanoma")),
                () -> TestSupport.claimsOf(e, "", false).toString());
        DocumentExtraction n = extract(opening + "The mRNA vaccine reduced tumour growth in mice with melanoma.\n");
        assertTrue(TestSupport.claimsOf(n, "The mRNA vaccine", false).isEmpty(), () -> TestSupport.claimsOf(n, "", false).toString());
    }

    @Test
    void aTextWithTwoPreparationsHasNoProduct() throws Exception {
        DocumentExtraction n = extract("Milk and plasma exosomes for colitis\n\nSummary\n\nWe compared exosomes from bovine milk with "
                + "exosomes from human plasma in mice with colitis. Weight was measured daily.\n\nSafety\n\nThe product was well tolerated and caused no weight loss.\n");
        assertTrue(TestSupport.claimsOf(n, "The product was", false).isEmpty(), () -> TestSupport.claimsOf(n, "", false).toString());
    }

    @Test
    void neitherPreparationIsEachOfTheTwoPreparations() throws Exception {
        String two = "Tear and urine exosomes\n\nResults\n\nExosomes from human tears reduced inflammation in mice with colitis. "
                + "Exosomes from human urine carried microRNAs. ";
        DocumentExtraction e = extract(two + "Neither preparation was toxic to kidney cells.\n");
        java.util.List<String> claims = TestSupport.claimsOf(e, "Neither preparation", false);
        assertTrue(claims.contains("Exosome[TearFluid] hasProperty LowToxicity") && claims.contains("Exosome[Urine] hasProperty LowToxicity"),
                () -> TestSupport.claimsOf(e, "", false).toString());
        // near neighbour: a singular "the preparation" is the last one alone
        DocumentExtraction n = extract(two + "The preparation was not toxic to kidney cells.\n");
        assertTrue(TestSupport.claimsOf(n, "The preparation was", false).stream().noneMatch(c -> c.contains("[TearFluid]")),
                () -> TestSupport.claimsOf(n, "", false).toString());
    }
}
