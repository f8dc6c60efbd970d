package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch subjects, issue 15) Bare "vesicles" is no term (synaptic and secretory vesicles are not EVs). In a text about
 * vesicles it names extracellular vesicles where the sentence states their producer (a source giving them off, a
 * possessive or a relative clause of the source it opens with) or where it opens the sentence as its subject. Invented
 * texts; each shape with a case where it must not be read.
 */
class SubjectsWithoutVesicleWordTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        return TestSupport.claimsOfText(dir, text, words);
    }

    private static final String ABOUT_VESICLES = "Extracellular vesicles carry proteins between cells.\n\n";

    @Test
    void aSourceGivingOffBareVesiclesNamesTheirOrigin() throws Exception {
        List<String> c = claimsOf(ABOUT_VESICLES + "Keratinocytes continuously shed vesicles during wound healing.\n",
                "Keratinocytes continuously");
        assertTrue(c.contains("ExtracellularVesicle derivedFrom Keratinocyte"), c.toString());
        List<String> own = claimsOf(ABOUT_VESICLES + "Gut bacteria release vesicles of their own.\n", "of their own");
        assertTrue(own.contains("ExtracellularVesicle derivedFrom Bacterium"), own.toString());
    }

    @Test
    void synapticVesiclesAndTextsNotAboutVesiclesStayUnread() throws Exception {
        List<String> synaptic = claimsOf(ABOUT_VESICLES + "Neurons release synaptic vesicles at the synapse.\n", "synaptic");
        assertFalse(synaptic.stream().anyMatch(x -> x.contains("derivedFrom Neuron")), synaptic.toString());
        // the first sentence of a text that has named no vesicles: "their vesicles" may be any vesicles of the cell
        List<String> first = claimsOf("Astrocytes regulate glutamate, and their vesicles carry proteins to neurons.\n", "Astrocytes");
        assertTrue(first.isEmpty(), first.toString());
    }

    @Test
    void thePossessiveOfTheOpeningSourceQualifiesTheVesicles() throws Exception {
        List<String> c = claimsOf(ABOUT_VESICLES + "Astrocytes regulate glutamate, and their vesicles carry proteins to neurons.\n",
                "Astrocytes");
        assertTrue(c.contains("ExtracellularVesicle derivedFrom Astrocyte"), c.toString());
        assertTrue(c.contains("ExtracellularVesicle[Astrocyte] carries Protein"), c.toString());
    }

    @Test
    void suchVesiclesAfterAGivingOffVerbStayTheAnaphor() throws Exception {
        // "such vesicles" refers back to the outer membrane vesicles named before, not to new vesicles of the spirochaetes
        List<String> c = claimsOf("Outer membrane vesicles of bacteria carry lipopolysaccharide. "
                + "Spirochaetes shed such vesicles into the joint.\n", "Spirochaetes shed");
        assertFalse(c.contains("ExtracellularVesicle derivedFrom Bacterium"), c.toString());
    }

    @Test
    void aParticipleBeforeOpeningBareVesiclesRefersBackToThePreparation() throws Exception {
        List<String> c = claimsOf("Extracellular vesicles from platelets were labelled with a dye. "
                + "Labelled vesicles were taken up by macrophages.\n", "Labelled vesicles");
        assertTrue(c.contains("ExtracellularVesicle[Platelet] targets Macrophage"), c.toString());
    }

    @Test
    void openingBareVesiclesNameTheClassNotAMoreSpecificKind() throws Exception {
        List<String> c = claimsOf("Exosomes from mesenchymal stem cells reduced fibrosis in mice. "
                + "Vesicles are taken up by macrophages in the liver.\n", "Vesicles are taken");
        assertTrue(c.contains("ExtracellularVesicle targets Macrophage"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Exosome")), c.toString());
    }

    @Test
    void vesiclesRestrictedByARelativeClauseAreNoSubjectOfTheirOwn() throws Exception {
        // a subset set apart ("whose lipids had been extracted") is a control, neither the preparation nor the class
        List<String> c = claimsOf("Exosomes from ginger were given to mice. "
                + "Vesicles whose lipids had been extracted were taken up by macrophages.\n", "whose lipids");
        assertTrue(c.stream().noneMatch(x -> x.contains("targets Macrophage")), c.toString());
    }

    @Test
    void vesicleProductsNameTheVesiclesAndTheBatchThePreparation() throws Exception {
        List<String> products = claimsOf(ABOUT_VESICLES + "Vesicle products lose activity when frozen and thawed repeatedly.\n",
                "Vesicle products");
        assertTrue(products.contains("ExtracellularVesicle hasChallenge StorageStability"), products.toString());
        List<String> batch = claimsOf("Extracellular vesicles from platelets were given to the patient. "
                + "The vesicle batch was positive for CD63.\n", "vesicle batch");
        assertTrue(batch.contains("ExtracellularVesicle[Platelet] carries Cd63"), batch.toString());
    }

    @Test
    void aPropertyOrEventOfTheVesiclesIsNoCompoundThatNamesThem() throws Exception {
        // "vesicle release", "vesicle size": what the vesicles do or have, not the vesicles (the subject is the knock-down)
        List<String> c = claimsOf(ABOUT_VESICLES + "Vesicle release was reduced by knock-down of Rab27b in astrocytes.\n",
                "Vesicle release");
        assertFalse(c.stream().anyMatch(x -> x.startsWith("ExtracellularVesicle ")), c.toString());
    }
}
