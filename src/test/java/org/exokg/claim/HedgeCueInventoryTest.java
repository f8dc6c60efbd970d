package org.exokg.claim;

import static org.exokg.TestSupport.projectClaimAnyQualifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 15 (twenty-fourth session): hedge cues of the published inventories of hedging in biomedical and academic text
 * (BioScope's guidelines, the CoNLL-2010 shared task, Hyland's taxonomy) that cues.yaml lacked, the senses of hedge words
 * that hedge nothing, and the scope of a clause's hedge: it does not reach a reason after ", since", a clause after a
 * colon or after ", and" with its own subject, nor a cargo or origin its noun phrases presuppose. Each family has a
 * sentence that must be hedged and a near neighbour that must not be (or the other way round). Invented sentences.
 */
class HedgeCueInventoryTest {

    private static final String CROSSES = "crosses";
    private static final String BBB = "BloodBrainBarrier";

    private static Claim crossing(String sentence) {
        return projectClaimAnyQualifier(sentence, "Exosome", CROSSES, BBB);
    }

    @Test
    void epistemicAdverbsHedgeAndThePlainStatementIsNotHedged() {
        assertEquals("hedge-epistemic-adverb", Cues.hedgeMatch("milk exosomes arguably").id());
        assertTrue(crossing("Milk exosomes arguably cross the blood-brain barrier.").hedged());
        assertTrue(crossing("Maybe milk exosomes cross the blood-brain barrier.").hedged());
        assertFalse(crossing("Milk exosomes cross the blood-brain barrier.").hedged());
    }

    @Test
    void whatIsClaimedToHoldIsHedgedWhatWasShownIsNot() {
        assertTrue(crossing("Milk exosomes are often claimed to cross the blood-brain barrier.").hedged());
        assertTrue(crossing("The purported ability of milk exosomes to cross the blood-brain barrier was tested.").hedged());
        // attribution without doubt (convention f)
        assertFalse(crossing("Milk exosomes have been shown to cross the blood-brain barrier.").hedged());
    }

    @Test
    void anUnsettledOrUnprovenMatterHedgesAndASettledOneDoesNot() {
        assertEquals("hedge-unsettled-state", Cues.useStandingHedgeMatch("remains unproven in patients").id());
        assertEquals("hedge-unsettled-state", Cues.hedgeMatch("it is still poorly understood how").id());
        assertEquals("hedge-unsettled-state", Cues.hedgeMatch("it is not yet known how").id());
        assertNull(Cues.useStandingHedgeMatch("remains stable in patients"));
        assertNull(Cues.hedgeMatch("it is now well known that"));
    }

    @Test
    void whatHasYetToBeShownIsHedgedWhatHasBeenShownIsNot() {
        assertTrue(crossing("It has yet to be shown that milk exosomes cross the blood-brain barrier.").hedged());
        assertTrue(crossing("It remains to be seen whether milk exosomes cross the blood-brain barrier.").hedged());
        assertFalse(crossing("It has been shown that milk exosomes cross the blood-brain barrier.").hedged());
    }

    @Test
    void speculationHedgesAnEstablishedFactDoesNot() {
        assertEquals("hedge-speculation", Cues.hedgeMatch("it is speculative to say that").id());
        assertTrue(crossing("Speculation has it that milk exosomes cross the blood-brain barrier.").hedged());
        assertFalse(crossing("It is established that milk exosomes cross the blood-brain barrier.").hedged());
    }

    @Test
    void theWritersViewHedgesTheWritersStudyDoesNot() {
        assertTrue(crossing("In our view, milk exosomes cross the blood-brain barrier.").hedged());
        assertTrue(crossing("To our knowledge, milk exosomes cross the blood-brain barrier.").hedged());
        assertFalse(crossing("In our study, milk exosomes crossed the blood-brain barrier.").hedged());
    }

    @Test
    void aDoubtHedgesButNoDoubtNeitherHedgesNorDenies() {
        assertTrue(crossing("We doubt that milk exosomes cross the blood-brain barrier.").hedged());
        Claim certain = crossing("There is no doubt that milk exosomes cross the blood-brain barrier.");
        assertFalse(certain.hedged());
        assertFalse(certain.negated());
    }

    @Test
    void aResultAsExpectedIsStatedWhatIsExpectedIsHedged() {
        assertFalse(crossing("As expected, milk exosomes crossed the blood-brain barrier.").hedged());
        assertFalse(crossing("Milk exosomes crossed the blood-brain barrier more often than expected.").hedged());
        assertTrue(crossing("Milk exosomes are expected to cross the blood-brain barrier.").hedged());
    }

    @Test
    void anElectricPotentialIsNoPossibility() {
        assertNull(Cues.hedgeMatch("milk exosomes with a membrane potential of -30 mv"));
        assertNull(Cues.hedgeMatch("the vesicles had a zeta potential of"));
        assertTrue(crossing("Milk exosomes potentially cross the blood-brain barrier.").hedged());
    }

    @Test
    void theMonthMayIsNoModal() {
        assertNull(Cues.hedgeMatch("in may 2021 milk exosomes"));
        assertNull(Cues.hedgeMatch("on 3 may the exosomes"));
        assertFalse(crossing("In May 2021, milk exosomes crossed the blood-brain barrier of treated mice.").hedged());
        assertTrue(crossing("Milk exosomes may cross the blood-brain barrier.").hedged());
    }

    @Test
    void whatWasMadePossibleIsNoPossibility() {
        assertNull(Cues.hedgeMatch("labelling made it possible to show that milk exosomes"));
        assertNull(Cues.hedgeMatch("the exosomes were isolated as quickly as possible, and"));
        assertEquals("hedge-likelihood", Cues.hedgeMatch("it is possible that milk exosomes").id());
    }

