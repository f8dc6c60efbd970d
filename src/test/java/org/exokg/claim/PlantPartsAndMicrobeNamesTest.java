package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.mention.MentionRecognizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch organismlexicon (twenty-fifth session): the parts and materials of plants, more fruits, vegetables
 * and herbs, and probiotic and commensal bacteria in general vocabulary (ontology block of branch organismlexicon).
 * "leaves", "roots", "stems", "seeds" and "shoots" are also verbs or other nouns: the name patterns read them only where
 * a verb cannot stand. Invented sentences, each with a near neighbour in which the same word names no source.
 */
class PlantPartsAndMicrobeNamesTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    @Test
    void partWordsInANounContextNameAPlantPart() throws Exception {
        List<String> list = claims("Plant-derived nanovesicles are obtained from fruits, roots and leaves.");
        assertTrue(list.contains("PlantDerivedNanovesicle derivedFrom PlantStructure"), list.toString());
        List<String> of = claims("Exosome-like nanoparticles isolated from the roots of a medicinal plant reduced inflammation in mice.");
        assertTrue(TestSupport.anyContains(of, "derivedFrom PlantStructure"), of.toString());
        List<String> derived = claims("Leaf-derived nanovesicles reduced colitis in mice.");
        assertTrue(TestSupport.anyContains(derived, "derivedFrom PlantStructure"), derived.toString());
    }

    /** The sentence's mentions as "surface{Class}". */
    private static List<String> mentions(String text) {
        MentionRecognizer recognizer = new MentionRecognizer(TestSupport.projectLexicon());
        return recognizer.recognize(text, 0, text.length()).stream()
                .map(m -> m.surface() + "{" + TestSupport.local(m.iri()) + "}").toList();
    }

    @Test
    void partWordsAsVerbsOrOtherNounsNameNoPlantPart() throws Exception {
        // the same words read as plant parts where a verb cannot stand ...
        assertTrue(mentions("Vesicles were isolated from the leaves and roots.").containsAll(List.of("leaves{PlantStructure}",
                "roots{PlantStructure}")), mentions("Vesicles were isolated from the leaves and roots.").toString());
        // ... and not as verbs, nor as "roots" of a field or a microRNA's "seed" region
        for (String text : List.of("The treatment leaves the barrier intact and roots out infected cells.",
                "The vesicle leaves the cell, and the cell recovers.",
                "Vesicle therapy has its roots in haematology.",
                "Exosomal miR-21 binds PTEN through its seed region and stems tumour growth.")) {
            assertFalse(mentions(text).stream().anyMatch(m -> m.endsWith("{PlantStructure}")), text + " " + mentions(text));
        }
    }

    @Test
    void plantMaterialsAndHerbsNamePlantSources() throws Exception {
        List<String> peel = claims("Nanovesicles isolated from citrus peel reduced inflammation in mice.");
        assertTrue(TestSupport.anyContains(peel, "derivedFrom PlantStructure"), peel.toString());
        List<String> bran = claims("Exosome-like nanoparticles from rice bran reduced colitis in mice.");
        assertTrue(TestSupport.anyContains(bran, "derivedFrom PlantStructure"), bran.toString());
        List<String> herb = claims("Nanovesicles isolated from chamomile reduced inflammation in mice.");
        assertTrue(TestSupport.anyContains(herb, "derivedFrom Plant"), herb.toString());
        // the same words beside cell vesicles: a cosmetic procedure, a drink of the mice
        List<String> cosmetic = claims("Exosomes from fibroblasts reduced wrinkles after a chemical peel.");
        assertFalse(TestSupport.anyContains(cosmetic, "derivedFrom PlantStructure"), cosmetic.toString());
        List<String> drink = claims("Exosomes from mesenchymal stem cells reduced colitis in mice given chamomile tea.");
        assertFalse(TestSupport.anyContains(drink, "derivedFrom Plant") || TestSupport.anyContains(drink, "PlantDerivedNanovesicle"),
                drink.toString());
    }

    @Test
    void probioticSpeciesNameABacterialSource() throws Exception {
        List<String> got = claims("Extracellular vesicles secreted by Lactobacillus casei protected mice from colitis.");
        assertTrue(TestSupport.anyContains(got, "derivedFrom Bacterium"), got.toString());
        List<String> akk = claims("Membrane vesicles released by Bacteroides thetaiotaomicron reduced colitis in mice.");
        assertTrue(TestSupport.anyContains(akk, "derivedFrom Bacterium"), akk.toString());
        // the probiotic given beside stem-cell exosomes is no source of them
        List<String> beside = claims("Exosomes from mesenchymal stem cells reduced colitis in mice given Lactobacillus casei.");
        assertFalse(TestSupport.anyContains(beside, "derivedFrom Bacterium") || TestSupport.anyContains(beside, "[Bacterium]"),
                beside.toString());
    }

    @Test
    void aPartOfANamedPlantIsOneSourceThatKeepsTheQualifier() throws Exception {
        // the part and the plant are one source: one derivedFrom row, and the named plant qualifies the later rows
        String text = "Exosome-like nanoparticles isolated from the roots of Panax ginseng reduced inflammation in mice.";
        List<String> on = claims(text);
        assertTrue(on.contains("PlantDerivedNanovesicle derivedFrom PlantStructure")
                && on.contains("PlantDerivedNanovesicle[PlantStructure] treats InflammatoryDisease"), on.toString());
        System.setProperty("exokg.plantParts", "false");
        try {
            List<String> off = claims(text);
            assertTrue(off.contains("PlantDerivedNanovesicle derivedFrom Plant")
                    && off.contains("PlantDerivedNanovesicle[Plant] treats InflammatoryDisease"), off.toString());
            assertFalse(off.contains("PlantDerivedNanovesicle derivedFrom PlantStructure"), off.toString());
        } finally {
            System.clearProperty("exokg.plantParts");
        }
        // roots of no named plant: a plant part, but no particular plant to qualify the later rows
        List<String> generic = claims("Exosome-like nanoparticles isolated from the roots reduced inflammation in mice.");
        assertTrue(generic.contains("PlantDerivedNanovesicle derivedFrom PlantStructure"), generic.toString());
        assertFalse(TestSupport.anyContains(generic, "[Plant"), generic.toString());
    }

    @Test
    void plantNameBeforeAPartWordNamesThePartBehindItsSwitch() throws Exception {
        String text = "Nanovesicles from Arabidopsis leaves transfer small RNAs into fungal cells.";
        List<String> on = claims(text);
        assertTrue(on.contains("PlantDerivedNanovesicle derivedFrom PlantStructure")
                && on.contains("PlantDerivedNanovesicle[PlantStructure] carries RNA"), on.toString());
        assertFalse(on.contains("PlantDerivedNanovesicle derivedFrom Plant"), on.toString());
        // "stem" before "cells" begins a longer term: plant stem cells stay the plant's
        List<String> stemCells = claims("Nanovesicles from Arabidopsis stem cells reduced inflammation in mice.");
        assertFalse(TestSupport.anyContains(stemCells, "PlantStructure"), stemCells.toString());
        System.setProperty("exokg.plantParts", "false");
        try {
            List<String> off = claims(text);
            assertTrue(off.contains("PlantDerivedNanovesicle derivedFrom Plant") && off.contains("PlantDerivedNanovesicle[Plant] carries RNA"),
                    off.toString());
        } finally {
            System.clearProperty("exokg.plantParts");
        }
    }
}
