package org.exokg.claim;

import static org.exokg.TestSupport.hasClaim;
import static org.exokg.TestSupport.projectClaimAnyQualifier;
import static org.exokg.TestSupport.projectClaims;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch hedged7): hedged predicates that hid their claim from the rules. A benefit offered in a disease
 * ("may offer a modest benefit in X") is a treats claim; "could help clinicians distinguish / separate A from B" and
 * "might help to identify / stage" are the vesicles' use in diagnosis (convention q); "could guide the choice of therapy"
 * is their use in personalised medicine. The modal outside the rule's words hedges each (conventions f, g, l). Invented
 * sentences, each beside a near neighbour that must not give the claim.
 */
class HedgedBenefitAndDiagnosisPredicatesTest {

    @Test
    void aBenefitInADiseaseIsTreatsHedgedByTheModal() {
        assertTrue(projectClaimAnyQualifier("Platelet vesicles may offer a modest benefit in acute kidney injury.", "ExtracellularVesicle", "treats",
                "AcuteKidneyInjury").hedged());
        assertFalse(projectClaimAnyQualifier("Platelet vesicles offered a modest benefit in acute kidney injury.", "ExtracellularVesicle", "treats",
                "AcuteKidneyInjury").hedged());
        // a benefit over another product, with no disease after it, is no treatment
        assertFalse(hasClaim(projectClaims("Platelet vesicles may offer a benefit over cells in manufacturing for acute kidney injury."),
                "ExtracellularVesicle", "treats", "AcuteKidneyInjury"));
    }

    @Test
    void helpingCliniciansTellConditionsApartIsDiagnosis() {
        assertTrue(projectClaimAnyQualifier("Saliva vesicles could help clinicians separate relapse from remission.", "ExtracellularVesicle", "usedFor",
                "Diagnosis").hedged());
        assertTrue(projectClaimAnyQualifier("Bile vesicles might help to stage the disease without a biopsy.", "ExtracellularVesicle", "usedFor",
                "Diagnosis").hedged());
        // "separate ... from" as a purification step, and help with something that is no diagnosis
        assertFalse(hasClaim(projectClaims("Saliva vesicles could help separate lipoproteins from the pellet."), "ExtracellularVesicle", "usedFor",
                "Diagnosis"));
        assertFalse(hasClaim(projectClaims("Saliva vesicles could help clinicians reduce the dose."), "ExtracellularVesicle", "usedFor", "Diagnosis"));
    }

    @Test
    void guidingTheChoiceOfTherapyIsPersonalisedMedicine() {
        assertTrue(projectClaimAnyQualifier("Pleural fluid vesicles could guide the choice of second-line therapy.", "ExtracellularVesicle", "usedFor",
                "PersonalizedMedicine").hedged());
        assertFalse(hasClaim(projectClaims("Pleural fluid vesicles could guide the choice of isolation method."), "ExtracellularVesicle", "usedFor",
                "PersonalizedMedicine"));
    }
}
