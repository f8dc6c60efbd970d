package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.document.Sentence;
import org.exokg.mention.Lexicon;
import org.exokg.mention.MentionRecognizer;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch verbobject38 (docs/extraction.md, "The verb-object reading narrowed to verbs that state the
 * relation"): the two narrowed forms of the verb-object reading. The core ({@code -Dexokg.verbObjectCore}) reads a claim
 * only where the predicate's verb states the relation by its meaning, and leaves a verb that does not ("befriended",
 * "inherit", "enjoy") to the full reading; the confident form ({@code -Dexokg.verbObjectConfident}) keeps the reading's
 * claims only at or above its floor of the learned confidence, and no other claim. Invented sentences.
 */
class VerbObjectCore38Test {

    @TempDir
    Path dir;

    /** The reading's claims of one sentence with the core on. */
    private static List<String> core(String sentence) {
        Lexicon lexicon = TestSupport.projectLexicon();
        Sentence s = new Sentence(0, sentence.length(), sentence, null, List.of());
        return new ClaimExtractor(lexicon).withVerbObjectCore(true)
                .extract(sentence, s, new MentionRecognizer(lexicon).recognize(sentence, 0, sentence.length()), ClaimExtractor.Discourse.NONE)
                .stream().filter(c -> c.rule().startsWith("verb-object-"))
                .map(c -> TestSupport.local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + c.relation().localName() + " "
                        + TestSupport.local(c.objectIri()) + " {" + c.rule() + "}")
                .sorted().toList();
    }

    @Test
    void aVerbThatStatesTheRelationIsRead() {
        assertEquals(List.of("Exosome treats InflammatoryDisease {verb-object-treats}"), core("Exosomes soothed colitis in our hands."));
        assertEquals(List.of("Exosome targets Hepatocyte {verb-object-targets}"), core("Exosomes sensitised hepatocytes."));
        assertEquals(List.of("Exosome hasProperty Stability {verb-object-has-property}"), core("Exosomes kept remarkable stability."));
        assertEquals(List.of("Exosome hasChallenge Heterogeneity {verb-object-has-challenge}"), core("Exosomes pose heterogeneity."));
        assertEquals(List.of("Exosome usedFor DrugDelivery {verb-object-used-for}"), core("Exosomes support drug delivery."));
        // contributesTo has no core entry: its own verbs of harm already name it
        assertEquals(List.of("Exosome contributesTo InflammatoryDisease {verb-object-contributes-to}"), core("Exosomes fuelled colitis."));
    }

    @Test
    void aVerbThatDoesNotIsLeftToTheFullReading() {
        assertEquals(List.of(), core("Exosomes befriended hepatocytes."));
        assertEquals(List.of("Exosome targets Hepatocyte {verb-object-targets}"), VerbObjectReadingTest.read("Exosomes befriended hepatocytes."));
        assertEquals(List.of(), core("Exosomes inherit heterogeneity."));
        assertEquals(List.of(), core("Exosomes enjoy remarkable stability."));
        assertEquals(List.of(), core("Exosomes befriend drug delivery."));
        // the full reading's guards still hold in the core: a verb of carrying names no challenge
        assertEquals(List.of(), core("Exosomes contain heterogeneity."));
    }

    @Test
    void aCoreEntryMustNameAReadingOfTheFile() {
        String yaml = "verbClasses:\n  - id: verbs-x\n    verbs: ['x']\nreadings:\n  - id: r1\n    relation: treats\n    objects: [disease]\n"
                + "coreVerbs:\n  - id: core-r2\n    reading: r2\n    verbs: ['ease']\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> VerbObjectReading.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml"));
        assertTrue(e.getMessage().contains("unknown reading 'r2'"), e.getMessage());
    }

    @Test
    void theConfidentFormKeepsTheReadingsClaimsOnlyAtItsFloor() throws Exception {
        String text = "Results\n\nExosomes from mesenchymal stem cells soothed colitis in rats.\n";
        String[] keys = {"exokg.verbObject", ClaimConfidence.VERB_OBJECT_CONFIDENT, ClaimConfidence.PROPERTY};
        String[] before = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            before[i] = System.getProperty(keys[i]);
        }
        try {
            System.setProperty("exokg.verbObject", "true");
            System.setProperty(ClaimConfidence.PROPERTY, "false");
            DocumentExtraction all = TestSupport.extractText(dir, text, ".txt");
            Claim treats = all.claims().stream().filter(c -> c.rule().startsWith("verb-object-treats")).findFirst().orElseThrow();
            Claim source = all.claims().stream().filter(c -> c.relation() == Relation.DERIVED_FROM).findFirst().orElseThrow();
            double score = ClaimConfidence.shipped().score(ClaimFeatures.of(all.document(), all.mentions(), all.claims(),
                    TestSupport.projectBuilder().lexicon()).get(all.claims().indexOf(treats)));
            System.clearProperty("exokg.verbObject");
            System.clearProperty(ClaimConfidence.PROPERTY);
            assertEquals(0.0, ClaimConfidence.verbObjectFloor());
            assertFalse(has(TestSupport.extractText(dir, text, ".txt"), treats), "the reading is off without a switch");
            System.setProperty(ClaimConfidence.VERB_OBJECT_CONFIDENT, "true");
            assertEquals(0.85, ClaimConfidence.verbObjectFloor());
            System.setProperty(ClaimConfidence.VERB_OBJECT_CONFIDENT, String.valueOf(score - 1e-9));
            DocumentExtraction kept = TestSupport.extractText(dir, text, ".txt");
            assertTrue(has(kept, treats), "kept at a floor just below its score");
            System.setProperty(ClaimConfidence.VERB_OBJECT_CONFIDENT, String.valueOf(score + 1e-9));
            DocumentExtraction dropped = TestSupport.extractText(dir, text, ".txt");
            assertFalse(has(dropped, treats), "dropped at a floor just above it");
            assertTrue(has(dropped, source), "another rule's claim of the sentence is kept");
        } finally {
            for (int i = 0; i < keys.length; i++) {
                if (before[i] == null) {
                    System.clearProperty(keys[i]);
                } else {
                    System.setProperty(keys[i], before[i]);
                }
            }
        }
    }

    private static boolean has(DocumentExtraction e, Claim c) {
        return e.claims().stream().anyMatch(x -> x.relation() == c.relation() && x.objectIri().equals(c.objectIri())
                && x.subjectIri().equals(c.subjectIri()) && x.negated() == c.negated());
    }
}
