package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.mention.MentionRecognizer;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, compound short forms of preparations (branch abbrev): a short form a text gives its vesicles ("UC-Exos",
 * "MEG3-Exos", "CM-EVs", "mEXOs"), whether in brackets after the vesicle phrase, before it, or after the vesicles of a
 * producer named before them ("their exosomes (X-Exos)"), stands for that preparation, kind and source, in the later
 * sentences, also in its other number ("UC-Exo"), whatever the code inside it ("UC", "MEG3"); the code alone is no use of
 * the name. Invented sentences, through the real pipeline and ontology.
 */
class CompoundShortFormsTest {

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    @Test
    void aBracketedNameAfterTheVesiclePhraseIsThePreparationNotUltracentrifugation() throws Exception {
        DocumentExtraction e = extract("Exosomes from umbilical cord mesenchymal stem cells (UC-Exos) were injected into the wounds. "
                + "UC-Exos carried miR-21 and reduced inflammation. Each UC-Exo treated diabetic wounds in mice.\n");
        // branch coderows (convention b): the code spells the umbilical cord cells, so each use of the name has the source row;
        // branch triggers8 (convention tt): and the cord as the cells' own source, qualified by the cells
        assertEquals(List.of("Exosome derivedFrom MesenchymalStemCell", "Exosome[MesenchymalStemCell] carries MicroRNA",
                "Exosome[MesenchymalStemCell] derivedFrom UmbilicalCord", "Exosome[MesenchymalStemCell] treats InflammatoryDisease"), TestSupport.claimsOf(e, "UC-Exos carried", false));
        // the singular is the same preparation
        assertEquals(List.of("Exosome derivedFrom MesenchymalStemCell", "Exosome[MesenchymalStemCell] derivedFrom UmbilicalCord",
                "Exosome[MesenchymalStemCell] treats Injury"),
                TestSupport.claimsOf(e, "Each UC-Exo", false));
        assertTrue(e.claims().stream().noneMatch(c -> c.objectIri().endsWith("Ultracentrifugation")
                || String.valueOf(c.qualifierIri()).endsWith("Ultracentrifugation")), () -> "UC read as ultracentrifugation: " + e.claims());
    }

    @Test
    void aBareUcIsNeitherThePreparationNorADefinedAbbreviation() throws Exception {
        // "(UC-Exos)" defines the name, not "UC": the bracket defines no abbreviation of its own, and "UC" alone (the
        // isolation method, which the mention layer does not read as a term) does not stand for the preparation
        String text = "Exosomes from umbilical cord mesenchymal stem cells (UC-Exos) were injected into the wounds. "
                + "Plasma EVs isolated by UC carried CD9.\n";
        assertTrue(new MentionRecognizer(TestSupport.projectLexicon()).definedAbbreviations(text).isEmpty());
        assertEquals(List.of("ExtracellularVesicle derivedFrom BloodPlasma", "ExtracellularVesicle[BloodPlasma] carries Cd9"),
                TestSupport.claimsOf(extract(text), "isolated by UC", false));
    }

    @Test
    void theVesiclesOfAProducerNamedBeforeThemAreNamedWithItsSource() throws Exception {
        DocumentExtraction e = extract("We transfected bone marrow mesenchymal stromal cells with a plasmid and collected their "
                + "exosomes (LNC7-Exos). LNC7-Exos carried CD63 and treated chronic kidney disease.\n");
        // the cells were transfected: their vesicles are engineered (convention z, branch engineered)
        assertEquals(List.of("EngineeredExosome[MesenchymalStemCell] carries Cd63",
                "EngineeredExosome[MesenchymalStemCell] treats ChronicKidneyDisease"), TestSupport.claimsOf(e, "LNC7-Exos carried", false));
        DocumentExtraction released = extract("We engineered HEK293 cells to express a spike domain and collected the exosomes "
                + "they released (SP-Exos). SP-Exos carried CD63.\n");
        // the producer was engineered: the vesicles are the ontology's engineered kind
        assertEquals(List.of("EngineeredExosome[HEK293Cell] carries Cd63"), TestSupport.claimsOf(released, "SP-Exos carried", false));
    }

    @Test
    void aNameBeforeItsVesiclePhraseMayEndInTheVesicleNoun() throws Exception {
        DocumentExtraction e = extract("CM-EVs, extracellular vesicles isolated from camel milk, were characterised. "
                + "CM-EVs carried CD63 and treated breast cancer.\n");
        // branch coderows (convention b): the later use of the name has the source row
        assertEquals(List.of("ExtracellularVesicle derivedFrom CamelMilk", "ExtracellularVesicle[CamelMilk] carries Cd63",
                "ExtracellularVesicle[CamelMilk] treats BreastCancer"), TestSupport.claimsOf(e, "CM-EVs carried", false));
    }

    @Test
    void aShortFormWithASmallPrefixIsAName() throws Exception {
        DocumentExtraction e = extract("Bovine milk exosomes (mEXOs) were loaded with paclitaxel. "
                + "The mEXOs carried paclitaxel across the intestinal barrier.\n");
        assertTrue(TestSupport.claimsOf(e, "The mEXOs carried", false).contains("Exosome[BovineMilk] carries Paclitaxel"),
                () -> "mEXOs not read as bovine milk exosomes: " + TestSupport.claimsOf(e, "The mEXOs carried", false));
    }
}
