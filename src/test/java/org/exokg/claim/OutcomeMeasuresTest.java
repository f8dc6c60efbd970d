package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch recall2 (docs/extraction.md, "Recall, third pass"): an outcome measure ("infarct size", "colon
 * shortening", "hindlimb locomotion") moved the better way by the vesicles is read as their treating the disease under
 * discussion: the disease of the sentence's own model ("in mice with X"), else the disease the document names most
 * (its title twice; a plain text's heading is no sentence, so these texts name it in a sentence). Invented sentences (none from a gold set), through the real pipeline and the project ontology;
 * claims as "Subject[Qualifier] (NOT) relation Object". Each test keeps the reading of a near neighbour.
 */
class OutcomeMeasuresTest {

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    private static List<String> claimsOf(DocumentExtraction e, String words) {
        return TestSupport.claimsOf(e, words, true);
    }

    @Test
    void aMeasureLoweredIsTheDocumentsDiseaseTreated() throws Exception {
        DocumentExtraction e = extract("Stem cell vesicles\n\nMyocardial infarction leaves a scar. We studied pigs. MSC exosomes reduced "
                + "infarct size by a third. Exosomes from fibroblasts increased infarct size. Inhibition of exosome secretion "
                + "reduced infarct size as well.\n");
        // subject and qualifier from the vesicle's own noun phrase, the disease from the title
        assertEquals(List.of("Exosome derivedFrom MesenchymalStemCell", "Exosome[MesenchymalStemCell] treats CardiovascularDisease"),
                claimsOf(e, "reduced infarct size by"));
        // the measure raised, the wrong way: no treatment
        assertEquals(List.of("Exosome derivedFrom Fibroblast"), claimsOf(e, "increased infarct size"));
        // the vesicles are what is blocked, not the subject of "reduced"
        assertEquals(List.of(), claimsOf(e, "Inhibition of exosome secretion"));
    }

    @Test
    void aFunctionRaisedIsTheDiseaseTreatedAndLoweredIsNot() throws Exception {
        DocumentExtraction e = extract("Repair of the cord\n\nSpinal cord injury has no cure. Schwann cell exosomes improved hindlimb "
                + "locomotion in rats. Neuronal exosomes reduced hindlimb locomotion in rats.\n");
        assertEquals(List.of("Exosome derivedFrom SchwannCell", "Exosome[SchwannCell] treats SpinalCordInjury"),
                claimsOf(e, "improved hindlimb locomotion"));
        assertEquals(List.of("Exosome derivedFrom Neuron"), claimsOf(e, "reduced hindlimb locomotion"));
    }

    @Test
    void theSentencesOwnModelNamesTheDiseaseAndAMeasureNotMovedDeniesNothing() throws Exception {
        DocumentExtraction e = extract("Milk vesicles\n\nInflammatory bowel disease is common. Bovine milk EVs were given orally. In mice "
                + "with ulcerative colitis, they reduced colon shortening but not weight loss. Bovine milk EVs lowered serum "
                + "creatinine, while lung cancer xenografts kept growing.\n");
        // the model's disease, not the one named before; "but not weight loss" adds no denial (the pronoun: the kind, unnarrowed)
        assertEquals(List.of("ExtracellularVesicle[BovineMilk] treats UlcerativeColitis"), claimsOf(e, "colon shortening"));
        // a disease named outside a model phrase: the measure stands for no disease
        assertEquals(List.of("ExtracellularVesicle derivedFrom BovineMilk"), claimsOf(e, "serum creatinine"));
    }

    @Test
    void aPathogensLoadMeasuresOnlyAnInfectionAndACleftDeniesTheVesicles() throws Exception {
        DocumentExtraction infection = extract("Exosomes\n\nTuberculosis kills millions. Macrophage exosomes reduced the bacterial load in mice.\n");
        DocumentExtraction injury = extract("Exosomes\n\nAcute lung injury kills millions. Macrophage exosomes reduced the bacterial load in mice. It is "
                + "not the exosomes but the antibiotic they carry that reduces lung necrosis.\n");
        // a pathogen's load measures an infection, the topic of the first text, not the injury of the second
        assertEquals(List.of("Exosome derivedFrom Macrophage", "Exosome[Macrophage] treats InfectiousDisease"),
                claimsOf(infection, "reduced the bacterial load"));
        assertEquals(List.of("Exosome derivedFrom Macrophage"), claimsOf(injury, "reduced the bacterial load"));
        // the denied arm of a cleft treats nothing
        assertEquals(List.of(), claimsOf(injury, "It is not the exosomes").stream().filter(c -> c.contains("treats")).toList());
    }

    @Test
    void treatedAnimalsOrTheTreatmentAsSubjectAreTreatedByTheDiscoursesVesicles() throws Exception {
        DocumentExtraction e = extract("Kidney\n\nAcute kidney injury is common. Exosomes from stem cells were given to mice. "
                + "Treated mice had less acute kidney injury. Treatment lowered serum creatinine by 40 %. Treated mice carried "
                + "microRNAs in the kidney. Mice treated with MSC exosomes had fewer tubular lesions.\n");
        // the discourse's vesicles, the kind named before them (the pronoun-like subject takes no qualifier)
        assertEquals(List.of("Exosome[StemCell] treats AcuteKidneyInjury"), claimsOf(e, "had less acute kidney injury"));
        assertEquals(List.of("Exosome[StemCell] treats AcuteKidneyInjury"), claimsOf(e, "Treatment lowered"));
        // only a treatment is read through the treated animals: what the mice carried is no cargo of the vesicles
        assertEquals(List.of(), claimsOf(e, "carried microRNAs"));
        // the vesicles named in the treated animals' phrase, with their source; the measure stands for the disease named
        assertEquals(List.of("Exosome derivedFrom MesenchymalStemCell", "Exosome[MesenchymalStemCell] treats AcuteKidneyInjury"),
                claimsOf(e, "fewer tubular lesions"));
    }
}
