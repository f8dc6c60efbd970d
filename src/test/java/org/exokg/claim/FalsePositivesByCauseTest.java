package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch precision3 (eleventh session): invented sentences (none from a gold set) for the structures this branch
 * reads to remove false positives, each with a near neighbour that keeps its claim, through the real pipeline and the
 * project ontology.
 */
class FalsePositivesByCauseTest {

    @TempDir
    Path dir;

    private void check(String text, String words, List<String> expected, List<String> unexpected) throws Exception {
        TestSupport.assertClaimsOfText(dir, text, words, expected, unexpected);
    }

    @Test
    void aFluidsAdjectiveBeforeCellsNamesTheCellsTissueNotTheFluid() throws Exception {
        // "synovial stem cells" come from the synovium: the vesicles are not from synovial fluid
        check("Exosomes from synovial stem cells reduced cartilage loss in rats.\n", "reduced",
                List.of("Exosome derivedFrom StemCell"), List.of("Exosome derivedFrom SynovialFluid"));
        check("Amniotic epithelial cell exosomes are under study for lung injury in premature infants.\n", "study",
                List.of("Exosome derivedFrom EpithelialCell"), List.of("Exosome derivedFrom AmnioticFluid"));
        // near neighbours: the fluid's noun, or its adjective on the vesicles themselves, is their source
        check("Exosomes from synovial fluid stem cells reduced cartilage loss in rats.\n", "reduced",
                List.of("Exosome derivedFrom SynovialFluid"), List.of());
        check("Synovial exosomes carry inflammatory microRNAs.\n", "carry",
                List.of("Exosome derivedFrom SynovialFluid"), List.of());
    }
}
