package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (issue 15, branch preparationmentions38; convention cccccccc) In a text of one preparation, a bare vesicle word in a
 * sentence that reports the study's finding ("The exosomes were taken up by ...") is the preparation and takes its source
 * ({@link TextPreparation}, switch -Dexokg.preparationFindings, ON by default since branch decision42; applied here whatever the switch). A
 * present-tense general statement about the kind stays unqualified, and a text of two preparations leaves the bare word
 * unqualified. Invented texts.
 */
class PreparationFindingsTest {

    @TempDir
    Path dir;

    private static final String ONE_SOURCE = "We isolated extracellular vesicles from tear fluid of patients. Tear fluid EVs carried "
            + "CD63. Tear fluid EVs were used for diagnosis of dry eye disease. ";

    private static final String FINDING = "A single strip yielded about 10^8 EVs, which were positive for CD63.";

    /** The reading applied or not (the switch's two states), whatever the switch. */
    private boolean findings = true;

    private List<String> claims(String text, String words) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text + "\n", ".txt");
        List<Claim> all = TextPreparation.resolve(e.document().text(), e.mentions(), e.claims(),
                TestSupport.projectBuilder().lexicon(), findings);
        return all.stream().filter(c -> c.sentence().text().contains(words))
                .map(c -> TestSupport.local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + TestSupport.local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + TestSupport.local(c.objectIri()))
                .distinct().toList();
    }

    private static boolean anyQualified(List<String> c) {
        return c.stream().anyMatch(x -> x.contains("["));
    }

    @Test
    void aFindingOfTheBareWordTakesThePreparation() throws Exception {
        List<String> c = claims(ONE_SOURCE + FINDING, "A single strip");
        assertTrue(c.contains("ExtracellularVesicle[TearFluid] carries Cd63"), c.toString());
        assertFalse(c.contains("ExtracellularVesicle carries Cd63"), c.toString());
    }

    @Test
    void withoutTheReadingTheFindingStaysUnqualified() throws Exception {
        // the switch off (ON by default since branch decision42): neither the pipeline's document pass nor the call reads it
        findings = false;
        String before = System.getProperty("exokg.preparationFindings");
        System.setProperty("exokg.preparationFindings", "false");
        try {
            List<String> c = claims(ONE_SOURCE + FINDING, "A single strip");
            assertTrue(c.contains("ExtracellularVesicle carries Cd63"), c.toString());
        } finally {
            if (before == null) {
                System.clearProperty("exokg.preparationFindings");
            } else {
                System.setProperty("exokg.preparationFindings", before);
            }
        }
    }

    @Test
    void aGeneralStatementOfTheKindStaysUnqualified() throws Exception {
        List<String> c = claims(ONE_SOURCE + "EVs carry CD63 and other tetraspanins.", "other tetraspanins");
        assertFalse(c.isEmpty(), c.toString());
        assertFalse(anyQualified(c), c.toString());
    }

    @Test
    void aTextOfTwoPreparationsLeavesTheBareWord() throws Exception {
        List<String> c = claims(ONE_SOURCE + "Plasma EVs carried CD81. Plasma EVs were used for diagnosis of dry eye disease. "
                + FINDING, "A single strip");
        assertTrue(c.contains("ExtracellularVesicle carries Cd63"), c.toString());
        assertFalse(anyQualified(c), c.toString());
    }
}
