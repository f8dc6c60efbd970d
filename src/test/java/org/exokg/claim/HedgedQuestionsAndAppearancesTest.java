package org.exokg.claim;

import static org.exokg.TestSupport.hasClaim;
import static org.exokg.TestSupport.projectClaimAnyQualifier;
import static org.exokg.TestSupport.projectClaims;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch hedged6, nineteenth session): hedged statements nothing was read from. A use as an indicator after
 * "appear / seem to", after a hedging adverb ("probably") or in a question ("we asked whether vesicles ... predict") is
 * read and hedged, as the golds keep asked claims; a property predicate after "appear / seem to" is read as after a
 * modal. Near neighbours: the plain finding (denied or affirmed) and "can" (ability, convention l) stay unhedged, a
 * singular subject that is not the vesicles ("the difference ... probably reflects") reads no use. A drug platform the
 * vesicles may become, or are believed to become, is a hedged use; a bare "will become" forecast is not read.
 * Invented sentences.
 */
class HedgedQuestionsAndAppearancesTest {

    @Test
    void aUseAsAnIndicatorInAHedgedFrameIsReadAndHedged() {
        assertTrue(projectClaimAnyQualifier("Sweat vesicles thus seem to reflect the severity of cystic fibrosis.", "ExtracellularVesicle",
                "usedFor", "Biomarker").hedged());
        assertTrue(projectClaimAnyQualifier("Saliva vesicles probably mirror the stage of oral cancer.", "ExtracellularVesicle",
                "usedFor", "Biomarker").hedged());
        assertTrue(projectClaimAnyQualifier("We asked whether tear vesicles collected after surgery predict relapse of uveal melanoma.",
                "ExtracellularVesicle", "usedFor", "Biomarker").hedged());
    }

    @Test
    void aFindingOrAnAbilityIsNotHedgedAndAnotherSubjectReadsNoUse() {
        Claim denied = projectClaimAnyQualifier("Tear vesicles did not predict relapse of uveal melanoma.", "ExtracellularVesicle", "usedFor",
                "Biomarker");
        assertTrue(denied.negated());
        assertNull(denied.hedgeCue());
        assertNull(projectClaimAnyQualifier("Saliva vesicles can reflect the stage of oral cancer.", "ExtracellularVesicle", "usedFor",
                "Biomarker").hedgeCue());
        List<Claim> other = projectClaims("The difference between the two urinary vesicle preparations probably reflects the isolation methods.");
        assertFalse(hasClaim(other, "ExtracellularVesicle", "usedFor", "Biomarker"), other.toString());
        List<Claim> pronoun = projectClaims(
                "We asked whether saliva vesicles are taken up by keratinocytes and whether this reflects the stage of oral cancer.");
        assertFalse(hasClaim(pronoun, "ExtracellularVesicle", "usedFor", "Biomarker"), pronoun.toString());
    }

    @Test
    void aPropertyThatOnlyAppearsIsHedgedAndAStatedOneIsNot() {
        assertTrue(projectClaimAnyQualifier("Garlic nanovesicles appear to survive gastric acid.", "PlantDerivedNanovesicle", "hasProperty",
                "Stability").hedged());
        Claim denied = projectClaimAnyQualifier("Garlic nanovesicles do not seem to survive gastric acid.", "PlantDerivedNanovesicle",
                "hasProperty", "Stability");
        assertTrue(denied.negated());
        assertTrue(denied.hedged());
        assertNull(projectClaimAnyQualifier("Garlic nanovesicles were able to survive gastric acid.", "PlantDerivedNanovesicle", "hasProperty",
                "Stability").hedgeCue());
        assertNull(projectClaimAnyQualifier("Garlic nanovesicles survived gastric acid.", "PlantDerivedNanovesicle", "hasProperty",
                "Stability").hedgeCue());
    }

    @Test
    void aDrugPlatformTheVesiclesMayBecomeIsAHedgedUseAndABareForecastIsNotRead() {
        assertTrue(projectClaimAnyQualifier("Camel milk vesicles could become a cheap oral platform for antiviral drugs.", "ExtracellularVesicle",
                "usedFor", "DrugDelivery").hedged());
        assertTrue(projectClaimAnyQualifier("We believe that camel milk exosomes will become a platform for drugs that cannot cross the gut.",
                "Exosome", "usedFor", "DrugDelivery").hedged());
        List<Claim> forecast = projectClaims("Camel milk exosomes will become a platform for antiviral drugs.");
        assertFalse(hasClaim(forecast, "Exosome", "usedFor", "DrugDelivery"), forecast.toString());
    }
}
