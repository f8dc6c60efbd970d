package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch stance): statements a text reports without asserting them (withdrawn, corrected away, retracted,
 * disputed: no claim; a direct question: hedged) and hedges of hopes, beliefs, judgements, tests and aims
 * (docs/extraction.md, "Statements that are not findings, and hedges"). Invented sentences; each kind next to a
 * neighbour that keeps its claim.
 */
class StatementStanceTest {

    private static Optional<Claim> find(String sentence, String subject, String relation, String object) {
        return projectClaims(sentence).stream().filter(c -> local(c.subjectIri()).equals(subject)
                && c.relation().localName().equals(relation) && local(c.objectIri()).equals(object)).findFirst();
    }

    private static Claim claim(String sentence, String subject, String relation, String object) {
        return find(sentence, subject, relation, object).orElseThrow(
                () -> new AssertionError("no " + subject + " " + relation + " " + object + " in " + triples(projectClaims(sentence))));
    }

    private static void noClaim(String sentence, String subject, String relation, String object) {
        assertTrue(find(sentence, subject, relation, object).isEmpty(), () -> "unexpected " + subject + " " + relation + " "
                + object + " in " + triples(projectClaims(sentence)));
    }

    @Test
    void everyEntryOfTheFileReadsItsOwnExample() {
        for (Map.Entry<String, List<StatementStance.Entry>> section : StatementStance.defaults().sections().entrySet()) {
            for (StatementStance.Entry e : section.getValue()) {
                assertTrue(e.example() != null && e.pattern().matcher(e.example()).find(), () -> e.id() + " does not read its example");
            }
        }
    }

    @Test
    void everyEntryFindsItsExampleThroughTheWordTestAndWithUnicodeCaseBeyondIt() {
        // (branch speed20) read() tests each entry's words first; its example must still be found, and so must the
        // example spelt with the Kelvin sign and the long s, which Unicode case reads as "k" and "s" and the ASCII word
        // test would not find (there read() runs every expression)
        for (StatementStance.Entry e : StatementStance.defaults().sections().get("notAsserted")) {
            String example = e.example();
            String folded = example.replace('k', '\u212A').replace('s', '\u017F');
            for (String text : List.of(example, folded)) {
                assertEquals(e.pattern().matcher(text).find(), hasSpanOf(StatementStance.defaults().read(text, 0, text.length()), e.id()),
                        () -> e.id() + " in " + text);
            }
            assertTrue(hasSpanOf(StatementStance.defaults().read(example, 0, example.length()), e.id()), e::id);
        }
        String sentence = "The \u017Ftatement that the exo\u017Fomes crossed the placenta has been withdrawn.";
        assertEquals(List.of("statement-that-withdrawn"), StatementStance.defaults().read(sentence, 0, sentence.length()).notAssertedIds());
    }

    private static boolean hasSpanOf(StatementStance.Reading reading, String id) {
        return reading.notAssertedIds().contains(id);
    }

    @Test
    void aCorrectedSentenceIsAssertedAndTheWordingItReplacesIsNot() {
        String s = "In the Abstract, the sentence \"Milk exosomes crossed the placental barrier\" should read \"Milk exosomes reached the brain\".";
        noClaim(s, "Exosome", "crosses", "PlacentalBarrier");
        claim("Milk exosomes crossed the placental barrier.", "Exosome", "crosses", "PlacentalBarrier");
    }

    @Test
    void aWithdrawnStatementGivesNoClaim() {
        noClaim("The statement that the exosomes crossed the blood-brain barrier has been withdrawn.",
                "Exosome", "crosses", "BloodBrainBarrier");
        noClaim("The legend incorrectly stated that the exosomes crossed the blood-brain barrier.",
                "Exosome", "crosses", "BloodBrainBarrier");
        noClaim("We previously reported that milk exosomes cross the blood-brain barrier; this is incorrect.",
                "Exosome", "crosses", "BloodBrainBarrier");
        noClaim("In Figure 2, panel B was described as showing exosomes from blood plasma.", "Exosome", "derivedFrom", "BloodPlasma");
        // the same statements made by the text itself stand
        claim("The exosomes crossed the blood-brain barrier.", "Exosome", "crosses", "BloodBrainBarrier");
        claim("Panel B shows exosomes from blood plasma.", "Exosome", "derivedFrom", "BloodPlasma");
    }

