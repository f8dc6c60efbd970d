package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.document.Sentence;
import org.exokg.mention.Lexicon;
import org.exokg.mention.MentionRecognizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rule families added after the gold-standard measurement, on invented sentences and the real ontology. */
class ClaimRuleFamiliesTest {

    private static Lexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = Lexicon.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
    }

    private static List<Claim> claims(String sentence) {
        Sentence s = new Sentence(0, sentence.length(), sentence, null, List.of());
        return new ClaimExtractor(lexicon).extract(sentence, s,
                new MentionRecognizer(lexicon).recognize(sentence, 0, sentence.length()), ClaimExtractor.Discourse.NONE);
    }

    private static Claim find(List<Claim> claims, String object) {
        return claims.stream().filter(c -> local(c.objectIri()).equals(object)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim on " + object + " in " + triples(claims)));
    }

    @Test
    void coordinatedModifiersShareTheHead() {
        assertEquals(List.of("Exosome loadedBy PassiveLoading", "Exosome loadedBy ActiveLoading", "Exosome loadedBy Sonication"),
                triples(claims("Exosomes were prepared with passive and active loading methods, including sonication.")));
        assertEquals(List.of("Exosome derivedFrom TCell", "Exosome derivedFrom BCell"),
                triples(claims("Exosomes are secreted by T and B cells.")));
    }

    @Test
    void aHeadOfAListDistributesOverItsItems() {
        assertEquals(List.of("Exosome derivedFrom CaprineMilk", "Exosome derivedFrom OvineMilk", "Exosome derivedFrom CamelMilk"),
                triples(claims("Exosomes were isolated from the milk of goats, sheep, llamas and camels.")));
    }

    @Test
    void aVesicleNamedInsideATermIsItsSubject() {
        assertEquals(List.of("Exosome derivedFrom Macrophage", "Exosome derivedFrom Neuron"),
                triples(claims("Common exosome sources, such as macrophages and neurons, were compared.")));
        List<Claim> c = claims("The lack of a standardized exosome isolation process results in low purity.");
        assertEquals(List.of("Exosome hasChallenge LackOfStandardisedIsolation", "Exosome hasChallenge LowPurity"), triples(c));
        assertTrue(c.stream().noneMatch(Claim::negated), "'lack of' names the challenge, it does not deny one");
    }

    @Test
    void diseasesAndBarriersInGeneralAreObjects() {
        assertEquals(List.of("Exosome crosses BiologicalBarrier"), triples(claims("Exosomes quickly cross biological barriers.")));
        assertEquals(List.of("Exosome treats Disease"), triples(claims("Exosomes can be effective in the treatment of many diseases.")));
    }

    @Test
    void cueWordsInsideTermsAreNotCues() {
        Claim c = find(claims("Exosomes have a negative zeta potential and low immunogenicity."), "LowImmunogenicity");
        assertNull(c.hedgeCue(), "'potential' in 'negative zeta potential' is not a hedge");
    }

    @Test
    void aStatedReasonIsNeitherHedgedNorNegatedByTheMainClause() {
        Claim reason = find(claims("Microvesicles were not suitable carriers, because they are heterogeneous."), "Heterogeneity");
        assertFalse(reason.negated());
        Claim hedged = find(claims("Exosomes are promising due to their biocompatibility."), "Biocompatibility");
        assertFalse(hedged.hedged());
        assertTrue(find(claims("Exosomes may be promising for imaging."), "Imaging").hedged());
    }

    @Test
    void aPredicateOfItsOwnDoesNotShareTheListNegation() {
        List<Claim> c = claims("The exosomes were not immunogenic and did not accumulate in the liver.");
        assertTrue(find(c, "Immunogenicity").negated());
        assertTrue(c.stream().filter(x -> local(x.objectIri()).equals("LowAccumulation")).noneMatch(Claim::negated),
                "'did not accumulate' is the property low accumulation, never its denial");
        assertFalse(find(claims("Exosomes are biocompatible and do not accumulate in the body."), "LowAccumulation").negated());
    }

    @Test
    void restrictiveRelativeClausesNarrowTheSubjectButCellsDoNot() {
        Claim c = find(claims("The exosomes that circulate in the blood come from platelets."), "Platelet");
        assertEquals("Blood", local(c.qualifierIri()));
        Claim cells = find(claims("We studied the heterogeneity of cell-derived exosomes."), "Heterogeneity");
        assertNull(cells.qualifierIri());
        assertEquals(SubjectScope.GENERAL, cells.scope());
        Claim milk = find(claims("Milk-derived exosomes were tested."), "Milk");
        assertNull(milk.qualifierIri(), "a derivedFrom claim is not qualified by its own object");
    }

    @Test
    void couldNotIsAFailureNotAHedge() {
        Claim c = find(claims("Exosomes could not be loaded by simple incubation."), "Incubation");
        assertTrue(c.negated());
        assertNull(c.hedgeCue());
    }
}
