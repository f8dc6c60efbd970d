package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch vesiclekinds37: the vesicles' kind named by a plant's material between the plant and the head noun
 * ({@code -Dexokg.plantMaterials}, OFF; =true turns it on). "Aloe vera gel nanovesicles" are PlantDerivedNanovesicle of
 * the plant part (gel, sap as part words), "grapefruit juice nanovesicles" keep the plant's class (juice, pulp); near
 * neighbours: "gastric juice", "dental pulp", a lexicon term of its own ("lemon juice"), the material word away from the
 * vesicles. Invented sentences, none from a gold set.
 */
class PlantMaterialsTest {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty("exokg.plantMaterials");
    }

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    @Test
    void aPlantsMaterialBeforeTheVesiclesNamesTheirKind() throws Exception {
        System.setProperty("exokg.plantMaterials", "true");
        List<String> gel = claims("Aloe vera gel nanovesicles protected keratinocytes from ionising radiation.");
        assertTrue(gel.contains("PlantDerivedNanovesicle derivedFrom PlantStructure"), gel.toString());
        assertTrue(TestSupport.anyContains(gel, "PlantDerivedNanovesicle[PlantStructure] targets Keratinocyte"), gel.toString());
        List<String> juice = claims("Grapefruit juice nanovesicles carried folic acid to tumour cells.");
        assertTrue(juice.contains("PlantDerivedNanovesicle derivedFrom Grapefruit"), juice.toString());
        assertTrue(TestSupport.anyContains(juice, "PlantDerivedNanovesicle[Grapefruit] carries FolateLigand"), juice.toString());
        assertFalse(TestSupport.anyContains(juice, "ExtracellularVesicle"), juice.toString());
    }

    @Test
    void nearNeighboursAreUnchanged() throws Exception {
        System.setProperty("exokg.plantMaterials", "true");
        List<String> gastric = claims("Gastric juice vesicles carried pepsinogen.");
        assertFalse(TestSupport.anyContains(gastric, "PlantDerivedNanovesicle"), gastric.toString());
        List<String> pulp = claims("Dental pulp stem cell exosomes carry microRNAs.");
        assertTrue(TestSupport.anyContains(pulp, "Exosome derivedFrom StemCell"), pulp.toString());
        List<String> lemon = claims("Lemon juice vesicles reduced colitis in mice.");
        assertTrue(lemon.contains("PlantDerivedNanovesicle derivedFrom Fruit"), lemon.toString());
        List<String> away = claims("Aloe vera gel was applied, and exosomes from macrophages carried microRNAs.");
        assertFalse(TestSupport.anyContains(away, "PlantDerivedNanovesicle"), away.toString());
    }

    @Test
    void offLeavesTheMaterialOutOfTheSource() throws Exception {
        List<String> gel = claims("Aloe vera gel nanovesicles protected keratinocytes from ionising radiation.");
        assertFalse(TestSupport.anyContains(gel, "PlantDerivedNanovesicle"), gel.toString());
    }
}
