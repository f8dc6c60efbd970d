package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * The grammatical subject read from the dependency parse (ParseUse.SUBJECT, branch parser2, twenty-second session): the
 * subject of the predicate replaces the surface rule's nearest vesicle when it is another vesicle mention. Invented
 * sentences, each with a near neighbour whose nearest vesicle is the subject and keeps the claim; the real parser (the
 * process's one, loaded once per JVM, shared with ParseVetoTest, ArgumentReaderTest and DependencyParseRulesTest).
 */
class GrammaticalSubjectTest {

    private static List<Claim> surface(String text) {
        return DependencyParseRulesTest.claims(text, Set.of());
    }

    private static List<Claim> withSubject(String text) {
        return DependencyParseRulesTest.claims(text, EnumSet.of(ParseUse.SUBJECT));
    }

    /** The surface rules give the claim to {@code wrong}; the parse's subject gives it to {@code right}. */
    private static void moved(String text, String wrong, String right, String relation, String object) {
        List<Claim> before = surface(text);
        assertNotNull(DependencyParseRulesTest.on(before, wrong, relation, object), "surface: " + TestSupport.triples(before));
        List<Claim> after = withSubject(text);
        assertNotNull(DependencyParseRulesTest.on(after, right, relation, object), "with the subject: " + TestSupport.triples(after));
        assertNull(DependencyParseRulesTest.on(after, wrong, relation, object), "with the subject: " + TestSupport.triples(after));
    }

    /** With the parse's subject the claim stays with {@code subject}, and {@code other} does not get it. */
    private static void kept(String text, String subject, String other, String relation, String object) {
        List<Claim> after = withSubject(text);
        assertNotNull(DependencyParseRulesTest.on(after, subject, relation, object), "with the subject: " + TestSupport.triples(after));
        assertNull(DependencyParseRulesTest.on(after, other, relation, object), "with the subject: " + TestSupport.triples(after));
    }

    @Test
    void aVesicleInAParticiplePhraseOfTheSubjectIsNotTheSubject() {
        // "for ginger nanovesicles" sits in the participle phrase of "Exosomes", the subject of "crossed"
        moved("Exosomes isolated by the method used for ginger nanovesicles crossed the blood-brain barrier in mice.",
                "PlantDerivedNanovesicle", "Exosome", "crosses", "BloodBrainBarrier");
        // near neighbour: the nanovesicles are the subject of the relative clause that crosses
        kept("Exosomes were isolated by the method used for ginger nanovesicles, which crossed the blood-brain barrier in mice.",
                "PlantDerivedNanovesicle", "Exosome", "crosses", "BloodBrainBarrier");
    }

    @Test
    void aCoordinatedVerbSharesTheSubjectOfTheFirst() {
        // "crossed" is coordinated with "were taken up", whose passive subject is the milk exosomes
        moved("Milk exosomes were taken up by intestinal cells within an hour after oral gavage of plant nanovesicles and crossed "
                + "the blood-brain barrier.", "PlantDerivedNanovesicle", "Exosome", "crosses", "BloodBrainBarrier");
        // near neighbour: a clause of its own, whose subject is the nanovesicles
        kept("Milk exosomes were taken up by intestinal cells within an hour, and plant nanovesicles crossed the blood-brain barrier.",
                "PlantDerivedNanovesicle", "Exosome", "crosses", "BloodBrainBarrier");
    }

    @Test
    void theVesiclesThatStimulatedTheCellsDoNotCarryWhatTheSubjectCarries() {
        moved("Exosomes released after stimulation with bacterial outer membrane vesicles carry interleukin-6.",
                "BacterialOuterMembraneVesicle", "Exosome", "carries", "SignalingProtein");
        kept("Exosomes were mixed with bacterial outer membrane vesicles, which carry interleukin-6.",
                "BacterialOuterMembraneVesicle", "Exosome", "carries", "SignalingProtein");
    }

    @Test
    void aSubjectThatIsNoVesicleLeavesTheSurfaceReading() {
        // "Macrophages" head the subject: no vesicle to take, so the surface reading stands (the veto is another use)
        List<Claim> after = withSubject("Macrophages treated with milk exosomes crossed the blood-brain barrier.");
        assertNotNull(DependencyParseRulesTest.on(after, "Exosome", "crosses", "BloodBrainBarrier"), TestSupport.triples(after).toString());
    }
}
