package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.mention.UnbracketedNames;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (branch names2): a name a text uses without defining it in brackets, a capitalised prefix and a vesicle short
 * form ("BMExos", "GNVs", "AmEVs"), is the vesicles named with the source its prefix spells earlier in the document, or
 * the short form's kind unqualified when no source was named. Invented sentences, through the real pipeline and ontology.
 */
class UnbracketedNamesTest {

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    @Test
    void aPrefixSpellingAnEarlierSourceNamesItsVesicles() throws Exception {
        DocumentExtraction e = extract("Exosomes were isolated from bovine milk by ultracentrifugation. "
                + "BMExos carried CD63 in every batch.\n");
        // branch coderows (convention b): the code spells the source, so its sentence has the source row too
        assertEquals(List.of("Exosome derivedFrom BovineMilk", "Exosome[BovineMilk] carries Cd63"),
                TestSupport.claimsOf(e, "BMExos carried", false));
    }

    @Test
    void aNameWithNoSourceSpeltIsItsShortFormsKindUnqualified() throws Exception {
        DocumentExtraction e = extract("We studied vesicles in several models. KTNVs carried CD63 in every batch.\n");
        assertEquals(List.of("ExtracellularVesicle carries Cd63"), TestSupport.claimsOf(e, "KTNVs carried", false));
    }

    @Test
    void initialsOfAGenusAndSpeciesOrTheStartOfAWordSpellASource() {
        assertTrue(UnbracketedNames.spells("Am", "Akkermansia muciniphila"));
        assertTrue(UnbracketedNames.spells("G", "ginseng"));
        assertTrue(UnbracketedNames.spells("Gin", "ginseng"));
        assertTrue(UnbracketedNames.spells("MSC", "MSC"));
        assertFalse(UnbracketedNames.spells("G", "green tea"));
        assertFalse(UnbracketedNames.spells("K", "ginseng"));
    }

    @Test
    void aShortFormInsideAGeneNameOrASingularAcronymIsNoName() throws Exception {
        DocumentExtraction e = extract("Exosomes were isolated from bovine milk by ultracentrifugation. "
                + "Knockdown of BMVs2 raised CD63 in HCMV infected cells.\n");
        assertTrue(TestSupport.claimsOf(e, "Knockdown of BMVs2", false).isEmpty(),
                () -> "a gene name read as vesicles: " + TestSupport.claimsOf(e, "Knockdown of BMVs2", false));
    }

    @Test
    void aGenusAndSpeciesSpellTheirOuterMembraneVesiclesWhichTakeTheNamedBacterium() throws Exception {
        // conventions mmm and aaaa (twenty-third and twenty-fourth sessions): later uses of the OMVs of the one bacterium a
        // text names take it as qualifier, so the short form spelling it is qualified too
        // convention qqqqqq (goldconv32): the code's own vesicle word names the kind (fffff), the bacterium stays the
        // qualifier (mmm, aaaa), and the code spelling it gives its source row (b); with -Dexokg.codeVesicleWords=false
        // the short form takes the kind of the vesicles named with the bacterium (the reading before goldconv32)
        boolean saved = CodeVesicleWords.ON;
        try {
            CodeVesicleWords.ON = true;
            DocumentExtraction e = extract("Escherichia coli sheds outer membrane vesicles in culture. "
                    + "Oral EcEVs carried CD63 in every batch.\n");
            assertEquals(List.of("ExtracellularVesicle derivedFrom Bacterium", "ExtracellularVesicle[Bacterium] carries Cd63"),
                    TestSupport.claimsOf(e, "Oral EcEVs carried", false));
            CodeVesicleWords.ON = false;
            DocumentExtraction off = extract("Escherichia coli sheds outer membrane vesicles in culture. "
                    + "Oral EcEVs carried CD63 in every batch.\n");
            assertEquals(List.of("BacterialOuterMembraneVesicle[Bacterium] carries Cd63"),
                    TestSupport.claimsOf(off, "Oral EcEVs carried", false));
        } finally {
            CodeVesicleWords.ON = saved;
        }
    }

    @Test
    void aHyphenatedNameWithNoSourceSpeltIsLeftToTheOtherReadings() throws Exception {
        DocumentExtraction e = extract("We studied vesicles in several models. KT-NVs carried CD63 in every batch.\n");
        assertTrue(TestSupport.claimsOf(e, "KT-NVs carried", false).isEmpty());
    }
}
