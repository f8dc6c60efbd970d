package org.exokg.claim;

import static org.exokg.TestSupport.hasClaim;
import static org.exokg.TestSupport.projectClaimAnyQualifier;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch hedge2): hedged predicates whose hedge wording blocked the reading ("may thus offer a cell-free
 * alternative", "might also serve to monitor ..."). Each reads its claim hedged; the same words without the modal, or
 * with an object of another kind, read nothing of the kind. Invented sentences.
 */
class HedgedPredicatesTest {

    @Test
    void aUseTheVesiclesMayOfferOrBecomeIsReadHedged() {
        assertTrue(projectClaimAnyQualifier("Goat milk exosomes may thus offer a cell-free alternative to stem cell grafts.", "Exosome", "usedFor",
                "CellFreeTherapy").hedged());
        assertTrue(projectClaimAnyQualifier("Milk exosomes could provide a cell-free option for colitis.", "Exosome", "usedFor", "CellFreeTherapy")
                .hedged());
        // without a modal the verb states no use (vesicle-used-for-application keeps its own triggers)
        assertFalse(hasClaim(projectClaims("Milk exosomes offer a cell-free alternative to stem cells."), "Exosome", "usedFor",
                "CellFreeTherapy"));
    }

    @Test
    void aUseAsThePurposeTheVesiclesMayServeIsReadHedged() {
        assertTrue(projectClaimAnyQualifier("Pleural EVs might also serve to monitor the response to kinase inhibitors.", "ExtracellularVesicle", "usedFor",
                "TreatmentMonitoring").hedged());
        // the purpose of someone else the vesicles serve is not theirs
        assertFalse(hasClaim(projectClaims("Pleural EVs might serve the clinicians who monitor the response to kinase inhibitors."),
                "ExtracellularVesicle", "usedFor", "TreatmentMonitoring"));
    }

    @Test
    void aTherapyTheVesiclesMightBeDevelopedIntoIsReadHedged() {
        assertTrue(projectClaimAnyQualifier("Stem cell exosomes might be developed into a therapy for stroke.", "Exosome", "treats", "Stroke").hedged());
        // the finding itself, without the modal, is no treats claim of this rule (the therapy is read as a use)
        assertFalse(hasClaim(projectClaims("Milk exosomes were developed into a therapy for stroke."), "Exosome", "treats", "Stroke"));
    }

    @Test
    void aSourceThatAFindingSuggestsIsAHedgedSource() {
        List<Claim> claims = projectClaims("Heat treatment did not destroy the exosomes, which suggests that commercial milk could serve as a source.");
        assertTrue(projectClaimAnyQualifier("Heat treatment did not destroy the exosomes, which suggests that commercial milk could serve as a source.",
                "Exosome", "derivedFrom", "Milk").hedged(), String.valueOf(triples(claims)));
        // a source of something else is no source of the vesicles
        assertFalse(hasClaim(projectClaims("Heat treatment did not destroy the exosomes, which suggests that milk could serve as a source of calcium."),
                "Exosome", "derivedFrom", "Milk"));
    }
}
