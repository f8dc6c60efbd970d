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
 * An anaphor or discourse subject of source-qualified vesicles keeps the source they were named with (the lead's
 * convention of the eleventh session; issue 15, branch goldconv2). Invented texts, each next to a near neighbour whose
 * antecedent names no source, or several, and so keeps none.
 */
class AnaphorQualifierTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text, ".txt");
        return TestSupport.claimsOf(e, words, true);
    }

    @Test
    void aPronounKeepsTheSourceItsAntecedentWasNamedWith() throws Exception {
        List<String> c = claimsOf("Exosomes from dendritic cells were loaded with siRNA by electroporation. "
                + "They crossed the blood-brain barrier in healthy mice.\n", "They crossed");
        assertTrue(c.contains("Exosome[DendriticCell] crosses BloodBrainBarrier"), c.toString());
        // once: no unqualified twin read by another path
        assertFalse(c.contains("Exosome crosses BloodBrainBarrier"), c.toString());
    }

    @Test
    void aPronounAfterVesiclesWithNoSourceKeepsNone() throws Exception {
        List<String> c = claimsOf("Exosomes were loaded with siRNA by electroporation. "
                + "They crossed the blood-brain barrier in healthy mice.\n", "They crossed");
        assertTrue(c.contains("Exosome crosses BloodBrainBarrier"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("[")), c.toString());
    }

    @Test
    void aNounAnaphorKeepsTheSourceToo() throws Exception {
        List<String> c = claimsOf("Extracellular vesicles isolated from camel milk survived simulated digestion. "
                + "The vesicles were taken up by intestinal epithelial cells.\n", "The vesicles were taken up");
        assertTrue(c.contains("ExtracellularVesicle[CamelMilk] targets EpithelialCell"), c.toString());
        // once: no unqualified twin read by another path
        assertFalse(c.contains("ExtracellularVesicle targets EpithelialCell"), c.toString());
    }

    @Test
    void vesiclesOfTwoCoordinatedSourcesLeaveTheirAnaphorUnqualified() throws Exception {
        List<String> c = claimsOf("Exosomes from macrophages and from dendritic cells were labelled with a dye. "
                + "The vesicles were taken up by neurons.\n", "The vesicles were taken up");
        assertTrue(c.contains("Exosome targets Neuron"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("[")), c.toString());
    }

    @Test
    void aSentenceThatNamesNoVesicleSpeaksOfTheQualifiedOnes() throws Exception {
        List<String> c = claimsOf("Exosomes from natural killer cells killed melanoma cells in culture. "
                + "Their low yield remains a problem.\n", "low yield");
        assertTrue(c.contains("Exosome[NaturalKillerCell] hasChallenge LowYield"), c.toString());
        // once: no unqualified twin read by another path
        assertFalse(c.contains("Exosome hasChallenge LowYield"), c.toString());
    }
}
