package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch anaphors3, issue 15) Which vesicles a later anaphor or discourse subject refers back to: not a control arm named
 * after the study's preparation (cues.yaml: controlPreparations; topic-preparation.yaml: control-origins), not a kind a
 * copula predicates of a subject the mention layer reads no vesicle in; and a challenge after a survey of preparations of
 * several sources is read unqualified. Invented texts, each with its neighbour that must
 * keep the older reading.
 */
class AntecedentChoiceTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        return TestSupport.hedgedClaimsOfText(dir, text, words);
    }

    @Test
    void aControlArmWithAControlWordDoesNotTakeTheDiscourseOver() throws Exception {
        List<String> c = claimsOf("Oral siRNA\n\nExosomes from bovine milk loaded with KRAS siRNA lowered KRAS in the tumours. "
                + "Tumour growth was slowed, whereas free siRNA and scrambled siRNA in exosomes had no effect. "
                + "No liver toxicity was observed.\n", "No liver toxicity");
        assertTrue(c.contains("Exosome[BovineMilk] hasProperty LowToxicity"), c.toString());
        assertFalse(c.contains("Exosome hasProperty LowToxicity"), c.toString());
    }

    @Test
    void vesiclesOfAnotherSourceWithoutAControlWordDoTakeItOver() throws Exception {
        List<String> c = claimsOf("Oral siRNA\n\nExosomes from bovine milk loaded with KRAS siRNA lowered KRAS in the tumours. "
                + "Tumour growth was slowed, whereas free siRNA and KRAS siRNA in exosomes from fibroblasts had no effect. "
                + "No liver toxicity was observed.\n", "No liver toxicity");
        assertFalse(c.contains("Exosome[BovineMilk] hasProperty LowToxicity"), c.toString());
    }

    @Test
    void vesiclesFromUntreatedCellsAreAControlArm() throws Exception {
        List<String> c = claimsOf("Infarction\n\nExosomes from hypoxic mesenchymal stem cells reduced infarct size in rats. "
                + "Exosomes from untreated cells had no such effect. The vesicles were taken up by cardiomyocytes.\n",
                "The vesicles were taken up");
        assertTrue(c.contains("Exosome[MesenchymalStemCell] targets Cardiomyocyte"), c.toString());
    }

    @Test
    void vesiclesFromTreatedCellsAreNoControlArm() throws Exception {
        List<String> c = claimsOf("Infarction\n\nExosomes from hypoxic mesenchymal stem cells reduced infarct size in rats. "
                + "Exosomes from dendritic cells had no such effect. The vesicles were taken up by cardiomyocytes.\n",
                "The vesicles were taken up");
        assertFalse(c.contains("Exosome[MesenchymalStemCell] targets Cardiomyocyte"), c.toString());
    }

    @Test
    void aKindPredicatedOfTheVesiclesIsNotTheAntecedent() throws Exception {
        List<String> c = claimsOf("Saliva\n\nExtracellular vesicles from human saliva carried proteases. "
                + "Most of them were small extracellular vesicles of 50 to 150 nm. They were taken up by keratinocytes.\n",
                "They were taken up");
        assertTrue(c.contains("ExtracellularVesicle[Saliva] targets Keratinocyte"), c.toString());
        assertFalse(c.contains("SmallExtracellularVesicle targets Keratinocyte"), c.toString());
    }

    @Test
    void aKindThatIsTheSubjectStaysTheAntecedent() throws Exception {
        List<String> c = claimsOf("Saliva\n\nExtracellular vesicles from human saliva carried proteases. "
                + "Small extracellular vesicles from plasma were studied as well. They were taken up by keratinocytes.\n",
                "They were taken up");
        assertFalse(c.contains("ExtracellularVesicle[Saliva] targets Keratinocyte"), c.toString());
    }

    @Test
    void aChallengeAfterASurveyOfSeveralSourcesIsTheFields() throws Exception {
        List<String> c = claimsOf("Parkinson's disease\n\nExosomes from macrophages protected dopaminergic neurons in mice. "
                + "Exosomes from blood carried dopamine into the striatum. Exosomes from mesenchymal stem cells are also being "
                + "tested. Storage at 4 °C is adequate for a few days only.\n", "Storage at 4");
        // (branch previoussubject) the field's challenge is written with the general term, as the golds of blind 10, 16, 20
        // and 23 write it (switch -Dexokg.noFieldChallengeKind gives "Exosome hasChallenge StorageStability" as before)
        assertTrue(c.contains("ExtracellularVesicle hasChallenge StorageStability"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Exosome[")), c.toString());
    }

    @Test
    void aChallengeAfterOnePreparationKeepsItsSource() throws Exception {
        List<String> c = claimsOf("Parkinson's disease\n\nExosomes from mesenchymal stem cells protected dopaminergic neurons "
                + "in mice. The exosomes carried dopamine into the striatum. Storage at 4 °C is adequate for a few days only.\n",
                "Storage at 4");
        assertTrue(c.contains("Exosome[MesenchymalStemCell] hasChallenge StorageStability"), c.toString());
    }
}
