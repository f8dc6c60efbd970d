package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.document.Sentence;
import org.exokg.mention.Lexicon;
import org.exokg.mention.MentionRecognizer;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, branch verbs (docs/extraction.md, "A reading from the verb and the object's class"): a vesicle subject, any
 * verb and a typed object give a claim whose relation comes from the object's class and whose polarity from the verb.
 * Invented sentences (none from a gold set) through the real extractor and the project ontology, with the reading on;
 * each reading has near neighbours that must give no claim from it. Claims as "Subject[Qualifier] (NOT) relation Object
 * {rule}" for the reading's own claims.
 */
class VerbObjectReadingTest {

    /** The verb-object reading's claims of one sentence (the extractor's other claims left out); VerbObjectNarrowedTest reads with it too. */
    static List<String> read(String sentence) {
        Lexicon lexicon = TestSupport.projectLexicon();
        Sentence s = new Sentence(0, sentence.length(), sentence, null, List.of());
        return new ClaimExtractor(lexicon).withVerbObjectReading(true)
                .extract(sentence, s, new MentionRecognizer(lexicon).recognize(sentence, 0, sentence.length()), ClaimExtractor.Discourse.NONE)
                .stream().filter(c -> c.rule().startsWith("verb-object-"))
                .map(c -> TestSupport.local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + TestSupport.local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + TestSupport.local(c.objectIri())
                        + " {" + c.rule() + "}")
                .sorted().toList();
    }

    @Test
    void theObjectsClassChoosesTheRelation() {
        assertEquals(List.of("Exosome treats InflammatoryDisease {verb-object-treats}"), read("Exosomes soothed colitis in our hands."));
        assertEquals(List.of("Exosome targets Hepatocyte {verb-object-targets}"), read("Exosomes befriended hepatocytes."));
        assertEquals(List.of("Exosome hasProperty Stability {verb-object-has-property}"), read("Exosomes enjoy remarkable stability."));
        assertEquals(List.of("Exosome hasChallenge Heterogeneity {verb-object-has-challenge}"), read("Exosomes inherit heterogeneity."));
    }

    @Test
    void theVerbsClassReversesOrBlocks() {
        // a verb of harm: the disease is made worse, not treated
        assertEquals(List.of("Exosome contributesTo InflammatoryDisease {verb-object-contributes-to}"), read("Exosomes fuelled colitis."));
        // an obstacle overcome is no challenge of the vesicles
        assertEquals(List.of(), read("Exosomes overcome heterogeneity."));
        // a property lessened is not one they have
        assertEquals(List.of(), read("Exosomes lost their stability."));
        // a comparison states no relation
        assertEquals(List.of(), read("Exosomes resembled hepatocytes."));
        // a copula classifies: "are not cells" names no target
        assertEquals(List.of(), read("Exosomes are not hepatocytes."));
    }

    @Test
    void negationAndHedgingComeFromTheCues() {
        assertEquals(List.of("Exosome NOT treats InflammatoryDisease {verb-object-treats+negation:negation-not}"), read("Exosomes did not soothe colitis."));
        List<String> hedged = read("Exosomes may soothe colitis.");
        assertEquals(1, hedged.size(), hedged.toString());
        assertTrue(hedged.get(0).startsWith("Exosome treats InflammatoryDisease {verb-object-treats+hedge:"), hedged.toString());
    }

    @Test
    void coordinatedObjectsAndPredicatesAreRead() {
        assertEquals(List.of("Exosome targets Hepatocyte {verb-object-targets}", "Exosome targets Macrophage {verb-object-targets}"),
                read("Exosomes befriended hepatocytes and macrophages."));
        assertEquals(List.of("Exosome treats InflammatoryDisease {verb-object-treats}"), read("Exosomes lowered the weight scores and soothed colitis."));
        // the subject's postmodifier is passed over: its source is the qualifier
        assertEquals(List.of("Exosome[MesenchymalStemCell] treats InflammatoryDisease {verb-object-treats}"),
                read("Exosomes derived from mesenchymal stem cells soothed colitis."));
    }

    @Test
    void whereItMustNotFire() {
        // an object inside another noun's phrase
        assertEquals(List.of(), read("Exosomes soothed the symptoms of colitis."));
        // a term that modifies a longer phrase
        assertEquals(List.of(), read("Exosomes befriended hepatocyte membranes."));
        // a setting after "in" (the neurons are the verb's object, colitis is not), a purpose after "for", a comparison
        // after "than"
        assertEquals(List.of("Exosome targets Neuron {verb-object-targets}"), read("Exosomes befriended neurons in colitis."));
        assertEquals(List.of(), read("Exosomes were studied for colitis."));
        assertEquals(List.of(), read("Exosomes befriended more neurons than hepatocytes."));
        // the vesicle is no subject: the object of a preposition or of another verb
        assertEquals(List.of(), read("Treatment with exosomes soothed colitis."));
        assertEquals(List.of(), read("Exosome release soothed colitis."));
        // a participle of the vesicle noun, not its clause's verb
        assertEquals(List.of(), read("Exosomes displaying hepatocyte antigens were injected."));
        assertEquals(List.of(), read("Exosomes pulsed with hepatocytes were injected."));
        // a relative clause: its verb is not the subject's
        assertEquals(List.of(), read("Exosomes, which soothed colitis, were injected."));
    }

    @Test
    void methodsSentencesGiveNothing() {
        String sentence = "Exosomes soothed colitis.";
        Lexicon lexicon = TestSupport.projectLexicon();
        Sentence methods = new Sentence(0, sentence.length(), sentence, "Methods", List.of());
        List<Claim> claims = new ClaimExtractor(lexicon).withVerbObjectReading(true)
                .extract(sentence, methods, new MentionRecognizer(lexicon).recognize(sentence, 0, sentence.length()), ClaimExtractor.Discourse.NONE);
        assertTrue(claims.stream().noneMatch(c -> c.rule().startsWith("verb-object-")), claims.toString());
    }

    @Test
    void theSurfaceGrammar() {
        assertNotNull(VerbObjectReading.predicate("could also markedly soothe the experimental §"));
        assertEquals(List.of("shown", "promote"), VerbObjectReading.predicate("were shown to promote §").verbs());
        assertNull(VerbObjectReading.predicate("soothed the size of §"));
        assertNull(VerbObjectReading.predicate("displaying §"));
        assertTrue(VerbObjectReading.opensSubject("Here we show that the §-derived "));
        assertTrue(!VerbObjectReading.opensSubject("Cells take up "));
        assertTrue(VerbObjectReading.objectPhraseEnds(" in mice."));
        assertTrue(!VerbObjectReading.objectPhraseEnds("-induced injury"));
        assertTrue(!VerbObjectReading.objectPhraseEnds(" membranes"));
        assertTrue(!VerbObjectReading.objectPhraseEnds(" than hepatocytes."));
    }

    @Test
    void aReadingFileWithAnUnknownVerbClassIsRefused() {
        String yaml = "verbClasses:\n  - id: a\n    verbs: ['x']\nreadings:\n  - id: r\n    relation: treats\n    objects: [disease]\n"
                + "    unlessVerb: [b]\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> VerbObjectReading.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml"));
        assertTrue(e.getMessage().contains("unknown verb class 'b'"), e.getMessage());
    }
}
