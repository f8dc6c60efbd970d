package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch dev26 (twenty-fourth session): "whey", a milk fraction, names milk as the vesicles' source (ontology
 * entry of branch dev26: Milk's narrow synonym "whey"). Seen as the source of milk vesicles in development texts of blind
 * 16, 21 and 23 and in blind 26's dairy report. Invented texts, each with a near neighbour that must not give the claim.
 */
class WheyNamesMilkSourceTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    @Test
    void vesiclesFromWheyComeFromMilk() throws Exception {
        List<String> got = claims("Extracellular vesicles isolated from whey reduced diarrhoea in piglets.");
        assertTrue(got.contains("ExtracellularVesicle derivedFrom Milk"), got.toString());
        // the same sentence with a plant juice names no milk
        List<String> juice = claims("Extracellular vesicles isolated from beet juice reduced diarrhoea in piglets.");
        assertTrue(juice.stream().noneMatch(c -> c.contains("Milk")), juice.toString());
    }

    @Test
    void wheyProteinNanoparticlesAreNoMilkVesicles() throws Exception {
        // whey protein particles are no vesicles: no vesicle claim, so no milk source
        List<String> got = claims("Nanoparticles of whey protein reduced diarrhoea in piglets.");
        assertTrue(got.stream().noneMatch(c -> c.contains("derivedFrom Milk")), got.toString());
    }
}