    @Test
    void suggestingWhatToDoIsNoHedgeSuggestingThatIs() {
        assertNull(Cues.hedgeMatch("we suggest adding that tumour exosomes"));
        assertEquals("hedge-suggest", Cues.hedgeMatch("we suggest that tumour exosomes").id());
    }

    @Test
    void aHedgeDoesNotReachACoordinatedClauseWithItsOwnSubject() {
        assertNull(Cues.hedgeMatch("whose effects are largely unknown, and tumour vesicles are known to"));
        // the same subject's second predicate shares the hedge
        assertNotNull(Cues.hedgeMatch("exosomes may survive digestion, and are then"));
    }

    @Test
    void aReasonAfterSinceIsSaidOnItsOwn() {
        Claim reason = projectClaimAnyQualifier("B cell exosomes appear to act as adjuvants, since they deliver the antigen to dendritic cells.",
                "Exosome", "targets", "DendriticCell");
        assertFalse(reason.hedged());
        assertTrue(projectClaimAnyQualifier("B cell exosomes appear to deliver the antigen to dendritic cells.", "Exosome", "targets",
                "DendriticCell").hedged());
        // "since 2015" is no reason
        assertNotNull(Cues.hedgeMatch("exosomes may, since 2015,"));
    }

    @Test
    void aClauseAfterAColonIsSaidOnItsOwnAListIsNot() {
        assertNull(Cues.hedgeMatch("disc vesicles appear to spread the disease: they carried"));
        assertNotNull(Cues.hedgeMatch("disc vesicles may carry: "));
    }

    @Test
    void aUseStudiedAsIsHedgedAUseAsSuchIsNot() {
        assertEquals("hedge-studied-as", Cues.useStandingHedgeMatch("are studied as oral carriers").id());
        assertTrue(projectClaimAnyQualifier("Milk exosomes are studied as oral carriers of insulin.", "Exosome", "usedFor", "DrugDelivery")
                .hedged());
        assertFalse(projectClaimAnyQualifier("Milk exosomes are used as oral carriers of insulin.", "Exosome", "usedFor", "DrugDelivery")
                .hedged());
    }

    @Test
    void anUnknownPropertyOfTheVesiclesIsHedgedAKnownOneIsNot() {
        // (branch conventionreadings) gold convention vvvvv now writes an unknown safety as the stated gap, unhedged: the
        // predicate's hedge of branch hedges3 is tested with that reading off, and the gap with it on
        boolean saved = SafetyGaps.SAFETY_GAPS;
        try {
            SafetyGaps.SAFETY_GAPS = false;
            assertTrue(projectClaimAnyQualifier("The long-term safety of stem cell exosomes in people is unknown.", "Exosome", "hasChallenge",
                    "SafetyConcern").hedged());
            SafetyGaps.SAFETY_GAPS = true;
            assertFalse(projectClaimAnyQualifier("The long-term safety of stem cell exosomes in people is unknown.", "Exosome", "hasChallenge",
                    "SafetyConcern").hedged());
        } finally {
            SafetyGaps.SAFETY_GAPS = saved;
        }
        assertFalse(projectClaimAnyQualifier("The long-term safety of stem cell exosomes in people is a concern.", "Exosome", "hasChallenge",
                "SafetyConcern").hedged());
    }

    @Test
    void aLabelledAimIsHedgedALabelledResultIsNot() {
        assertEquals("hedge-aim-heading", Cues.hedgeMatch("objective: to show that milk exosomes").id());
        assertEquals("hedge-aim-heading", Cues.hedgeMatch("aim of the week: show that milk exosomes").id());
        assertNull(Cues.hedgeMatch("result: milk exosomes"));
        assertTrue(crossing("Objective: to show that milk exosomes cross the blood-brain barrier of mice.").hedged());
        assertFalse(crossing("Result: milk exosomes crossed the blood-brain barrier of mice.").hedged());
    }

    @Test
    void anOriginPostmodifyingTheVesiclesIsNotHedgedAStatedOneIs() {
        assertFalse(projectClaimAnyQualifier("It is thought that an extracellular vesicle product from mesenchymal stem cells may reduce lung injury.",
                "ExtracellularVesicle", "derivedFrom", "MesenchymalStemCell").hedged());
        assertFalse(projectClaimAnyQualifier("A preprint claims that extracellular vesicles captured from plasma diagnose Alzheimer disease.",
                "ExtracellularVesicle", "derivedFrom", "BloodPlasma").hedged());
        assertTrue(projectClaimAnyQualifier("It is thought that mesenchymal stem cells may release extracellular vesicles that reduce lung injury.",
                "ExtracellularVesicle", "derivedFrom", "MesenchymalStemCell").hedged());
    }

    @Test
    void aCargoItsNounPhrasePresupposesIsNotHedged() {
        Claim onVesicles = projectClaimAnyQualifier("We asked whether glypican-1 on circulating vesicles distinguishes pancreatic cancer from pancreatitis.",
                "ExtracellularVesicle", "carries", "Protein");
        assertFalse(onVesicles.hedged());
        Claim carriedBy = projectClaimAnyQualifier("The effect is thought to depend on microRNAs carried by the exosomes.", "Exosome", "carries",
                "MicroRNA");
        assertFalse(carriedBy.hedged());
        assertTrue(projectClaimAnyQualifier("The exosomes are thought to carry microRNAs.", "Exosome", "carries", "MicroRNA").hedged());
    }
}
