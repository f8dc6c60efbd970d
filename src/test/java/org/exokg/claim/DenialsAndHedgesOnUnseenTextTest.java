package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch `negation`): where a negation cue stands and what it reaches, read as general mechanisms rather
 * than sentence shapes (docs/extraction.md, "Denials and hedges on unseen text"). Invented sentences in the shapes of
 * the wrong and missed denials and hedges of the development sets; each failed before the branch.
 */
class DenialsAndHedgesOnUnseenTextTest {

    private static Claim claim(String sentence, String subject, String relation, String object) {
        List<Claim> claims = projectClaims(sentence);
        return claims.stream().filter(c -> local(c.subjectIri()).equals(subject) && c.relation().localName().equals(relation)
                && local(c.objectIri()).equals(object)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + subject + " " + relation + " " + object + " in " + triples(claims)));
    }

    private static List<String> denials(String sentence) {
        return projectClaims(sentence).stream().filter(Claim::negated)
                .map(c -> local(c.subjectIri()) + " NOT " + c.relation().localName() + " " + local(c.objectIri())).toList();
    }

    @Test
    void aNegativeWordInQuotationMarksDeniesNothing() {
        // a slogan or name in quotes: before, "don't" denied the uptake (branch precision: an uptake that is slowed is not
        // stated, so the sentence now states the uptake itself)
        Claim c = claim("Exosomes displaying CD47, a \"don't eat me\" signal, are thought to be taken up by macrophages.",
                // (branch engineered, convention z) vesicles "displaying" a molecule are engineered
                "EngineeredExosome", "targets", "Macrophage");
        assertFalse(c.negated(), c.toString());
        assertTrue(c.hedged(), c.toString());
        // outside quotes the same word still denies
        assertTrue(claim("Milk exosomes don't cross the blood-brain barrier.", "Exosome", "crosses", "BloodBrainBarrier").negated());
    }

    @Test
    void aNegativeWordBeforeTheSubjectDeniesOnlyInsideItsNounPhrase() {
        // another clause's verb ("platelets lack nuclei, which makes ...") or a causer's noun phrase ("the lack of MHC
        // molecules makes ...") does not reach the vesicles' claim
        Claim candidates = claim("Platelets lack nuclei, which makes their exosomes ideal candidates for drug delivery.",
                "Exosome", "usedFor", "DrugDelivery");
        assertFalse(candidates.negated(), candidates.toString());
        assertTrue(candidates.hedged(), candidates.toString());
        Claim made = claim("The lack of MHC molecules makes exosomes poorly immunogenic.", "Exosome", "hasProperty", "LowImmunogenicity");
        assertFalse(made.negated(), made.toString());
        // a negative determiner of the subject itself still denies; so does "did not make"
        assertTrue(claim("No milk exosomes crossed the blood-brain barrier.", "Exosome", "crosses", "BloodBrainBarrier").negated());
        // (convention u (eighteenth session): a denied immune response is LowImmunogenicity, affirmed)
        assertFalse(claim("The coating did not make the exosomes immunogenic.", "Exosome", "hasProperty", "LowImmunogenicity").negated());
    }

    @Test
    void neitherNorDeniesTheClaimOfBothConjuncts() {
        // before, only the vesicle after "nor" had the (denied) claim
        String s = "Neither exosomes nor microvesicles crossed the blood-brain barrier.";
        assertEquals(List.of("Microvesicle NOT crosses BloodBrainBarrier", "Exosome NOT crosses BloodBrainBarrier"), denials(s));
        assertEquals(2, projectClaims(s).size(), triples(projectClaims(s)).toString());
    }

    @Test
    void anAlternativeSetAsideByNotIsNoSubject() {
        // "X, not Y, ...": the claim is X's and asserted; before, "Liposome NOT crosses" was read
        String s = "Exosomes, not liposomes, crossed the blood-brain barrier.";
        Claim c = claim(s, "Exosome", "crosses", "BloodBrainBarrier");
        assertFalse(c.negated(), c.toString());
        assertTrue(denials(s).isEmpty(), denials(s).toString());
        // what something is said not to be ("which are not exosomes") is no subject of its predicate
        String coated = "Polymer particles coated with cell membranes, which are not exosomes, also carry anticancer drugs.";
        assertTrue(projectClaims(coated).isEmpty(), triples(projectClaims(coated)).toString());
    }

    @Test
    void absenceOfProofIsAHedgeNotADenial() {
        // "has not been shown" leaves the claim open, before or after the object
        Claim before = claim("It has not been shown that milk exosomes cross the blood-brain barrier.", "Exosome", "crosses",
                "BloodBrainBarrier");
        assertFalse(before.negated(), before.toString());
        assertTrue(before.hedged(), before.toString());
        // the object as the clause's subject, the possessive standing for the vesicles: the predicate after it hedges
        Claim after = claim("Milk exosomes are stable in the gut, but their low immunogenicity, however, has not been shown.",
                "Exosome", "hasProperty", "LowImmunogenicity");
        assertTrue(after.hedged(), after.toString());
        assertFalse(after.negated(), after.toString());
        // a modal in such a predicate says what the asserted object may do: no hedge
        Claim asserted = claim("Milk exosomes are easy to obtain, but their heterogeneity may limit clinical use.",
                "Exosome", "hasChallenge", "Heterogeneity");
        assertFalse(asserted.hedged(), asserted.toString());
    }

    @Test
    void butNotByAModifiedItemDeniesThatItem() {
        // "synovial" is itself a term (synovial fluid) modifying the item: before, the contrast was not seen and the
        // macrophages were affirmed
        String s = "The exosomes were taken up by chondrocytes but not by synovial macrophages.";
        assertTrue(claim(s, "Exosome", "targets", "Macrophage").negated());
        assertFalse(claim(s, "Exosome", "targets", "Chondrocyte").negated());
    }

    @Test
    void enteringCellsIsTargetingThemAlsoInASecondDeniedPredicate() {
        // "... and did not enter <cells>": the second predicate of the same subject, denied; before, no claim
        String s = "The exosomes were taken up by tumour cells and did not enter normal fibroblasts.";
        assertTrue(claim(s, "Exosome", "targets", "Fibroblast").negated());
        assertFalse(claim(s, "Exosome", "targets", "TumorCell").negated());
        assertFalse(claim("Milk exosomes entered neurons within two hours.", "Exosome", "targets", "Neuron").negated());
        // only cells are entered as targets: "entered clinical trials" is no targets claim
        assertTrue(projectClaims("Milk exosomes entered clinical trials for colitis.").stream()
                .noneMatch(c -> c.relation().localName().equals("targets")), triples(projectClaims("Milk exosomes entered clinical trials for colitis.")).toString());
    }

    @Test
    void trapsThatDenyNothingAboutTheVesicles() {
        // each was read as a denial before
        Claim barrier = claim("Stability is no longer a barrier for milk exosomes in drug delivery.", "Exosome", "usedFor", "DrugDelivery");
        assertFalse(barrier.negated(), barrier.toString());
        Claim need = claim("Unlike liposomes, milk exosomes do not need modification to cross the blood-brain barrier.",
                "Exosome", "crosses", "BloodBrainBarrier");
        assertFalse(need.negated(), need.toString());
        Claim kept = claim("Storage at 4 °C did not affect the stability of MSC exosomes.", "Exosome", "hasProperty", "Stability");
        assertFalse(kept.negated(), kept.toString());
        // the real denials next to them stay
        assertTrue(claim("Milk exosomes do not cross the blood-brain barrier.", "Exosome", "crosses", "BloodBrainBarrier").negated());
        assertTrue(claim("Milk exosomes did not reduce tumour growth.", "Exosome", "treats", "Cancer").negated());
    }
}
