package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch safety5 (twentieth session): a storage outcome in a sentence with no vesicle word ("The product is
 * stable for six months at -80 °C") is said of the preparation the text studies, with its kind and source (topic-preparation.yaml: discourse-property-classes, storage-outcomes; switch
 * -Dexokg.noDiscourseProperties). Invented sentences, each with a near neighbour that reads nothing.
 */
class PropertiesWithoutVesicleWordTest {

    @TempDir
    Path dir;

    private List<String> propertiesOf(String text, String words) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text, ".txt");
        return e.claims().stream().filter(c -> c.sentence().text().contains(words) && c.relation().localName().equals("hasProperty"))
                .map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + local(c.objectIri()))
                .distinct().toList();
    }

    private static final String SALIVA = "Saliva exosomes reduced oral mucositis in hamsters. The preparation was given as a rinse. ";

    @Test
    void aSafetyOutcomeIsLeftToTheOtherReadings() throws Exception {
        // LowToxicity is not among the discourse-property classes: a label alone after a subject that is no discourse
        // subject reads nothing
        assertEquals(List.of(), propertiesOf(SALIVA + "Single doses up to ten times the planned dose were well tolerated.\n",
                "planned dose"));
    }

    @Test
    void aStorageOutcomeIsTheStudiedPreparations() throws Exception {
        assertEquals(List.of("Exosome[Saliva] Stability"),
                propertiesOf(SALIVA + "The product is stable for six months at -80 °C.\n", "six months"));
    }

    @Test
    void aStorageOutcomeOfANamedDrugIsNot() throws Exception {
        assertEquals(List.of(), propertiesOf(SALIVA + "Free doxorubicin is stable for six months at -80 °C.\n", "six months"));
    }

    @Test
    void aStableStateThatIsNoStorageIsNot() throws Exception {
        assertEquals(List.of(), propertiesOf(SALIVA + "The weight of the hamsters was stable throughout the study.\n", "throughout"));
    }

    @Test
    void aQuestionOrADenialIsNot() throws Exception {
        assertEquals(List.of(), propertiesOf(SALIVA + "It is not known whether the rinse is well tolerated in people.\n", "in people"));
        assertEquals(List.of(), propertiesOf(SALIVA + "Is the product stable for six months at -80 °C?\n", "six months"));
    }
}
