package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch anaphors6, issue 15) A later section's "the vesicles" / "the exosomes" take up the one preparation the
 * document's opening named; a text whose opening names two sources leaves them unqualified. Invented texts.
 */
class DocumentPreparationTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        return TestSupport.claimsOfText(dir, text, words);
    }

    @Test
    void aResultsSectionTakesUpTheOnePreparationOfTheSummary() throws Exception {
        String text = "Summary\n\nWe asked whether extracellular vesicles from goat milk could protect the gut. "
                + "Extracellular vesicles from goat milk were given to mice.\n\nResults\n\n"
                + "The vesicles carried CD63 and were taken up by intestinal epithelial cells.\n";
        List<String> c = claimsOf(text, "The vesicles carried");
        assertTrue(c.contains("ExtracellularVesicle[CaprineMilk] carries Cd63"), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.startsWith("ExtracellularVesicle carries")), c.toString());
    }

    @Test
    void aComparisonOfTwoSourcesLeavesALaterSectionsVesiclesUnqualified() throws Exception {
        String text = "Summary\n\nExosomes from goat milk and exosomes from human plasma were "
                + "compared.\n\nResults\n\nThe exosomes carried CD63 and were taken up by intestinal epithelial cells.\n";
        List<String> c = claimsOf(text, "The exosomes carried");
        assertTrue(c.contains("Exosome carries Cd63"), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.contains("Milk]") || x.contains("Plasma]")), c.toString());
    }

    @Test
    void aSectionThatNamesItsOwnVesiclesKeepsThem() throws Exception {
        String text = "Summary\n\nExtracellular vesicles from goat milk were given to mice.\n\nDiscussion\n\n"
                + "Extracellular vesicles from human plasma have been studied too. The vesicles carried CD63.\n";
        List<String> c = claimsOf(text, "The vesicles carried");
        assertTrue(c.contains("ExtracellularVesicle[BloodPlasma] carries Cd63"), c.toString());
    }

    @Test
    void aMethodsSectionsClaimsStayMarkedWithThePreparationTakenUp() throws Exception {
        String text = "Summary\n\nExosomes from goat milk were given to mice.\n\nMethods\n\n"
                + "The exosomes were loaded with curcumin by sonication.\n\nResults\n\n"
                + "The vesicles carried CD63.\n";
        DocumentExtraction e = TestSupport.extractText(dir, text, ".txt");
        Model g = e.graph().model();
        // the Methods sentence is read with the preparation, and its statement is marked, not a plain fact
        assertTrue(g.listStatements(null, g.createProperty(ExoKg.NS + "methodsStatement"), g.createTypedLiteral(true)).hasNext());
        assertTrue(TestSupport.claimsOf(e, "The exosomes were loaded", false).contains("Exosome loadedBy Sonication"));
        assertFalse(g.contains(g.createResource(ExoKg.NS + "Exosome"), g.createProperty(ExoKg.NS + "loadedBy"),
                g.createResource(ExoKg.NS + "Sonication")));
        // the Results section after the Methods still takes up the preparation of the summary
        List<String> c = TestSupport.claimsOf(e, "The vesicles carried", false);
        assertTrue(c.contains("Exosome[CaprineMilk] carries Cd63"), c.toString());
    }
}
