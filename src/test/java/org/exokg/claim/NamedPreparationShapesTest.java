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
 * Issue 15, names of preparations (branch names3): a name in apposition after the vesicles ("these vesicles, DC-Rexos,
 * ..."), or after "which we call", stands for that preparation with its source in the later sentences; a code glued to
 * the vesicle short form ("Rexos", "NKEVs") spells the source for the source rows of convention b. A capitalised word in
 * apposition that does not say it is vesicles names nothing. Invented sentences, through the real pipeline and ontology.
 */
class NamedPreparationShapesTest {

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    @Test
    void aNameInAppositionAfterTheVesiclesIsThePreparation() throws Exception {
        DocumentExtraction e = extract("We engineered natural killer cells to display a nanobody on their exosomes and tested "
                + "these vesicles, GP-NKexos, in mice with neuroblastoma. GP-NKexos carried CD63.\n");
        List<String> claims = TestSupport.claimsOf(e, "GP-NKexos carried", false);
        assertTrue(claims.stream().anyMatch(c -> c.matches("\\w*Exosome\\[NaturalKillerCell\\] carries Cd63")), () -> TestSupport.claimsOf(e, "", false).toString());
        // the glued code "NK" spells natural killer cells: the later use has the source row (convention b)
        assertTrue(claims.stream().anyMatch(c -> c.matches("\\w*Exosome derivedFrom NaturalKillerCell")), () -> TestSupport.claimsOf(e, "", false).toString());
    }

    @Test
    void aCodeGluedToTheShortFormSpellsACellTypeWhenNoProducerIsNamed() throws Exception {
        DocumentExtraction e = extract("We modified a lymphoma line to display ovalbumin on its exosomes and studied these vesicles, "
                + "OV-Texos, in mice. OV-Texos carried CD63.\n");
        List<String> claims = TestSupport.claimsOf(e, "OV-Texos carried", false);
        assertTrue(claims.contains("Exosome[TCell] carries Cd63"), () -> TestSupport.claimsOf(e, "", false).toString());
        assertTrue(claims.contains("Exosome derivedFrom TCell"), () -> TestSupport.claimsOf(e, "", false).toString());
        // near neighbour: a glued code that spells no cell type's label gives no source, so no preparation is named
        DocumentExtraction q = extract("We modified a lymphoma line to display ovalbumin on its exosomes and studied these vesicles, "
                + "OV-Qexos, in mice. OV-Qexos carried CD63.\n");
        assertTrue(TestSupport.claimsOf(q, "OV-Qexos carried", false).stream().noneMatch(c -> c.contains("[")),
                () -> TestSupport.claimsOf(q, "", false).toString());
    }

    @Test
    void aNewNameGivenToANamedPreparationIsThatPreparation() throws Exception {
        DocumentExtraction e = extract("Exosomes from dendritic cells (DC-Exos) were studied. Peptide-loaded DC-Exos (OVA7-DCexos) "
                + "were prepared. OVA7-DCexos carried CD63.\n");
        List<String> claims = TestSupport.claimsOf(e, "OVA7-DCexos carried", false);
        assertTrue(claims.contains("Exosome[DendriticCell] carries Cd63"), () -> TestSupport.claimsOf(e, "", false).toString());
    }

    @Test
    void aSentenceThatOnlyUsesANameSpellingTheSourceNamesTheSource() throws Exception {
        DocumentExtraction e = extract("Exosomes from camel milk (CM-Exos) carried CD63. CM-Exos had a mean diameter of 120 nm.\n\n"
                + "Figure 2. Size of CM-Exos. (A) Size by tracking analysis.\n\nThe CM-Exos-treated mice gained weight.\n");
        assertEquals(List.of("Exosome derivedFrom CamelMilk"), TestSupport.claimsOf(e, "mean diameter", false));
        // near neighbours: a figure's title states nothing; a name glued to a participle names the mice
        assertEquals(List.of(), TestSupport.claimsOf(e, "Size of CM-Exos", false));
        assertEquals(List.of(), TestSupport.claimsOf(e, "treated mice", false));
    }

    @Test
    void aNameAfterWhichWeCallIsTheVesiclesTheyReleased() throws Exception {
        DocumentExtraction e = extract("We transfected dendritic cells with a plasmid and collected the exosomes they released, "
                + "which we call Qv-201. Qv-201 carried CD63.\n");
        List<String> claims = TestSupport.claimsOf(e, "Qv-201 carried", false);
        assertTrue(claims.stream().anyMatch(c -> c.matches("\\w*Exosome\\[DendriticCell\\] carries Cd63")), () -> TestSupport.claimsOf(e, "", false).toString());
    }

    @Test
    void aCapitalisedWordInAppositionThatSaysNoVesicleNamesNothing() throws Exception {
        DocumentExtraction e = extract("Exosomes from milk were compared with these vesicles, CD63, and with liposomes. "
                + "CD63 was found in the liver.\n");
        List<String> claims = TestSupport.claimsOf(e, "CD63 was found", false);
        assertEquals(List.of(), claims.stream().filter(c -> c.startsWith("Exosome[Milk]")).toList());
    }
}
