package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (issue 15, branch dev32) A fronted setting "In <source>, the vesicles ..." names where the vesicles were found when it
 * is a fluid or tissue ("In saliva, the vesicles were less abundant": derivedFrom Saliva, rule source-setting-of-vesicle),
 * but cells in that place are the experiment's setting, where the vesicles act ("In cultured keratinocytes, the vesicles
 * reduced ..."), not their origin. Invented texts.
 */
class SettingCellsAreNoSourceTest {

    @TempDir
    Path dir;

    private static String study(String sentence) {
        return "Vesicles in two settings\n\nResults\n\nExosomes were isolated from plasma and saliva of ten donors. " + sentence + "\n";
    }

    @Test
    void aFluidInFrontIsWhereTheVesiclesCameFrom() throws Exception {
        List<String> c = TestSupport.hedgedClaimsOfText(dir, study("In saliva, the vesicles were less abundant than in plasma."), "less abundant");
        assertTrue(c.stream().anyMatch(x -> x.endsWith("derivedFrom Saliva")), c.toString());
    }

    @Test
    void culturedCellsInFrontAreNoSource() throws Exception {
        List<String> c = TestSupport.hedgedClaimsOfText(dir,
                study("In cultured keratinocytes, the vesicles reduced the release of interleukin-8 after stimulation."), "cultured keratinocytes");
        assertTrue(c.stream().noneMatch(x -> x.contains("derivedFrom Keratinocyte")), c.toString());
    }

    @Test
    void cellsOfAModelInFrontAreNoSourceEither() throws Exception {
        List<String> c = TestSupport.hedgedClaimsOfText(dir,
                study("In cultured rat cardiomyocytes, the vesicles were taken up within 2 h."), "rat cardiomyocytes");
        assertTrue(c.stream().noneMatch(x -> x.contains("derivedFrom Cardiomyocyte")), c.toString());
    }
}
