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
 * Issue 15, branch treatsmisses37 (docs/extraction.md, "Treatments and disease contributions the extractor missed"):
 * the disease named as the study's setting that opens the sentence ("In rats with induced colitis, the vesicles lowered
 * ..."), switch {@code -Dexokg.diseaseSetting} (OFF by default, the brief's rule). Invented sentences, none from a gold
 * set, through the real pipeline; each reading next to neighbours that must give no treats claim of the rule.
 */
@ExtendWith(WithoutClaimConfidence.class)
class TreatsMissReadingsTest {

    private static final String SWITCH = "exokg.diseaseSetting";

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty(SWITCH);
    }

    /** The claims of the sentence that holds {@code words}, as "relation Object {rule}" with NOT for a denial. */
    private List<String> claims(String sentence, String words) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, sentence + "\n", ".txt");
        return e.claims().stream().filter(c -> c.sentence().text().contains(words))
                .map(c -> (c.negated() ? "NOT " : "") + c.relation().localName() + " " + local(c.objectIri()) + " {" + c.rule() + "}")
                .toList();
    }

    private static boolean read(List<String> got, String claim) {
        return got.stream().anyMatch(c -> c.startsWith(claim + " {") && c.contains("treatsmisses37-"));
    }

    private static boolean anyOfRule(List<String> got) {
        return got.stream().anyMatch(c -> c.contains("treatsmisses37-"));
    }

    @Test
    void settingThatOpensTheSentenceIsTreated() throws Exception {
        System.setProperty(SWITCH, "true");
        List<String> model = claims("In a rat model of pulmonary fibrosis, exosomes lowered the breathing rate.", "breathing");
        assertTrue(read(model, "treats PulmonaryFibrosis"), model.toString());
        // the vesicles' own source term closes a list with the disease: the words between are empty
        List<String> sourced = claims("In a rat model of pulmonary fibrosis, MSC exosomes lowered the breathing rate.", "breathing");
        assertTrue(read(sourced, "treats PulmonaryFibrosis"), sourced.toString());
        List<String> animals = claims("In mice with psoriasis, a cream containing milk-EVs reduced the redness of the ears.", "redness");
        assertTrue(read(animals, "treats Psoriasis"), animals.toString());
    }

    @Test
    void neighboursGiveNothing() throws Exception {
        System.setProperty(SWITCH, "true");
        // no verb of benefit after the comma: where the vesicles went
        List<String> went = claims("In mice with colitis, the milk exosomes accumulated in the inflamed colon.", "inflamed");
        assertFalse(anyOfRule(went), went.toString());
        // a denial after the comma: no positive claim of the rule (nor a denied one: the cues would not scope it)
        List<String> denied = claims("In a rat model of pulmonary fibrosis, the MSC exosomes did not improve lung compliance.", "compliance");
        assertFalse(anyOfRule(denied), denied.toString());
        // the setting does not open the sentence: the vesicles' source, not a treatment
        List<String> source = claims("Milk exosomes were isolated from the plasma of rats with colitis.", "plasma");
        assertFalse(anyOfRule(source), source.toString());
        // carrying is no benefit, and "reduced" belongs to another subject only when no vesicle follows the comma
        List<String> carried = claims("In patients with lung cancer, plasma EVs carried more PD-L1.", "PD-L1");
        assertFalse(anyOfRule(carried), carried.toString());
    }

    @Test
    void switchOffReadsNothing() throws Exception {
        System.setProperty(SWITCH, "false");
        List<String> model = claims("In a rat model of pulmonary fibrosis, exosomes lowered the breathing rate.", "breathing");
        assertFalse(anyOfRule(model), model.toString());
    }
}
