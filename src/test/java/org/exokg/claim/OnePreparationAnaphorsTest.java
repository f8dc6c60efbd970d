package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (issue 15, branch preparationanaphors) In a text whose named vesicles carry one source, an anaphor the chain left
 * unqualified ("They also cross the mucus layer" after "OMVs", named with no source) takes that source
 * ({@link TextPreparation}). The near neighbours keep the chain's reading: a text that names a second source, a text whose
 * named vesicles mostly carry none (a general text with one study's source), and a challenge in the present tense (the
 * field's). Invented texts; the reading is applied to the extracted claims here whatever the switch (off by default), so
 * the two must-give tests fail without {@link TextPreparation#resolve}.
 */
class OnePreparationAnaphorsTest {

    @TempDir
    Path dir;

    private static final String ONE_SOURCE = "Extracellular vesicles of Bacteroides fragilis carry polysaccharide A. Extracellular "
            + "vesicles of Bacteroides fragilis protected mice against colitis. Extracellular vesicles of Bacteroides fragilis were "
            + "taken up by dendritic cells. In Gram-negative species these are called outer "
            + "membrane vesicles, or OMVs. OMVs carry enzymes that break down fibre. ";

    /**
     * The claims of the sentence holding {@code words}, with the text's preparation read as the switch
     * -Dexokg.textPreparationAnaphors reads it (on by default; applied here when the switch is off).
     */
    private List<String> claims(String text, String words) throws Exception {
        return TestSupport.claimsWithTextPreparation(dir, text, words);
    }

    @Test
    void anAnaphorInATextOfOneSourceTakesIt() throws Exception {
        List<String> c = claims(ONE_SOURCE + "They also cross the mucus layer and reach the cells lining the gut.", "They also cross");
        String qualified = "BacterialOuterMembraneVesicle[Bacterium] crosses BiologicalBarrier";
        assertTrue(c.contains(qualified), c.toString());
    }

    @Test
    void aChallengeFoundInTheStudyTakesIt() throws Exception {
        List<String> c = claims(ONE_SOURCE + "In our mice, their yield was low.", "In our mice");
        assertTrue(c.contains("BacterialOuterMembraneVesicle[Bacterium] hasChallenge LowYield"), c.toString());
    }

    @Test
    void aChallengeInThePresentTenseStaysTheField() throws Exception {
        List<String> c = claims(ONE_SOURCE + "Their yield is low.", "Their yield is low");
        assertTrue(c.contains("BacterialOuterMembraneVesicle hasChallenge LowYield"), c.toString());
        assertFalse(c.contains("BacterialOuterMembraneVesicle[Bacterium] hasChallenge LowYield"), c.toString());
    }

    @Test
    void aSecondSourceLeavesTheChainsReading() throws Exception {
        List<String> c = claims(ONE_SOURCE + "Exosomes from dendritic cells carried MHC class II molecules. OMVs carry lipids. "
                + "They also cross the mucus layer.", "They also cross");
        assertFalse(c.stream().anyMatch(x -> x.startsWith("BacterialOuterMembraneVesicle[")), c.toString());
    }

    @Test
    void aTextWhoseVesiclesMostlyNameNoSourceLeavesIt() throws Exception {
        List<String> c = claims("Mesenchymal stem cell exosomes carried microRNAs in one study. Exosomes carry proteins and lipids. "
                + "Exosomes are taken up by many cells. In Gram-negative species such vesicles are called outer membrane vesicles, "
                + "or OMVs. OMVs carry enzymes. They also cross the mucus layer.", "They also cross");
        assertTrue(c.contains("BacterialOuterMembraneVesicle crosses BiologicalBarrier"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("[MesenchymalStemCell]")), c.toString());
    }
}
