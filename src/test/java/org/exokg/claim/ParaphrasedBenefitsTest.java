package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch paraphrase33: the vesicles' Stability stated in other words (docs/extraction.md, "Benefits stated in
 * other words"): what they came through ("survived simulated gastric fluid", "resisted gastric acid and bile salts", "were
 * resistant to gastric fluid") and the cargo they shield from degradation ("protected the siRNA from RNase"); and immune
 * cells whose proliferation the vesicles curb as usedFor Immunomodulation (convention yy). Invented
 * sentences, none from a gold set, through the real pipeline; each reading next to a neighbour that must read nothing, and
 * the switches {@code -Dexokg.stabilityParaphrases} and {@code -Dexokg.curbedImmuneCells} (both ON by default).
 */
@ExtendWith(WithoutClaimConfidence.class)
class ParaphrasedBenefitsTest {

    private static final String STABILITY = "exokg.stabilityParaphrases";
    private static final String IMMUNE = "exokg.curbedImmuneCells";

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty(STABILITY);
        System.clearProperty(IMMUNE);
    }

    private static final String PREP = "We isolated nanovesicles from kiwi fruit and loaded them with siRNA. ";

    private List<String> claims(String sentence, String words) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, PREP + sentence + "\n", ".txt");
        return e.claims().stream().filter(c -> c.sentence().text().contains(words))
                .map(c -> local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + c.relation().localName() + " "
                        + local(c.objectIri())).toList();
    }

    private static boolean stable(List<String> got) {
        return got.stream().anyMatch(c -> c.endsWith("hasProperty Stability") && !c.contains(" NOT "));
    }

    @Test
    void cameThroughDigestionIsStability() throws Exception {
        List<String> survived = claims("The kiwi nanovesicles survived simulated gastric and intestinal juice with little loss.", "survived");
        assertTrue(stable(survived), survived.toString());
        List<String> resisted = claims("The kiwi nanovesicles resisted stomach acid and bile salts in vitro.", "resisted");
        assertTrue(stable(resisted), resisted.toString());
        List<String> resistant = claims("The kiwi nanovesicles were largely resistant to pepsin.", "resistant");
        assertTrue(stable(resistant), resistant.toString());
        // no vesicle came through anything: bacteria that survive the stomach are no claim of the vesicles
        List<String> bacteria = claims("Lactobacilli in the yoghurt resisted gastric acid in healthy volunteers.", "yoghurt");
        assertFalse(bacteria.stream().anyMatch(c -> c.contains("Stability")), bacteria.toString());
        // a drug the tumour resists is no digestion
        List<String> drug = claims("Gastric tumour cells resistant to cisplatin released more vesicles.", "cisplatin");
        assertFalse(drug.stream().anyMatch(c -> c.contains("Stability")), drug.toString());
        // the insult word naming a disease: the cells' drug resistance in a cancer, not the vesicles' digestion
        List<String> cancer = claims("Exosomes derived from cells resistant to fluorouracil in gastric cancer carried miR-21.", "fluorouracil");
        assertFalse(cancer.stream().anyMatch(c -> c.contains("Stability")), cancer.toString());
    }

    @Test
    void cargoShieldedFromDegradationIsStability() throws Exception {
        List<String> shielded = claims("The kiwi nanovesicles protected the siRNA from serum nucleases for a day.", "protected");
        assertTrue(stable(shielded), shielded.toString());
        // cells protected from a harm: an effect, not the vesicles' stability
        List<String> cells = claims("The kiwi nanovesicles protected hepatocytes from apoptosis.", "apoptosis");
        assertFalse(cells.stream().anyMatch(c -> c.contains("Stability")), cells.toString());
    }

    @Test
    void curbedImmuneCellsAreImmunomodulation() throws Exception {
        List<String> curbed = claims("The kiwi nanovesicles suppressed the proliferation of activated helper T cells by half.", "proliferation");
        assertTrue(curbed.stream().anyMatch(c -> c.endsWith("targets TCell") && !c.contains(" NOT ")), curbed.toString());
        assertTrue(curbed.stream().anyMatch(c -> c.endsWith("usedFor Immunomodulation")), curbed.toString());
        // cells of no immune kind whose growth is curbed: a target, no immune use
        List<String> fibroblasts = claims("The kiwi nanovesicles reduced the proliferation of dermal fibroblasts.", "fibroblasts");
        assertFalse(fibroblasts.stream().anyMatch(c -> c.contains("Immunomodulation")), fibroblasts.toString());
        // in a tumour text the suppression is the tumour's escape, not a use
        List<String> tumour = claims("Tumour nanovesicles suppressed the proliferation of cytotoxic T cells.", "cytotoxic");
        assertFalse(tumour.stream().anyMatch(c -> c.contains("Immunomodulation")), tumour.toString());
    }

    @Test
    void switchedOffReadsNothing() throws Exception {
        System.setProperty(STABILITY, "false");
        System.setProperty(IMMUNE, "false");
        List<String> survived = claims("The kiwi nanovesicles survived simulated gastric and intestinal juice with little loss.", "survived");
        assertFalse(stable(survived), survived.toString());
        List<String> shielded = claims("The kiwi nanovesicles protected the siRNA from serum nucleases for a day.", "protected");
        assertFalse(stable(shielded), shielded.toString());
        List<String> curbed = claims("The kiwi nanovesicles suppressed the proliferation of activated helper T cells by half.", "proliferation");
        assertFalse(curbed.stream().anyMatch(c -> c.contains("Immunomodulation")), curbed.toString());
    }
}
