package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch precision10 (twenty-first session): the false positives of development sets 15-23 whose object
 * belongs to another phrase of the sentence (a "from" phrase of a verb's object or of an agent), whose source is where
 * given vesicles went, whose "marker" is a purity check, or whose property or harm is only a lesser degree in a
 * comparison. Invented sentences through the real pipeline, each with a near neighbour that must still be read.
 */
class FromPhrasesAndComparisonsTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words, String relation) throws Exception {
        return TestSupport.relationClaimsOfText(dir, text, words, relation);
    }

    @Test
    void theAgentOfAFromPhraseIsNoSourceNorProtectedCell() throws Exception {
        String text = "A glycan coat hides the exosomes from capture by Kupffer cells.\n";
        assertEquals(List.of(), claimsOf(text, "glycan", "derivedFrom"));
        String protect = "A surface marker protects the vesicles from being eaten by macrophages.\n";
        assertEquals(List.of(), claimsOf(protect, "surface", "derivedFrom"));
        assertEquals(List.of(), claimsOf(protect, "surface", "targets"));
        // a "from" phrase of the vesicles themselves, with a "by" of the method after it: still their source
        assertEquals(List.of("Exosome BloodPlasma"),
                claimsOf("Exosomes derived from plasma by ultracentrifugation carry microRNAs.\n", "ultracentrifugation", "derivedFrom"));
    }

    @Test
    void aVerbObjectOwnsTheFromPhraseAfterIt() throws Exception {
        assertEquals(List.of(), claimsOf("The bacterial vesicles stimulate monocytes from umbilical cord blood.\n", "stimulate",
                "derivedFrom").stream().filter(c -> c.contains("Blood")).toList());
        // the vesicles' own "from": still the source
        assertEquals(List.of("Exosome BloodPlasma"), claimsOf("Exosomes from plasma stimulate monocytes.\n", "stimulate", "derivedFrom"));
    }

    @Test
    void cellsFromATissueReleaseTheVesicles() throws Exception {
        String text = "Epithelial cells from nasal polyp tissue release exosomes that carry microRNAs.\n";
        assertFalse(claimsOf(text, "polyp", "derivedFrom").contains("Exosome Tissue"));
        assertEquals(List.of("Exosome[EpithelialCell] MicroRNA"), claimsOf(text, "polyp", "carries"));
        // the tissue itself as the releasing source: still read
        assertEquals(List.of("Exosome Tissue"), claimsOf("Adipose tissue releases exosomes.\n", "Adipose", "derivedFrom"));
    }

    @Test
    void givenVesiclesReachingAFluidNameNoSource() throws Exception {
        assertEquals(List.of("Exosome CaprineMilk"),
                claimsOf("Goat milk exosomes reached the bloodstream after oral gavage in rats.\n", "gavage", "derivedFrom"));
        // vesicles shed in the body that reach a fluid: the fluid is a source (convention ee)
        assertTrue(claimsOf("Vesicles shed by glioma cells reach the cerebrospinal fluid.\n", "glioma", "derivedFrom").stream()
                .anyMatch(c -> c.endsWith("CerebrospinalFluid")));
    }

    @Test
    void aMarkerOfContaminationIsNoUse() throws Exception {
        assertEquals(List.of(), claimsOf("Serum EVs were checked for albumin as markers of contamination.\n", "checked", "usedFor"));
        assertEquals(List.of("ExtracellularVesicle[BloodSerum] Biomarker"),
                claimsOf("Serum EVs serve as markers of sepsis.\n", "sepsis", "usedFor"));
    }

    @Test
    void aLesserDegreeStatesNoHarmOrProperty() throws Exception {
        assertEquals(List.of(), claimsOf("Drug-loaded exosomes caused less cardiotoxicity than free doxorubicin.\n", "cardiotoxicity",
                "contributesTo"));
        assertEquals(List.of(), claimsOf("Lemon nanovesicles were less stable in gastric fluid than ginger vesicles.\n", "Lemon",
                "hasProperty"));
        // the plain statement: still read
        assertFalse(claimsOf("Lemon nanovesicles were stable in gastric fluid.\n", "Lemon", "hasProperty").isEmpty());
    }

    @Test
    void aGuidelineOrLabelRestrictionStatesNoEffect() throws Exception {
        // convention hh: a recommendation or a label's indication gives no row, affirmed or denied
        assertEquals(List.of(), claimsOf("Exosome products should not be used outside clinical trials for the treatment of psoriasis.\n",
                "outside", "treats"));
        assertEquals(List.of(), claimsOf("The exosome eye drop is not indicated for the treatment of glaucoma.\n", "indicated", "treats"));
        // a reported failure of the vesicles: still a denial
        assertEquals(List.of("Exosome NOT Psoriasis"),
                claimsOf("Exosome products were not effective in the treatment of psoriasis.\n", "effective", "treats"));
    }

    @Test
    void anObjectAfterALaterEffectVerbIsNoCargo() throws Exception {
        assertEquals(List.of("ExtracellularVesicle[Keratinocyte] Fibroblast"), claimsOf(
                "Keratinocyte EVs were taken up by fibroblasts and increased the expression of matrix metalloproteinases.\n",
                "increased", "targets"));
        assertEquals(List.of(), claimsOf(
                "Keratinocyte EVs were taken up by fibroblasts and increased the expression of matrix metalloproteinases.\n",
                "increased", "carries"));
        assertEquals(List.of("ExtracellularVesicle[Keratinocyte] Enzyme"),
                claimsOf("Keratinocyte EVs were taken up by fibroblasts and carried matrix metalloproteinases.\n", "carried", "carries"));
        // a second predicate after "and" ends the list of the first verb's objects (-Dexokg.noAndPredicate)
        assertFalse(claimsOf("Outer membrane vesicles carried flagellin and induced interleukin-8 release.\n", "flagellin", "carries")
                .stream().anyMatch(c -> c.endsWith("SignalingProtein")));
        assertTrue(claimsOf("Outer membrane vesicles carried flagellin and interleukin-8.\n", "flagellin", "carries")
                .stream().anyMatch(c -> c.endsWith("SignalingProtein")));
    }
}
