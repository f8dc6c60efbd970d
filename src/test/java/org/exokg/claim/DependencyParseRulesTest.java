package org.exokg.claim;

import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.exokg.TestSupport;
import org.exokg.document.Sentence;
import org.exokg.mention.Lexicon;
import org.exokg.mention.MentionRecognizer;
import org.exokg.syntax.SentenceParser;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 1: claims read from the dependency parse where the surface rules guess from word order. Invented
 * sentences in the shapes of the issue; the tests of those shapes fail with the surface rules alone
 * ({@code -Dexokg.test.parseUses=none}). The parser is the process's one: loaded once per test JVM, shared with SentenceParserTest.
 */
class DependencyParseRulesTest {

    /** The claims of one invented sentence, parsed by the process's parser, with the given parse uses. */
    static List<Claim> claims(String text, Set<ParseUse> uses) {
        Lexicon lexicon = TestSupport.projectLexicon();
        Sentence s = new Sentence(0, text.length(), text, null, List.of());
        return new ClaimExtractor(lexicon, uses).extract(text, s, new MentionRecognizer(lexicon).recognize(text, 0, text.length()),
                ClaimExtractor.Discourse.NONE, SentenceParser.english().parse(text, 0, text.length()));
    }

    /** -Dexokg.test.parseUses=none runs the same tests with the surface rules alone: the shapes tests then fail. */
    private static List<Claim> parsed(String text) {
        return claims(text, "none".equals(System.getProperty("exokg.test.parseUses")) ? Set.of() : ParseUse.ADOPTED);
    }

    /** The claim with this subject, relation and object (local names), or null. */
    static Claim on(List<Claim> claims, String subject, String relation, String object) {
        return claims.stream().filter(c -> TestSupport.local(c.subjectIri()).equals(subject) && c.relation().localName().equals(relation)
                && TestSupport.local(c.objectIri()).equals(object)).findFirst().orElse(null);
    }

    @Test
    void aNounModifierBeforeAnIngNounIsNoKind() {
        // "lipid signalling platforms": the surface test takes the -ing noun after "lipid" for a participle that ends
        // the noun phrase; the parse has "lipid" as a compound of "platforms", the head of the predicate
        List<String> t = triples(parsed("Exosomes are lipid signalling platforms that reach distant organs."));
        assertTrue(t.stream().noneMatch(x -> x.contains("isKindOf")), t.toString());
        List<String> u = triples(parsed("Microvesicles are protein sorting compartments of the cell."));
        assertTrue(u.stream().noneMatch(x -> x.contains("isKindOf")), u.toString());
    }

    @Test
    void theHeadOfThePredicateStillGivesItsKind() {
        List<String> t = triples(parsed("Exosomes are small extracellular vesicles that carry RNA."));
        assertTrue(t.contains("Exosome isKindOf SmallExtracellularVesicle"), t.toString());
    }

    @Test
    void aNegationInARelativeClauseOfTheSubjectDeniesNothingOfItsPredicate() {
        // "not" negates "engineered", a relative clause on the subject, not "cross"
        Claim c = on(parsed("Exosomes that are not engineered in any way still cross the blood-brain barrier."),
                "Exosome", "crosses", "BloodBrainBarrier");
        assertTrue(c != null, "crosses claim");
        assertNull(c.negationCue(), "the barrier crossing is not denied");
    }

    @Test
    void aNegationOfThePredicateStillDeniesIt() {
        Claim c = on(parsed("Exosomes isolated from plasma did not cross the blood-brain barrier."), "Exosome", "crosses", "BloodBrainBarrier");
        assertTrue(c != null && c.negationCue() != null, "denied crossing");
        Claim d = on(parsed("Lyophilised vesicles no longer suppressed inflammation in mice."), "ExtracellularVesicle", "treats",
                "InflammatoryDisease");
        assertTrue(d == null || d.negationCue() != null, "'no longer' denies its verb");
    }

    @Test
    void everyConjunctOfACoordinatedSubjectGetsTheClaim() {
        // a modifier between the conjuncts ("and the larger microvesicles") stops the surface coordination rule
        List<String> t = triples(parsed("Both exosomes and the larger microvesicles carry microRNAs."));
        assertTrue(t.contains("Exosome carries MicroRNA") && t.contains("Microvesicle carries MicroRNA"), t.toString());
    }

    @Test
    void aPassiveAgentFarFromItsVerbIsTheSource() {
        List<Claim> c = parsed("Exosomes are continuously secreted into the extracellular space by activated microglia.");
        Claim agent = on(c, "Exosome", "derivedFrom", "MicroglialCell");
        assertTrue(agent != null, triples(c).toString());
        assertTrue(agent.rule().endsWith("+passive-agent"), agent.rule());
        List<Claim> u = parsed("The labelled exosomes were efficiently taken up within two hours by macrophages.");
        assertTrue(on(u, "Exosome", "targets", "Macrophage") != null, triples(u).toString());
    }

    @Test
    void aPassiveAgentOfAnotherVerbIsNoSource() {
        // "by microglia" is the agent of "stimulated", not of a verb of origin with the vesicles as subject
        List<String> t = triples(parsed("Exosomes reduced inflammation that was stimulated by microglia."));
        assertFalse(t.contains("Exosome derivedFrom MicroglialCell"), t.toString());
    }

    @Test
    void withoutParseUsesTheParseChangesNothing() {
        String text = "Exosomes are lipid signalling platforms that reach distant organs.";
        assertEquals(triples(TestSupport.projectClaims(text)), triples(claims(text, Set.of())));
    }
}
