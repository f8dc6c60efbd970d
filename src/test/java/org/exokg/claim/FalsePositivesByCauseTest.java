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
        // (branch precision5) a fluid's noun stacked on a cell type names where the cells were taken from, as blind 15's gold
        // reads "vesicles from amniotic fluid stem cells" (derivedFrom StemCell only)
        check("Exosomes from synovial fluid stem cells reduced cartilage loss in rats.\n", "reduced",
                List.of("Exosome derivedFrom StemCell"), List.of("Exosome derivedFrom SynovialFluid"));
        check("Exosomes from synovial fluid reduced cartilage loss in rats.\n", "reduced",
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

    @Test
    void laterMentionsKeepTheKindAndSourceTheVesiclesWereReadAs() throws Exception {
        // a name ending in the vesicle's short form names the preparation, source and all, where it is defined and used
        String named = "We show that extracellular vesicles from Lactobacillus rhamnosus (Lr-EVs), applied to the skin, reduced "
                + "psoriasis lesions in mice.\n\nLr-EVs carried bacterial small RNAs.\n";
        check(named, "reduced", List.of("ExtracellularVesicle[Bacterium] treats Psoriasis"), List.of("ExtracellularVesicle treats Psoriasis"));
        check(named, "carried", List.of("ExtracellularVesicle[Bacterium] carries RNA"), List.of("ExtracellularVesicle carries RNA"));
        // a sentence naming no vesicle is about the vesicles before it as they were read: plant nanovesicles
        check("Ginseng nanovesicles were given orally to mice with colitis. No weight loss or liver toxicity was observed.\n",
                "toxicity", List.of("PlantDerivedNanovesicle[PlantStructure] hasProperty LowToxicity"), List.of("ExtracellularVesicle hasProperty LowToxicity"));
        // near neighbour: vesicles named with no source stay the kind named
        check("Exosomes were given orally to mice with colitis. No weight loss or liver toxicity was observed.\n",
                "toxicity", List.of("Exosome hasProperty LowToxicity"), List.of());
    }
}
