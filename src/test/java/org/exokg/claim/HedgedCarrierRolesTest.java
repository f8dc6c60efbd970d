package org.exokg.claim;

import static org.exokg.TestSupport.hasClaim;
import static org.exokg.TestSupport.projectClaimAnyQualifier;
import static org.exokg.TestSupport.projectClaims;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch hedged5, nineteenth session): hedged uses nothing was read from. A carrier role under a modal, under
 * "appear to be" or after "potential as" is a proposed use (drug delivery) and carries its hedge; the cargo after
 * "carriers for" is carried; "warrant investigation as" hedges a use like "have been studied as" (convention dd). Near
 * neighbours stay unhedged or unread: "can serve as" (ability, convention l), "have been used as" (convention dd), "act as
 * natural carriers of" (the vesicles' biology, no use). Invented sentences.
 */
class HedgedCarrierRolesTest {

    @Test
    void aCarrierRoleUnderAModalIsAHedgedUse() {
        String s = "Lemon nanovesicles could possibly serve as carriers for antisense oligonucleotides in skin disease.";
        assertTrue(projectClaimAnyQualifier(s, "PlantDerivedNanovesicle", "usedFor", "DrugDelivery").hedged());
        assertTrue(projectClaimAnyQualifier(s, "PlantDerivedNanovesicle", "carries", "TherapeuticNucleicAcid").hedged());
        assertTrue(projectClaimAnyQualifier("Camel milk exosomes might serve as carriers for siRNA.", "Exosome", "usedFor", "DrugDelivery").hedged());
        assertTrue(projectClaimAnyQualifier("Myocyte vesicles could serve as muscle-targeted carriers of antisense drugs.", "ExtracellularVesicle",
                "usedFor", "TargetedDrugDelivery").hedged());
    }

    @Test
    void anAppearedOrPotentialCarrierRoleIsAHedgedUse() {
        assertTrue(projectClaimAnyQualifier("Camel milk exosomes appear to be a well-tolerated carrier for intraperitoneal chemotherapy.", "Exosome",
                "usedFor", "DrugDelivery").hedged());
        assertTrue(projectClaimAnyQualifier("Camel milk exosomes show potential as a vehicle for siRNA.", "Exosome", "usedFor", "DrugDelivery").hedged());
        assertTrue(projectClaimAnyQualifier("Camel milk exosomes show potential as a vehicle for siRNA.", "Exosome", "carries", "SiRNA").hedged());
    }

    @Test
    void aUseSaidToWarrantStudyIsHedgedAndAUseMadeIsNot() {
        assertTrue(projectClaimAnyQualifier("Camel milk exosomes warrant further investigation as carriers for siRNA.", "Exosome", "usedFor",
                "DrugDelivery").hedged());
        assertFalse(projectClaimAnyQualifier("Camel milk exosomes have been used as carriers for siRNA.", "Exosome", "usedFor", "DrugDelivery")
                .hedged());
    }

    @Test
    void abilityAndTheVesiclesOwnBiologyAreNoHedgedUse() {
        List<Claim> ability = projectClaims("Lemon nanovesicles can serve as carriers for antisense oligonucleotides.");
        assertTrue(ability.stream().noneMatch(c -> c.hedgeCue() != null), ability.toString());
        List<Claim> biology = projectClaims("Exosomes act as natural carriers of microRNAs.");
        assertTrue(hasClaim(biology, "Exosome", "carries", "MicroRNA"));
        assertFalse(hasClaim(biology, "Exosome", "usedFor", "DrugDelivery"));
        // a generic "drugs" after "carriers for" is no cargo row
        assertFalse(hasClaim(projectClaims("Camel milk exosomes could serve as carriers for peptide drugs."), "Exosome", "carries", "TherapeuticAgent"));
    }

    @Test
    void tolerabilityOfAHedgedCarrierRoleIsHedgedAndARoleAttributeWithoutArticleIsNotRead() {
        assertTrue(projectClaimAnyQualifier("Camel milk exosomes may be a palatable, well-tolerated oral carrier for curcumin.", "Exosome", "hasProperty",
                "LowToxicity").hedged());
        assertFalse(projectClaimAnyQualifier("Camel milk exosomes are a well-tolerated oral carrier for curcumin.", "Exosome", "hasProperty",
                "LowToxicity").hedged());
        assertFalse(hasClaim(projectClaims("Camel milk exosomes might be safer vehicles for gene therapy."), "Exosome", "hasProperty", "LowToxicity"));
    }
}
