package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch barevesicles, issue 15) A bare "vesicles" anywhere in a sentence of a text about extracellular vesicles is
 * the vesicles under discussion, with their preparation; never synaptic, intraluminal or synthetic vesicles, nor the
 * vesicles of the cell's own traffic (bare-vesicles.yaml). Invented texts.
 */
class BareVesiclesAnywhereTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        return TestSupport.hedgedClaimsOfText(dir, text, words);
    }

    @Test
    void loadedVesiclesInANewSectionKeepThePreparationUnderDiscussion() throws Exception {
        List<String> c = claimsOf("Milk vesicles\n\nMilk exosomes were isolated by ultracentrifugation.\n\nResults\n\nIn the mice, "
                + "doxorubicin-loaded vesicles carried CD63.\n", "doxorubicin-loaded vesicles");
        assertTrue(c.contains("Exosome[Milk] carries Cd63"), c.toString());
    }

    @Test
    void vesiclesAfterANamedVesicleInTheSentenceAreThatVesicle() throws Exception {
        // "USC-Exos were cup-shaped vesicles": a predicate, not a second population of the class
        List<String> c = claimsOf("Urine exosomes\n\nUrine exosomes are studied.\n\nResults\n\nThe exosomes were cup-shaped "
                + "vesicles that carried CD63.\n", "cup-shaped");
        assertTrue(c.stream().noneMatch(x -> x.startsWith("ExtracellularVesicle ")), c.toString());
    }

    @Test
    void vesiclesShedByCellsInAVesicleTextAreExtracellularVesicles() throws Exception {
        List<String> c = claimsOf("Vesicles in repair\n\nExtracellular vesicles are studied in wound repair.\n\nResults\n\n"
                + "After the injury, the wound contained many vesicles carrying CD81.\n", "many vesicles");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("ExtracellularVesicle") && x.endsWith("carries Cd81")), c.toString());
    }

    @Test
    void aTextThatNamedNoExtracellularVesiclesReadsNothing() throws Exception {
        List<String> c = claimsOf("Membranes\n\nMembrane lipids were studied. In the mice, doxorubicin-loaded vesicles "
                + "carried CD63.\n", "doxorubicin-loaded vesicles");
        assertTrue(c.stream().noneMatch(x -> x.contains("carries Cd63")), c.toString());
    }

    @Test
    void synapticAndIntraluminalVesiclesAreOtherVesicles() throws Exception {
        String text = "Neuron exosomes\n\nNeuron exosomes carry tau. In the terminal, synaptic vesicles carried CD63. "
                + "Multivesicular bodies fill with vesicles carrying CD81.\n";
        assertTrue(claimsOf(text, "synaptic vesicles").stream().noneMatch(x -> x.contains("carries Cd63")));
        List<String> c = claimsOf(text, "Multivesicular bodies");
        assertTrue(c.stream().noneMatch(x -> x.contains("carries Cd81")), c.toString());
    }

    @Test
    void liposomesAndGiantUnilamellarVesiclesAreOtherVesicles() throws Exception {
        List<String> c = claimsOf("Milk vesicles\n\nMilk exosomes carry CD9. In contrast, giant unilamellar vesicles carried "
                + "CD81.\n", "giant unilamellar");
        assertFalse(c.stream().anyMatch(x -> x.contains("carries Cd81")), c.toString());
    }

    @Test
    void vesicleTraffickingIsNoPopulation() throws Exception {
        List<String> c = claimsOf("Milk vesicles\n\nMilk exosomes carry CD9. Rab27a controls vesicles trafficking to the "
                + "membrane and CD81.\n", "Rab27a");
        assertFalse(c.stream().anyMatch(x -> x.contains("Cd81")), c.toString());
    }

    @Test
    void anExclusionWithoutAnIdIsRefused() {
        String yaml = "other-before:\n  - pattern: 'x'\n    example: 'x'\nother-after: []\nother-sentence: []\n";
        assertThrows(IllegalStateException.class, () -> BareVesicleExclusions.parse(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "bad.yaml"));
    }
}
