package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch anaphors2, issue 15) Subjects without a vesicle word that stand for the vesicles under discussion
 * (topic-preparation.yaml: discourse-subjects, rival-kinds, back-references): read with the preparation's qualifier when
 * the antecedent is clear, and not read when a drug or a liposome competes. Invented texts.
 */
class DiscourseSubjectsTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        return TestSupport.hedgedClaimsOfText(dir, text, words);
    }

    @Test
    void theTreatmentStatesTheSafetyOfTheVesiclesGiven() throws Exception {
        List<String> c = claimsOf("Colitis\n\nExosomes from mesenchymal stem cells were given to mice with colitis. "
                + "The treatment was well tolerated.\n", "The treatment was");
        assertEquals(List.of("Exosome[MesenchymalStemCell] hasProperty LowToxicity"), c);
    }

    @Test
    void treatedAnimalsStateTheSafetyOfTheVesicles() throws Exception {
        List<String> c = claimsOf("Colitis\n\nExosomes from mesenchymal stem cells were given to mice with colitis. "
                + "Treated pups kept their body weight and showed no signs of toxicity.\n", "Treated pups kept");
        assertTrue(c.contains("Exosome[MesenchymalStemCell] hasProperty LowToxicity"), c.toString());
    }

    @Test
    void theTreatmentAfterADrugWasNamedIsNotTheVesicles() throws Exception {
        // the drug named after the vesicles may be what "the treatment" means: nothing is read
        List<String> c = claimsOf("Colitis\n\nExosomes from mesenchymal stem cells were given to mice with colitis. "
                + "A second group received dexamethasone. The treatment was well tolerated.\n", "The treatment was");
        assertEquals(List.of(), c);
        // nor after a liposome as the last carrier named
        List<String> l = claimsOf("Colitis\n\nLiposomes were given to mice with colitis. "
                + "The treatment was well tolerated.\n", "The treatment was");
        assertEquals(List.of(), l);
    }

    @Test
    void aDrugLoadedIntoTheVesiclesDoesNotCompete() throws Exception {
        List<String> c = claimsOf("Colitis\n\nExosomes from mesenchymal stem cells loaded with dexamethasone were given to mice "
                + "with colitis. The treatment was well tolerated.\n", "The treatment was");
        assertEquals(List.of("Exosome[MesenchymalStemCell] hasProperty LowToxicity"), c);
    }

    @Test
    void treatedAnimalsGiveNoCargo() throws Exception {
        List<String> c = claimsOf("Colitis\n\nExosomes from mesenchymal stem cells were given to mice with colitis. "
                + "Treated mice carried microRNAs in the colon.\n", "Treated mice carried");
        assertEquals(List.of(), c);
    }

    @Test
    void theVesiclesOfTheInventionKeepTheSourceTheyWereIntroducedWith() throws Exception {
        List<String> c = claimsOf("Vaccine vesicles\n\n[0012] The invention provides engineered exosomes released by HEK293 cells. "
                + "[0013] The engineered exosomes of the invention are taken up by dendritic cells.\n", "of the invention are");
        assertTrue(c.contains("EngineeredExosome[HEK293Cell] targets DendriticCell"), c.toString());
        assertFalse(c.contains("EngineeredExosome targets DendriticCell"), c.toString());
    }

    @Test
    void vesiclesOfAnotherSourceAfterTheNounStayTheirOwn() throws Exception {
        // "of" with a source is an origin of their own, not a reference back to the preparation
        List<String> c = claimsOf("Vaccine vesicles\n\nThe invention provides engineered exosomes released by HEK293 cells. "
                + "The exosomes of dendritic cells are taken up by T cells.\n", "of dendritic cells are");
        assertFalse(c.stream().anyMatch(x -> x.contains("[HEK293Cell]")), c.toString());
    }

    @Test
    void aDiscourseSubjectNeedsARelationItsEntryLists() {
        String yaml = "carriers: []\nbreaks: []\ndiscourse-subjects:\n  - id: x\n    pattern: 'treated mice'\n"
                + "    relations: [treatz]\n    example: \"Treated mice\"\n";
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> TopicPreparation.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml"));
        assertTrue(e.getMessage().contains("treatz"), e.getMessage());
    }

    /** A defined name with a Unicode hyphen, as the texts write it. */
    private static final String NAMED = "Pig hearts\n\nWe tested UC\u2010Exo, an exosome preparation from umbilical cord mesenchymal "
            + "stem cells, in pigs with infarction.\n\nResults\n\n";

    @Test
    void anAnaphorAfterAUseOfADefinedNameIsThatPreparation() throws Exception {
        List<String> c = claimsOf(NAMED + "UC\u2010Exo reduced infarct size from 31 % to 19 %. "
                + "The exosomes were taken up by endothelial cells.\n", "were taken up by endothelial");
        assertTrue(c.contains("Exosome[MesenchymalStemCell] targets EndothelialCell"), c.toString());
        assertFalse(c.contains("Exosome targets EndothelialCell"), c.toString());
    }

    @Test
    void theNamedPreparationPassesOnAlongTheChainThoughItsSentenceHoldsADenial() throws Exception {
        // "did not cause arrhythmias" is said of the named product, no control arm
        List<String> c = claimsOf(NAMED + "UC\u2010Exo reduced infarct size and did not cause arrhythmias. "
                + "The exosomes penetrated the border zone. The exosomes carried microRNAs.\n", "The exosomes carried");
        assertEquals(List.of("Exosome[MesenchymalStemCell] carries MicroRNA"), c);
    }

    @Test
    void vesiclesOfAnotherSourceAfterTheNameUseAreTheAntecedent() throws Exception {
        List<String> c = claimsOf(NAMED + "UC\u2010Exo reduced infarct size. Exosomes from dermal fibroblasts were taken up by "
                + "macrophages. The exosomes carried microRNAs.\n", "The exosomes carried");
        assertEquals(List.of("Exosome[Fibroblast] carries MicroRNA"), c);
    }

    @Test
    void aSourceStatedByAVerbReachesASentenceWithoutVesiclesOnceAnAnaphorTookItUp() throws Exception {
        List<String> c = claimsOf("Colostrum\n\nColostrum yielded ten times more EVs per litre than mature milk. "
                + "The vesicles carried CD63. Electroporation loaded 18 % of the siRNA.\n", "Electroporation loaded");
        assertTrue(c.contains("ExtracellularVesicle[Colostrum] loadedBy Electroporation"), c.toString());
    }

    @Test
    void aSourceStatedByAVerbAloneReachesNoSentenceWithoutVesicles() throws Exception {
        // no anaphor took the astrocytes up: the yields are the exosomes' in general
        List<String> c = claimsOf("Astrocytes\n\nAstrocytes release only small amounts of exosomes. Yields of the cultures are low.\n",
                "Yields of the cultures");
        assertEquals(List.of("Exosome hasChallenge LowYield"), c);
    }
}
