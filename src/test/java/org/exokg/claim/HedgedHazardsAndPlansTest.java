package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch hedged9; lead's conventions pp and qq): hazards, plans, uses named by verbs and batch or purity doubts
 * that hedged sentences state (claim-rules.yaml blocks hedged9; docs/extraction.md, "Hedged hazards and plans (branch
 * hedged9)"). Invented sentences: each reading next to a neighbour that must not give it.
 */
class HedgedHazardsAndPlansTest {

    private static boolean has(List<Claim> claims, String relation, String object, boolean hedged) {
        return claims.stream().anyMatch(c -> c.relation().localName().equals(relation) && local(c.objectIri()).equals(object)
                && c.hedged() == hedged && !c.negated());
    }

    private static boolean any(List<Claim> claims, String relation, String object) {
        return claims.stream().anyMatch(c -> c.relation().localName().equals(relation) && local(c.objectIri()).equals(object));
    }

    @Test
    void aHarmfulCargoTheVesiclesMayCarryIsCargoAndUnwantedCargo() {
        List<Claim> claims = projectClaims("Extracellular vesicles from immortalised producer cells may carry oncogenic microRNAs into patients.");
        assertTrue(has(claims, "carries", "MicroRNA", true), () -> triples(claims).toString());
        assertTrue(has(claims, "hasChallenge", "UnwantedEndogenousCargo", true), () -> triples(claims).toString());
        // a cargo with no harm named is cargo only
        List<Claim> plain = projectClaims("Extracellular vesicles from dendritic cells may carry tumour antigens to T cells.");
        assertTrue(has(plain, "carries", "Protein", true), () -> triples(plain).toString());
        assertFalse(any(plain, "hasChallenge", "UnwantedEndogenousCargo"), () -> triples(plain).toString());
    }

    @Test
    void aHarmfulCargoNamedByAGenericWord() {
        List<Claim> claims = projectClaims("Exosomes from transformed cell lines might carry harmful material.");
        assertTrue(has(claims, "hasChallenge", "UnwantedEndogenousCargo", true), () -> triples(claims).toString());
        List<Claim> plain = projectClaims("Exosomes from transformed cell lines might carry genetic material.");
        assertFalse(any(plain, "hasChallenge", "UnwantedEndogenousCargo"), () -> triples(plain).toString());
    }

    @Test
    void aPlanToGiveTheVesiclesToPatientsWithADisease() {
        List<Claim> claims = projectClaims("The company proposes to give platelet vesicles to 30 patients with stroke.");
        assertTrue(has(claims, "treats", "Stroke", true), () -> triples(claims).toString());
        List<Claim> test = projectClaims("The consortium will test ginger nanovesicles in a phase 1 study in ulcerative colitis.");
        assertTrue(has(test, "treats", "UlcerativeColitis", true), () -> triples(test).toString());
        // the patients as the vesicles' source, not their recipients
        List<Claim> source = projectClaims("We will test whether plasma vesicles of patients with stroke carry microRNA-21.");
        assertFalse(any(source, "treats", "Stroke"), () -> triples(source).toString());
        List<Claim> volunteers = projectClaims("The company proposes to give platelet vesicles to healthy volunteers before any stroke study.");
        assertFalse(any(volunteers, "treats", "Stroke"), () -> triples(volunteers).toString());
    }

    @Test
    void followingATreatmentOrTheDiseaseActivity() {
        List<Claim> claims = projectClaims("Oligodendrocyte vesicles in the cerebrospinal fluid could track remyelination after therapy.");
        assertTrue(has(claims, "usedFor", "TreatmentMonitoring", true), () -> triples(claims).toString());
        List<Claim> activity = projectClaims("Stool vesicles might follow the endoscopic disease activity.");
        assertTrue(has(activity, "usedFor", "Biomarker", true), () -> triples(activity).toString());
        // following a route is no use
        List<Claim> route = projectClaims("Monocyte vesicles might follow the route of monocytes into the inflamed joint.");
        assertFalse(any(route, "usedFor", "TreatmentMonitoring") || any(route, "usedFor", "Biomarker"), () -> triples(route).toString());
    }

    @Test
    void standingInForADiagnosticTestOrForTheCells() {
        List<Claim> claims = projectClaims("Saliva vesicles might complement the tissue biopsy in oral cancer.");
        assertTrue(has(claims, "usedFor", "Diagnosis", true), () -> triples(claims).toString());
        List<Claim> drug = projectClaims("Saliva vesicles might complement chemotherapy in oral cancer.");
        assertFalse(any(drug, "usedFor", "Diagnosis"), () -> triples(drug).toString());
        List<Claim> cells = projectClaims("Stromal cell exosomes could replace stem cell transplantation after stroke.");
        assertTrue(has(cells, "usedFor", "CellFreeTherapy", true), () -> triples(cells).toString());
        List<Claim> medium = projectClaims("Stromal cell exosomes could replace the serum in the culture medium.");
        assertFalse(any(medium, "usedFor", "CellFreeTherapy"), () -> triples(medium).toString());
    }

    @Test
    void batchAndPurityDoubtsUnderAModal() {
        List<Claim> lots = projectClaims("Exosome lots may differ in potency.");
        assertTrue(has(lots, "hasChallenge", "BatchVariability", true), () -> triples(lots).toString());
        List<Claim> compared = projectClaims("Exosome lots may differ from liposomes in size.");
        assertFalse(any(compared, "hasChallenge", "BatchVariability"), () -> triples(compared).toString());
        List<Claim> purity = projectClaims("Exosome preparations may contain free proteins.");
        assertTrue(has(purity, "hasChallenge", "LowPurity", true), () -> triples(purity).toString());
        List<Claim> cargo = projectClaims("Exosome preparations may contain microRNAs.");
        assertFalse(any(cargo, "hasChallenge", "LowPurity"), () -> triples(cargo).toString());
    }

    @Test
    void preparingASiteForMetastasisIsAContributionToMetastasis() {
        List<Claim> claims = projectClaims("We suggest that osteoclast vesicles prepare the bone for tumour cells.");
        assertTrue(has(claims, "contributesTo", "MetastaticCancer", true), () -> triples(claims).toString());
        List<Claim> liver = projectClaims("Exosomes from colon cancer cells may prepare the liver for metastasis.");
        assertTrue(has(liver, "contributesTo", "MetastaticCancer", true), () -> triples(liver).toString());
        // preparing something else is no metastasis
        List<Claim> gut = projectClaims("Milk exosomes may prepare the gut for weaning.");
        assertFalse(any(gut, "contributesTo", "MetastaticCancer"), () -> triples(gut).toString());
    }
}
