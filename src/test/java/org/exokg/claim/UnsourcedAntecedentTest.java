package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch anaphors13, issue 15) An anaphor whose antecedent names no source ("Each vial holds exosome particles. The
 * exosomes carry CD63"): unqualified by default (a general statement's anaphors stay general, as the golds read them);
 * in a text about one product (DocumentPreparation.oneProduct) the preparation the document studies, with its source
 * (the switch that read it in every text, studiedSourceForUnsourcedAntecedent, was removed by branch switchcleanup). An
 * antecedent whose sentence names another source never takes the studied preparation. Invented texts.
 */
class UnsourcedAntecedentTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        return TestSupport.claimsOfText(dir, text, words);
    }

    @Test
    void anAnaphorOfUnsourcedVesiclesTakesTheStudiedPreparationInAOneProductText() throws Exception {
        String text = "Summary\n\nWe asked whether extracellular vesicles from goat milk could protect the gut. "
                + "Extracellular vesicles from goat milk were given to mice.\n\nProduct\n\n"
                + "Each vial holds 10^11 extracellular vesicles in saline. "
                + "The vesicles carry CD63 and were taken up by intestinal epithelial cells.\n";
        List<String> c = claimsOf(text, "The vesicles carry");
        // (branch studied) a text of labelled parts that names goat milk twice and no other source is a text about one
        // product (DocumentPreparation.oneProduct): there the reading holds
        boolean oneProduct = DocumentPreparation.ONE_PRODUCT && ClaimExtractor.ONE_PRODUCT_UNSOURCED_ANTECEDENT;
        assertTrue(c.contains(oneProduct
                ? "ExtracellularVesicle[CaprineMilk] carries Cd63" : "ExtracellularVesicle carries Cd63"), c.toString());
    }

    @Test
    void anAntecedentOfAnotherSourceKeepsItsOwn() throws Exception {
        String text = "Summary\n\nWe asked whether extracellular vesicles from goat milk could protect the gut. "
                + "Extracellular vesicles from goat milk were given to mice.\n\nProduct\n\n"
                + "Each vial holds 10^11 extracellular vesicles from human plasma in saline. "
                + "The vesicles carry CD63 and were taken up by intestinal epithelial cells.\n";
        List<String> c = claimsOf(text, "The vesicles carry");
        assertTrue(c.stream().noneMatch(x -> x.contains("CaprineMilk]")), c.toString());
    }

    @Test
    void aTextOfTwoSourcesLeavesTheAnaphorUnqualified() throws Exception {
        String text = "Summary\n\nExtracellular vesicles from goat milk and from human plasma were compared.\n\nProduct\n\n"
                + "Each vial holds 10^11 extracellular vesicles in saline. "
                + "The vesicles carry CD63 and were taken up by intestinal epithelial cells.\n";
        List<String> c = claimsOf(text, "The vesicles carry");
        assertTrue(c.contains("ExtracellularVesicle carries Cd63"), c.toString());
    }
}
