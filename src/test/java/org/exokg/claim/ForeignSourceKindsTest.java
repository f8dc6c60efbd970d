package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch goldconv33 (question h): a plant-defined kind read for "exosome-like nanovesicles" yields to the
 * general kind when the source named is an animal's fluid or secretion, with the switch {@link ForeignSourceKinds#ON}
 * on (restored after each test). Invented sentences, through the real pipeline and ontology.
 */
@ExtendWith(WithoutClaimConfidence.class)
class ForeignSourceKindsTest {

    @TempDir
    Path dir;

    private boolean saved;

    @BeforeEach
    void save() {
        saved = ForeignSourceKinds.ON;
    }

    @AfterEach
    void restore() {
        ForeignSourceKinds.ON = saved;
    }

    private static final String TEXT = "Notes on two supplements\n\n"
            + "The first capsule contains exosome-like nanovesicles from fresh royal jelly of honeybees.\n\n"
            + "The second capsule contains exosome-like nanovesicles from ginger rhizomes.\n";

    @Test
    void aBeeProductsVesiclesAreNoPlantVesicles() throws Exception {
        ForeignSourceKinds.ON = true;
        List<String> bee = TestSupport.relationClaimsOfText(dir, TEXT, "royal jelly", "derivedFrom");
        assertTrue(bee.contains("ExtracellularVesicle RoyalJelly"), bee::toString);
        assertTrue(bee.stream().noneMatch(c -> c.startsWith("PlantDerivedNanovesicle")), bee::toString);
        // a plant's vesicles keep the plant-defined kind
        List<String> plant = TestSupport.relationClaimsOfText(dir, TEXT, "ginger rhizomes", "derivedFrom");
        assertTrue(plant.stream().anyMatch(c -> c.startsWith("PlantDerivedNanovesicle")), plant::toString);
    }

    @Test
    void offTheLexiconsPlantKindStands() throws Exception {
        ForeignSourceKinds.ON = false;
        List<String> bee = TestSupport.relationClaimsOfText(dir, TEXT, "royal jelly", "derivedFrom");
        assertTrue(bee.contains("PlantDerivedNanovesicle RoyalJelly"), bee::toString);
    }
}
