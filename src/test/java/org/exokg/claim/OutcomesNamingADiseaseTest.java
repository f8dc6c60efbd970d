package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch outcomes (docs/extraction.md, "Outcomes that name a disease"): outcomes that name a disease of a kind
 * (scarring in a fibrotic disease, cartilage lost, weight gained, survival, nodules of a cancer, alveoli kept), a disease
 * word inside a measure's words ("the arthritis score"), and the document's own disease named again beside its measure.
 * Invented texts (none from a gold set), through the real pipeline and the project ontology; each reading has a near
 * neighbour that must not give it (a worsening outcome, a control arm, another subject, cells' survival).
 */
class OutcomesNamingADiseaseTest {

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    private static List<String> treats(DocumentExtraction e, String words) {
        return TestSupport.claimsOf(e, words, true).stream().filter(c -> c.contains(" treats ")).toList();
    }

    @Test
    void scarringReducedInAFibroticDiseaseIsItsTreatmentAndScarringRaisedIsNot() throws Exception {
        DocumentExtraction e = extract("Vesicles for the scarred liver\n\nLiver fibrosis scars the organ. We gave mice "
                + "placental EVs. Placental EVs reduced fibrosis by half. Vesicles from activated stellate cells increased "
                + "fibrosis.\n");
        assertEquals(List.of("ExtracellularVesicle[Placenta] treats LiverFibrosis"), treats(e, "reduced fibrosis by half"));
        // the wrong way: no treatment
        assertEquals(List.of(), treats(e, "increased fibrosis"));
    }

    @Test
    void scarringMeasuresNoDiseaseThatIsNotFibrotic() throws Exception {
        DocumentExtraction e = extract("Vesicles in melanoma\n\nMelanoma spreads early. Placental EVs reduced fibrosis around "
                + "the grafts.\n");
        assertEquals(List.of(), treats(e, "reduced fibrosis around"));
    }

    @Test
    void aDiseaseWordInsideAMeasureNamesTheMeasuresDisease() throws Exception {
        DocumentExtraction e = extract("Joint vesicles\n\nWe studied a mouse model. Synovial fibroblast EVs lowered the "
                + "arthritis score by a third. Macrophage EVs raised the arthritis score.\n");
        assertEquals(List.of("ExtracellularVesicle[Fibroblast] treats InflammatoryDisease"), treats(e, "lowered the arthritis score"));
        assertEquals(List.of(), treats(e, "raised the arthritis score"));
    }

    @Test
    void cartilageLossSlowedIsArthritisTreatedAndAControlArmIsNot() throws Exception {
        DocumentExtraction e = extract("Knee vesicles\n\nOsteoarthritis wears the joint. Chondrocyte exosomes slowed the loss of "
                + "cartilage in rats. Saline did not slow the loss of cartilage.\n");
        assertEquals(List.of("Exosome[Chondrocyte] treats Osteoarthritis"), treats(e, "slowed the loss of cartilage"));
        // another subject (the control arm): no vesicle, no claim
        assertEquals(List.of(), treats(e, "Saline did not"));
    }

    @Test
    void survivalProlongedIsTheDiseaseTreatedButCellsSurvivalIsNot() throws Exception {
        DocumentExtraction e = extract("Brain tumour vesicles\n\nGlioblastoma kills within a year. Dendritic cell exosomes "
                + "prolonged survival by three weeks. Dendritic cell exosomes improved the survival of cultured neurons.\n");
        assertEquals(List.of("Exosome[DendriticCell] treats BrainTumor"), treats(e, "prolonged survival"));
        assertEquals(List.of(), treats(e, "survival of cultured neurons"));
    }

    @Test
    void theDocumentsOwnDiseaseNamedAgainLetsItsMeasureBeRead() throws Exception {
        DocumentExtraction e = extract("Pericyte vesicles\n\nStroke is a leading cause of disability. Pericyte EVs were given "
                + "daily. After stroke, pericyte EVs reduced infarct size by a third. After stroke, treated mice had 40 % "
                + "smaller infarcts. After sepsis, treated mice had 40 % smaller infarcts.\n");
        assertEquals(List.of("ExtracellularVesicle[Pericyte] treats Stroke"), treats(e, "After stroke, pericyte"));
        assertEquals(List.of("ExtracellularVesicle[Pericyte] treats Stroke"), treats(e, "After stroke, treated"));
        // another disease named beside the measure: the measure stands for none
        assertEquals(List.of(), treats(e, "After sepsis, treated"));
    }

    @Test
    void tumoursThatGrewMoreSlowlyInTreatedAnimalsAreTheNamedCancerTreated() throws Exception {
        DocumentExtraction e = extract("Vesicles against melanoma\n\nMelanoma spreads early. Mice received natural killer cell "
                + "exosomes. Tumours grew more slowly in treated mice. Tumours grew faster in treated mice. Tumours grew more "
                + "slowly in control mice.\n");
        // a generic tumour in a text about one cancer is that cancer (convention o)
        assertEquals(List.of("Exosome[NaturalKillerCell] treats Melanoma"), treats(e, "grew more slowly in treated"));
        // the wrong way, and a control arm: no treatment
        assertEquals(List.of(), treats(e, "grew faster"));
        assertEquals(List.of(), treats(e, "slowly in control mice"));
    }

    @Test
    void animalsGivenTheVesiclesThatSurvivedLongerAreTheDiseaseTreated() throws Exception {
        DocumentExtraction e = extract("Glioma vesicles\n\nGlioblastoma kills within a year. Mice treated with dendritic cell "
                + "exosomes survived a median of 41 days. Mice treated with saline survived a median of 20 days.\n");
        assertEquals(List.of("Exosome[DendriticCell] treats BrainTumor"), treats(e, "exosomes survived a median"));
        // the control arm names no vesicle: no claim
        assertEquals(List.of(), treats(e, "treated with saline"));
    }
}
