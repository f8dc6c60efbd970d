package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch objects (seventeenth session): objects read after the vesicles' verb fires, when they stand behind a
 * preposition chain or in a modifier of the vesicles. Invented sentences through the real pipeline, both ways.
 */
class ObjectsAfterTheTriggerTest {

    @TempDir
    Path dir;

    private List<String> claims(String sentence) throws Exception {
        return TestSupport.claimsOfResultsSentence(dir, sentence);
    }

    @Test
    void cellsClosingTheChainOfAnEffectAreTheTarget() throws Exception {
        List<String> edit = claims("The engineered vesicles edited the dystrophin gene in myoblasts after injection.");
        assertTrue(edit.contains("EngineeredExosome targets MuscleCell"), edit.toString());
        List<String> silence = claims("Milk exosomes silenced KRAS in pancreatic tumour cells within two days.");
        assertTrue(silence.contains("Exosome[Milk] targets TumorCell"), silence.toString());
        List<String> survival = claims("Exosomes improved the survival of neurons in the ischaemic cortex.");
        assertTrue(survival.contains("Exosome targets Neuron"), survival.toString());
        List<String> share = claims("Plasma exosomes induced apoptosis in 40 % of tumour cells in culture.");
        assertTrue(share.contains("Exosome[BloodPlasma] targets TumorCell"), share.toString());
        List<String> second = claims("Neutrophil microvesicles carried elastase and disrupted monolayers of alveolar epithelial cells.");
        assertTrue(second.contains("Microvesicle[Neutrophil] targets EpithelialCell"), second.toString());
    }

    @Test
    void noTargetFromCountsGerundsOrPlacesThatAreNoCells() throws Exception {
        // a change in the cells' number says nothing of where the vesicles act
        List<String> number = claims("Exosomes reduced the number of inflammatory macrophages in the wound.");
        assertFalse(number.contains("Exosome targets Macrophage"), number.toString());
        List<String> infiltration = claims("Exosomes reduced corneal injury and the infiltration of T cells into the conjunctiva.");
        assertFalse(infiltration.contains("Exosome targets TCell"), infiltration.toString());
        // a gerund's subject is not the vesicles: "silencing this microRNA in ..." is the experimenters' act
        List<String> gerund = claims("The exosomes carried miR-155, and silencing this microRNA in macrophages abolished the effect.");
        assertFalse(gerund.contains("Exosome targets Macrophage"), gerund.toString());
        // cells only: an organ or the animals close no chain of this kind
        List<String> organ = claims("Exosomes reduced inflammation in the lungs of mice.");
        assertTrue(organ.stream().noneMatch(c -> c.contains(" targets ")), organ.toString());
        // cells after "from" are a source, never this reading's target
        List<String> from = claims("Exosomes reduced cytokine release from stimulated macrophages.");
        assertFalse(from.contains("Exosome targets Macrophage"), from.toString());
    }

    @Test
    void aDyeGluedToLabelledIsCargo() throws Exception {
        List<String> dir = claims("DiR-labelled exosomes accumulated in the injured kidney within six hours.");
        assertTrue(dir.contains("Exosome carries FluorescentDye"), dir.toString());
        List<String> pkh = claims("After injection of PKH26-labelled EVs, the signal was found in the spleen.");
        assertTrue(pkh.contains("ExtracellularVesicle carries FluorescentDye"), pkh.toString());
        // the label as the verb's own object is not this reading: nothing glued to the vesicles
        List<String> unlabelled = claims("Unlabelled exosomes accumulated in the injured kidney within six hours.");
        assertTrue(unlabelled.stream().noneMatch(c -> c.contains(" carries ")), unlabelled.toString());
    }

    @Test
    void aNumberedModifierBeforeANucleicAcidIsNoCargoOfItsOwn() throws Exception {
        // "interleukin-10 mRNA" is an mRNA: the protein it encodes is its modifier, whose label leaves the number out
        List<String> mrna = claims("Milk exosomes loaded with interleukin-10 messenger RNA relieved ileitis in mice.");
        assertTrue(mrna.contains("Exosome[Milk] carries MessengerRNA"), mrna.toString());
        assertFalse(mrna.contains("Exosome[Milk] carries SignalingProtein"), mrna.toString());
        // the protein itself in a list stays cargo
        List<String> list = claims("Milk exosomes carry interleukin-10 and microRNAs into the gut.");
        assertTrue(list.contains("Exosome[Milk] carries SignalingProtein"), list.toString());
        assertTrue(list.contains("Exosome[Milk] carries MicroRNA"), list.toString());
    }

    @Test
    void theItemsOfAPatentsMarkushGroupShareTheVerb() throws Exception {
        List<String> markush = claims("In one aspect, the engineered exosome carries a nucleic acid selected from the group "
                + "consisting of an siRNA, a microRNA mimic and a messenger RNA.");
        assertTrue(markush.containsAll(List.of("EngineeredExosome carries SiRNA", "EngineeredExosome carries MicroRNA",
                "EngineeredExosome carries MessengerRNA")), markush.toString());
        // without the group phrase a later term of another clause is not an item of the list
        List<String> other = claims("In one aspect, the engineered exosome carries a nucleic acid that was designed "
                + "in earlier work against an siRNA target.");
        assertFalse(other.contains("EngineeredExosome carries SiRNA"), other.toString());
    }
}
