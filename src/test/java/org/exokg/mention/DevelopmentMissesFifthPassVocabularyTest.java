package org.exokg.mention;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Vocabulary from development misses, fifth pass (issue 15, seventeenth session, branch vocab20): body fluids named by
 * an adjective or a plain-word name as the vesicles' source, a cargo group, a challenge and imaging in plain words, read with the
 * project's own ontology. Sentences are invented; each check has a near neighbour that must not be over-matched.
 */
class DevelopmentMissesFifthPassVocabularyTest {

    private static List<String> found(String text) {
        return new MentionRecognizer(TestSupport.projectLexicon()).recognize(text, 0, text.length()).stream()
                .map(m -> m.surface() + "=" + local(m.iri())).toList();
    }

    @Test
    void bodyFluidsNamedAsTheSource() {
        assertEquals(List.of("pleural=PleuralFluid", "effusions=PleuralFluid", "lymphatic drainage fluid=Lymph",
                "drainage fluid=Lymph", "nasal washes=NasalLavageFluid"),
                found("pleural vesicles, effusions, lymphatic drainage fluid, drainage fluid, nasal washes"));
        assertEquals(List.of("Exosome derivedFrom PleuralFluid", "Exosome carries MicroRNA"),
                triples(projectClaims("Pleural exosomes carried microRNAs.")));
        assertEquals(List.of("ExtracellularVesicle derivedFrom NasalLavageFluid", "ExtracellularVesicle carries Protein"),
                triples(projectClaims("Extracellular vesicles in nasal washes carried proteins.")));
        // near neighbours: a pleural disease and the drainage of tears name no fluid of these
        assertTrue(found("patients with pleural mesothelioma; tear drainage").stream()
                .noneMatch(m -> m.endsWith("=PleuralFluid") || m.endsWith("=Lymph")));
    }

    @Test
    void cargoChallengeAndTrackingInPlainWords() {
        assertEquals(List.of("phytochemicals=Metabolite", "lack intrinsic tissue specificity=LowTargetingEfficiency",
                "tracked by=Imaging"),
                found("phytochemicals, lack intrinsic tissue specificity, tracked by"));
        // near neighbours: tissue specificity alone is no challenge; particle tracking by NTA is a measurement, not imaging
        assertTrue(found("the tissue specificity of the probe").stream()
                .noneMatch(m -> m.endsWith("=LowTargetingEfficiency")));
        assertTrue(found("sizes measured by nanoparticle tracking analysis").stream().noneMatch(m -> m.endsWith("=Imaging")));
    }
}
