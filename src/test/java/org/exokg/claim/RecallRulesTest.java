package org.exokg.claim;

import static org.exokg.TestSupport.claimOn;
import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule families of the recall2 work, on invented sentences (none from a gold set) and the real ontology. */
class RecallRulesTest {

    @Test
    void aLabelSpelledAsAPredicateIsTheTerm() {
        // (branch challenges3) "were safe" is LowToxicity, as the golds of sets 15-19 read it
        assertEquals(List.of("Exosome hasProperty LowToxicity", "Exosome hasChallenge LowYield"),
                triples(projectClaims("The exosomes were safe, but their yield from bioreactor cultures remained low.")));
        assertEquals(List.of("ExtracellularVesicle hasChallenge LowPurity"),
                triples(projectClaims("EVs were precipitated with polymers, which lowered the purity.")));
        assertEquals(List.of("Exosome hasProperty LowToxicity"), triples(projectClaims("Exosomes were tested and their toxicity was very low.")));
        // a denied predicate names nothing
        assertEquals(List.of(), projectClaims("Exosomes were collected, and their yield was not low."));
    }

    @Test
    void cancerCellsAreTumourCells() {
        assertEquals(List.of("Exosome derivedFrom TumorCell"), triples(projectClaims("Exosomes secreted by breast cancer cells were studied.")));
    }

    @Test
    void aChallengeIsAnObstacleToTheVesiclesNamedAfterIt() {
        assertEquals(List.of("Exosome hasChallenge Scalability"),
                triples(projectClaims("Scale-up remains a key hurdle for exosome therapy.")).subList(0, 1));
        // no vesicle after the obstacle: no vesicle challenge
        assertEquals(List.of(), projectClaims("Drug resistance is a serious obstacle to cancer treatment."));
        assertEquals(List.of("Exosome hasChallenge HighCost"), triples(projectClaims("The high cost of clinical-grade exosomes is a concern.")));
    }

    @Test
    void adjectivesOfSourceAndVesiclesInASource() {
        assertEquals(List.of("ExtracellularVesicle derivedFrom Urine"), triples(projectClaims("Urinary EVs were characterised by microscopy.")));
        List<Claim> c = projectClaims("Exosomes in saliva are useful biomarkers.");
        assertEquals("Saliva", local(claimOn(c, "Biomarker").qualifierIri()));
        claimOn(c, "Saliva");
        // the plasma membrane is not blood plasma
        assertEquals(List.of(), projectClaims("Microvesicles bud from the plasma membrane."));
    }

    @Test
    void aContrastiveListItemIsDenied() {
        List<Claim> c = projectClaims("The vesicles of this study were exosomes that carried proteins but no detectable lipids.");
        assertFalse(claimOn(c, "Protein").negated());
        assertTrue(claimOn(c, "Lipid").negated());
    }

    @Test
    void modifiersAreNotCargoAndAttributiveOriginsAreNotDenied() {
        assertEquals(List.of("Exosome carries Protein"), triples(projectClaims("Exosomes carried a drug transporter protein.")));
        assertEquals(List.of("Exosome derivedFrom TumorCell"),
                triples(projectClaims("Exosomes released by doxorubicin-resistant tumour cells were compared.")));
        List<Claim> d = projectClaims("No protocol removed albumin from serum-derived exosomes.");
        assertFalse(claimOn(d, "BloodSerum").negated(), "the origin is named by the noun phrase, not denied");
        assertEquals(List.of(), projectClaims("Inhibiting exosome secretion restored sensitivity to the drug."));
    }

    @Test
    void newTriggers() {
        assertEquals(List.of("Exosome contributesTo DrugResistance"), triples(projectClaims("Exosomes transfer chemoresistance.")));
        Claim failed = claimOn(projectClaims("Exosomes from fibroblasts failed to improve outcomes after myocardial infarction."),
                "CardiovascularDisease");
        assertTrue(failed.negated());
        assertEquals("Fibroblast", local(failed.qualifierIri()));
        assertEquals(List.of("Exosome carries MicroRNA"), triples(projectClaims("Hypoxia changed the microRNA content of the exosomes.")));
        assertEquals(List.of("Exosome hasChallenge RapidClearance"), triples(projectClaims("Injected exosomes were rapidly cleared from the circulation.")));
    }
}
