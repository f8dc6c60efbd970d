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
 * Vocabulary across genres (issue 15, twenty-first session, branch vocab24): the organ words of every label in their
 * other form (noun / adjective of relation, a disease's participle before its organ), decimal points inside names, "of
 * ADJ origin" after the vesicles, and the narrow synonyms of the pass, read with the project's own ontology. Sentences
 * are invented; each check has a near neighbour that must not be read.
 */
class OrganWordsAndNamesAcrossGenresTest {

    private static List<String> found(String text) {
        return new MentionRecognizer(TestSupport.projectLexicon()).recognize(text, 0, text.length()).stream()
                .map(m -> m.surface() + "=" + local(m.iri())).toList();
    }

    @Test
    void organNounsAndAdjectivesNameTheSameDisease() {
        assertEquals(List.of("cardiac failure=CardiovascularDisease", "hepatic injury=Injury", "pancreas cancer=PancreaticCancer"),
                found("cardiac failure, hepatic injury and pancreas cancer"));
        // near neighbours: an organ word alone names no disease, and the adjective never replaces a label's last word
        assertTrue(found("the renal tubules and the hepatic artery").isEmpty());
        assertTrue(found("a fatty hepatic").isEmpty());
    }

    @Test
    void aDiseaseParticipleBeforeItsOrganNamesTheDisease() {
        assertEquals(List.of("fibrotic liver=LiverFibrosis", "infarcted myocardium=CardiovascularDisease",
                "fibrotic kidney=ChronicKidneyDisease"),
                found("the fibrotic liver, the infarcted myocardium and the fibrotic kidney"));
        List<String> delivered = triples(projectClaims("Milk exosomes delivered siRNA to the fibrotic liver."));
        assertTrue(delivered.contains("Exosome targets LiverFibrosis"), delivered::toString);
        // near neighbours: a healthy organ, and a participle before a word that is no organ, name no disease
        List<String> neighbours = found("the healthy liver; the fibrotic scar; the injured mice");
        assertTrue(neighbours.stream().noneMatch(m -> m.endsWith("Fibrosis") || m.endsWith("=Injury")), neighbours::toString);
    }

    @Test
    void decimalPointsInsideNamesAndVesiclesOfAnOrigin() {
        assertEquals(List.of("RAW 264.7 cells=Macrophage"), found("RAW 264.7 cells"));
        assertTrue(triples(projectClaims("Exosomes from RAW 264.7 cells carried CD63."))
                .contains("Exosome derivedFrom Macrophage"));
        assertTrue(triples(projectClaims("Extracellular vesicles of endothelial origin carry miR-126."))
                .contains("ExtracellularVesicle derivedFrom EndothelialCell"));
        // near neighbours: a sentence's full stop after a number joins nothing; "endothelial" not before "origin" of
        // vesicles is no source ("endothelial origin" of a tumour's vessels)
        assertTrue(found("RAW 264. 7 cells").stream().noneMatch(m -> m.endsWith("=Macrophage")));
        assertTrue(triples(projectClaims("Extracellular vesicles carry miR-126 to vessels of endothelial origin."))
                .stream().noneMatch(t -> t.contains("derivedFrom EndothelialCell")));
    }

    @Test
    void eyeDiseasesAndABoneInfection() {
        assertEquals(List.of("dry eye disease=EyeDisease", "keratitis=EyeDisease", "osteomyelitis=InfectiousDisease"),
                found("dry eye disease, keratitis and osteomyelitis"));
        // near neighbours: eye drops and dry skin name no disease of the eye
        assertTrue(found("eye drops; dry skin").stream().noneMatch(m -> m.endsWith("=EyeDisease")));
    }

    @Test
    void producerCellsAndPlants() {
        assertEquals(List.of("endothelial colony-forming cells=EndothelialCell", "HaCaT cells=Keratinocyte", "aloe vera=Plant"),
                found("endothelial colony-forming cells, HaCaT cells, aloe vera"));
        assertTrue(triples(projectClaims("Extracellular vesicles from endothelial colony-forming cells carried miR-126."))
                .contains("ExtracellularVesicle derivedFrom EndothelialCell"));
        // near neighbours: colony-forming units are no endothelial cells; aloe-based gels name no plant source of vesicles
        assertTrue(found("colony-forming units; an aloe gel").stream()
                .noneMatch(m -> m.endsWith("=EndothelialCell") || m.endsWith("=Plant")));
    }
}
