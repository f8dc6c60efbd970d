package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch anaphors8, issue 15) A text whose opening carries no section label (a conference abstract's title lines)
 * still names the document's preparation; bare mentions with a participle of how the study gave or kept it ("EVs kept
 * at 4 °C", "inhaled exosomes", "freeze-dried EVs") keep its source. A comparison of two sources stays unqualified.
 * Invented texts.
 */
class OpeningAndParticipleCarriersTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        return TestSupport.claimsOfText(dir, text, words);
    }

    @Test
    void anUnlabelledOpeningNamesThePreparationThatStorageArmsKeep() throws Exception {
        String text = "Poster 12.\nCan goat milk extracellular vesicles be stored for oral delivery?\n\n"
                + "Results: EVs kept at 4 °C lost most of their activity within a week, while frozen EVs were stable.\n";
        List<String> c = claimsOf(text, "EVs kept at");
        assertTrue(c.contains("ExtracellularVesicle[CaprineMilk] hasProperty Stability"), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.startsWith("ExtracellularVesicle hasProperty")), c.toString());
    }

    @Test
    void aRouteParticipleKeepsThePreparationOfTheSentenceBefore() throws Exception {
        String text = "Discussion\n\nIn this study, exosomes from alveolar macrophages reduced lung metastases. "
                + "Inhaled exosomes were taken up by tumour cells in the lung.\n";
        List<String> c = claimsOf(text, "Inhaled exosomes were");
        assertTrue(c.contains("Exosome[Macrophage] targets TumorCell"), c.toString());
    }

    @Test
    void anOpeningThatComparesTwoSourcesLeavesStorageArmsUnqualified() throws Exception {
        String text = "Poster 13.\nAre extracellular vesicles from goat milk and from human plasma equally stable?\n\n"
                + "Results: EVs kept at 4 °C lost most of their activity within a week, while frozen EVs were stable.\n";
        List<String> c = claimsOf(text, "EVs kept at");
        assertTrue(c.contains("ExtracellularVesicle hasProperty Stability"), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.contains("Milk]") || x.contains("Plasma]")), c.toString());
    }

    @Test
    void aRouteParticipleAfterAContrastIsAnotherArm() throws Exception {
        String text = "Discussion\n\nIn this study, exosomes from alveolar macrophages reduced lung metastases. "
                + "Unlike the inhaled vesicles, intravenously injected exosomes from fibroblasts were taken up by hepatocytes.\n";
        List<String> c = claimsOf(text, "intravenously injected");
        assertTrue(c.stream().noneMatch(x -> x.contains("[Macrophage]")), c.toString());
    }

    private static String pubmed(String title, String background, String methods, String results) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>"
                + "<ArticleTitle>" + title + "</ArticleTitle><Abstract>"
                + "<AbstractText Label=\"BACKGROUND\">" + background + "</AbstractText>"
                + "<AbstractText Label=\"METHODS\">" + methods + "</AbstractText>"
                + "<AbstractText Label=\"RESULTS\">" + results + "</AbstractText>"
                + "</Abstract></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>\n";
    }

    @Test
    void aTitleOfOnePreparationOutweighsABackgroundThatSurveysOthers() throws Exception {
        // the background surveys another source: the title's one preparation still decides
        String xml = pubmed("Exosomes from goat milk protect the inflamed gut.", "Exosomes from human plasma carry CD9.",
                "A gel containing 50 µg of exosomes was applied daily.", "The exosomes carried CD63.");
        List<String> c = TestSupport.claimsOf(TestSupport.extractText(dir, xml, ".xml"), "The exosomes carried", false);
        assertTrue(c.contains("Exosome[CaprineMilk] carries Cd63"), c.toString());
    }

    @Test
    void aStructuredAbstractOfTwoSourcesLeavesItsResultsUnqualified() throws Exception {
        String xml = pubmed("Exosomes from goat milk and from human plasma compared in the inflamed gut.", "Colitis is common.",
                "A gel containing 50 µg of exosomes was applied daily.", "The exosomes carried CD63.");
        List<String> c = TestSupport.claimsOf(TestSupport.extractText(dir, xml, ".xml"), "The exosomes carried", false);
        assertTrue(c.contains("Exosome carries Cd63"), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.contains("Milk]") || x.contains("Plasma]")), c.toString());
    }
}
