package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch sourcelexicon (twenty-fourth session): a source named by its common name (a fruit, a vegetable or
 * cereal, a herb) or by an adjective or group name of a bacterium ("pneumococcal", "lactobacilli") is read as that
 * source (ontology block of branch sourcelexicon: narrow synonyms of Fruit, PlantStructure, Plant, Bacterium). Invented
 * sentences, each with a near neighbour in which the same word names no source of the vesicles.
 */
class SourceCommonNameTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    private static boolean any(List<String> got, String part) {
        return got.stream().anyMatch(c -> c.contains(part));
    }

    @Test
    void fruitNamesAFruitSource() throws Exception {
        List<String> got = claims("Nanovesicles isolated from pomegranate reduced colitis in mice.");
        assertTrue(got.contains("PlantDerivedNanovesicle derivedFrom Fruit"), got.toString());
        List<String> mango = claims("Nanovesicles isolated from mango carried microRNAs.");
        assertTrue(any(mango, "derivedFrom Fruit"), mango.toString());
        // the fruit as a meal of the mice, not the vesicles' source
        List<String> diet = claims("Exosomes from mesenchymal stem cells reduced colitis in mice fed pomegranate.");
        assertTrue(!any(diet, "derivedFrom Fruit") && !any(diet, "PlantDerivedNanovesicle"), diet.toString());
    }

    @Test
    void vegetableAndHerbNamePlantSources() throws Exception {
        List<String> onion = claims("Exosome-like nanoparticles from onion reduced inflammation in mice.");
        assertTrue(any(onion, "derivedFrom PlantStructure"), onion.toString());
        List<String> mint = claims("Nanovesicles isolated from dandelion reduced inflammation in mice.");
        assertTrue(any(mint, "derivedFrom Plant"), mint.toString());
        // a vegetable oil as the vehicle of cell vesicles names no plant source
        List<String> vehicle = claims("Exosomes from dendritic cells were given with corn oil and reduced inflammation.");
        assertTrue(!any(vehicle, "derivedFrom Plant"), vehicle.toString());
    }

    @Test
    void bacteriumAdjectiveNamesABacterialSource() throws Exception {
        List<String> got = claims("Extracellular vesicles of a pneumococcal strain protected mice against pneumonia.");
        assertTrue(any(got, "derivedFrom Bacterium"), got.toString());
        List<String> lacto = claims("Extracellular vesicles released by lactobacilli reduced colitis in mice.");
        assertTrue(any(lacto, "derivedFrom Bacterium"), lacto.toString());
        // the adjective on the disease, not on the vesicles: the stem-cell vesicles keep their own source
        List<String> disease = claims("Exosomes from mesenchymal stem cells reduced staphylococcal pneumonia in mice.");
        assertTrue(!any(disease, "derivedFrom Bacterium") && !any(disease, "[Bacterium]"), disease.toString());
    }
}
