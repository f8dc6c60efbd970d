package org.exokg.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.ExoKg;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, branch objectterms36: objects the lexicon did not name (ontology/exokg.ttl, block "Branch objectterms36";
 * switched-labels.tsv). Four vocabulary families, each behind one switch: bacterial adjectives and group words
 * ({@code -Dexokg.bacterialAdjectives}, ON), short disease names ({@code -Dexokg.diseaseShortNames}, ON), cell type
 * names ({@code -Dexokg.cellTypeNames}, ON) and enzyme family words as a name pattern ({@code -Dexokg.enzymeFamilies},
 * OFF); and one reading, "bacterial" before OMVs as the source ({@code -Dexokg.bacterialOmvSource}, OFF), which
 * leaves two labels the ontology keeps out of the lexicon while it is on (a {@code ~switch} line). Invented sentences, none from a gold set; each family next to a neighbour that must read nothing.
 */
class ObjectTerms36Test {

    private static final List<String> SWITCHES = List.of("exokg.bacterialAdjectives", "exokg.diseaseShortNames",
            "exokg.cellTypeNames", "exokg.enzymeFamilies", "exokg.bacterialOmvSource");

    @AfterEach
    void off() {
        SWITCHES.forEach(System::clearProperty);
    }

    /** "surface=Class" for each mention of the sentence, with a lexicon built under the current switches. */
    private static List<String> mentions(String text) {
        Lexicon lexicon = Lexicon.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        return new MentionRecognizer(lexicon).recognize(text, 0, text.length()).stream()
                .map(m -> m.surface() + "=" + m.iri().substring(m.iri().lastIndexOf('/') + 1)).toList();
    }

    @Test
    void bacterialAdjectivesNameTheOrganism() {
        String text = "Fusobacterial vesicles and bifidobacterial vesicles differ, and Gram-positive vesicles are rare.";
        List<String> on = mentions(text);
        assertTrue(on.contains("Fusobacterial=Bacterium"), on.toString());
        assertTrue(on.contains("bifidobacterial=Bacterium"), on.toString());
        assertTrue(on.contains("Gram-positive=Bacterium"), on.toString());
        System.setProperty("exokg.bacterialAdjectives", "false");
        List<String> off = mentions(text);
        assertFalse(off.stream().anyMatch(m -> m.endsWith("=Bacterium")), "off with =false: " + off);
        // the longer term keeps its words
        System.clearProperty("exokg.bacterialAdjectives");
        List<String> longer = mentions("Vesicles of Gram-negative bacteria were isolated.");
        assertTrue(longer.contains("Gram-negative bacteria=Bacterium"), longer.toString());
    }

    @Test
    void shortDiseaseNames() {
        String text = "Vesicles helped mice with EAE, boys with Duchenne and patients with radiation ulcers.";
        List<String> on = mentions(text);
        assertTrue(on.contains("EAE=MultipleSclerosis"), on.toString());
        assertTrue(on.contains("Duchenne=MuscularDystrophy"), on.toString());
        assertTrue(on.contains("radiation ulcers=Injury"), on.toString());
        System.setProperty("exokg.diseaseShortNames", "false");
        List<String> off = mentions(text);
        assertFalse(off.stream().anyMatch(m -> m.startsWith("EAE=") || m.startsWith("Duchenne=") || m.startsWith("radiation ulcers=")),
                "off with =false: " + off);
        // "ulcer" alone stays no term (only in compounds)
        System.clearProperty("exokg.diseaseShortNames");
        List<String> ulcer = mentions("The ulcer closed within a week.");
        assertFalse(ulcer.stream().anyMatch(m -> m.endsWith("=Injury")), ulcer.toString());
    }

    @Test
    void cellTypeNames() {
        String text = "Vesicles reached T helper 2 cells, kidney tubule cells, alveolar epithelial type II cells and tenocytes.";
        List<String> on = mentions(text);
        assertTrue(on.contains("T helper 2 cells=TCell"), on.toString());
        assertTrue(on.contains("kidney tubule cells=EpithelialCell"), on.toString());
        assertTrue(on.contains("alveolar epithelial type II cells=EpithelialCell"), on.toString());
        assertTrue(on.contains("tenocytes=Cell"), on.toString());
        System.setProperty("exokg.cellTypeNames", "false");
        List<String> off = mentions(text);
        assertFalse(off.contains("T helper 2 cells=TCell") || off.contains("kidney tubule cells=EpithelialCell")
                || off.contains("tenocytes=Cell"), "off with =false: " + off);
        // a Th2 cytokine is no cell
        System.clearProperty("exokg.cellTypeNames");
        List<String> cytokine = mentions("Th2 cytokines rose.");
        assertFalse(cytokine.stream().anyMatch(m -> m.endsWith("=TCell")), cytokine.toString());
    }

    @Test
    void enzymeFamilyWordsOnlyWithTheirSwitch() {
        String text = "The vesicles carried enolase, cytochrome c oxidase and glyceraldehyde-3-phosphate dehydrogenase.";
        List<String> off = mentions(text);
        assertFalse(off.stream().anyMatch(m -> m.endsWith("=Enzyme")), "off by default: " + off);
        System.setProperty("exokg.enzymeFamilies", "true");
        List<String> on = mentions(text);
        assertTrue(on.contains("enolase=Enzyme"), on.toString());
        assertTrue(on.contains("oxidase=Enzyme"), on.toString());
        assertTrue(on.contains("dehydrogenase=Enzyme"), on.toString());
        // a polymerase chain reaction names no enzyme here
        List<String> pcr = mentions("The polymerase chain reaction found no DNA.");
        assertFalse(pcr.stream().anyMatch(m -> m.endsWith("=Enzyme")), pcr.toString());
    }

    @Test
    void bacterialBeforeOmvsIsTheSourceOnlyWithTheReading() {
        String text = "Bacterial OMVs and bacterial outer membrane vesicles differ from outer membrane vesicles of Neisseria.";
        List<String> off = mentions(text);
        assertTrue(off.contains("Bacterial OMVs=BacterialOuterMembraneVesicle"), "the label whole by default: " + off);
        assertTrue(off.contains("bacterial outer membrane vesicles=BacterialOuterMembraneVesicle"), off.toString());
        System.setProperty("exokg.bacterialOmvSource", "true");
        List<String> on = mentions(text);
        assertTrue(on.contains("Bacterial=Bacterium") && on.contains("bacterial=Bacterium"), on.toString());
        assertTrue(on.contains("OMVs=BacterialOuterMembraneVesicle"), on.toString());
        assertTrue(on.contains("outer membrane vesicles=BacterialOuterMembraneVesicle"), on.toString());
        // "bacterial" before other words stays no term
        List<String> load = mentions("The bacterial load fell.");
        assertFalse(load.stream().anyMatch(m -> m.endsWith("=Bacterium")), load.toString());
    }
}
