package org.exokg.claim;

import static org.exokg.TestSupport.claimOn;
import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule families added after the gold-standard measurement, on invented sentences and the real ontology. */
class ClaimRuleFamiliesTest {

    @Test
    void coordinatedModifiersShareTheHead() {
        assertEquals(List.of("Exosome loadedBy PassiveLoading", "Exosome loadedBy ActiveLoading", "Exosome loadedBy Sonication"),
                triples(projectClaims("Exosomes were prepared with passive and active loading methods, including sonication.")));
        assertEquals(List.of("Exosome derivedFrom TCell", "Exosome derivedFrom BCell"),
                triples(projectClaims("Exosomes are secreted by T and B cells.")));
    }

    @Test
    void aHeadOfAListDistributesOverItsItems() {
        assertEquals(List.of("Exosome derivedFrom CaprineMilk", "Exosome derivedFrom OvineMilk", "Exosome derivedFrom CamelMilk"),
                triples(projectClaims("Exosomes were isolated from the milk of goats, sheep, llamas and camels.")));
    }

    @Test
    void aVesicleNamedInsideATermIsItsSubject() {
        assertEquals(List.of("Exosome derivedFrom Macrophage", "Exosome derivedFrom Neuron"),
                triples(projectClaims("Common exosome sources, such as macrophages and neurons, were compared.")));
        List<Claim> c = projectClaims("The lack of a standardized exosome isolation process results in low purity.");
        assertEquals(List.of("Exosome hasChallenge LackOfStandardisedIsolation", "Exosome hasChallenge LowPurity"), triples(c));
        assertTrue(c.stream().noneMatch(Claim::negated), "'lack of' names the challenge, it does not deny one");
    }

    @Test
    void diseasesAndBarriersInGeneralAreObjects() {
        assertEquals(List.of("Exosome crosses BiologicalBarrier"), triples(projectClaims("Exosomes quickly cross biological barriers.")));
        assertEquals(List.of("Exosome treats Disease"), triples(projectClaims("Exosomes can be effective in the treatment of many diseases.")));
    }

    @Test
    void cueWordsInsideTermsAreNotCues() {
        Claim c = claimOn(projectClaims("Exosomes have a negative zeta potential and low immunogenicity."), "LowImmunogenicity");
        assertNull(c.hedgeCue(), "'potential' in 'negative zeta potential' is not a hedge");
    }

    @Test
    void aStatedReasonIsNeitherHedgedNorNegatedByTheMainClause() {
        Claim reason = claimOn(projectClaims("Microvesicles were not suitable carriers, because they are heterogeneous."), "Heterogeneity");
        assertFalse(reason.negated());
        Claim hedged = claimOn(projectClaims("Exosomes are promising due to their biocompatibility."), "Biocompatibility");
        assertFalse(hedged.hedged());
        assertTrue(claimOn(projectClaims("Exosomes may be promising for imaging."), "Imaging").hedged());
    }

    @Test
    void aPredicateOfItsOwnDoesNotShareTheListNegation() {
        List<Claim> c = projectClaims("The exosomes were not immunogenic and did not accumulate in the liver.");
        // the list's negation reaches its own predicate: "not immunogenic" (convention u (eighteenth session): a denied immune response is LowImmunogenicity, affirmed)
        assertFalse(claimOn(c, "LowImmunogenicity").negated());
        assertTrue(c.stream().filter(x -> local(x.objectIri()).equals("LowAccumulation")).noneMatch(Claim::negated),
                "'did not accumulate' is the property low accumulation, never its denial");
        assertFalse(claimOn(projectClaims("Exosomes are biocompatible and do not accumulate in the body."), "LowAccumulation").negated());
    }

    @Test
    void restrictiveRelativeClausesNarrowTheSubjectButCellsDoNot() {
        Claim c = claimOn(projectClaims("The exosomes that circulate in the blood come from platelets."), "Platelet");
        assertEquals("Blood", local(c.qualifierIri()));
        Claim cells = claimOn(projectClaims("We studied the heterogeneity of cell-derived exosomes."), "Heterogeneity");
        assertNull(cells.qualifierIri());
        assertEquals(SubjectScope.GENERAL, cells.scope());
        Claim milk = claimOn(projectClaims("Milk-derived exosomes were tested."), "Milk");
        assertNull(milk.qualifierIri(), "a derivedFrom claim is not qualified by its own object");
    }

    @Test
    void couldNotIsAFailureNotAHedge() {
        Claim c = claimOn(projectClaims("Exosomes could not be loaded by simple incubation."), "Incubation");
        assertTrue(c.negated());
        assertNull(c.hedgeCue());
    }
}
