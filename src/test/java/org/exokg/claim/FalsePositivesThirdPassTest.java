package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch precision6 (nineteenth session): general causes of false positives on the late development sets
 * (15-21), each on invented texts (none from a gold set) with a near neighbour that keeps its reading, through the real
 * pipeline and the project ontology.
 */
class FalsePositivesThirdPassTest {

    @TempDir
    Path dir;

    private void check(String text, String words, List<String> expected, List<String> unexpected) throws Exception {
        TestSupport.assertClaimsOfText(dir, text, words, expected, unexpected);
    }

    private static final String TITLE = "Camel milk small extracellular vesicles loaded with curcumin slow tumour growth.\n\n";

    @Test
    void aCodeNameNarrowerThanTheVesiclesItsSourceWasNamedWithKeepsItsOwnKind() throws Exception {
        // "vesicles from camel milk" (EVs) then "CM-sEVs": the name says small EVs, and its uses are small EVs of that milk
        check(TITLE + "Vesicles from camel milk have not been tested as drug carriers.\n\n"
                + "CM-sEVs were isolated from skimmed camel milk. CM-sEVs carried CD63 and TSG101.\n", "CM-sEVs carried",
                List.of("SmallExtracellularVesicle[CamelMilk] carries Cd63"),
                List.of("ExtracellularVesicle[CamelMilk] carries Cd63"));
        // near neighbour: a name of the same kind as those vesicles stays of that kind
        check(TITLE + "Vesicles from camel milk have not been tested as drug carriers.\n\n"
                + "CM-EVs were isolated from skimmed camel milk. CM-EVs carried CD63 and TSG101.\n", "CM-EVs carried",
                List.of("ExtracellularVesicle[CamelMilk] carries Cd63"),
                List.of("SmallExtracellularVesicle[CamelMilk] carries Cd63"));
    }

    @Test
    void vesiclesMadeOrPreparedFromASourceAreThatSourcesVesicles() throws Exception {
        // the vesicles themselves before "prepared/made from": their source, and their claims keep it as qualifier
        check("Results\n\nNanovesicles prepared from ginger slowed the growth of melanoma in mice.\n", "Nanovesicles prepared",
                List.of("PlantDerivedNanovesicle derivedFrom Ginger", "PlantDerivedNanovesicle[Ginger] treats Melanoma"),
                List.of("ExtracellularVesicle treats Melanoma"));
        check("Results\n\nExosomes made from camel milk reduced colitis in mice.\n", "Exosomes made",
                List.of("Exosome derivedFrom CamelMilk", "Exosome[CamelMilk] treats InflammatoryDisease"),
                List.of("Exosome treats InflammatoryDisease"));
        // near neighbour: "made from" of another noun still names that noun's origin, not the vesicles'
        check("Results\n\nExosomes from milk were compared with products made from cultured fibroblasts.\n", "Exosomes from",
                List.of("Exosome derivedFrom Milk"), List.of("Exosome derivedFrom Fibroblast", "Exosome[Milk] derivedFrom Fibroblast"));
    }

    @Test
    void aSourceTheClauseStatesNarrowsTheVesiclesOfItsDerivedFromRow() throws Exception {
        // "grapefruit juice contains nanovesicles": plant nanovesicles, as "grapefruit nanovesicles" are
        check("Results\n\nGrapefruit juice contains nanovesicles.\n", "Grapefruit juice",
                List.of("PlantDerivedNanovesicle derivedFrom Grapefruit"), List.of("ExtracellularVesicle derivedFrom Grapefruit"));
        // near neighbour: a source that names no narrower kind leaves the vesicles as named
        check("Results\n\nMilk contains exosomes.\n", "Milk contains",
                List.of("Exosome derivedFrom Milk"), List.of());
    }

    @Test
    void theVesiclesOwnProducersAreNoStatedSource() throws Exception {
        check("Results\n\nBoth exosomes and microvesicles carry messenger RNA from their parent cells.\n", "Both exosomes",
                List.of("Exosome carries MessengerRNA"), List.of("Exosome derivedFrom Cell", "Microvesicle derivedFrom Cell"));
        check("Results\n\nThe microRNA profile of exosomes differs from that of their parent cell.\n", "The microRNA",
                List.of(), List.of("Exosome derivedFrom Cell"));
        // near neighbour: producer cells the sentence names as the vesicles' origin stay their source
        check("Results\n\nExosomes from parent cells treated with interferon carried PD-L1.\n", "Exosomes from",
                List.of("Exosome derivedFrom Cell"), List.of());
    }
}
