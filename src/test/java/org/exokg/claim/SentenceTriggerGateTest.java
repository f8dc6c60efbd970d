package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.exokg.TestSupport;
import org.exokg.document.Document;
import org.exokg.document.DocumentLoader;
import org.exokg.document.Sentence;
import org.exokg.document.SentenceSplitter;
import org.exokg.mention.Lexicon;
import org.exokg.mention.MentionRecognizer;
import org.exokg.mention.RequiredWords;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, branch enginespeed9 (docs/performance.md): the rules a sentence may give a candidate by are decided once per
 * sentence from its words ({@link ClaimPatterns#triggerInSentence}); a rule left out must find its trigger in no zone or
 * gap the extractor could cut from the sentence (a piece, lower-cased, terms blanked with '§').
 */
class SentenceTriggerGateTest {

    @Test
    void onlyAsciiSetsFreeOfTheMaskStandForTheWholeText() {
        // "‐loaded" (a Unicode hyphen) and "§§ bound" may not be judged on the whole text: their sets are dropped
        RequiredWords words = RequiredWords.of(Pattern.compile("carried.*\u2010loaded.*§§ bound"));
        assertFalse(words.mayMatch("carried cargo"));
        assertTrue(words.ofPieces().mayMatch("carried cargo"));
        assertFalse(words.ofPieces().mayMatch("transported cargo"));
        // every set ASCII: the same words
        RequiredWords plain = RequiredWords.of(Pattern.compile("released (?:by|from)"));
        assertTrue(plain.ofPieces() == plain);
    }

    @Test
    void aRuleLeftOutFindsItsTriggerInNoPieceOfTheSentence() throws Exception {
        ClaimPatterns patterns = ClaimPatterns.defaults();
        List<ClaimRule> rules = patterns.rules();
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> walk = Files.list(Path.of("corpus"))) {
            for (Path f : walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (Document d : new DocumentLoader().load(f)) {
                    new SentenceSplitter().split(d).forEach(s -> sentences.add(s.text()));
                }
            }
        }
        // capitals, a Greek capital sigma (lower-cased by its neighbours) and the dotted capital I (two characters lower-cased)
        sentences.add("EXOSOMES DERIVED FROM ΣMACROPHAGES CARRY İL-10 AND ARE TAKEN UP BY NEURONS.");
        Random random = new Random(16);
        RequiredWords.Answers answers = new RequiredWords.Answers();
        long leftOut = 0;
        long tried = 0;
        for (String sentence : sentences) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            for (int i = 0; i < rules.size(); i++) {
                ClaimRule rule = rules.get(i);
                tried++;
                if (patterns.triggerInSentence(i, lower, answers)) {
                    continue;
                }
                leftOut++;
                // a vesicle-first rule that may read without its trigger is never left out
                assertTrue(rule.order() == ClaimRule.Order.OBJECT_FIRST || rule.objectSuffix() == null
                        && rule.relation() != Relation.HAS_PROPERTY && rule.relation() != Relation.HAS_CHALLENGE
                        && rule.relation() != Relation.LOADED_BY, rule.id());
                assertFalse(rule.trigger().matcher(lower).find(), rule.id() + " in " + sentence);
                for (int k = 0; k < 4; k++) {
                    String piece = piece(sentence, random);
                    assertFalse(rule.trigger().matcher(piece).find(), rule.id() + " in '" + piece + "'");
                }
            }
        }
        System.out.printf("SentenceTriggerGateTest: %d of %d (sentence, rule) pairs left out over %d sentences%n", leftOut, tried,
                sentences.size());
        // the gate leaves out most rules of most sentences (else it would save nothing)
        assertTrue(leftOut > tried / 2, leftOut + " of " + tried);
    }

    /** A zone as the extractor cuts it: a piece of the sentence lower-cased, random runs blanked as terms are. */
    private static String piece(String sentence, Random random) {
        int a = random.nextInt(sentence.length() + 1);
        int b = a + random.nextInt(sentence.length() - a + 1);
        char[] zone = sentence.substring(a, b).toLowerCase(Locale.ROOT).toCharArray();
        for (int run = random.nextInt(3); run > 0 && zone.length > 0; run--) {
            int from = random.nextInt(zone.length);
            int to = Math.min(zone.length, from + 1 + random.nextInt(12));
            for (int j = from; j < to; j++) {
                zone[j] = '§';
            }
        }
        return new String(zone);
    }

    @Test
    void claimsAreReadWhereTheGateLeavesOtherRulesOut() {
        Lexicon lexicon = TestSupport.projectLexicon();
        // invented sentences: one relation each, most rules' words absent
        for (boolean gate : new boolean[] {true, false}) {
            assertEquals(List.of("Exosome carries MicroRNA"), read(lexicon, "Exosomes carry microRNAs.", gate));
            assertEquals(List.of("Exosome NOT carries MicroRNA"), read(lexicon, "Exosomes DID NOT CARRY microRNAs.", gate));
            assertEquals(List.of("Exosome derivedFrom Macrophage"), read(lexicon, "Exosomes were released by macrophages.", gate));
            // an object-first rule: the object before the vesicle
            assertEquals(List.of("Exosome derivedFrom Macrophage"), read(lexicon, "Macrophages release exosomes.", gate));
        }
    }

    private static List<String> read(Lexicon lexicon, String sentence, boolean gate) {
        Sentence s = new Sentence(0, sentence.length(), sentence, null, List.of());
        return new ClaimExtractor(lexicon).withSentenceTriggerGate(gate)
                .extract(sentence, s, new MentionRecognizer(lexicon).recognize(sentence, 0, sentence.length()), ClaimExtractor.Discourse.NONE)
                .stream().map(c -> TestSupport.local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + c.relation().localName()
                        + " " + TestSupport.local(c.objectIri()))
                .sorted().toList();
    }
}
