package org.exokg.mention;

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
import org.exokg.claim.ClaimPatterns;
import org.exokg.claim.ClaimRule;
import org.exokg.claim.Cues;
import org.exokg.document.Document;
import org.exokg.document.DocumentLoader;
import org.exokg.document.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * (branch enginespeed7) The words of every expression found in a text by one automaton pass answer exactly what the
 * word-by-word searches answered: for every word the shipped rules and cues require, in random texts built from those
 * words with punctuation, changed case, Unicode hyphens, masked terms and the characters beyond ASCII that fold onto
 * ASCII letters ignoring case, and in the seed corpus's sentences; and {@link RequiredWords#mayMatch(String,
 * RequiredWords.Answers)} gives every rule expression's answer of today for every such text, the pass made at once, after
 * one search, or never.
 */
class WordAutomatonTest {

    /** Characters beyond ASCII that equal an ASCII letter ignoring case (Kelvin sign, long s, dotless i, capital dotted I). */
    private static final String FOLDING = "\u212A\u017F\u0131\u0130";
    private static final String[] SEPARATORS = {" ", "", " ", ", ", ". ", "; ", "(", ")", ": ", "-", "\u2010", "\u2011",
        "\u2013", "\u2014", "\u2212", "\u00a7\u00a7\u00a7", "/", " \u00b5g ", "\u00e9", "\t", "\n", "\ud83d\ude00"};

    private static List<String> shippedKeys() {
        ClaimPatterns patterns = ClaimPatterns.defaults(); // every rule's words are numbered when its searches are made
        Cues.negationMatch("not loaded"); // the cue file's entries likewise
        assertTrue(patterns.rules().size() > 100);
        return RequiredWords.knownWords();
    }

    /** Every expression of the shipped rules (trigger and exceptions) and their required words. */
    private static List<RequiredWords> ruleWords() {
        List<RequiredWords> out = new ArrayList<>();
        for (ClaimRule r : ClaimPatterns.defaults().rules()) {
            for (Pattern p : new Pattern[] {r.trigger(), r.unlessSentence(), r.unlessBefore(), r.unlessBetween()}) {
                if (p != null) {
                    out.add(RequiredWords.of(p));
                    out.add(RequiredWords.of(p).forLowerCaseText());
                    out.add(RequiredWords.of(Pattern.compile(p.pattern(), Pattern.CASE_INSENSITIVE)));
                }
            }
        }
        return out;
    }

    /** A random text of known words (whole, cut, in changed case, with folding characters) and separators. */
    private static String randomText(Random random, List<String> keys) {
        StringBuilder b = new StringBuilder();
        int pieces = 1 + random.nextInt(14);
        for (int i = 0; i < pieces; i++) {
            String w = keys.get(random.nextInt(keys.size())).substring(2);
            switch (random.nextInt(8)) {
                case 0 -> w = w.toUpperCase(Locale.ROOT);
                case 1 -> w = w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
                case 2 -> w = w.substring(0, random.nextInt(w.length() + 1)); // a near miss: the word cut short
                case 3 -> w = w.isEmpty() ? w : w.substring(random.nextInt(w.length()));
                case 4 -> {
                    // a letter replaced by a character that equals it ignoring case, or by another letter
                    if (!w.isEmpty()) {
                        int at = random.nextInt(w.length());
                        char c = w.charAt(at);
                        char by = c == 'k' ? '\u212A' : c == 's' ? '\u017F' : c == 'i' ? (random.nextBoolean() ? '\u0131' : '\u0130')
                                : (char) ('a' + random.nextInt(26));
                        w = w.substring(0, at) + by + w.substring(at + 1);
                    }
                }
                case 5 -> {
                    StringBuilder mixed = new StringBuilder();
                    for (char c : w.toCharArray()) {
                        mixed.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
                    }
                    w = mixed.toString();
                }
                default -> { }
            }
            b.append(w).append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            if (random.nextInt(20) == 0) {
                b.append(FOLDING.charAt(random.nextInt(FOLDING.length())));
            }
        }
        return b.toString();
    }

    @Test
    void thePassFindsEveryKnownWordWhereTheSearchFindsItInRandomTexts() {
        shippedKeys();
        ruleWords(); // the rules' expressions read ignoring case too: case-insensitive words of the same vocabulary
        List<String> keys = RequiredWords.knownWords();
        assertTrue(keys.size() > 500, "words " + keys.size());
        String[] words = keys.stream().map(k -> k.substring(2)).toArray(String[]::new);
        boolean[] kinds = new boolean[words.length];
        for (int id = 0; id < words.length; id++) {
            kinds[id] = keys.get(id).charAt(0) == 'i';
        }
        assertTrue(keys.stream().filter(k -> k.startsWith("i ")).count() > 500, "case-insensitive words");
        long[] found = WordAutomaton.bits(keys.size());
        WordAutomaton sensitive = new WordAutomaton(words, kinds, words.length, false);
        WordAutomaton ignoring = new WordAutomaton(words, kinds, words.length, true);
        WordAutomaton.Marks marks = new WordAutomaton.Marks();
        Random random = new Random(7);
        int present = 0;
        int refused = 0;
        for (int t = 0; t < 4_000; t++) {
            String text = randomText(random, keys);
            if (t % 2 == 0) {
                text = text.toLowerCase(Locale.ROOT); // as the extractor searches most texts
            }
            WordAutomaton.clear(found);
            assertTrue(sensitive.scan(text, found, marks));
            boolean answered = ignoring.scan(text, found, marks);
            assertEquals(WordAutomaton.foldsOntoAscii(text), !answered);
            refused += answered ? 0 : 1;
            for (int id = 0; id < words.length; id++) {
                String key = keys.get(id);
                if (key.charAt(0) == 'i' && !answered) {
                    continue;
                }
                boolean expected = RequiredWords.holds(text, key);
                boolean got = (found[id >>> 6] & 1L << id) != 0;
                String shown = text;
                assertEquals(expected, got, () -> "'" + key + "' in '" + shown + "'");
                present += expected ? 1 : 0;
            }
        }
        assertTrue(present > 20_000, "words present " + present);
        assertTrue(refused > 100 && refused < 2_000, "texts refused " + refused);
    }

