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
 * Issue 15, branch hedgedmisses35: hedged uses no rule read (docs/extraction.md, "Hedged claims the extractor missed";
 * HedgedMissReadings): a use tested in a disease, a role the vesicles may become for a disease, a drug they may deliver.
 * Invented sentences, none from a gold set, through the real pipeline; each reading next to a neighbour that must read
 * nothing, and each claim hedged. Each test turns the switches on; the last checks the defaults (all four OFF since
 * decision39, the stricter decision rule; the three treats readings were ON before) and the switches turned on.
 */
@ExtendWith(WithoutClaimConfidence.class)
class HedgedMissesTest {

    private static final List<String> SWITCHES = List.of("exokg.testedInDisease", "exokg.modalRoleForDisease",
            "exokg.modalDeliveryUse", "exokg.trialObjectives");

    @BeforeEach
    void on() {
        SWITCHES.forEach(s -> System.setProperty(s, "true"));
    }

    @AfterEach
    void off() {
        SWITCHES.forEach(System::clearProperty);
    }

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    private static List<String> shown(DocumentExtraction e, String words) {
        return e.claims().stream().filter(c -> c.sentence().text().contains(words))
                .map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + local(c.objectIri())
                        + (c.hedged() ? " HEDGED" : "")).toList();
    }

    @Test
    void aUseTestedInADiseaseIsAHedgedTreatment() throws Exception {
        DocumentExtraction e = extract("Platelet exosomes have been tested in several rodent models of osteoarthritis.\n");
        List<String> got = shown(e, "have been tested");
        assertTrue(got.stream().anyMatch(c -> c.endsWith("treats Osteoarthritis HEDGED")), got.toString());
        // not tested: nothing is said to have been done
        DocumentExtraction not = extract("Platelet exosomes have not been tested in models of osteoarthritis.\n");
        assertFalse(shown(not, "not been tested").stream().anyMatch(c -> c.contains("treats Osteoarthritis") && !c.contains(" NOT ")),
                shown(not, "not been tested").toString());
    }

    @Test
    void aRoleTheVesiclesMayBecomeForADiseaseIsAHedgedTreatment() throws Exception {
        DocumentExtraction e = extract("Goat milk exosomes could one day become a cheap supplement for children with colitis.\n");
        List<String> got = shown(e, "cheap supplement");
        assertTrue(got.stream().anyMatch(c -> c.contains("treats") && c.endsWith("HEDGED")), got.toString());
        DocumentExtraction term = extract("Platelet exosomes could become a cheap therapy for patients with osteoarthritis.\n");
        List<String> terms = shown(term, "cheap therapy");
        assertTrue(terms.stream().anyMatch(c -> c.endsWith("treats Osteoarthritis HEDGED")), terms.toString());
        // a product the vesicle word modifies is the subject (convention j)
        DocumentExtraction product = extract("Exosome-based vaccines could offer a needle-free alternative to injections for children with measles.\n");
        assertFalse(shown(product, "needle-free").stream().anyMatch(c -> c.contains(" treats ")), shown(product, "needle-free").toString());
        // a marker is no role of treatment
        DocumentExtraction marker = extract("Urine exosomes could become a cheap marker for patients with kidney cancer.\n");
        assertFalse(shown(marker, "cheap marker").stream().anyMatch(c -> c.contains(" treats ")), shown(marker, "cheap marker").toString());
    }

    @Test
    void aDrugTheVesiclesMayDeliverIsAHedgedDrugDelivery() throws Exception {
        DocumentExtraction e = extract("Grape nanovesicles could deliver doxorubicin to the colon.\n");
        List<String> got = shown(e, "could deliver");
        assertTrue(got.stream().anyMatch(c -> c.endsWith("usedFor DrugDelivery HEDGED")), got.toString());
        // the vesicles' own molecules are no drug
        DocumentExtraction own = extract("Grape nanovesicles could carry microRNAs to the colon.\n");
        assertFalse(shown(own, "could carry").stream().anyMatch(c -> c.contains("DrugDelivery")), shown(own, "could carry").toString());
    }

    @Test
    void aTrialObjectiveOfBenefitIsAHedgedTreatment() throws Exception {
        DocumentExtraction e = extract("This pilot trial tests whether inhaled platelet exosomes shorten the hospital stay in adults with ulcerative colitis.\n");
        List<String> got = shown(e, "pilot trial");
        assertTrue(got.stream().anyMatch(c -> c.contains("treats") && c.endsWith("HEDGED")), got.toString());
        // a diagnostic question names no treatment
        DocumentExtraction dx = extract("This study tests whether urine exosomes can distinguish benign from malignant tumours in men with prostate cancer.\n");
        assertFalse(shown(dx, "distinguish").stream().anyMatch(c -> c.contains(" treats ")), shown(dx, "distinguish").toString());
    }

    @Test
    void defaultsAndSwitchesOff() throws Exception {
        SWITCHES.forEach(System::clearProperty);
        // OFF by default since decision39: the use tested in a disease, the role for a disease, the drug delivered
        DocumentExtraction off = extract("Platelet exosomes have been tested in several rodent models of osteoarthritis.\n");
        assertFalse(shown(off, "have been tested").stream().anyMatch(c -> c.contains("treats")), shown(off, "have been tested").toString());
        DocumentExtraction role = extract("Platelet exosomes could become a cheap therapy for patients with osteoarthritis.\n");
        assertFalse(shown(role, "cheap therapy").stream().anyMatch(c -> c.contains("treats")), shown(role, "cheap therapy").toString());
        DocumentExtraction drug = extract("Grape nanovesicles could deliver doxorubicin to the colon.\n");
        assertFalse(shown(drug, "could deliver").stream().anyMatch(c -> c.contains("DrugDelivery")), shown(drug, "could deliver").toString());
        SWITCHES.forEach(s -> System.setProperty(s, "true"));
        DocumentExtraction on = extract("Platelet exosomes have been tested in several rodent models of osteoarthritis.\n");
        assertTrue(shown(on, "have been tested").stream().anyMatch(c -> c.endsWith("treats Osteoarthritis HEDGED")), shown(on, "have been tested").toString());
    }
}
