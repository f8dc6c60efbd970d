package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch outcomes34: outcomes stated as a measured change, read by the measure's head (docs/extraction.md,
 * "Outcomes stated as a measured change"): a body part the vesicles protect, swelling, a scar, an infiltrate, the
 * strength of a repaired tissue, each the disease the text studies. Invented sentences, none from a gold set, through the
 * real pipeline; each reading next to a neighbour that must read nothing, and the switch {@code -Dexokg.measuredOutcomes}.
 */
@ExtendWith(WithoutClaimConfidence.class)
class MeasuredOutcomesTest {

    private static final String SWITCH = "exokg.measuredOutcomes";

    @TempDir
    Path dir;

    @BeforeEach
    void switchOn() {
        System.setProperty(SWITCH, "true"); // OFF by default (decided on the pool 30-32 + 36 + 37); the reading is tested on
    }

    @AfterEach
    void restore() {
        System.clearProperty(SWITCH);
    }

    private static final String PREP = "Exosomes of mesenchymal stem cells in acute kidney injury\n\n"
            + "We gave exosomes from mesenchymal stem cells to mice with acute kidney injury.\n\nResults\n\n";

    private List<String> claims(String sentence, String words) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, PREP + sentence + "\n", ".txt");
        return e.claims().stream().filter(c -> c.sentence().text().contains(words))
                .map(c -> local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + c.relation().localName() + " "
                        + local(c.objectIri())).toList();
    }

    private static boolean treats(List<String> got) {
        return got.stream().anyMatch(c -> c.endsWith(" treats AcuteKidneyInjury"));
    }

    @Test
    void bodyPartProtectedIsTheStudiedDiseaseTreated() throws Exception {
        List<String> kidney = claims("The exosomes protected the kidney from cisplatin.", "protected the kidney");
        assertTrue(treats(kidney), kidney.toString());
        List<String> shielded = claims("The exosomes shielded the kidneys of treated mice.", "shielded");
        assertTrue(treats(shielded), shielded.toString());
        // the organ as the vesicles' source, not as what they protect
        List<String> source = claims("Exosomes from the kidney carried microRNAs.", "from the kidney");
        assertFalse(source.stream().anyMatch(c -> c.contains(" treats ")), source.toString());
        // cells in a dish: no outcome of the disease
        List<String> dish = claims("The exosomes protected cultured tubular epithelial cells from cisplatin in vitro.", "cultured");
        assertFalse(treats(dish), dish.toString());
        // the organ as a modifier of another noun ("kidney grafts") is no body part protected
        List<String> grafts = claims("The exosomes protected kidney grafts.", "grafts");
        assertFalse(treats(grafts), grafts.toString());
        // cells the vesicles protect are targets (vesicle-protects-cells), not this reading's measure
        List<String> cells = claims("The exosomes protected tubular cells from apoptosis.", "apoptosis");
        assertFalse(treats(cells), cells.toString());
    }

    @Test
    void swellingScarInfiltrateAndStrengthAreMeasures() throws Exception {
        List<String> swelling = claims("The exosomes reduced tissue swelling by half.", "swelling");
        assertTrue(treats(swelling), swelling.toString());
        List<String> scar = claims("The exosomes reduced the area of the fibrotic scar by a third.", "scar");
        assertTrue(treats(scar), scar.toString());
        List<String> infiltrate = claims("The exosomes reduced the infiltration of neutrophils.", "infiltration");
        assertTrue(treats(infiltrate), infiltrate.toString());
        List<String> strength = claims("The exosomes raised the tensile strength of the repaired tissue.", "tensile");
        assertTrue(treats(strength), strength.toString());
        // a worsening of a measure better lower is no treatment; the swelling of cells is no outcome
        List<String> worse = claims("The exosomes increased tissue swelling.", "swelling");
        assertFalse(treats(worse), worse.toString());
        List<String> cells = claims("The exosomes reduced cell swelling.", "swelling");
        assertFalse(treats(cells), cells.toString());
        // not an outcome: the uptake of something
        List<String> uptake = claims("The exosomes reduced the uptake of cisplatin.", "uptake");
        assertFalse(treats(uptake), uptake.toString());
    }

    @Test
    void switchOffReadsNone() throws Exception {
        System.setProperty(SWITCH, "false");
        List<String> kidney = claims("The exosomes protected the kidney from cisplatin.", "protected the kidney");
        assertFalse(treats(kidney), kidney.toString());
        List<String> scar = claims("The exosomes reduced the area of the fibrotic scar by a third.", "scar");
        assertFalse(treats(scar), scar.toString());
    }
}
