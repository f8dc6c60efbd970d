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
 * (branch topicprep, issue 15) The study's preparation across bare mentions: a source-qualified preparation named with
 * bare mentions after it ("Intravenously injected exosomes ...") keeps its source for the anaphors and definite
 * mentions further on, until another preparation, a contrast or a denial (a control arm) ends the chain. Invented texts.
 */
class TopicPreparationTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text, ".txt");
        return TestSupport.claimsOf(e, words, true);
    }

    @Test
    void anAnaphorAfterABareMentionKeepsThePreparationsSource() throws Exception {
        String text = "Exosomes from dendritic cells were given to mice with colitis. "
                + "Intravenously injected exosomes were cleared by macrophages in the liver. "
                + "Such vesicles could nevertheless be loaded with siRNA by electroporation.\n";
        List<String> c = claimsOf(text, "Such vesicles could");
        assertTrue(c.contains("Exosome[DendriticCell] loadedBy Electroporation (hedged)"), c.toString());
        assertFalse(c.contains("Exosome loadedBy Electroporation (hedged)"), c.toString());
        // (branch anaphors8) the route participle makes the bare mention the preparation too (convention c, as the golds
        // have "intravenously injected exosomes were rapidly cleared" since goldconv10)
        List<String> bare = claimsOf(text, "Intravenously injected");
        assertTrue(bare.contains("Exosome[DendriticCell] hasChallenge RapidClearance"), bare.toString());
    }

    @Test
    void aChainOfDefiniteMentionsKeepsTheSource() throws Exception {
        List<String> c = claimsOf("Exosomes from mesenchymal stem cells were injected into rats after myocardial infarction. "
                + "The exosomes reduced infarct size. Such vesicles also carried microRNAs.\n", "Such vesicles also");
        assertTrue(c.contains("Exosome[MesenchymalStemCell] carries MicroRNA"), c.toString());
        assertFalse(c.contains("Exosome carries MicroRNA"), c.toString());
    }

    @Test
    void aStatementAboutVesiclesInGeneralEndsTheChain() throws Exception {
        List<String> c = claimsOf("Exosomes from dendritic cells were given to mice with colitis. "
                + "In general, exosomes are cleared by macrophages in the liver. "
                + "Such vesicles could nevertheless be loaded with siRNA by electroporation.\n", "Such vesicles could");
        assertTrue(c.contains("Exosome loadedBy Electroporation (hedged)"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("[")), c.toString());
    }

    @Test
    void aPreparationNamedInADenialStartsNoChain() throws Exception {
        List<String> c = claimsOf("Exosomes from dermal fibroblasts did not reduce lesion volume. "
                + "Injected exosomes were cleared by macrophages in the liver. "
                + "Such vesicles could nevertheless be loaded with siRNA by electroporation.\n", "Such vesicles could");
        assertTrue(c.contains("Exosome loadedBy Electroporation (hedged)"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("[")), c.toString());
    }

    // ---- branch chains: chains the verb starts, chains across sections, participles, coordinated sources

    @Test
    void aSourceStatedByAVerbStartsAChain() throws Exception {
        List<String> c = claimsOf("Goat colostrum yielded ten times more exosomes than mature milk. "
                + "The vesicles carried microRNAs.\n", "The vesicles carried");
        assertTrue(c.contains("Exosome[Colostrum] carries MicroRNA"), c.toString());
        assertFalse(c.contains("Exosome carries MicroRNA"), c.toString());
    }

    @Test
    void coordinatedSourcesStatedByAVerbStartNoChain() throws Exception {
        List<String> c = claimsOf("Colostrum and saliva contain abundant exosomes. "
                + "These vesicles carry microRNAs.\n", "These vesicles carry");
        assertTrue(c.contains("Exosome carries MicroRNA"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("[")), c.toString());
    }

    @Test
    void aSourceAsAPrepositionsObjectBeforeTheVerbStartsNoChain() throws Exception {
        List<String> c = claimsOf("Macrophages cultured with milk release exosomes. "
                + "These vesicles carry microRNAs.\n", "These vesicles carry");
        assertFalse(c.stream().anyMatch(x -> x.contains("[Milk]")), c.toString());
    }

    @Test
    void aParticipleAnaphorKeepsThePreparationsSource() throws Exception {
        List<String> c = claimsOf("Exosomes from mesenchymal stem cells were given to rats after myocardial infarction. "
                + "The exosomes reduced infarct size. The loaded exosomes also carried microRNAs.\n", "The loaded exosomes");
        assertTrue(c.contains("Exosome[MesenchymalStemCell] carries MicroRNA"), c.toString());
    }

    @Test
    void aContrastAfterTheMentionBreaksOnlyWhatFollowsIt() throws Exception {
        String text = "Exosomes from mesenchymal stem cells were given to rats after myocardial infarction. "
                + "Injected exosomes were cleared by macrophages in the liver. "
                + "The exosomes crossed the blood-brain barrier, whereas unmodified exosomes remained in the liver.\n";
        List<String> c = claimsOf(text, "The exosomes crossed");
        assertTrue(c.contains("Exosome[MesenchymalStemCell] crosses BloodBrainBarrier"), c.toString());
    }

    @Test
    void aNarrowerAnaphorKeepsItsKindWithThePreparationsSource() throws Exception {
        List<String> c = claimsOf("Exosomes from HEK293 cells were engineered to display a peptide. "
                + "The engineered exosomes were loaded with doxorubicin. "
                + "The peptide-displaying vesicles crossed the blood-brain barrier.\n", "The peptide-displaying vesicles");
        assertTrue(c.contains("EngineeredExosome[HEK293Cell] crosses BloodBrainBarrier"), c.toString());
    }

    @Test
    void aDenialIsFoundWhenThePreparationIsAskedAboutSentencesLater() throws Exception {
        // (branch speed19) the denial sentence is searched for its cue only when its vesicle is asked about as the
        // antecedent: two sentences without a vesicle stand between, and a sentence with a negation cue and no vesicle
        // records nothing
        List<String> c = claimsOf("Exosomes from dermal fibroblasts did not reduce lesion volume. "
                + "Lesions were measured weekly. No animal died during the study. "
                + "Injected exosomes were cleared by macrophages in the liver. "
                + "Such vesicles could nevertheless be loaded with siRNA by electroporation.\n", "Such vesicles could");
        assertTrue(c.contains("Exosome loadedBy Electroporation (hedged)"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("[")), c.toString());
        // without the denial the same chain keeps the source
        List<String> kept = claimsOf("Exosomes from dermal fibroblasts reduced lesion volume. "
                + "Lesions were measured weekly. No animal died during the study. "
                + "Injected exosomes were cleared by macrophages in the liver. "
                + "Such vesicles could nevertheless be loaded with siRNA by electroporation.\n", "Such vesicles could");
        assertTrue(kept.contains("Exosome[Fibroblast] loadedBy Electroporation (hedged)"), kept.toString());
    }
}
