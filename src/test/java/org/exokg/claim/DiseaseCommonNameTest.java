package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch diseaselexicon (twenty-fourth session): a disease, injury or condition named by a common word the
 * lexicon lacked (a cancer by site or histology, a kidney disease, a wound, an ovarian condition) is read as the most
 * specific existing disease class (ontology block of branch diseaselexicon: narrow synonyms and adjective patterns).
 * Invented sentences, each with a near neighbour in which a similar word names no disease.
 */
class DiseaseCommonNameTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    @Test
    void cancerBySiteOrHistologyIsACancer() throws Exception {
        List<String> glioma = claims("Exosomes from mesenchymal stem cells loaded with siRNA suppressed ependymoma in mice.");
        assertTrue(TestSupport.anyContains(glioma, " BrainTumor"), glioma.toString());
        List<String> sarcoma = claims("Exosomes from mesenchymal stem cells loaded with doxorubicin suppressed rhabdomyosarcoma in mice.");
        assertTrue(TestSupport.anyContains(sarcoma, " Cancer"), sarcoma.toString());
    }

    @Test
    void organDiseaseNameIsItsClass() throws Exception {
        List<String> kidney = claims("Exosomes from mesenchymal stem cells reduced glomerulonephritis in mice.");
        assertTrue(TestSupport.anyContains(kidney, "treats ChronicKidneyDisease"), kidney.toString());
        List<String> wound = claims("Exosomes from mesenchymal stem cells accelerated the healing of pressure ulcers in rats.");
        assertTrue(TestSupport.anyContains(wound, "treats Injury"), wound.toString());
    }

    @Test
    void conditionIsReadButItsHealthyWordIsNot() throws Exception {
        List<String> ovary = claims("Exosomes from mesenchymal stem cells restored ovarian function in mice with premature ovarian insufficiency.");
        assertTrue(TestSupport.anyContains(ovary, "treats Disease"), ovary.toString());
        // fertility itself is no disease
        List<String> fertility = claims("Exosomes from mesenchymal stem cells did not change the fertility of the treated mice.");
        assertTrue(!TestSupport.anyContains(fertility, "treats Disease") && !TestSupport.anyContains(fertility, "targets Disease"), fertility.toString());
    }

    @Test
    void septicBeforeAnAnimalNounIsSepsisButAsepticIsNot() throws Exception {
        List<String> septic = claims("Exosomes from mesenchymal stem cells improved the survival of septic mice.");
        assertTrue(TestSupport.anyContains(septic, "treats InfectiousDisease"), septic.toString());
        // "aseptic conditions": a way of working, no infection
        List<String> aseptic = claims("Exosomes from mesenchymal stem cells were prepared under aseptic conditions and given to mice.");
        assertTrue(!TestSupport.anyContains(aseptic, "InfectiousDisease"), aseptic.toString());
    }
}
