package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 (branch enginespeed4): a piece of a text searched as a region of the text lower-cased once gives the answers
 * the piece lower-cased alone gave, for expressions with the anchors, boundaries and lookarounds the rules use; texts
 * whose pieces would lower-case differently (a capital sigma, the dotted capital I, characters outside the basic
 * plane) are lower-cased piece by piece.
 */
class LowerCaseTextTest {

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\A\\s*(?:in|within)\\s+(?:the\\s+)?(?:[a-z][a-z\\-‐–]*\\s+){0,2}\\z"),
            Pattern.compile("(?:^|[^\\p{L}])(?:other|control)\\s+(?:[\\p{L}\\-‐]+\\s+)?$"),
            Pattern.compile("^[\\s\\-‐]*(?:trafficking|traffic\\b|formation)"),
            Pattern.compile("\\bby\\b"),
            Pattern.compile("(?<=\\s)of(?=\\s)"),
            Pattern.compile("(?<![a-z])the(?![a-z])"),
            Pattern.compile("σ|ς|i̇"));

    private static final String[] PIECES = {"In", " ", "  ", "the", "THE", "Other", "control", "by", "BY", "of", "Of",
        "-", "trafficking", "formation", "cells", "ΟΔΟΣ", "Σ", "İ", "\uD801\uDC00", "x", "\n", ",", "Traffic"};

    private static String randomText(Random random) {
        StringBuilder t = new StringBuilder();
        int n = random.nextInt(14);
        for (int i = 0; i < n; i++) {
            t.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return t.toString();
    }

    private static String answers(Matcher m) {
        StringBuilder a = new StringBuilder();
        a.append(m.matches());
        m.reset();
        a.append(m.lookingAt());
        m.reset();
        int finds = 0;
        while (m.find()) {
            finds++;
        }
        return a.append(finds).toString();
    }

    @Test
    void aRegionOfTheWholeTextLowerCasedAnswersAsThePieceLowerCasedAlone() {
        Random random = new Random(16);
        int regions = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            String copy = text.substring(from, to).toLowerCase(Locale.ROOT);
            assertEquals(copy, LowerCaseText.substring(text, from, to), text);
            for (Pattern p : PATTERNS) {
                // the region's answers are reset by reset(): a fresh matcher per question
                Matcher region = LowerCaseText.matcher(p, text, from, to);
                regions += region.regionStart() == from && region.regionEnd() == to && LowerCaseText.of(text) != null ? 1 : 0;
                assertEquals(answers(p.matcher(copy)), answersOfRegion(p, text, from, to), p + " on \"" + text + "\" " + from + ".." + to);
            }
        }
        assertEquals(true, regions > 10_000, "most texts were searched as regions: " + regions);
    }

    /** As {@link #answers}, a fresh region for each question (a matcher's reset() drops its region). */
    private static String answersOfRegion(Pattern p, String text, int from, int to) {
        StringBuilder a = new StringBuilder();
        a.append(LowerCaseText.matcher(p, text, from, to).matches());
        a.append(LowerCaseText.matcher(p, text, from, to).lookingAt());
        Matcher m = LowerCaseText.matcher(p, text, from, to);
        int finds = 0;
        while (m.find()) {
            finds++;
        }
        return a.append(finds).toString();
    }

    @Test
    void textsWhosePiecesLowerCaseDifferentlyAreNotCutFromTheWhole() {
        assertNull(LowerCaseText.of("EXOSOMES ΟΔΟΣ"));
        assertNull(LowerCaseText.of("İSTANBUL"));
        assertNull(LowerCaseText.of("a \uD801\uDC00 b"));
        assertNotNull(LowerCaseText.of("Exosomes From MSCs"));
        // the final sigma: alone at a piece's end it is final, inside the whole text it is not
        assertEquals("οδος", "ΟΔΟΣ".toLowerCase(Locale.ROOT));
        assertEquals("οδοσ", "ΟΔΟΣΑ".toLowerCase(Locale.ROOT).substring(0, 4));
        assertEquals("οδος", LowerCaseText.substring("ΟΔΟΣΑ", 0, 4));
    }
}