    @Test
    void everyRuleExpressionGivesTodaysAnswerWithThePassAtOnceLaterOrNever() {
        List<String> keys = shippedKeys();
        List<RequiredWords> expressions = ruleWords();
        RequiredWords.Answers atOnce = new RequiredWords.Answers(1);
        RequiredWords.Answers later = new RequiredWords.Answers();
        RequiredWords.Answers never = new RequiredWords.Answers(Integer.MAX_VALUE);
        Random random = new Random(16);
        List<String> recent = new ArrayList<>();
        int yes = 0;
        int no = 0;
        for (int t = 0; t < 1_500; t++) {
            // texts come back as the rule loop's zones do (the answers kept for the last few by identity)
            String text = recent.size() > 3 && random.nextInt(3) == 0 ? recent.get(random.nextInt(recent.size()))
                    : randomText(random, keys);
            if (t % 3 == 0) {
                text = text.toLowerCase(Locale.ROOT);
            }
            recent.add(text);
            for (int e = 0; e < expressions.size(); e += 1 + random.nextInt(3)) {
                RequiredWords rw = expressions.get(e);
                boolean expected = rw.mayMatchBySearch(text);
                String shown = text;
                int n = e;
                assertEquals(expected, rw.mayMatch(text, atOnce), () -> "expression " + n + " at once, '" + shown + "'");
                assertEquals(expected, rw.mayMatch(text, later), () -> "expression " + n + " later, '" + shown + "'");
                assertEquals(expected, rw.mayMatch(text, never), () -> "expression " + n + " never, '" + shown + "'");
                if (expected) {
                    yes++;
                } else {
                    no++;
                }
            }
        }
        assertTrue(yes > 10_000 && no > 10_000, yes + " may match, " + no + " may not");
    }

    @Test
    void theSeedCorpusSentencesGetTheSameAnswers() throws Exception {
        shippedKeys();
        List<RequiredWords> expressions = ruleWords();
        RequiredWords.Answers atOnce = new RequiredWords.Answers(1);
        List<Path> files;
        try (Stream<Path> walk = Files.list(Path.of("corpus"))) {
            files = walk.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".xml")).sorted().toList();
        }
        int sentences = 0;
        for (Path f : files) {
            for (Document d : new DocumentLoader().load(f)) {
                for (org.exokg.document.Sentence s : new SentenceSplitter().split(d)) {
                    sentences++;
                    for (String text : List.of(s.text().toLowerCase(Locale.ROOT), s.text())) {
                        for (RequiredWords rw : expressions) {
                            assertEquals(rw.mayMatchBySearch(text), rw.mayMatch(text, atOnce), () -> "'" + text + "'");
                        }
                    }
                }
            }
        }
        assertTrue(sentences > 100, "sentences " + sentences);
    }

    @Test
    void charactersThatFoldOntoAsciiLettersAreLeftToTheSearches() {
        String[] keys = {"i kidney", "i skin", "i liver", "s kidney", "s cross"};
        boolean[] kinds = {true, true, true, false, false};
        String[] words = {"kidney", "skin", "liver", "kidney", "cross"};
        WordAutomaton ignoring = new WordAutomaton(words, kinds, words.length, true);
        WordAutomaton sensitive = new WordAutomaton(words, kinds, words.length, false);
        long[] found = WordAutomaton.bits(words.length);
        // the search finds "kidney" after a Kelvin sign inside the word, never where the word starts with one
        assertTrue(RequiredWords.holds("s\u212Ain", keys[1]));
        assertFalse(RequiredWords.holds("\u212Aidney", keys[0]));
        assertFalse(ignoring.scan("s\u212Ain", found));
        assertFalse(ignoring.scan("\u212Aidney", found));
        assertFalse(ignoring.scan("L\u0131ver", found));
        assertEquals(0L, found[0]);
        assertTrue(ignoring.scan("KIDNEY and Liver, sKiN-deep \u2013 caf\u00e9", found));
        assertEquals(0b111L, found[0]);
        WordAutomaton.clear(found);
        assertTrue(sensitive.scan("KIDNEY crosses the kidneys", found));
        assertEquals(0b11000L, found[0]);
        WordAutomaton.clear(found);
        assertTrue(sensitive.scan("Kidney CROSS", found));
        assertEquals(0L, found[0]);
    }
}
