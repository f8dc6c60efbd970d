package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch sourcelexicon (twenty-fourth session): "MVs" in a name whose prefix spells a bacterium named before
 * ("SpMVs" after "Streptococcus pneumoniae") are the bacterium's membrane vesicles, extracellular vesicles qualified by
 * the bacterium, not microvesicles (switch -Dexokg.noBacterialMembraneVesicleNames). The near neighbour: the same name
 * shape spelling a cell keeps the short form's microvesicles. Invented texts.
 */
class BacterialMembraneVesicleNameTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    @Test
    void membraneVesiclesOfABacteriumAreNoMicrovesicles() throws Exception {
        List<String> got = claims("Streptococcus pneumoniae releases membrane vesicles into the culture medium. "
                + "In mice, SpMVs carried pneumolysin.");
        assertTrue(got.stream().anyMatch(c -> c.startsWith("ExtracellularVesicle[Bacterium] carries")), got.toString());
        assertTrue(got.stream().noneMatch(c -> c.startsWith("Microvesicle")), got.toString());
    }

    @Test
    void microvesiclesOfCellsStayMicrovesicles() throws Exception {
        List<String> got = claims("Platelets release membrane vesicles into the plasma. "
                + "In mice, PlMVs carried thrombin.");
        assertTrue(got.stream().anyMatch(c -> c.startsWith("Microvesicle[Platelet] carries")), got.toString());
    }
}
