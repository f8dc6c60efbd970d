package org.exokg.claim;

import static org.exokg.TestSupport.documentClaims;
import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (twenty-fifth session): general verb families of treating written from general knowledge (claim rules
 * relationverbs-vesicle-counters-disease and relationverbs-vesicle-repairs-in-disease): verbs and nouns that lessen a
 * disease ("reversed", "delayed the onset of", "regression of", "resolution of") and verbs of protection or repair
 * stated in animals or patients with the disease. Their look-alikes (a drug's effect or an uptake lessened, a disease
 * worsened) give no treats. Invented sentences, both ways, read as one-sentence documents.
 */
class TreatingVerbFamiliesTest {

    private static Optional<Claim> find(String sentence, String relation, String object) {
        return documentClaims(sentence).stream()
                .filter(c -> c.relation().localName().equals(relation) && local(c.objectIri()).equals(object)).findFirst();
    }

    private static Claim claim(String sentence, String relation, String object) {
        return find(sentence, relation, object).orElseThrow(() -> new AssertionError(
                "no " + relation + " " + object + " in " + triples(documentClaims(sentence))));
    }

    private static void none(String sentence, String relation, String object) {
        assertTrue(find(sentence, relation, object).isEmpty(), sentence + " -> " + triples(documentClaims(sentence)));
    }

    @Test
    void verbsAndNounsThatLessenTheDiseaseTreatIt() {
        assertFalse(claim("Milk vesicles reversed liver fibrosis in mice.", "treats", "LiverFibrosis").negated());
        claim("Plasma exosomes delayed the onset of type 1 diabetes in young mice.", "treats", "DiabetesMellitus");
        claim("MSC exosomes led to the regression of breast cancer.", "treats", "BreastCancer");
        // a negation of the clause denies it, as for every rule
        assertTrue(claim("Milk vesicles did not reverse liver fibrosis.", "treats", "LiverFibrosis").negated());
    }

    @Test
    void protectionOrRepairInTheDiseaseTreatsIt() {
        claim("MSC exosomes protected cartilage in a rat model of osteoarthritis.", "treats", "Osteoarthritis");
        claim("Exosomes from dental pulp stem cells promote hair regrowth in androgenetic alopecia.", "treats", "Alopecia");
    }

    @Test
    void aLessenedDrugEffectOrUptakeOrAWorsenedDiseaseIsNoTreatment() {
        none("Tumour exosomes may reverse the effect of chemotherapy in breast cancer.", "treats", "BreastCancer");
        none("Tumour exosomes diminished the uptake of the drug in breast cancer.", "treats", "BreastCancer");
        // the opposite verb: a contribution, never a treatment
        none("Exosomes from macrophages worsened colitis in mice.", "treats", "InflammatoryDisease");
        claim("Exosomes from macrophages worsened colitis in mice.", "contributesTo", "InflammatoryDisease");
    }
}
