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
 * (branch subjects3) The source that opens a sentence owns the vesicles a later clause names with a possessive ("so their
 * exosomes could ...") or with a relative clause whose pronoun means it ("the exosomes it contains", "the exosomes they
 * secrete"): every claim of those vesicles keeps the source (convention c), hedged claims included. Invented texts, each
 * next to a near neighbour where the possessive or pronoun may mean something else and no source is given.
 */
class OpeningOwnerSubjectsTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Oral delivery of exosomes.\n\n" + text + "\n", ".txt");
        return TestSupport.claimsOf(e, words, false);
    }

    @Test
    void theOpeningSourceOwnsTheVesiclesOfItsPossessive() throws Exception {
        List<String> c = claimsOf("Induced pluripotent stem cells can be expanded without limit, so their exosomes could reduce "
                + "cardiac fibrosis in patients.", "so their exosomes");
        assertTrue(c.contains("Exosome[InducedPluripotentStemCell] treats CardiovascularDisease"), c.toString());
        assertFalse(c.contains("Exosome treats CardiovascularDisease"), c.toString());
    }

    @Test
    void vesiclesNamedInBetweenLeaveThePossessiveOpen() throws Exception {
        List<String> c = claimsOf("Pluripotent stem cells can be expanded without limit, and tumour cells release exosomes, so "
                + "their vesicles could reduce cardiac fibrosis.", "so their vesicles");
        assertFalse(c.stream().anyMatch(x -> x.contains("[StemCell]") || x.contains("[InducedPluripotentStemCell]")), c.toString());
    }

    @Test
    void aPossessiveAfterASourceInsideTheClauseKeepsNone() throws Exception {
        List<String> c = claimsOf("The clinic used cow milk, and its exosomes carried microRNAs.", "its exosomes carried");
        assertTrue(c.contains("Exosome carries MicroRNA"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("[")), c.toString());
    }

    @Test
    void theFluidThatContainsTheVesiclesIsTheirSource() throws Exception {
        List<String> c = claimsOf("Human milk is eaten every day, and the exosomes it contains reduce colitis in mice.",
                "the exosomes it contains");
        assertTrue(c.contains("Exosome derivedFrom HumanMilk"), c.toString());
        assertTrue(c.contains("Exosome[HumanMilk] treats InflammatoryDisease"), c.toString());
    }

    @Test
    void cellsOpeningTheSentenceReleaseTheVesiclesTheySecrete() throws Exception {
        List<String> c = claimsOf("Oligodendrocytes under inflammatory stress change the exosomes they secrete.",
                "the exosomes they secrete");
        assertTrue(c.contains("Exosome derivedFrom Oligodendrocyte"), c.toString());
    }

    @Test
    void aPronounThatDisagreesWithTheOpeningSourceOrAVerbOfCarryingGivesNoSource() throws Exception {
        List<String> c = claimsOf("Human milk is eaten every day, and the exosomes they contain reduce colitis in mice.",
                "the exosomes they contain");
        assertFalse(c.stream().anyMatch(x -> x.contains("HumanMilk")), c.toString());
        List<String> d = claimsOf("Neurons die in the lesion, and the exosomes they carry reduce colitis in mice.",
                "the exosomes they carry");
        assertFalse(d.stream().anyMatch(x -> x.contains("Neuron")), d.toString());
    }

    @Test
    void theCellsOfAContactClauseReleaseTheVesicles() throws Exception {
        List<String> c = claimsOf("Mesenchymal stem cells were cultured in flasks. Cell therapies are limited by poor engraftment, "
                + "whereas the exosomes these cells secrete might reduce pulmonary fibrosis in mice.", "whereas the exosomes");
        assertTrue(c.contains("Exosome derivedFrom MesenchymalStemCell"), c.toString());
        assertTrue(c.contains("Exosome[MesenchymalStemCell] treats PulmonaryFibrosis"), c.toString());
    }

    @Test
    void aContactClauseThatCarriesNamesNoOrigin() throws Exception {
        List<String> c = claimsOf("Mesenchymal stem cells were cultured in flasks. Cell therapies are limited by poor engraftment, "
                + "whereas the exosomes these cells carry might reduce pulmonary fibrosis in mice.", "whereas the exosomes");
        assertTrue(c.contains("Exosome treats PulmonaryFibrosis"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("MesenchymalStemCell")), c.toString());
    }

    @Test
    void aPossessiveOpeningTheNextSentenceMeansTheSourceThatOpenedTheLastOne() throws Exception {
        List<String> c = claimsOf("Dendritic cells mature in the lymph node. Their exosomes could reduce colitis in mice.", "Their exosomes");
        assertTrue(c.contains("Exosome[DendriticCell] treats InflammatoryDisease"), c.toString());
        List<String> d = claimsOf("Camel milk changes composition during lactation. We reasoned that its exosomes might reduce colitis "
                + "in mice.", "its exosomes");
        assertTrue(d.contains("Exosome[CamelMilk] treats InflammatoryDisease"), d.toString());
    }

    @Test
    void aPossessiveThatDisagreesOrASourceInsideTheLastSentenceGivesNoOwner() throws Exception {
        List<String> c = claimsOf("Dendritic cells mature in the lymph node. Its exosomes could reduce colitis in mice.", "Its exosomes");
        assertTrue(c.contains("Exosome treats InflammatoryDisease"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("[")), c.toString());
        List<String> d = claimsOf("The clinic used camel milk. Its exosomes could reduce colitis in mice.", "Its exosomes");
        assertFalse(d.stream().anyMatch(x -> x.contains("[")), d.toString());
    }
}
