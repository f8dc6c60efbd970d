package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.exokg.TestSupport;
import org.exokg.mention.MentionRecognizer;
import org.exokg.mention.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short form whose long form is a known source head with words the lexicon lacks names that source wherever the
 * document uses it (issue 15, branch abbreviationheads; OFF by default, switch -Dexokg.abbreviationHeads=true, which
 * these tests set around each reading): "stem cells from human
 * exfoliated deciduous teeth (SHED)" and "deciduous teeth stem cells (DTSCs)" are stem cells, so "SHED exosomes",
 * "exosomes from SHED" and "DTSC-EVs" are vesicles of stem cells. Near neighbours that must not become sources: a
 * disease's, a method's and a gene's short form, two coordinated heads, a short form the lexicon already reads, and a
 * bracket naming the vesicles themselves. Invented texts through the real pipeline and the project ontology.
 */
class SourceAbbreviationsWithUnknownModifiersTest {

    @TempDir
    Path dir;

    private static final String SWITCH = "exokg.abbreviationHeads";

    /** Runs one reading with the switch on, restoring it after. */
    private static <T> T withHeads(java.util.concurrent.Callable<T> reading) throws Exception {
        String before = System.getProperty(SWITCH);
        System.setProperty(SWITCH, "true");
        try {
            return reading.call();
        } finally {
            if (before == null) {
                System.clearProperty(SWITCH);
            } else {
                System.setProperty(SWITCH, before);
            }
        }
    }

    private void assertClaims(String text, String words, List<String> expected, List<String> unexpected) throws Exception {
        withHeads(() -> {
            TestSupport.assertClaimsOfText(dir, text, words, expected, unexpected);
            return null;
        });
    }

    @Test
    void theDefaultPipelineDoesNotReadThem() throws Exception {
        String text = "Notes\n\nWe cultured stem cells from human exfoliated deciduous teeth (SHED).\n\n"
                + "Results\n\nExosomes from SHED carried CD63 and ALIX.\n";
        if (System.getProperty(SWITCH) == null) {
            assertEquals(Map.of(), new MentionRecognizer(TestSupport.projectLexicon()).definedAbbreviations(text).sourceHeads());
        }
    }

    private static Map<String, String> heads(String text) throws Exception {
        MentionRecognizer recognizer = new MentionRecognizer(TestSupport.projectLexicon());
        Map<String, String> out = new java.util.TreeMap<>();
        for (Map.Entry<String, Term> e : withHeads(() -> recognizer.definedAbbreviations(text)).sourceHeads().entrySet()) {
            out.put(e.getKey(), e.getValue().iri().substring(e.getValue().iri().lastIndexOf('/') + 1));
        }
        return out;
    }

    @Test
    void aPostModifiedStemCellNamesItsShortFormsVesicles() throws Exception {
        String text = "Notes\n\nWe cultured stem cells from human exfoliated deciduous teeth (SHED) from donated baby teeth.\n\n"
                + "Results\n\nSHED exosomes carried CD63 and ALIX.\n";
        assertClaims(text, "SHED exosomes carried",
                List.of("Exosome[StemCell] carries Cd63", "Exosome[StemCell] carries Alix"), List.of("Exosome carries Cd63"));
    }

    @Test
    void theShortFormAfterAnOriginPhraseIsTheSource() throws Exception {
        String text = "Notes\n\nWe cultured stem cells from human exfoliated deciduous teeth (SHED).\n\n"
                + "Results\n\nExosomes from SHED carried CD63 and ALIX.\n";
        assertClaims(text, "Exosomes from SHED carried",
                List.of("Exosome[StemCell] carries Cd63", "Exosome derivedFrom StemCell"), List.of("Exosome carries Cd63"));
    }

    @Test
    void aPreModifierGivingLettersOfTheShortFormIsReadToo() throws Exception {
        String text = "Notes\n\nWe cultured deciduous teeth stem cells (DTSCs) from healthy donors.\n\n"
                + "Results\n\nDTSC-EVs carried CD63 and ALIX.\n";
        assertClaims(text, "DTSC-EVs carried",
                List.of("ExtracellularVesicle[StemCell] carries Cd63"), List.of("ExtracellularVesicle carries Cd63"));
    }

    @Test
    void theVerbShedIsNoSource() throws Exception {
        // the short form is case-kept: the lower-case verb in the next sentence is not the stem cells
        String text = "Notes\n\nWe cultured stem cells from human exfoliated deciduous teeth (SHED).\n\n"
                + "Results\n\nTumour cells shed exosomes that carried CD63.\n";
        List<String> claims = withHeads(() -> TestSupport.claimsOfText(dir, text, "Tumour cells shed"));
        assertTrue(claims.stream().noneMatch(c -> c.contains("StemCell")), () -> claims.toString());
    }

    @Test
    void theHeadsClassIsTheShortFormsReading() throws Exception {
        assertEquals(Map.of("SHED", "StemCell"),
                heads("We cultured stem cells from human exfoliated deciduous teeth (SHED) for two weeks."));
        assertEquals(Map.of("DTSC", "StemCell"), heads("We cultured deciduous teeth stem cells (DTSCs) for a week."));
    }

    @Test
    void aDiseaseAMethodOrAGeneIsNoSource() throws Exception {
        assertEquals(Map.of(), heads("Kidney tubular cells of patients with acute kidney injury (AKI) were studied."));
        assertEquals(Map.of(), heads("Vesicles from dendritic cells were purified by size exclusion chromatography (SEC)."));
        assertEquals(Map.of(), heads("Exosomes from macrophages were positive for tumour susceptibility gene 101 (TSG101)."));
    }

    @Test
    void twoCoordinatedHeadsNameNoOneSource() throws Exception {
        assertEquals(Map.of(), heads("We compared dendritic cells and stem cells from deciduous teeth (DSCs) in culture."));
    }

    @Test
    void aBracketNamingTheVesiclesIsNotTheirSource() throws Exception {
        assertEquals(Map.of(), heads("We isolated exosomes of stem cells from deciduous teeth (SCEs) by ultracentrifugation."));
    }

    @Test
    void aShortFormTheLexiconReadsKeepsItsReading() throws Exception {
        // "BMSC" is a lexicon synonym of the mesenchymal stem cell: the long form's head does not replace it
        assertEquals(Map.of(), heads("We cultured stromal cells isolated from rat bone marrow (BMSCs) for a week."));
    }
}
