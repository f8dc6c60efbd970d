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

    @Test
    void coordinatedSourcesNarrowNoneOfTheirClaims() throws Exception {
        // several releasing sources: the vesicles are of the kind they name, narrowed by none of them
        check("Cabbage, grapefruit and ginger release nanovesicles that resist digestion in the gut.\n", "resist",
                List.of("PlantDerivedNanovesicle hasProperty Stability", "PlantDerivedNanovesicle derivedFrom Grapefruit"),
                List.of("PlantDerivedNanovesicle[Ginger] hasProperty Stability"));
        check("Exosomes from neural stem cells and from dermal fibroblasts carry microRNAs.\n", "carry",
                List.of("Exosome carries MicroRNA", "Exosome derivedFrom Fibroblast"),
                List.of("Exosome[StemCell] carries MicroRNA", "Exosome[StemCell] derivedFrom Fibroblast"));
        // near neighbours: one source narrows; origins written on the vesicle noun narrow each conjunct
        check("Ginger releases nanovesicles that resist digestion in the gut.\n", "resist",
                List.of("PlantDerivedNanovesicle[Ginger] hasProperty Stability"), List.of());
        check("Salivary and urinary extracellular vesicles are non-invasive biomarkers.\n", "biomarkers",
                List.of("ExtracellularVesicle[Saliva] usedFor Biomarker", "ExtracellularVesicle[Urine] usedFor Biomarker"), List.of());
    }
}
