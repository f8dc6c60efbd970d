package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hedged and denied claims whose claim was missed (issue 15, branch hedged4; docs/extraction.md, "Hedged and denied
 * claims, found"): a second predicate coordinated after an auxiliary shares the subject, reported speech ("said to")
 * hedges, "less toxic" and "raise antibodies" are read, a carrier role judged (not) suitable is a use (denied), the releasing cells named on a subject are presupposed, not hedged, and an agent set aside (", not by X", "rather than by X") is denied. Invented sentences; each asserts subject, qualifier, relation,
 * object, hedge and polarity, next to a neighbour that must not be read, hedged or denied.
 */
class HedgedAndDeniedClaimsFoundTest {

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
    void aDeniedPredicateCoordinatedAfterAnotherSharesTheSubject() {
        Claim denied = claim("Goat milk exosomes reduced the growth of pancreatic tumours and did not elicit antibodies after four doses.",
                "Exosome", "CaprineMilk", "hasProperty", "Immunogenicity");
        assertTrue(denied.negated());
        assertFalse(denied.hedged());
        // the first predicate keeps its own, affirmed reading
        assertFalse(claim("Goat milk exosomes reduced the growth of pancreatic tumours and did not elicit antibodies after four doses.",
                "Exosome", "CaprineMilk", "treats", "Cancer").negated());
        // a hedged second predicate is hedged
        assertTrue(claim("Milk exosomes carried CD63 and may be poorly immunogenic.", "Exosome", "Milk", "hasProperty",
                "LowImmunogenicity").hedged());
        // a clause with a subject of its own after the conjunction says nothing of the vesicles
        assertTrue(find(projectClaims("Goat milk exosomes reduced the growth of pancreatic tumours, and the mice did not elicit antibodies."),
                "Exosome", "CaprineMilk", "hasProperty", "Immunogenicity").isEmpty());
    }

    @Test
    void whatIsSaidToHoldIsHedged() {
        Claim said = claim("Plasma exosomes are often said to be less immunogenic than lipid nanoparticles.",
                "Exosome", "BloodPlasma", "hasProperty", "LowImmunogenicity");
        assertTrue(said.hedged());
        // a plain statement of the same is not
        assertFalse(claim("Plasma exosomes are less immunogenic than lipid nanoparticles.",
                "Exosome", "BloodPlasma", "hasProperty", "LowImmunogenicity").hedged());
        // the authors' own judgement in the active voice hedges as the passive "are considered" does
        assertTrue(claim("We therefore consider plasma exosomes well tolerated at the dose used.", "Exosome", "BloodPlasma", "hasProperty",
                "LowToxicity").hedged());
        // "said" without "to" reports nothing about the vesicles' predicate
        assertFalse(claim("As the authors said, plasma exosomes are less immunogenic than lipid nanoparticles.",
                "Exosome", "BloodPlasma", "hasProperty", "LowImmunogenicity").hedged());
    }

    @Test
    void lessToxicIsLowToxicityAndCoordinatesWithAnotherProperty() {
        String text = "Extracellular vesicles are thought to be less toxic and less immunogenic than lipid nanoparticles.";
        assertTrue(claim(text, "ExtracellularVesicle", null, "hasProperty", "LowToxicity").hedged());
        assertTrue(claim(text, "ExtracellularVesicle", null, "hasProperty", "LowImmunogenicity").hedged());
        // the vesicles compared with are no subject of it
        assertTrue(find(projectClaims("Lipid nanoparticles are less toxic than cell-penetrating peptides, and exosomes carry RNA."),
                "Exosome", null, "hasProperty", "LowToxicity").isEmpty());
    }

    @Test
    void raisingNoAntibodiesDeniesImmunogenicity() {
        Claim denied = claim("Repeated doses of milk exosomes did not raise antibodies against the vesicles.",
                "Exosome", "Milk", "hasProperty", "Immunogenicity");
        assertTrue(denied.negated());
        assertFalse(claim("Milk exosomes raised antibodies in rabbits.", "Exosome", "Milk", "hasProperty", "Immunogenicity").negated());
        // antibodies raised against a marker are a reagent, not a response to the vesicles
        assertTrue(find(projectClaims("Antibodies were raised against CD63 to detect milk exosomes."), "Exosome", "Milk", "hasProperty",
                "Immunogenicity").isEmpty());
    }
    @Test
    void aCarrierRoleJudgedNotSuitableDeniesTheUse() {
        Claim denied = claim("Platelet EVs are not suitable as therapeutic carriers.", "ExtracellularVesicle", "Platelet", "usedFor",
                "DrugDelivery");
        assertTrue(denied.negated());
        // the reason after "because" is not denied with it, and a suitable carrier is a use affirmed
        assertFalse(claim("Milk exosomes are suitable carriers.", "Exosome", "Milk", "usedFor", "DrugDelivery").negated());
        // "suitable" of another noun is no predicate of the vesicles
        assertTrue(find(projectClaims("Milk exosomes carry RNA, and products suitable as carriers are still lacking."), "Exosome", "Milk",
                "usedFor", "DrugDelivery").isEmpty());
    }
    @Test
    void theReleasingCellsNamedOnTheSubjectAreNotHedgedWithItsPredicate() {
        Claim origin = claim("This trial tests whether extracellular vesicles secreted by adipose-derived mesenchymal stem cells close fistulas.",
                "ExtracellularVesicle", null, "derivedFrom", "MesenchymalStemCell");
        assertFalse(origin.hedged());
        // the vesicles as the predicate noun of a hedged copula: their origin is what is held tentatively
        assertTrue(claim("Most vesicles in lavage fluid are thought to be microvesicles shed by activated neutrophils.",
                "Microvesicle", null, "derivedFrom", "Neutrophil").hedged());
        // the release itself as the predicate is hedged
        assertTrue(claim("Exosomes may be released by macrophages.", "Exosome", null, "derivedFrom", "Macrophage").hedged());
    }
    @Test
    void theAgentSetAsideAfterACommaOrRatherThanIsDenied() {
        String text = "Plasma exosomes were taken up mainly by colonic macrophages, not by epithelial cells.";
        assertFalse(claim(text, "Exosome", "BloodPlasma", "targets", "Macrophage").negated());
        assertTrue(claim(text, "Exosome", "BloodPlasma", "targets", "EpithelialCell").negated());
        Claim ratherThan = claim("Milk exosomes were taken up by microglia rather than by neurons.", "Exosome", "Milk", "targets", "Neuron");
        assertTrue(ratherThan.negated());
        // without the repeated preposition "rather than" joins no agents: nothing is read of the second noun
        assertTrue(find(projectClaims("Milk exosomes were taken up by microglia rather than neurons."), "Exosome", "Milk", "targets", "Neuron")
                .stream().noneMatch(Claim::negated));
    }
}
