package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch hedgerecall): hedged statements whose hedge or modal material stood between the vesicle and what the
 * rule reads, so the claim was not read at all (docs/extraction.md, "Hedged statements found"). Invented sentences in
 * the shapes of the development sets' missed hedged claims; each asserts relation, object and hedging, and a trap.
 */
class HedgedFramesTest {

    private static Claim claim(String sentence, String subject, String relation, String object) {
        List<Claim> claims = projectClaims(sentence);
        return claims.stream().filter(c -> local(c.subjectIri()).equals(subject) && c.relation().localName().equals(relation)
                && local(c.objectIri()).equals(object)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + subject + " " + relation + " " + object + " in " + triples(claims)));
    }

    private static boolean has(String sentence, String relation, String object) {
        return projectClaims(sentence).stream().anyMatch(c -> c.relation().localName().equals(relation)
                && local(c.objectIri()).equals(object));
    }

    private static void hedgedAndAsserted(Claim c) {
        assertTrue(c.hedged(), c.toString());
        assertFalse(c.negated(), c.toString());
    }

    @Test
    void aVesicleExploitedOrProposedAsATherapyForADiseaseTreatsIt() {
        // "could be exploited as / have been proposed as a cell-free therapy for <disease>": the modal frame hid the therapy
        hedgedAndAsserted(claim("Such exosomes could be exploited as a cell-free therapy for psoriasis.",
                "Exosome", "treats", "Psoriasis"));
        hedgedAndAsserted(claim("Neural stem cell exosomes have been proposed as a new therapy for stroke.",
                "Exosome", "treats", "Stroke"));
        // the therapy's own disease, not the vesicles': no treatment read from a biomarker
        assertFalse(has("Such exosomes could be exploited as biomarkers for psoriasis.", "treats", "Psoriasis"));
    }

    @Test
    void aComparativeOrAnAlternativeBeforeTheTherapyKeepsTheReading() {
        // "may be a safer cell-free therapy for X than ...", "are thought to be a promising new therapy for X"
        hedgedAndAsserted(claim("These exosomes may therefore be a safer cell-free therapy for psoriasis than the cells themselves.",
                "Exosome", "treats", "Psoriasis"));
        hedgedAndAsserted(claim("Engineered exosomes are thought to be a promising new therapy for psoriasis.",
                "EngineeredExosome", "treats", "Psoriasis"));
        // a vehicle for a therapy of the disease
        hedgedAndAsserted(claim("Engineered exosomes might be safer vehicles for gene therapy of psoriasis than viral vectors.",
                "EngineeredExosome", "treats", "Psoriasis"));
    }

    @Test
    void anAdverbAfterTheCopulaStillMakesAConsiderationAHedge() {
        // "are therefore considered poorly immunogenic": an adverb between copula and "considered"
        hedgedAndAsserted(claim("Exosomes from immature dendritic cells lack costimulatory molecules and are therefore considered "
                + "poorly immunogenic.", "Exosome", "hasProperty", "LowImmunogenicity"));
    }

    @Test
    void aCostThatCouldProveProhibitiveIsAHedgedChallenge() {
        // a modal with "prove"/"be" before the predicate of the challenge event: the event was not read
        hedgedAndAsserted(claim("The cost of producing autologous exosome batches could prove prohibitive.",
                "Exosome", "hasChallenge", "HighCost"));
        // asserted form unchanged
        Claim plain = claim("The cost of producing autologous exosome batches remains high.", "Exosome", "hasChallenge", "HighCost");
        assertFalse(plain.hedged(), plain.toString());
    }

    @Test
    void theHedgedTherapyFrameAsASecondPredicateOfTheSubject() {
        // "... and could be exploited as a cell-free therapy for X": the modal opens the second predicate
        hedgedAndAsserted(claim("Urinary EVs are postulated to transfer microRNAs to tubular epithelial cells and could be exploited "
                + "as a cell-free therapy for acute kidney injury.", "ExtracellularVesicle", "treats", "AcuteKidneyInjury"));
        // a biomarker there is no treatment
        assertFalse(has("Urinary EVs carry microRNAs and could be exploited as biomarkers for acute kidney injury.",
                "treats", "AcuteKidneyInjury"));
    }

    @Test
    void vesiclesPostulatedToSpreadACargoBetweenCellsReachThoseCells() {
        hedgedAndAsserted(claim("Exosomes released by microglia are postulated to spread tau between connected neurons.",
                "Exosome", "targets", "Neuron"));
        hedgedAndAsserted(claim("Whether the exosomes also spread TDP-43 pathology between motor neurons remains unknown.",
                "Exosome", "targets", "Neuron"));
        // another clause's spreading is not the vesicles': the comma ends their clause
        assertFalse(has("Exosomes carry amyloid-beta, and misfolded proteins spread between connected neurons.", "targets", "Neuron"));
    }

    @Test
    void vesiclesBelievedToActOnCellsTargetThem() {
        hedgedAndAsserted(claim("It is believed that the exosomes act not only on tumour cells but also on stromal cells.",
                "Exosome", "targets", "TumorCell"));
    }

    @Test
    void vesiclesProposedAsMarkersOfSomethingAreUsedAsBiomarkers() {
        hedgedAndAsserted(claim("Such exosomes could be exploited as markers of disease activity.", "Exosome", "usedFor", "Biomarker"));
        hedgedAndAsserted(claim("Urinary EVs are a promising source of markers for kidney disease.",
                "ExtracellularVesicle", "usedFor", "Biomarker"));
        hedgedAndAsserted(claim("Tumour EVs could be exploited as markers of treatment response.",
                "ExtracellularVesicle", "usedFor", "TreatmentMonitoring"));
        // what the vesicles are mistaken for is no use of theirs
        assertFalse(has("Bacterial OMVs may be mistaken for disease markers of host origin.", "usedFor", "Biomarker"));
    }

    @Test
    void aParentheticalHoweverAfterTheModalKeepsTheHedge() {
        // "could, however, be exploited": before, "however" cut the clause and the modal was out of the hedge's scope
        hedgedAndAsserted(claim("Bacterial OMVs could, however, be exploited as biomarkers of intestinal barrier damage.",
                "BacterialOuterMembraneVesicle", "usedFor", "Biomarker"));
        // "however" between two clauses still separates them: the first clause's modal does not hedge the second
        Claim second = claim("Liposomes may be toxic; however, exosomes cross the blood-brain barrier.",
                "Exosome", "crosses", "BloodBrainBarrier");
        assertFalse(second.hedged(), second.toString());
    }

    @Test
    void keepingADiseaseInCheckOrShieldingFromItIsTreatingIt() {
        hedgedAndAsserted(claim("Exosomes from infected macrophages present antigens to T cells and may help to control infection.",
                "Exosome", "treats", "InfectiousDisease"));
        hedgedAndAsserted(claim("Human milk exosomes may protect preterm infants from necrotising enterocolitis.",
                "Exosome", "treats", "InflammatoryDisease"));
        // a destination or a control group is no disease kept in check
        assertFalse(has("Exosomes were compared with control liposomes in mice with colitis.", "treats", "InflammatoryBowelDisease"));
    }

    @Test
    void aCargoThoughtToSpreadInsideTheVesiclesIsCarried() {
        hedgedAndAsserted(claim("Misfolded alpha-synuclein is thought to propagate through the brain inside extracellular vesicles.",
                "ExtracellularVesicle", "carries", "Protein"));
    }

    @Test
    void hedgedPredicatesThatHadNoClass() {
        hedgedAndAsserted(claim("Lyophilised exosomes are postulated to keep their activity for months at room temperature.",
                "Exosome", "hasProperty", "Stability"));
        hedgedAndAsserted(claim("Neutrophil-derived EVs may likewise contribute to endothelial damage.",
                "ExtracellularVesicle", "contributesTo", "Injury"));
        hedgedAndAsserted(claim("CSF exosomes could be used to monitor disease progression in clinical trials.",
                "Exosome", "usedFor", "TreatmentMonitoring"));
        // the sizing assay is no imaging use
        assertFalse(has("Exosomes and liposomes overlapped in size, so nanoparticle tracking could not tell them apart.",
                "usedFor", "Imaging"));
    }
}
