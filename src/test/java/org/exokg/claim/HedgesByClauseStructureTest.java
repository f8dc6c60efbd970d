package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch hedged3): hedged claims whose reading depended on the structure of the clause that holds the cue
 * (docs/extraction.md, "Hedges by clause structure"): a carrier role in the complement of a use frame, the perfect
 * "have been studied as", a compound modifier before a proposed role, premodified coordinated vesicle subjects, and a
 * barrier named by its head noun. Invented sentences; each asserts subject, qualifier, relation, object and the hedge
 * flag, next to a neighbour that must not be read, hedged or denied.
 */
class HedgesByClauseStructureTest {

    private static List<Claim> find(List<Claim> claims, String subject, String qualifier, String relation, String object) {
        return claims.stream().filter(c -> local(c.subjectIri()).equals(subject) && c.relation().localName().equals(relation)
                && local(c.objectIri()).equals(object)
                && (qualifier == null ? c.qualifierIri() == null : c.qualifierIri() != null && local(c.qualifierIri()).equals(qualifier)))
                .toList();
    }

    private static Claim claim(String text, String subject, String qualifier, String relation, String object) {
        List<Claim> claims = projectClaims(text);
        return find(claims, subject, qualifier, relation, object).stream().findFirst().orElseThrow(() -> new AssertionError(
                "no " + subject + "[" + qualifier + "] " + relation + " " + object + " in " + triples(claims)));
    }

    @Test
    void aCarrierRoleWithAUseAdjectiveIsAUseEvenAfterServeAs() {
        assertTrue(claim("Turmeric nanovesicles may serve as oral carriers of anti-inflammatory drugs.",
                "PlantDerivedNanovesicle", "Rhizome", "usedFor", "DrugDelivery").hedged());
        // the vesicles' biology, not a use: no adjective of use
        assertTrue(find(projectClaims("Milk exosomes act as natural carriers of microRNAs between cells."),
                "Exosome", "Milk", "usedFor", "DrugDelivery").isEmpty());
    }

    @Test
    void aUseStudiedOrProposedAsACarrierIsHedged() {
        assertTrue(claim("Milk exosomes have been studied as oral carriers.", "Exosome", "Milk", "usedFor", "DrugDelivery").hedged());
        assertFalse(claim("Milk exosomes were used as carriers of paclitaxel.", "Exosome", "Milk", "usedFor", "DrugDelivery").hedged());
        // "not considered as carriers, because ..." names no use to deny
        assertTrue(projectClaims("Exosomes from glioma cells were not considered as carriers, because they carry oncogenes.")
                .stream().noneMatch(c -> c.negated() && c.relation().localName().equals("usedFor")));
    }

    @Test
    void premodifiedCoordinatedVesiclesShareTheirPredicate() {
        String text = "Camel milk exosomes and yak milk exosomes have both been studied as oral carriers.";
        assertTrue(claim(text, "Exosome", "CamelMilk", "usedFor", "DrugDelivery").hedged());
        assertTrue(claim(text, "Exosome", "YakMilk", "usedFor", "DrugDelivery").hedged());
        // an apposition and ", or" join no subjects: the fractions' stem cells are not the exosomes' source
        assertTrue(projectClaims("Most candidates are exosomes, a subtype of small EVs, or mixed small EV fractions from stem cell cultures.")
                .stream().noneMatch(c -> local(c.subjectIri()).equals("Exosome") && local(c.objectIri()).equals("StemCell")));
    }

    @Test
    void markersAsTheComplementOfAsAreAUseAsBiomarkers() {
        assertTrue(claim("Tear EVs could serve as markers that do not require a blood sample.",
                "ExtracellularVesicle", "TearFluid", "usedFor", "Biomarker").hedged());
        // markers the vesicles carry are no use of theirs
        assertTrue(find(projectClaims("Tear EVs carry the markers CD63 and CD9."), "ExtracellularVesicle", "TearFluid", "usedFor",
                "Biomarker").isEmpty());
    }

    @Test
    void aCompoundModifierStandsBeforeAProposedTherapyRole() {
        assertTrue(claim("CAR-T exosomes have been suggested as an off-the-shelf immunotherapy for solid cancers.",
                "Exosome", "TCell", "treats", "Cancer").hedged());
        // the disease after "in" ends the same frame
        assertTrue(claim("Dendritic cell exosomes might be suitable for RNA therapy in Alzheimer disease.",
                "Exosome", "DendriticCell", "treats", "AlzheimerDisease").hedged());
        // a place or a model after "in" is no disease treated
        assertTrue(find(projectClaims("Dendritic cell exosomes might be suitable for RNA therapy in mice."),
                "Exosome", "DendriticCell", "treats", "Disease").isEmpty());
    }

    @Test
    void aBarrierNamedByItsHeadNounIsABiologicalBarrier() {
        assertFalse(claim("Macrophage exosomes cross the skin barrier.", "Exosome", "Macrophage", "crosses", "BiologicalBarrier").hedged());
        assertTrue(claim("Whether macrophage exosomes cross the glomerular barrier is unknown.",
                "Exosome", "Macrophage", "crosses", "BiologicalBarrier").hedged());
        // a named barrier keeps its class
        List<Claim> named = projectClaims("Macrophage exosomes cross the blood-brain barrier.");
        assertTrue(find(named, "Exosome", "Macrophage", "crosses", "BiologicalBarrier").isEmpty(), () -> triples(named).toString());
        assertFalse(find(named, "Exosome", "Macrophage", "crosses", "BloodBrainBarrier").isEmpty());
    }
}
