package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (branch dev29): a sentence that opens with the vesicles' possessive and a cargo word names their cargo
 * (claim-rules.yaml rule dev29-opening-possessive-names-cargo). Invented sentences, each with a near neighbour that must
 * not give the claim.
 */
// the reading alone: the learned confidence may drop these invented claims (WithoutClaimConfidence)
@ExtendWith(WithoutClaimConfidence.class)
class OpeningPossessiveCargoTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    @Test
    void anOpeningPossessiveBeforeACargoWordNamesTheVesiclesCargo() throws Exception {
        List<String> c = claims("Exosomes were isolated from goat milk by ultracentrifugation. Their microRNA content changed with the season.");
        assertTrue(TestSupport.anyContains(c, "carries MicroRNA"), c.toString());
        List<String> lipids = claims("Nanovesicles were isolated from grapefruit juice. Their natural lipids may favour uptake by tumour cells.");
        assertTrue(TestSupport.anyContains(lipids, "carries Lipid"), lipids.toString());
    }

    @Test
    void thePossessiveOfCellsOrAnotherNounNamesNoVesicleCargo() throws Exception {
        // the previous sentence opens with cells: "Their" is the cells'
        List<String> cells = claims("Mesenchymal stem cells were cultured in hypoxia for two days. Their microRNA content changed.");
        assertTrue(!TestSupport.anyContains(cells, "carries MicroRNA"), cells.toString());
        // a word between the possessive and the cargo: the size, not the cargo, is the subject
        List<String> size = claims("Exosomes were isolated from goat milk by ultracentrifugation. Their size and microRNA content changed with the season.");
        assertTrue(!TestSupport.anyContains(size, "carries MicroRNA"), size.toString());
        // the possessive inside the sentence, after the vesicles' own verb: a storage finding, no cargo reading here
        List<String> kept = claims("Outer membrane vesicles of Shigella were tested in mice. The vesicles kept their size and antigen content for a year.");
        assertTrue(!TestSupport.anyContains(kept, "carries Protein"), kept.toString());
    }
}
