package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Vesicles of this kind" refers back to the preparation under discussion: "of this kind" is no origin phrase, so the
 * anaphor keeps the source its antecedent was named with (convention c; issue 15, branch anaphorqualifiers,
 * topic-preparation.yaml's kind-back-references). Invented texts, each next to a near neighbour: an antecedent of
 * several sources keeps none, and a real origin phrase ("vesicles of macrophages") names vesicles of its own.
 */
class VesiclesOfThisKindTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text, ".txt");
        return TestSupport.claimsOf(e, words, true);
    }

    @Test
    void vesiclesOfThisKindKeepTheirAntecedentsSource() throws Exception {
        List<String> c = claimsOf("Extracellular vesicles released by natural killer cells killed melanoma cells in culture. "
                + "Vesicles of this kind are small enough to enter solid tumours.\n", "small enough");
        assertTrue(c.contains("ExtracellularVesicle[NaturalKillerCell] hasProperty SmallSize"), c.toString());
        assertFalse(c.contains("ExtracellularVesicle hasProperty SmallSize"), c.toString());
    }

    @Test
    void vesiclesOfTheSameTypeAfterAClauseKeepItToo() throws Exception {
        List<String> c = claimsOf("Exosomes from dendritic cells were loaded with siRNA by electroporation. "
                + "The trial was small, and vesicles of the same type carry MHC class II molecules.\n", "MHC class II");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Exosome[DendriticCell] carries")), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Exosome carries")), c.toString());
    }

    @Test
    void anAntecedentOfSeveralSourcesGivesNone() throws Exception {
        List<String> c = claimsOf("Exosomes from macrophages and from dendritic cells were labelled with a dye. "
                + "Vesicles of this kind are small enough to enter solid tumours.\n", "small enough");
        assertFalse(c.stream().anyMatch(x -> x.contains("[")), c.toString());
    }

    @Test
    void aRealOriginPhraseNamesVesiclesOfTheirOwn() throws Exception {
        List<String> c = claimsOf("Extracellular vesicles released by natural killer cells killed melanoma cells in culture. "
                + "Vesicles of macrophages are small enough to enter solid tumours.\n", "small enough");
        assertFalse(c.stream().anyMatch(x -> x.contains("[NaturalKillerCell]")), c.toString());
    }
}