    @Test
    void aRetractedOrUnreproducedFindingGivesNoClaim() {
        noClaim("Retraction: Milk exosomes cross the blood-brain barrier in mice", "Exosome", "crosses", "BloodBrainBarrier");
        noClaim("The journal has retracted the article, which reported that exosomes cross the blood-brain barrier.",
                "Exosome", "crosses", "BloodBrainBarrier");
        noClaim("The finding that exosomes cross the blood-brain barrier could not be reproduced.",
                "Exosome", "crosses", "BloodBrainBarrier");
    }

    @Test
    void aClaimTheTextDisputesGivesNoClaimButAReportedOneStaysHedged() {
        noClaim("Contrary to earlier claims that exosomes cross the blood-brain barrier, we found none in the brain.",
                "Exosome", "crosses", "BloodBrainBarrier");
        noClaim("It has been claimed that exosomes cross the blood-brain barrier, but we found no vesicles in the brain.",
                "Exosome", "crosses", "BloodBrainBarrier");
        // reported without a dispute: the others' claim, hedged (cues.yaml, hedge-hypothesis)
        assertTrue(claim("It has been claimed that exosomes cross the blood-brain barrier.", "Exosome", "crosses", "BloodBrainBarrier")
                .hedged());
    }

    @Test
    void aDirectQuestionHedgesItsClaims() {
        Claim asked = claim("Can exosomes cross the blood-brain barrier?", "Exosome", "crosses", "BloodBrainBarrier");
        assertTrue(asked.hedged());
        assertTrue(asked.rule().contains("+stance:direct-question"), asked.rule());
        assertFalse(claim("Exosomes can cross the blood-brain barrier.", "Exosome", "crosses", "BloodBrainBarrier").hedged());
        // what the subject's noun phrase names is presupposed, not asked: the origin of milk exosomes stays asserted
        String milk = "Can milk exosomes cross the intestinal barrier?";
        assertTrue(claim(milk, "Exosome", "crosses", "IntestinalBarrier").hedged());
        assertFalse(claim(milk, "Exosome", "derivedFrom", "Milk").hedged());
    }

    @Test
    void hopesBeliefsJudgementsTestsAndAimsHedge() {
        assertTrue(claim("We hope that exosomes will cross the blood-brain barrier.", "Exosome", "crosses", "BloodBrainBarrier").hedged());
        assertTrue(claim("The inventors believe that the exosomes cross the blood-brain barrier.",
                "Exosome", "crosses", "BloodBrainBarrier").hedged());
        assertTrue(claim("Most reviewers considered exosomes poorly immunogenic.", "Exosome", "hasProperty", "LowImmunogenicity").hedged());
        assertTrue(claim("Engineered exosomes are being tested as cancer vaccines.", "EngineeredExosome", "usedFor", "CancerVaccine")
                .hedged());
        assertTrue(claim("We sought to determine if milk exosomes cross the intestinal barrier.",
                "Exosome", "crosses", "IntestinalBarrier").hedged());
        assertEquals("hedge-linked", Cues.hedgeMatch("tumour vesicles have been linked to").id());
        assertEquals(null, Cues.hedgeMatch("the peptide was linked to"));
        assertEquals("hedge-tested-perfect", Cues.hedgeMatch("exosomes from stem cells have been tested in").id());
        assertTrue(claim("The inventors believe that the vesicles shield the drug, so that the exosomes cross the blood-brain barrier.",
                "Exosome", "crosses", "BloodBrainBarrier").hedged());
        // what a hedged clause explains is a fact ("may explain why ..."), not hedged with it
        assertFalse(claim("Their adjuvant activity may explain why exosomes crossed the blood-brain barrier in mice.",
                "Exosome", "crosses", "BloodBrainBarrier").hedged());
        // the finding itself, and a "hope" that is no hope of the claim ("hopes" as a noun in a name), stay asserted
        assertFalse(claim("Engineered exosomes protected mice as cancer vaccines.", "EngineeredExosome", "usedFor", "CancerVaccine")
                .hedged());
        assertEquals(false, claim("Milk exosomes crossed the intestinal barrier.", "Exosome", "crosses", "IntestinalBarrier").hedged());
    }
}
