package org.exokg.claim;

import static org.exokg.TestSupport.projectClaimAnyQualifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 15 (twenty-sixth session, branch hedgecues): the hedging devices of scientific writing completed as families in
 * cues.yaml (epistemic verbs and their inflections, the active "we assume / anticipate that", adjectives, nouns, inverted
 * conditions, a negated necessity), and a hedge word inside a term's own surface (cues.yaml termHedges: "a vaccine
 * candidate", "a further candidate marker"). Each family has a sentence that must be hedged and a near neighbour that
 * must not be. Invented sentences.
 */
class HedgeCueFamiliesTest {

    private static Claim crossing(String sentence) {
        return projectClaimAnyQualifier(sentence, "Exosome", "crosses", "BloodBrainBarrier");
    }

    @Test
    void inflectionsOfEpistemicVerbsHedgeAndAReportedFindingDoesNot() {
        assertTrue(crossing("The model speculates that milk exosomes cross the blood-brain barrier.").hedged());
        assertTrue(crossing("One review envisages that milk exosomes cross the blood-brain barrier.").hedged());
        assertTrue(crossing("We suppose that milk exosomes cross the blood-brain barrier.").hedged());
        assertFalse(crossing("The model shows that milk exosomes cross the blood-brain barrier.").hedged());
    }

    @Test
    void anAssumptionOrAnEstimateHedgesAndAMeasurementDoesNot() {
        assertTrue(crossing("We assume that milk exosomes cross the blood-brain barrier.").hedged());
        assertTrue(crossing("On the assumption that milk exosomes cross the blood-brain barrier, we gave them orally.").hedged());
        assertTrue(crossing("We anticipate that milk exosomes cross the blood-brain barrier.").hedged());
        assertFalse(crossing("We measured how milk exosomes cross the blood-brain barrier.").hedged());
        assertEquals("hedge-estimate", Cues.hedgeMatch("about half of them are estimated to").id());
        assertNull(Cues.hedgeMatch("we estimated the particle number by tracking analysis"));
    }

    @Test
    void nounsAndAdjectivesOfPossibilityHedgeAndTheirNeighboursDoNot() {
        assertTrue(crossing("The likelihood that milk exosomes cross the blood-brain barrier is high.").hedged());
        assertTrue(crossing("The idea that milk exosomes cross the blood-brain barrier rests on one study.").hedged());
        assertTrue(crossing("Uptake in the cortex was suggestive of milk exosomes that cross the blood-brain barrier.").hedged());
        assertEquals("hedge-epistemic-noun", Cues.hedgeMatch("the prospect of using").id());
        // "likelihood" as a measured risk is no hedge of the claim; "the idea of" names no proposition
        assertNull(Cues.hedgeMatch("increased the likelihood of relapse"));
        assertNull(Cues.hedgeMatch("the idea of the study"));
    }

    @Test
    void anInvertedConditionOrANegatedNecessityHedgesAndAPlainStatementDoesNot() {
        assertEquals("hedge-conditional-inverted", Cues.hedgeMatch("should they prove safe,").id());
        assertEquals("hedge-conditional-inverted", Cues.hedgeMatch("once validated in patients,").id());
        assertNull(Cues.hedgeMatch("they should be stored at -80 degrees"));
        assertTrue(crossing("Milk exosomes need not cross the blood-brain barrier to act.").hedged());
        assertFalse(crossing("Milk exosomes did cross the blood-brain barrier in every mouse.").hedged());
    }

    @Test
    void aHypothesisOrPredictionHeadingHedgesAndAResultsHeadingDoesNot() {
        assertTrue(crossing("Hypothesis: milk exosomes cross the blood-brain barrier in mice.").hedged());
        assertTrue(crossing("Expected outcome: milk exosomes cross the blood-brain barrier in mice.").hedged());
        assertFalse(crossing("Result: milk exosomes cross the blood-brain barrier in mice.").hedged());
    }

    @Test
    void aCandidateUseSpelledInTheTermIsHedgedAndTheUseItselfIsNot() {
        assertTrue(projectClaimAnyQualifier("Milk exosomes will be used as a vaccine candidate against influenza.",
                "Exosome", "usedFor", "Vaccine").hedged());
        assertFalse(projectClaimAnyQualifier("Milk exosomes were used as a vaccine against influenza.",
                "Exosome", "usedFor", "Vaccine").hedged());
        assertTrue(projectClaimAnyQualifier("Plasma exosomes are a further candidate marker of relapse.",
                "Exosome", "usedFor", "Biomarker").hedged());
        assertFalse(projectClaimAnyQualifier("Plasma exosomes are a marker of relapse.",
                "Exosome", "usedFor", "Biomarker").hedged());
    }

    @Test
    void aClauseOpenedByAModalOrAnIrregularPastIsOutsideTheHedgeBeforeIt() {
        // the hedge of the first clause does not reach a new clause whose verb is a modal or an irregular past
        assertFalse(projectClaimAnyQualifier("Whether milk exosomes reach the brain remains to be shown, and the small volumes"
                + " that can be sampled will hold back routine use of milk exosomes in diagnosis.", "Exosome", "usedFor", "Diagnosis").hedged());
        assertNull(Cues.hedgeMatch("a review of whether a stabiliser is needed, since the vesicles kept their size"));
        assertEquals("hedge-open-question", Cues.hedgeMatch("a review of whether a stabiliser is needed, since 2019 the").id());
        // a second predicate of the same subject keeps the hedge
        assertTrue(crossing("Milk exosomes may reach the gut, and also cross the blood-brain barrier.").hedged());
    }

    @Test
    void aReasonClauseWhoseSubjectIsTheClaimsTermIsOutsideTheHedge() {
        assertFalse(projectClaimAnyQualifier("A review of whether a stabiliser is needed at all is planned, since the milk exosomes"
                + " kept their size for 12 months without it.", "Exosome", "hasProperty", "Stability").hedged());
        assertTrue(projectClaimAnyQualifier("It is unclear whether milk exosomes kept their size for 12 months without a stabiliser.",
                "Exosome", "hasProperty", "Stability").hedged());
    }

    @Test
    void sayingAMatterIsOpenStatesAKnowledgeGapChallengeAndStillHedgesOtherChallenges() {
        assertFalse(projectClaimAnyQualifier("The regulatory classification of milk exosomes is unclear in several countries.",
                "Exosome", "hasChallenge", "RegulatoryUncertainty").hedged());
        assertTrue(Cues.statesUnsettled(Cues.hedgeMatch("whether they")));
        assertFalse(Cues.statesUnsettled(Cues.hedgeMatch("they may")));
        // an open question still hedges a challenge that is no knowledge gap
        assertTrue(projectClaimAnyQualifier("It is unclear whether milk exosomes aggregate after freezing.", "Exosome",
                "hasChallenge", "VesicleAggregation").hedged());
    }

    @Test
    void termHedgesReadOnlyTheAdjectiveAndTheCandidateWord() {
        assertEquals("term-candidate", Cues.termHedgeMatch("vaccine candidate").id());
        assertEquals("term-potential-adjective", Cues.termHedgeMatch("potential toxicity").id());
        // "potential" as a noun names a capacity, not a possibility
        assertNull(Cues.termHedgeMatch("diagnostic potential"));
        assertNull(Cues.termHedgeMatch("vaccine"));
    }
}
