package org.exokg.claim;

import static org.exokg.TestSupport.claimsAbout;
import static org.exokg.TestSupport.projectClaim;
import static org.exokg.TestSupport.projectClaims;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Hedged and denied claims whose claim was missed (issue 15, branch hedged4; docs/extraction.md, "Hedged and denied
 * claims, found"): a second predicate coordinated after an auxiliary shares the subject, reported speech ("said to")
 * hedges, "less toxic" and "raise antibodies" are read, a carrier role judged (not) suitable is a use (denied), the releasing cells named on a subject are presupposed, not hedged, and an agent set aside (", not by X", "rather than by X") is denied. Invented sentences; each asserts subject, qualifier, relation,
 * object, hedge and polarity, next to a neighbour that must not be read, hedged or denied.
 */
class HedgedAndDeniedClaimsFoundTest {

    @Test
    void aDeniedPredicateCoordinatedAfterAnotherSharesTheSubject() {
        // the denial reaches the second predicate: LowImmunogenicity, affirmed (convention u (eighteenth session): a denied immune response is LowImmunogenicity, affirmed)
        Claim denied = projectClaim("Goat milk exosomes reduced the growth of pancreatic tumours and did not elicit antibodies after four doses.",
                "Exosome", "CaprineMilk", "hasProperty", "LowImmunogenicity");
        assertFalse(denied.negated());
        assertFalse(denied.hedged());
        // the first predicate keeps its own, affirmed reading ("pancreatic tumours" names PancreaticCancer since branch vocab19)
        assertFalse(projectClaim("Goat milk exosomes reduced the growth of pancreatic tumours and did not elicit antibodies after four doses.",
                "Exosome", "CaprineMilk", "treats", "PancreaticCancer").negated());
        // a hedged second predicate is hedged
        assertTrue(projectClaim("Milk exosomes carried CD63 and may be poorly immunogenic.", "Exosome", "Milk", "hasProperty",
                "LowImmunogenicity").hedged());
        // a clause with a subject of its own after the conjunction says nothing of the vesicles
        assertTrue(claimsAbout(projectClaims("Goat milk exosomes reduced the growth of pancreatic tumours, and the mice did not elicit antibodies."),
                "Exosome", "CaprineMilk", "hasProperty", "Immunogenicity").isEmpty());
    }

    @Test
    void whatIsSaidToHoldIsHedged() {
        Claim said = projectClaim("Plasma exosomes are often said to be less immunogenic than lipid nanoparticles.",
                "Exosome", "BloodPlasma", "hasProperty", "LowImmunogenicity");
        assertTrue(said.hedged());
        // a plain statement of the same is not
        assertFalse(projectClaim("Plasma exosomes are less immunogenic than lipid nanoparticles.",
                "Exosome", "BloodPlasma", "hasProperty", "LowImmunogenicity").hedged());
        // the authors' own judgement in the active voice hedges as the passive "are considered" does
        assertTrue(projectClaim("We therefore consider plasma exosomes well tolerated at the dose used.", "Exosome", "BloodPlasma", "hasProperty",
                "LowToxicity").hedged());
        // "said" without "to" reports nothing about the vesicles' predicate
        assertFalse(projectClaim("As the authors said, plasma exosomes are less immunogenic than lipid nanoparticles.",
                "Exosome", "BloodPlasma", "hasProperty", "LowImmunogenicity").hedged());
    }

    @Test
    void lessToxicIsLowToxicityAndCoordinatesWithAnotherProperty() {
        String text = "Extracellular vesicles are thought to be less toxic and less immunogenic than lipid nanoparticles.";
        assertTrue(projectClaim(text, "ExtracellularVesicle", null, "hasProperty", "LowToxicity").hedged());
        assertTrue(projectClaim(text, "ExtracellularVesicle", null, "hasProperty", "LowImmunogenicity").hedged());
        // the vesicles compared with are no subject of it
        assertTrue(claimsAbout(projectClaims("Lipid nanoparticles are less toxic than cell-penetrating peptides, and exosomes carry RNA."),
                "Exosome", null, "hasProperty", "LowToxicity").isEmpty());
    }

    @Test
    void raisingNoAntibodiesIsLowImmunogenicity() {
        // (convention u (eighteenth session): a denied immune response is LowImmunogenicity, affirmed)
        Claim denied = projectClaim("Repeated doses of milk exosomes did not raise antibodies against the vesicles.",
                "Exosome", "Milk", "hasProperty", "LowImmunogenicity");
        assertFalse(denied.negated());
        assertFalse(projectClaim("Milk exosomes raised antibodies in rabbits.", "Exosome", "Milk", "hasProperty", "Immunogenicity").negated());
        // antibodies raised against a marker are a reagent, not a response to the vesicles
        assertTrue(claimsAbout(projectClaims("Antibodies were raised against CD63 to detect milk exosomes."), "Exosome", "Milk", "hasProperty",
                "Immunogenicity").isEmpty());
    }
    @Test
    void aCarrierRoleJudgedNotSuitableDeniesTheUse() {
        Claim denied = projectClaim("Platelet EVs are not suitable as therapeutic carriers.", "ExtracellularVesicle", "Platelet", "usedFor",
                "DrugDelivery");
        assertTrue(denied.negated());
        // the reason after "because" is not denied with it, and a suitable carrier is a use affirmed
        assertFalse(projectClaim("Milk exosomes are suitable carriers.", "Exosome", "Milk", "usedFor", "DrugDelivery").negated());
        // "suitable" of another noun is no predicate of the vesicles
        assertTrue(claimsAbout(projectClaims("Milk exosomes carry RNA, and products suitable as carriers are still lacking."), "Exosome", "Milk",
                "usedFor", "DrugDelivery").isEmpty());
    }
    @Test
    void theReleasingCellsNamedOnTheSubjectAreNotHedgedWithItsPredicate() {
        Claim origin = projectClaim("This trial tests whether extracellular vesicles secreted by adipose-derived mesenchymal stem cells close fistulas.",
                "ExtracellularVesicle", null, "derivedFrom", "MesenchymalStemCell");
        assertFalse(origin.hedged());
        // the vesicles as the predicate noun of a hedged copula: their origin is what is held tentatively
        assertTrue(projectClaim("Most vesicles in lavage fluid are thought to be microvesicles shed by activated neutrophils.",
                "Microvesicle", null, "derivedFrom", "Neutrophil").hedged());
        // the release itself as the predicate is hedged
        assertTrue(projectClaim("Exosomes may be released by macrophages.", "Exosome", null, "derivedFrom", "Macrophage").hedged());
    }
    @Test
    void theAgentSetAsideAfterACommaOrRatherThanIsDenied() {
        String text = "Plasma exosomes were taken up mainly by colonic macrophages, not by epithelial cells.";
        assertFalse(projectClaim(text, "Exosome", "BloodPlasma", "targets", "Macrophage").negated());
        assertTrue(projectClaim(text, "Exosome", "BloodPlasma", "targets", "EpithelialCell").negated());
        Claim ratherThan = projectClaim("Milk exosomes were taken up by microglia rather than by neurons.", "Exosome", "Milk", "targets", "Neuron");
        assertTrue(ratherThan.negated());
        // without the repeated preposition "rather than" joins no agents: nothing is read of the second noun
        assertTrue(claimsAbout(projectClaims("Milk exosomes were taken up by microglia rather than neurons."), "Exosome", "Milk", "targets", "Neuron")
                .stream().noneMatch(Claim::negated));
    }
}
