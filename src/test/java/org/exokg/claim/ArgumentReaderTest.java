package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * The argument reader on the dependency parse (ParseUse.ARGUMENTS, argument-rules.yaml): invented sentences of the
 * shapes the surface rules miss (relative clauses with coordinated objects, a challenge as the subject of a limiting
 * verb, cargo and source around a vesicle in a prepositional phrase), each claim checked for subject, relation,
 * object, polarity, hedge and the rule entry that read it. The parser is the process's one (loaded once per JVM).
 */
class ArgumentReaderTest {

    private static List<Claim> claims(String text, Set<ParseUse> uses) {
        return DependencyParseRulesTest.claims(text, uses);
    }

    private static List<Claim> read(String text) {
        Set<ParseUse> uses = EnumSet.copyOf(ParseUse.ADOPTED);
        uses.add(ParseUse.ARGUMENTS);
        return claims(text, uses);
    }

    private static Claim on(List<Claim> claims, String subject, String relation, String object) {
        return DependencyParseRulesTest.on(claims, subject, relation, object);
    }

    private static Claim readBy(String text, String subject, String relation, String object, String rule) {
        List<Claim> all = read(text);
        Claim c = on(all, subject, relation, object);
        assertNotNull(c, subject + " " + relation + " " + object + " in " + TestSupport.triples(all));
        assertTrue(c.rule().startsWith(rule), c.rule());
        // the surface rules (with the adopted parse uses) do not find it: the reader adds it
        assertNull(on(claims(text, ParseUse.ADOPTED), subject, relation, object), "found without the argument reader");
        return c;
    }

    @Test
    void coordinatedObjectsOfARelativeClauseAreEachCarried() {
        String text = "Exosomes, which contain proteins, lipids and microRNAs, circulate in all body fluids.";
        Claim lipid = readBy(text, "Exosome", "carries", "Lipid", "argument-vesicle-carries-cargo");
        Claim rna = readBy(text, "Exosome", "carries", "MicroRNA", "argument-vesicle-carries-cargo");
        assertNull(lipid.negationCue());
        assertNull(rna.hedgeCue());
        assertEquals(SubjectScope.GENERAL, lipid.scope());
    }

    @Test
    void aChallengeAsTheSubjectOfALimitingVerbIsTheVesiclesChallenge() {
        Claim c = readBy("Heterogeneity severely limits the therapeutic use of EVs.", "ExtracellularVesicle", "hasChallenge",
                "Heterogeneity", "argument-vesicle-has-challenge");
        assertNull(c.negationCue());
        assertNull(c.hedgeCue());
    }

    @Test
    void theHedgeIsReadOnThePredicatesOwnClause() {
        Claim c = readBy("Heterogeneity is thought to limit the therapeutic use of EVs.", "ExtracellularVesicle", "hasChallenge",
                "Heterogeneity", "argument-vesicle-has-challenge");
        assertNotNull(c.hedgeCue(), "'is thought to' hedges");
        assertTrue(c.rule().contains("+hedge:"), c.rule());
        assertNull(c.negationCue());
    }

    @Test
    void theNegationOfThePredicateDeniesTheClaim() {
        Claim c = readBy("Heterogeneity does not limit the diagnostic use of EVs.", "ExtracellularVesicle", "hasChallenge",
                "Heterogeneity", "argument-vesicle-has-challenge");
        assertNotNull(c.negationCue(), "'does not limit' denies");
        assertTrue(c.rule().contains("+negation:"), c.rule());
    }

    @Test
    void cargoAndSourceAroundAVesicleInAPrepositionalPhrase() {
        String text = "Oligodendrocytes supply neurons with lipids through exosomes.";
        Claim source = readBy(text, "Exosome", "derivedFrom", "Oligodendrocyte", "argument-source-moves-cargo-in-vesicle");
        assertNull(source.negationCue());
        List<Claim> all = read(text);
        Claim cargo = on(all, "Exosome", "carries", "Lipid");
        assertNotNull(cargo, TestSupport.triples(all).toString());
        assertTrue(cargo.rule().startsWith("argument-cargo-moved-in-vesicle"), cargo.rule());
        Claim target = on(all, "Exosome", "targets", "Neuron");
        assertNotNull(target, TestSupport.triples(all).toString());
        assertTrue(target.rule().startsWith("argument-cells-reached-via-vesicle"), target.rule());
    }

    @Test
    void aMeasureNounStandsForTheTermThatModifiesIt() {
        // "shrank the volume of melanomas": the object of the verb is the measure, the disease modifies it
        Claim c = readBy("Exosomes from dendritic cells shrank the volume of melanomas in mice.", "Exosome", "treats",
                "Melanoma", "argument-vesicle-treats-disease");
        assertNull(c.negationCue());
        assertNull(c.hedgeCue());
    }

    @Test
    void withoutTheUseTheReaderAddsNothing() {
        String text = "Exosomes, which contain proteins, lipids and microRNAs, circulate in all body fluids.";
        assertTrue(claims(text, ParseUse.ADOPTED).stream().noneMatch(c -> c.rule().startsWith("argument-")));
    }

    @Test
    void aBrokenRuleFileIsRefusedNamingTheEntry() {
        String bad = "arguments:\n  - id: odd\n    relation: carries\n    objects: [cargo]\n    triggers: ['carr\\w*']\n"
                + "    slots: ['subject']\n";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ArgumentReader.parse(
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "test.yaml", ClaimPatterns.defaults()));
        assertTrue(e.getMessage().contains("'odd'") && e.getMessage().contains("slot pair"), e.getMessage());
        String unknown = "arguments:\n  - id: other\n    relation: carries\n    objects: [cargo]\n    triggersOf: [no-such-rule]\n"
                + "    slots: ['subject object']\n";
        e = assertThrows(IllegalStateException.class, () -> ArgumentReader.parse(
                new ByteArrayInputStream(unknown.getBytes(StandardCharsets.UTF_8)), "test.yaml", ClaimPatterns.defaults()));
        assertTrue(e.getMessage().contains("no-such-rule"), e.getMessage());
    }

    @Test
    void theShippedRulesLoad() {
        List<String> ids = ArgumentReader.defaults().rules().stream().map(ArgumentReader.ArgumentRule::id).toList();
        assertTrue(ids.contains("argument-vesicle-carries-cargo") && ids.contains("argument-vesicle-has-challenge"), ids.toString());
    }
}
