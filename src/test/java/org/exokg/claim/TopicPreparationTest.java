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
        // the bare mention itself states no source
        List<String> bare = claimsOf(text, "Intravenously injected");
        assertFalse(bare.stream().anyMatch(x -> x.contains("[")), bare.toString());
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
