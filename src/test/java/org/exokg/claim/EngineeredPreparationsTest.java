package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, convention z (branch engineered): a vesicle phrase that states a deliberate modification by the researchers
 * (a modification word, a displayed ligand, modified producer cells) names engineered vesicles, keeping their source;
 * its anaphors and the name it defines keep the kind. Loading alone and unmodified controls stay the noun's kind.
 * Invented sentences, through the real pipeline and ontology.
 */
class EngineeredPreparationsTest {

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    @Test
    void ligandDisplayingVesiclesAreEngineeredAndTheirAnaphorsToo() throws Exception {
        DocumentExtraction e = extract("RVG-displaying exosomes carried CD63. "
                + "These vesicles treated Parkinson's disease in mice.\n");
        assertTrue(TestSupport.claimsOf(e, "RVG-displaying", false).stream().allMatch(c -> c.startsWith("EngineeredExosome")),
                () -> e.claims().toString());
        assertTrue(TestSupport.claimsOf(e, "RVG-displaying", false).stream().anyMatch(c -> c.contains("carries")));
        List<String> anaphor = TestSupport.claimsOf(e, "These vesicles", false);
        assertTrue(!anaphor.isEmpty() && anaphor.stream().allMatch(c -> c.startsWith("EngineeredExosome")), anaphor::toString);
    }

    @Test
    void modifiedVesiclesKeepTheirSourceAndLoadedOnesStayExosomes() throws Exception {
        DocumentExtraction modified = extract("Surface-modified milk exosomes carried curcumin.\n");
        assertEquals(List.of("EngineeredExosome derivedFrom Milk", "EngineeredExosome[Milk] carries Curcumin"),
                TestSupport.claimsOf(modified, "Surface-modified", false));
        DocumentExtraction loaded = extract("Doxorubicin-loaded exosomes reduced tumour growth in mice.\n");
        assertTrue(TestSupport.claimsOf(loaded, "Doxorubicin-loaded", false).stream().noneMatch(c -> c.contains("Engineered")),
                () -> TestSupport.claimsOf(loaded, "Doxorubicin-loaded", false).toString());
        DocumentExtraction control = extract("Unmodified exosomes carried CD63.\n");
        assertEquals(List.of("Exosome carries Cd63"), TestSupport.claimsOf(control, "Unmodified exosomes", false));
    }

    @Test
    void vesiclesOfTransfectedCellsAreEngineered() throws Exception {
        DocumentExtraction e = extract("Exosomes from transfected HEK293 cells carried CD63.\n");
        // the kind; the cells' qualifier after "transfected" is the scope reading's (not asserted here)
        List<String> claims = TestSupport.claimsOf(e, "transfected", false);
        assertTrue(claims.contains("EngineeredExosome derivedFrom HEK293Cell")
                && claims.stream().anyMatch(c -> c.startsWith("EngineeredExosome") && c.contains("carries Cd63")), claims::toString);
    }

    @Test
    void aClauseOfModificationNamesEngineeredVesiclesAndTheirName() throws Exception {
        // (branch engineered2) invented: the modification is a clause before the vesicles; the name given after keeps it
        DocumentExtraction e = extract("We coupled a bone-homing aptamer to exosomes from mesenchymal stem cells. "
                + "These Apt-Exos treated osteoporosis in mice.\n");
        List<String> named = TestSupport.claimsOf(e, "Apt-Exos", false);
        assertTrue(!named.isEmpty() && named.stream().allMatch(c -> c.startsWith("EngineeredExosome")), () -> e.claims().toString());
        // a clause that modifies something else, with no subject or auxiliary before the verb, leaves the vesicles alone
        DocumentExtraction plain = extract("Coupled to imaging, exosomes from mesenchymal stem cells treated osteoporosis in mice.\n");
        List<String> plainClaims = TestSupport.claimsOf(plain, "exosomes from", false);
        assertTrue(!plainClaims.isEmpty() && plainClaims.stream().allMatch(c -> c.startsWith("Exosome")),
                () -> plain.claims().toString());
    }

