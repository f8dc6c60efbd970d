package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch dev30 (twenty-seventh session): families of terms written from general knowledge (ontology block of
 * branch dev30): arterial plaques, the resolving states of macrophages, feeding the producer cells with a drug, "free of
 * side effects", peri-implant inflammation, histones, an affinity for bone. Invented sentences, each with a near
 * neighbour in which a similar word must not give the claim.
 */
class PlaqueStateAndLoadingVocabularyTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    @Test
    void arterialPlaquesAreAtherosclerosis() throws Exception {
        List<String> aortic = claims("Exosomes from endothelial cells reduced aortic plaques in mice.");
        assertTrue(TestSupport.anyContains(aortic, "Atherosclerosis"), aortic.toString());
        // a psoriatic plaque is no atherosclerosis
        List<String> skin = claims("Exosomes from keratinocytes reduced psoriatic plaques in mice.");
        assertTrue(!TestSupport.anyContains(skin, "Atherosclerosis"), skin.toString());
    }

    @Test
    void resolvingMacrophagesAreImmunomodulation() throws Exception {
        List<String> state = claims("Exosomes from fibroblasts shifted macrophages from an inflammatory to a resolving phenotype.");
        assertTrue(TestSupport.anyContains(state, "usedFor Immunomodulation"), state.toString());
        // resolving a band on a gel is no immune effect
        List<String> gel = claims("Exosomes from fibroblasts were resolved on a gel and stained for CD63.");
        assertTrue(!TestSupport.anyContains(gel, "Immunomodulation"), gel.toString());
    }

    @Test
    void feedingTheProducerCellsIsCoIncubation() throws Exception {
        List<String> fed = claims("Exosomes were loaded with curcumin by feeding the producer cells with the drug.");
        assertTrue(TestSupport.anyContains(fed, "loadedBy DonorCellCoIncubation"), fed.toString());
        // the parent cells loaded by transfection are no co-incubation
        List<String> transfected = claims("Exosomes were loaded with siRNA by loading of the parent cells by transfection.");
        assertTrue(!TestSupport.anyContains(transfected, "DonorCellCoIncubation"), transfected.toString());
    }

    @Test
    void freeOfSideEffectsIsLowToxicity() throws Exception {
        List<String> free = claims("Exosomes from milk were free of side effects in mice.");
        assertTrue(TestSupport.anyContains(free, "hasProperty LowToxicity"), free.toString());
        // side effects that occurred are no low toxicity
        List<String> effects = claims("Exosomes from milk caused side effects in mice.");
        assertTrue(!TestSupport.anyContains(effects, "LowToxicity"), effects.toString());
    }

    @Test
    void periImplantitisIsInflammatoryDiseaseAndHistonesAreProteins() throws Exception {
        List<String> implant = claims("Exosomes from gingival fibroblasts reduced peri-implantitis in dogs.");
        assertTrue(TestSupport.anyContains(implant, "treats InflammatoryDisease"), implant.toString());
        List<String> histone = claims("Exosomes from neutrophils carried histones and elastase.");
        assertTrue(TestSupport.anyContains(histone, "carries Protein"), histone.toString());
        // an implant alone is no disease
        List<String> implantOnly = claims("Exosomes from gingival fibroblasts coated the titanium implant.");
        assertTrue(!TestSupport.anyContains(implantOnly, "InflammatoryDisease"), implantOnly.toString());
    }

    @Test
    void anAffinityForBoneIsTargetingAbility() throws Exception {
        List<String> bone = claims("Exosomes from osteoblasts have a natural affinity for bone.");
        assertTrue(TestSupport.anyContains(bone, "hasProperty TargetingAbility"), bone.toString());
        // bone loss is no affinity
        List<String> loss = claims("Exosomes from osteoblasts were tested in rats with bone loss.");
        assertTrue(!TestSupport.anyContains(loss, "TargetingAbility"), loss.toString());
    }
}
