package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch scope38: a body fluid and a cell population stacked on one vesicle noun (docs/extraction.md, "Claims
 * wrong only in their subject's scope"; ScopeReadings.stackedFluidCells). Invented sentences, none from a gold set,
 * through the real pipeline, with the switch on and off, and look-alikes the reading must leave alone.
 */
@ExtendWith(WithoutClaimConfidence.class)
class StackedFluidCellsTest {

    @AfterEach
    void reset() {
        System.clearProperty("exokg.stackedFluidCells");
    }

    @TempDir
    Path dir;

    private List<String> claims(String text, String words, boolean on) throws Exception {
        System.setProperty("exokg.stackedFluidCells", Boolean.toString(on));
        return TestSupport.claimsOfText(dir, text, words);
    }

    @Test
    void cellsBeforeTheFluidAreTheQualifier() throws Exception {
        String text = "Astrocyte-derived serum EVs may serve as a biomarker of Parkinson's disease.\n";
        List<String> off = claims(text, "serum EVs", false);
        assertFalse(off.contains("ExtracellularVesicle[Astrocyte] derivedFrom BloodSerum"), off.toString());
        List<String> on = claims(text, "serum EVs", true);
        assertTrue(on.contains("ExtracellularVesicle[Astrocyte] derivedFrom BloodSerum"), on.toString());
        assertTrue(on.contains("ExtracellularVesicle derivedFrom Astrocyte"), on.toString());
        assertTrue(on.contains("ExtracellularVesicle[Astrocyte] usedFor Biomarker"), on.toString());
        assertFalse(on.stream().anyMatch(c -> c.startsWith("ExtracellularVesicle[BloodSerum]")), on.toString());
    }

    @Test
    void theFluidBeforeTheCellsIsASecondSource() throws Exception {
        String text = "Cerebrospinal fluid astrocyte-derived exosomes carried complement proteins.\n";
        List<String> off = claims(text, "exosomes carried", false);
        assertFalse(off.contains("Exosome[Astrocyte] derivedFrom CerebrospinalFluid"), off.toString());
        List<String> on = claims(text, "exosomes carried", true);
        assertTrue(on.contains("Exosome[Astrocyte] derivedFrom CerebrospinalFluid"), on.toString());
        assertTrue(on.contains("Exosome derivedFrom Astrocyte"), on.toString());
    }

    @Test
    void coordinatedSourcesStayOriginsOfTheirOwn() throws Exception {
        // "and" between the two: two populations, each an origin in general (b), none qualifying the other's row
        String text = "Serum and astrocyte-derived EVs carried complement proteins.\n";
        List<String> on = claims(text, "EVs carried", true);
        assertFalse(on.contains("ExtracellularVesicle[Astrocyte] derivedFrom BloodSerum"), on.toString());
        // two fluids stacked name no cells: nothing changes
        String fluids = "Plasma urine EVs carried albumin.\n";
        assertTrue(claims(fluids, "EVs carried", true).equals(claims(fluids, "EVs carried", false)));
    }
}
