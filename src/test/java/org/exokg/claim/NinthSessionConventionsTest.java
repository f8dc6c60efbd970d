package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch precision: the lead's gold conventions of the ninth session as the extractor follows them, on
 * invented sentences (none from a gold set), through the real pipeline and the project ontology.
 */
class NinthSessionConventionsTest {

    @TempDir
    Path dir;

    private void check(String text, String words, List<String> expected, List<String> unexpected) throws Exception {
        TestSupport.assertClaimsOfText(dir, text, words, expected, unexpected);
    }

    @Test
    void aHarmNotCausedIsLowToxicityOnlyWhereToxicityOrSafetyIsNamed() throws Exception {
        // "did not cause weight loss" alone: an absent harm stated as a safety outcome is LowToxicity since the lead's
        // convention cc (eighteenth session; the development golds follow it), which replaced this ninth-session reading
        check("Milk exosomes loaded with paclitaxel shrank the tumours and did not cause weight loss in the mice.\n", "weight loss",
                List.of("Exosome[Milk] hasProperty LowToxicity"), List.of());
        check("In our rats, the vesicles caused no arrhythmias during the whole study.\n", "arrhythmias",
                List.of(), List.of("ExtracellularVesicle hasProperty LowToxicity"));
        // the same words with toxicity or safety named state the property
        check("Milk exosomes loaded with paclitaxel did not cause weight loss or liver toxicity in the mice.\n", "weight loss",
                List.of("Exosome[Milk] hasProperty LowToxicity"), List.of());
        check("No weight loss or liver toxicity was observed after the exosomes were given.\n", "weight loss",
                List.of("Exosome hasProperty LowToxicity"), List.of());
    }

    @Test
    void aPlantSourceIsTheMostSpecificPlantTermTheSentenceNames() throws Exception {
        check("A gel comprising plant-derived nanovesicles isolated from the juice of grapefruit was applied to the skin.\n",
                "grapefruit", List.of("PlantDerivedNanovesicle derivedFrom Grapefruit"),
                List.of("PlantDerivedNanovesicle derivedFrom Plant"));
        // with no more specific plant named, the plant itself is the source
        check("Plant nanovesicles do not carry CD81.\n", "CD81",
                List.of("PlantDerivedNanovesicle derivedFrom Plant", "PlantDerivedNanovesicle NOT carries Cd81"), List.of());
    }

    @Test
    void theVesiclesOfANamedPreparationKeepItsSource() throws Exception {
        String text = "ZT-41, an exosome product isolated from macrophages, was tested in mice. "
                + "The exosomes carry the enzyme arginase and reduced colitis.\n";
        check(text, "arginase", List.of("Exosome[Macrophage] carries Enzyme"), List.of("Exosome carries Enzyme"));
        // exosomes of no named preparation stay unqualified
        check("Exosomes were tested in mice. The exosomes carry the enzyme arginase.\n", "arginase",
                List.of("Exosome carries Enzyme"), List.of("Exosome[Macrophage] carries Enzyme"));
    }

    @Test
    void bareVesiclesWithTheirReleasingCellAreExtracellularVesiclesOfThatSource() throws Exception {
        // not the exosomes named before them in the sentence
        check("In stroke, exosomes carry cytokines, and vesicles released by astrocytes are thought to reach neurons.\n",
                "astrocytes", List.of("ExtracellularVesicle derivedFrom Astrocyte"), List.of("Exosome derivedFrom Astrocyte"));
        // "the vesicles from milk" in a milk exosome text are the exosomes under discussion (an anaphor)
        check("Milk exosomes were studied. Isolating the vesicles from milk is difficult.\n", "Isolating",
                List.of("Exosome derivedFrom Milk"), List.of("ExtracellularVesicle derivedFrom Milk"));
        // other vesicles than EVs stay out
        check("Exosomes were studied in the brain, where synaptic vesicles released by neurons carry glutamate.\n", "synaptic",
                List.of(), List.of("ExtracellularVesicle derivedFrom Neuron"));
    }
}
