package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch precisionrules (twenty-sixth session): "circulating" before a vesicle noun names the blood as the
 * vesicles' source only when the words between say no more than their size or kind ("circulating EVs", "circulating
 * small EVs"); "circulating hepatocyte EVs" are vesicles of the named cells, derivedFrom those cells and not Blood
 * (gold convention kkkk; 4 false positives in blind 2, 16 and 26). Invented sentences both ways.
 */
class CirculatingVesiclesOfNamedCellsTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    @Test
    void bareCirculatingVesiclesComeFromBlood() throws Exception {
        List<String> bare = claims("Circulating exosomes carried microRNA-21 in patients with glioma.");
        assertTrue(TestSupport.anyContains(bare, "derivedFrom Blood"), bare.toString());
        List<String> sized = claims("Circulating small EVs carried microRNA-21 in patients with glioma.");
        assertTrue(TestSupport.anyContains(sized, "derivedFrom Blood"), sized.toString());
    }

    @Test
    void circulatingVesiclesOfNamedCellsComeFromThoseCells() throws Exception {
        List<String> neurons = claims("Circulating neuron exosomes carried tau in patients with dementia.");
        assertTrue(TestSupport.anyContains(neurons, "derivedFrom Neuron"), neurons.toString());
        assertFalse(TestSupport.anyContains(neurons, "derivedFrom Blood"), neurons.toString());
        List<String> hepatocytes = claims("Circulating hepatocyte EVs rose in mice fed a high-fat diet.");
        assertTrue(TestSupport.anyContains(hepatocytes, "derivedFrom Hepatocyte"), hepatocytes.toString());
        assertFalse(TestSupport.anyContains(hepatocytes, "derivedFrom Blood"), hepatocytes.toString());
    }
}
