package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Diseases and fluids named the way their source ontology names them (issue 15, branch synonyms, twenty-second
 * session): MONDO's and its exact matches' wordings ("cancer of the ovary", "spinal cord contusion", "Lou Gehrig's
 * disease", "malignant neoplasm of the breast") reach the claims as the class, while near neighbours the import left
 * out ("an ovarian neoplasm", "liver cancer", "hepatoma growth") do not. Invented sentences through the real pipeline.
 */
class SourceSynonymDiseaseNamesTest {

    @TempDir
    Path dir;

    private List<String> treats(String sentence, String words) throws Exception {
        return TestSupport.relationClaimsOfText(dir, sentence, words, "treats");
    }

    @Test
    void aSourceWordingOfTheDiseaseIsTheDiseaseTreated() throws Exception {
        assertEquals(List.of("Exosome[MesenchymalStemCell] SpinalCordInjury"),
                treats("Mesenchymal stem cell exosomes improved locomotor recovery in rats with spinal cord contusion.", "locomotor"));
        assertEquals(List.of("Exosome[MesenchymalStemCell] OvarianCancer"),
                treats("Mesenchymal stem cell exosomes reduced tumour burden in mice with cancer of the ovary.", "tumour burden"));
        assertEquals(List.of("Exosome[MesenchymalStemCell] AmyotrophicLateralSclerosis"),
                treats("Mesenchymal stem cell exosomes improved motor function in mice with Lou Gehrig's disease.", "motor function"));
    }

    @Test
    void nearNeighboursTheImportLeftOutAreNotTheNarrowerDisease() throws Exception {
        // a neoplasm is not said to be malignant; "liver cancer" names more than hepatocellular carcinoma
        assertTrue(treats("Mesenchymal stem cell exosomes reduced tumour burden in mice with an ovarian neoplasm.", "tumour burden")
                .stream().noneMatch(c -> c.endsWith("OvarianCancer")));
        assertTrue(treats("Mesenchymal stem cell exosomes reduced tumour burden in mice with liver cancer.", "tumour burden")
                .stream().noneMatch(c -> c.endsWith("HepatocellularCarcinoma")));
    }

    @Test
    void aSourceWordingOfTheFluidIsTheVesiclesSource() throws Exception {
        assertEquals(List.of("ExtracellularVesicle Saliva"), TestSupport.relationClaimsOfText(dir,
                "Extracellular vesicles were isolated from salivary gland secretion of healthy donors.", "isolated", "derivedFrom"));
        assertTrue(TestSupport.relationClaimsOfText(dir,
                "Extracellular vesicles were isolated from sebaceous gland secretion of healthy donors.", "isolated", "derivedFrom")
                .stream().noneMatch(c -> c.endsWith("Saliva")));
    }
}