    @Test
    void aLigandNamingTheVesiclesMakesThemEngineeredAndLoadingAloneDoesNot() throws Exception {
        // (branch engineered3) invented: the ligand word before the noun names the preparation ("folate exosomes")
        DocumentExtraction e = extract("Folate exosomes were taken up by ovarian cancer cells.\n");
        List<String> claims = TestSupport.claimsOf(e, "Folate exosomes", false);
        assertTrue(!claims.isEmpty() && claims.stream().allMatch(c -> c.startsWith("EngineeredExosome")), claims::toString);
        DocumentExtraction loaded = extract("Curcumin exosomes were taken up by ovarian cancer cells.\n");
        List<String> loadedClaims = TestSupport.claimsOf(loaded, "Curcumin exosomes", false);
        assertTrue(!loadedClaims.isEmpty() && loadedClaims.stream().noneMatch(c -> c.contains("Engineered")), loadedClaims::toString);
    }

    @Test
    void vesiclesOfCellsModifiedInAClauseBeforeThemAreEngineeredUnlessTheTransfectionIsAControl() throws Exception {
        // (branch engineered3) invented: "their exosomes" of cells the researchers transfected in the same sentence
        DocumentExtraction e = extract("We transfected umbilical cord mesenchymal stem cells with a plasmid encoding BDNF "
                + "and collected their exosomes.\n");
        List<String> claims = TestSupport.claimsOf(e, "their exosomes", false);
        assertTrue(!claims.isEmpty() && claims.stream().allMatch(c -> c.startsWith("EngineeredExosome")), claims::toString);
        DocumentExtraction control = extract("We transfected umbilical cord mesenchymal stem cells with a scrambled siRNA "
                + "and collected their exosomes.\n");
        List<String> controlClaims = TestSupport.claimsOf(control, "their exosomes", false);
        assertTrue(!controlClaims.isEmpty() && controlClaims.stream().allMatch(c -> c.startsWith("Exosome")), controlClaims::toString);
    }

    @Test
    void surfaceDisplayWordingsAreEngineeredAndPlainCargoIsNot() throws Exception {
        // (branch engineered3) invented: "carrying X on their surface", "carrying an aptamer"
        DocumentExtraction e = extract("Our second product, EXO-IL7 (exosomes carrying interleukin-7 on their surface), "
                + "raised T cell counts in mice.\nMilk vesicles carrying an anti-HER2 aptamer reduced tumour growth in mice.\n");
        List<String> surface = TestSupport.claimsOf(e, "on their surface", false);
        assertTrue(!surface.isEmpty() && surface.stream().allMatch(c -> c.startsWith("EngineeredExosome")), surface::toString);
        List<String> aptamer = TestSupport.claimsOf(e, "anti-HER2 aptamer", false);
        assertTrue(aptamer.stream().anyMatch(c -> c.startsWith("EngineeredExosome[Milk]")), aptamer::toString);
        DocumentExtraction plain = extract("Milk vesicles carrying microRNAs reduced tumour growth in mice.\n");
        List<String> plainClaims = TestSupport.claimsOf(plain, "carrying microRNAs", false);
        assertTrue(!plainClaims.isEmpty() && plainClaims.stream().noneMatch(c -> c.contains("Engineered")), plainClaims::toString);
    }

    @Test
    void aPeptideCodeGluedToANameMakesItsUsesEngineered() throws Exception {
        // (branch engineered3) invented: "iRGD-" glued to a defined name; the plain name stays the unmodified preparation
        DocumentExtraction e = extract("Goat milk EVs (GM-EVs) were isolated by ultracentrifugation. "
                + "In the first study, GM-EVs reduced tumour growth in mice. Oral iRGD-GM-EVs slowed tumour growth in rats.\n");
        List<String> glued = TestSupport.claimsOf(e, "iRGD-GM-EVs slowed", false);
        assertTrue(!glued.isEmpty() && glued.stream().allMatch(c -> c.startsWith("EngineeredExosome")), () -> e.claims().toString());
        List<String> plain = TestSupport.claimsOf(e, "first study", false);
        assertTrue(!plain.isEmpty() && plain.stream().noneMatch(c -> c.contains("Engineered")), plain::toString);
    }
}
