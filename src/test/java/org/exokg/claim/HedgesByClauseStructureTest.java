package org.exokg.claim;

import static org.exokg.TestSupport.claimsAbout;
import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaim;
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

    @Test
    void aCarrierRoleWithAUseAdjectiveIsAUseEvenAfterServeAs() {
        assertTrue(projectClaim("Turmeric nanovesicles may serve as oral carriers of anti-inflammatory drugs.",
                "PlantDerivedNanovesicle", "Rhizome", "usedFor", "DrugDelivery").hedged());
        // the vesicles' biology, not a use: no adjective of use
        assertTrue(claimsAbout(projectClaims("Milk exosomes act as natural carriers of microRNAs between cells."),
                "Exosome", "Milk", "usedFor", "DrugDelivery").isEmpty());
    }

    @Test
    void aUseStudiedOrProposedAsACarrierIsHedged() {
        assertTrue(projectClaim("Milk exosomes have been studied as oral carriers.", "Exosome", "Milk", "usedFor", "DrugDelivery").hedged());
        assertFalse(projectClaim("Milk exosomes were used as carriers of paclitaxel.", "Exosome", "Milk", "usedFor", "DrugDelivery").hedged());
        // "not considered as carriers, because ..." names no use to deny
        assertTrue(projectClaims("Exosomes from glioma cells were not considered as carriers, because they carry oncogenes.")
                .stream().noneMatch(c -> c.negated() && c.relation().localName().equals("usedFor")));
    }

    @Test
    void premodifiedCoordinatedVesiclesShareTheirPredicate() {
        String text = "Camel milk exosomes and yak milk exosomes have both been studied as oral carriers.";
        assertTrue(projectClaim(text, "Exosome", "CamelMilk", "usedFor", "DrugDelivery").hedged());
        assertTrue(projectClaim(text, "Exosome", "YakMilk", "usedFor", "DrugDelivery").hedged());
        // an apposition and ", or" join no subjects: the fractions' stem cells are not the exosomes' source
        assertTrue(projectClaims("Most candidates are exosomes, a subtype of small EVs, or mixed small EV fractions from stem cell cultures.")
                .stream().noneMatch(c -> local(c.subjectIri()).equals("Exosome") && local(c.objectIri()).equals("StemCell")));
    }

    @Test
    void markersAsTheComplementOfAsAreAUseAsBiomarkers() {
        assertTrue(projectClaim("Tear EVs could serve as markers that do not require a blood sample.",
                "ExtracellularVesicle", "TearFluid", "usedFor", "Biomarker").hedged());
        // markers the vesicles carry are no use of theirs
        assertTrue(claimsAbout(projectClaims("Tear EVs carry the markers CD63 and CD9."), "ExtracellularVesicle", "TearFluid", "usedFor",
                "Biomarker").isEmpty());
    }

    @Test
    void aCompoundModifierStandsBeforeAProposedTherapyRole() {
        assertTrue(projectClaim("CAR-T exosomes have been suggested as an off-the-shelf immunotherapy for solid cancers.",
                "Exosome", "TCell", "treats", "Cancer").hedged());
        // the disease after "in" ends the same frame
        assertTrue(projectClaim("Dendritic cell exosomes might be suitable for RNA therapy in Alzheimer disease.",
                "Exosome", "DendriticCell", "treats", "AlzheimerDisease").hedged());
        // a place or a model after "in" is no disease treated
        assertTrue(claimsAbout(projectClaims("Dendritic cell exosomes might be suitable for RNA therapy in mice."),
                "Exosome", "DendriticCell", "treats", "Disease").isEmpty());
    }

    @Test
    void aBarrierNamedByItsHeadNounIsABiologicalBarrier() {
        assertFalse(projectClaim("Macrophage exosomes cross the skin barrier.", "Exosome", "Macrophage", "crosses", "BiologicalBarrier").hedged());
        assertTrue(projectClaim("Whether macrophage exosomes cross the glomerular barrier is unknown.",
                "Exosome", "Macrophage", "crosses", "BiologicalBarrier").hedged());
        // a named barrier keeps its class
        List<Claim> named = projectClaims("Macrophage exosomes cross the blood-brain barrier.");
        assertTrue(claimsAbout(named, "Exosome", "Macrophage", "crosses", "BiologicalBarrier").isEmpty(), () -> triples(named).toString());
        assertFalse(claimsAbout(named, "Exosome", "Macrophage", "crosses", "BloodBrainBarrier").isEmpty());
    }
}
