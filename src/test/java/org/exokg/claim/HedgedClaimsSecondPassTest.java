package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch hedged): hedged claims the extractor did not read at all, or read without their hedge, in the
 * shapes of the development sets' missed hedged rows (docs/extraction.md, "Hedged claims found, second pass"). Invented
 * sentences; each asserts subject, relation, object and hedging, with a trap where a frame could over-read.
 */
class HedgedClaimsSecondPassTest {

    private static Claim claim(String text, String subject, String relation, String object) {
        List<Claim> claims = projectClaims(text);
        return claims.stream().filter(c -> local(c.subjectIri()).equals(subject) && c.relation().localName().equals(relation)
                && local(c.objectIri()).equals(object)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + subject + " " + relation + " " + object + " in " + triples(claims)));
    }

    private static boolean has(String text, String relation, String object) {
        return projectClaims(text).stream().anyMatch(c -> c.relation().localName().equals(relation)
                && local(c.objectIri()).equals(object));
    }

    private static void hedgedAndAsserted(Claim c) {
        assertTrue(c.hedged(), c.toString());
        assertFalse(c.negated(), c.toString());
    }

    @Test
    void findingsTakenAsEvidenceAreHedged() {
        hedgedAndAsserted(claim("These findings were taken as evidence that milk exosomes cross the intestinal barrier.",
                "Exosome", "crosses", "IntestinalBarrier"));
        assertFalse(claim("Milk exosomes cross the intestinal barrier.", "Exosome", "crosses", "IntestinalBarrier").hedged());
    }

    @Test
    void aTreatmentUnderStudyIsAHedgedTreatment() {
        hedgedAndAsserted(claim("Neural stem cell exosomes are under study for stroke.", "Exosome", "treats", "Stroke"));
        // a disease word inside a hyphenated modifier is no disease treated
        String monitoring = "Such exosomes are being evaluated for monitoring the response to disease-modifying drugs.";
        hedgedAndAsserted(claim(monitoring, "Exosome", "usedFor", "TreatmentMonitoring"));
        assertFalse(has(monitoring, "treats", "Disease"));
    }

    @Test
    void announcedTestsAndPresentTenseHypothesesHedgeTheirClaims() {
        hedgedAndAsserted(claim("In the next phase, the team will test milk exosomes as carriers for insulin.",
                "Exosome", "usedFor", "DrugDelivery"));
        hedgedAndAsserted(claim("We hypothesise that MSC exosomes reduce fibrosis in chronic kidney disease.",
                "Exosome", "treats", "ChronicKidneyDisease"));
    }

    @Test
    void patientsWithADiseaseBenefitingFromTheVesiclesAreTreated() {
        Claim c = claim("Exosomes reduced tumour growth in mice. Whether they benefit patients with glioblastoma is unknown.",
                "Exosome", "treats", "BrainTumor");
        hedgedAndAsserted(c);
    }

    @Test
    void aModalIndicatorVerbIsAUseAsMarkerOrDiagnosis() {
        hedgedAndAsserted(claim("Urinary exosomes might distinguish prostate cancer from benign disease.",
                "Exosome", "usedFor", "Diagnosis"));
        hedgedAndAsserted(claim("Salivary EVs may predict relapse after surgery.", "ExtracellularVesicle", "usedFor", "Biomarker"));
        // the subject's second predicate after "and"
        hedgedAndAsserted(claim("EVs released by neurons reach the cerebrospinal fluid and may reflect the pathology of the brain.",
                "ExtracellularVesicle", "usedFor", "Biomarker"));
        // a finding in the past tense is no modal frame: (branch findings) read as a finding, by its own rule, asserted
        Claim finding = claim("EV counts predicted survival in the cohort.", "ExtracellularVesicle", "usedFor", "Biomarker");
        assertFalse(finding.hedged(), finding.toString());
        assertTrue(finding.rule().startsWith("vesicle-finding-predicate"), finding.rule());
    }

    @Test
    void theCargoOfAVesicleAdjectiveMeasuredInAFluidQualifiesTheVesicles() {
        Claim c = claim("Exosomal miR-21 in serum may predict relapse after surgery.", "Exosome", "usedFor", "Biomarker");
        hedgedAndAsserted(c);
        assertEquals("BloodSerum", local(c.qualifierIri()));
        assertEquals("BloodSerum", local(claim("Exosomal miR-21 in serum may predict relapse after surgery.",
                "Exosome", "carries", "MicroRNA").qualifierIri()));
    }

    @Test
    void aChallengePostulatedToLimitOrDelayTheVesiclesIsReadAndAsserted() {
        // (branch hedgescope, convention g of the sixteenth session) the challenge is the subject of the hedged predicate:
        // it is presupposed, and only its consequence ("limit the efficacy", "delay") is hedged; it was a hedged challenge
        Claim limits = claim("Rapid clearance by macrophages is thought to limit the efficacy of exosomes.",
                "Exosome", "hasChallenge", "RapidClearance");
        assertFalse(limits.hedged(), limits.toString());
        assertFalse(limits.negated(), limits.toString());
        assertFalse(claim("Regulatory uncertainty may delay exosome therapies.", "Exosome", "hasChallenge",
                "RegulatoryUncertainty").hedged());
        assertFalse(claim("Regulatory uncertainty delays exosome therapies.", "Exosome", "hasChallenge",
                "RegulatoryUncertainty").hedged());
    }

    @Test
    void anAlternativeToATherapyForOrAfterADiseaseTreatsIt() {
        hedgedAndAsserted(claim("Exosomes from adipose stem cells are postulated to be a safer alternative to cell therapy for osteoarthritis.",
                "Exosome", "treats", "Osteoarthritis"));
        hedgedAndAsserted(claim("Cardiac progenitor exosomes could be a cell-free therapy after myocardial infarction.",
                "Exosome", "treats", "CardiovascularDisease"));
        hedgedAndAsserted(claim("These exosomes may be a cell-free alternative to cell therapy after myocardial infarction.",
                "Exosome", "treats", "CardiovascularDisease"));
        // resistance to a therapy in a disease is no treatment of it
        assertFalse(has("Exosomes confer resistance to chemotherapy in breast cancer.", "treats", "BreastCancer"));
    }

    @Test
    void cellsReachedByCarriedCargoOrByAMeansClauseAreTargets() {
        hedgedAndAsserted(claim("Astrocyte EVs are suspected of carrying inflammatory microRNAs to microglia.",
                "ExtracellularVesicle", "targets", "MicroglialCell"));
        hedgedAndAsserted(claim("Platelet EVs are believed to promote metastasis by binding to circulating tumour cells.",
                "ExtracellularVesicle", "targets", "TumorCell"));
        hedgedAndAsserted(claim("Exosomes have been proposed as a route into microglia.", "Exosome", "targets", "MicroglialCell"));
        // a fluid is no cell the cargo is brought to
        assertFalse(has("Exosomes carry microRNAs to the circulation.", "targets", "Blood"));
    }

    @Test
    void antibodiesAgainstTheVesiclesAreTheirImmunogenicity() {
        hedgedAndAsserted(claim("Whether repeated injections induce antibodies against the exosomes is unknown.",
                "Exosome", "hasProperty", "Immunogenicity"));
        // a response named after "neither" is left unread rather than read as asserted
        assertTrue(projectClaims("Neither antibodies nor T cell responses against the exosomes were detected.").stream()
                .noneMatch(c -> local(c.objectIri()).equals("Immunogenicity") && !c.negated()));
    }

    @Test
    void cellsMadeSusceptibleToADiseaseMeanTheVesiclesContributeToIt() {
        hedgedAndAsserted(claim("Exosomes from infected cells may make bystander T cells more susceptible to infection.",
                "Exosome", "contributesTo", "InfectiousDisease"));
    }

    @Test
    void aPropertyAfterAModalOrAHedgingVerbIsAHedgedProperty() {
        hedgedAndAsserted(claim("Exosomes may be poorly immunogenic.", "Exosome", "hasProperty", "LowImmunogenicity"));
        hedgedAndAsserted(claim("Milk exosomes appear to be well tolerated.", "Exosome", "hasProperty", "LowToxicity"));
        Claim denied = claim("Exosomes might not be stable at room temperature.", "Exosome", "hasProperty", "Stability");
        assertTrue(denied.hedged() && denied.negated(), denied.toString());
        // a property word before a role noun is the role's attribute, not the vesicles' property
        assertFalse(has("Engineered EVs might be safer vehicles for gene therapy than viral vectors.", "hasProperty", "LowToxicity"));
    }

    @Test
    void aCarrierRoleWithAnEvaluativeAdjectiveOrFrontedIsAUse() {
        hedgedAndAsserted(claim("Plant nanovesicles are potential carriers for siRNA.", "PlantDerivedNanovesicle", "usedFor", "DrugDelivery"));
        assertFalse(claim("As carriers, exosomes offer several advantages.", "Exosome", "usedFor", "DrugDelivery").hedged());
        assertFalse(claim("However, as a drug carrier, exosomes face certain challenges.", "Exosome", "usedFor", "DrugDelivery").hedged());
        // biology, not a use: no evaluative adjective; and a carrier named in a comparison is no role of the vesicles
        assertFalse(has("EVs are natural carriers of RNA.", "usedFor", "DrugDelivery"));
        assertFalse(has("Compared with synthetic nanocarriers, EVs offer lower toxicity.", "usedFor", "DrugDelivery"));
    }

    @Test
    void anAnnouncedTestDoesNotHedgeTheRelativeClauseOfAnApposition() {
        String text = "The company plans to test EXO-2, a second engineered exosome that carries an antisense oligonucleotide, next year.";
        assertFalse(claim(text, "EngineeredExosome", "carries", "TherapeuticNucleicAcid").hedged());
        // a complementiser "that" is no apposition: the belief still hedges
        hedgedAndAsserted(claim("It is thought that engineered exosomes carry antisense oligonucleotides.",
                "EngineeredExosome", "carries", "TherapeuticNucleicAcid"));
    }
}
