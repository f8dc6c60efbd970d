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

    @Test
    void fruitNamesAFruitSource() throws Exception {
        List<String> got = claims("Nanovesicles isolated from pomegranate reduced colitis in mice.");
        assertTrue(got.contains("PlantDerivedNanovesicle derivedFrom Fruit"), got.toString());
        List<String> mango = claims("Nanovesicles isolated from mango carried microRNAs.");
        assertTrue(TestSupport.anyContains(mango, "derivedFrom Fruit"), mango.toString());
        // the fruit as a meal of the mice, not the vesicles' source
        List<String> diet = claims("Exosomes from mesenchymal stem cells reduced colitis in mice fed pomegranate.");
        assertTrue(!TestSupport.anyContains(diet, "derivedFrom Fruit") && !TestSupport.anyContains(diet, "PlantDerivedNanovesicle"), diet.toString());
    }

    @Test
    void vegetableAndHerbNamePlantSources() throws Exception {
        List<String> onion = claims("Exosome-like nanoparticles from onion reduced inflammation in mice.");
        assertTrue(TestSupport.anyContains(onion, "derivedFrom PlantStructure"), onion.toString());
        List<String> mint = claims("Nanovesicles isolated from dandelion reduced inflammation in mice.");
        assertTrue(TestSupport.anyContains(mint, "derivedFrom Plant"), mint.toString());
        // a vegetable oil as the vehicle of cell vesicles names no plant source
        List<String> vehicle = claims("Exosomes from dendritic cells were given with corn oil and reduced inflammation.");
        assertTrue(!TestSupport.anyContains(vehicle, "derivedFrom Plant"), vehicle.toString());
    }

    @Test
    void bacteriumAdjectiveNamesABacterialSource() throws Exception {
        List<String> got = claims("Extracellular vesicles of a pneumococcal strain protected mice against pneumonia.");
        assertTrue(TestSupport.anyContains(got, "derivedFrom Bacterium"), got.toString());
        List<String> lacto = claims("Extracellular vesicles released by lactobacilli reduced colitis in mice.");
        assertTrue(TestSupport.anyContains(lacto, "derivedFrom Bacterium"), lacto.toString());
        // the adjective on the disease, not on the vesicles: the stem-cell vesicles keep their own source
        List<String> disease = claims("Exosomes from mesenchymal stem cells reduced staphylococcal pneumonia in mice.");
        assertTrue(!TestSupport.anyContains(disease, "derivedFrom Bacterium") && !TestSupport.anyContains(disease, "[Bacterium]"), disease.toString());
    }
}
