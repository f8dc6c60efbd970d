package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (issue 15, branch namedvesicles) A source as the subject of a verb of giving off, its noun phrase going on before the
 * verb (a participle, prepositional or relative phrase, an adverbial between commas), makes a bare "vesicles" after the
 * verb extracellular vesicles of that source, also where the text has named no vesicles before
 * (topic-preparation.yaml: post-modified-producers; switch -Dexokg.noPostModifiedProducers). Intracellular vesicles,
 * vesicles a cell contains, and a verb whose object is something else stay unread. Invented texts.
 */
class PostModifiedProducersTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        return TestSupport.hedgedClaimsOfText(dir, text, words);
    }

    @Test
    void aParticiplePhraseAfterTheSourceInATextThatNamedNoVesiclesBefore() throws Exception {
        List<String> c = claimsOf("Airway mucus in asthma\n\nBackground\n\nAsthma narrows the airways.\n"
                + "Epithelial cells lining the airway shed vesicles into the mucus, and these vesicles carry microRNAs.\n", "lining the airway");
        assertTrue(c.contains("ExtracellularVesicle derivedFrom EpithelialCell"), c.toString());
        assertTrue(c.contains("ExtracellularVesicle[EpithelialCell] carries MicroRNA"), c.toString());
    }

    @Test
    void aTreatedSourceReleasesVesiclesInAVesicleText() throws Exception {
        List<String> c = claimsOf("Macrophage exosomes in sepsis\n\nExosomes were studied in sepsis.\n\nResults\n\n"
                + "Macrophages exposed to lipopolysaccharide released vesicles rich in microRNAs.\n", "exposed to");
        assertTrue(c.contains("ExtracellularVesicle derivedFrom Macrophage"), c.toString());
    }

    @Test
    void aPrepositionalPhraseOrARelativeClauseBeforeTheVerb() throws Exception {
        String text = "Skin vesicles\n\nBackground\n\nAgeing changes the skin.\nKeratinocytes from older donors release fewer vesicles.\n"
                + "Platelets, which lack a nucleus, still release vesicles.\n";
        assertTrue(claimsOf(text, "older donors").contains("ExtracellularVesicle derivedFrom Keratinocyte"), claimsOf(text, "older donors").toString());
        assertTrue(claimsOf(text, "lack a nucleus").contains("ExtracellularVesicle derivedFrom Platelet"), claimsOf(text, "lack a nucleus").toString());
    }

    @Test
    void synapticVesiclesStayUnread() throws Exception {
        List<String> c = claimsOf("Cortical circuits\n\nBackground\n\nMemory needs the cortex.\n"
                + "Neurons in the cortex release vesicles of neurotransmitter at the synapse.\n", "in the cortex");
        assertTrue(c.stream().noneMatch(x -> x.contains("derivedFrom")), c.toString());
    }

    @Test
    void vesiclesTheCellContainsAreNoneItGivesOff() throws Exception {
        List<String> c = claimsOf("Liver injury\n\nBackground\n\nAlcohol harms the liver.\n"
                + "Hepatocytes exposed to ethanol contain vesicles of fat.\n", "exposed to ethanol");
        assertTrue(c.stream().noneMatch(x -> x.contains("derivedFrom Hepatocyte")), c.toString());
    }

    @Test
    void aVerbWhoseObjectIsAnotherThingGivesTheVesiclesNoSource() throws Exception {
        List<String> c = claimsOf("Fat tissue\n\nBackground\n\nObesity changes fat.\n"
                + "Adipocytes exposed to insulin secreted adiponectin, and vesicles were not examined.\n", "exposed to insulin");
        assertTrue(c.stream().noneMatch(x -> x.contains("derivedFrom Adipocyte")), c.toString());
    }
}
