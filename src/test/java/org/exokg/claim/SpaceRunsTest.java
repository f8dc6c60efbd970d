package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 (twenty-seventh session, branch enginespeed4): several adjacent {@code \s*} ("\A\s*[-]?\s*(?:derived)?\s*[-]?\s*\z")
 * split a run of n spaces among themselves in every way before they fail, n^4 ways for four; a possessive {@code \s*+}
 * takes the whole run at once. Where what follows a run can never open with a space, the possessive form accepts the
 * same strings. Here every claim rule's expressions search runs of 120 spaces and the characters they read are counted
 * (no clock); and every expression of the rule file holding a possessive quantifier is compared, on random strings made
 * of its own words, spaces and punctuation, with its form without the possessive marks: the same matches at the same
 * places, or the possessive mark changed the language and must go.
 */
class SpaceRunsTest {

    /** Most characters one search of one run may read. */
    private static final long LIMIT = 1_000_000;

    private static long reads(Pattern p, String zone, boolean atStart) {
        return ReadCountingText.reads(p, zone, atStart, LIMIT);
    }

    /** Runs of 120 spaces between the few characters the rules' expressions wait for, so that the searches fail late. */
    private static List<String> runs() {
        String run = " ".repeat(120);
        List<String> zones = new ArrayList<>();
        for (String before : new String[] {"", "-", "with", "from", ",", "§§§§"}) {
            for (String after : new String[] {"", "x", "-", ",", "§", "and"}) {
                zones.add(before + run + after);
                zones.add(before + run + "-" + run + after);
            }
        }
        return zones;
    }

    /** The expressions of a rule and whether each is tried at the start of its text only (lookingAt). */
    private static List<Object[]> expressions(ClaimRule rule) {
        List<Object[]> list = new ArrayList<>();
        for (Pattern p : new Pattern[] {rule.trigger(), rule.unlessBetween(), rule.unlessBefore(), rule.unlessSentence()}) {
            if (p != null) {
                list.add(new Object[] {p, false});
            }
        }
        if (rule.unlessAfterObject() != null) {
            list.add(new Object[] {rule.unlessAfterObject(), true});
        }
        return list;
    }

    @Test
    void everyRuleReadsRunsOfSpacesInBoundedTime() {
        List<String> slow = new ArrayList<>();
        for (ClaimRule rule : ClaimPatterns.RULES) {
            for (Object[] e : expressions(rule)) {
                for (String zone : runs()) {
                    if (reads((Pattern) e[0], zone, (Boolean) e[1]) > LIMIT) {
                        slow.add(rule.id() + " (" + e[0] + ") on " + zone.length() + " characters");
                        break;
                    }
                }
            }
        }
        assertEquals(List.of(), slow);
    }

    /** A possessive quantifier's mark after {@code *}, {@code +}, {@code ?} or a repetition count (not an escaped '+'). */
    private static final Pattern POSSESSIVE_MARK = Pattern.compile("(?<!\\\\)([*+?}])\\+");

    /** The expression without its possessive marks (a plain '+' after an escape stays). */
    static String withoutPossessive(String regex) {
        return POSSESSIVE_MARK.matcher(regex).replaceAll("$1");
    }

    /** Random strings of the expression's own words, runs of spaces, dashes, commas, blanked terms and other words. */
    private static List<String> randomTexts(String regex, int count, long seed) {
        Set<String> tokens = new LinkedHashSet<>();
        Matcher w = Pattern.compile("[a-z]{2,}").matcher(regex.replaceAll("\\\\[a-zA-Z]", " "));
        while (w.find()) {
            tokens.add(w.group());
        }
        tokens.addAll(List.of(" ", " ", "  ", "   ", "-", "–", ",", ".", "§", "§§§", "x", "cells", "the", "1", "%", "\t"));
        List<String> pool = new ArrayList<>(tokens);
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder t = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                String token = pool.get(random.nextInt(pool.size()));
                t.append(token);
                if (random.nextInt(3) > 0 && Character.isLetter(token.charAt(0))) {
                    t.append(random.nextBoolean() ? " " : "  ");
                }
            }
            texts.add(t.toString());
        }
        return texts;
    }

    /** Every answer a caller may ask of a matcher: matches, lookingAt and all finds, each with its groups' places. */
    private static String answers(Pattern p, String text) {
        StringBuilder a = new StringBuilder();
        Matcher m = p.matcher(text);
        a.append(m.matches() ? "M" + places(m) : "-");
        m.reset();
        a.append(m.lookingAt() ? "L" + places(m) : "-");
        m.reset();
        while (m.find()) {
            a.append("F").append(places(m));
        }
        return a.toString();
    }

    private static String places(Matcher m) {
        StringBuilder s = new StringBuilder();
        for (int g = 0; g <= m.groupCount(); g++) {
            s.append(m.start(g)).append(',').append(m.end(g)).append(';');
        }
        return s.toString();
    }

    @Test
    void possessiveQuantifiersInTheRulesChangeNoMatch() {
        int compared = 0;
        List<String> differences = new ArrayList<>();
        for (ClaimRule rule : ClaimPatterns.RULES) {
            for (Object[] e : expressions(rule)) {
                Pattern p = (Pattern) e[0];
                String plain = withoutPossessive(p.pattern());
                if (plain.equals(p.pattern())) {
                    continue;
                }
                Pattern greedy = Pattern.compile(plain, p.flags());
                compared++;
                for (String text : randomTexts(p.pattern(), 20_000, rule.id().hashCode())) {
                    if (!answers(p, text).equals(answers(greedy, text))) {
                        differences.add(rule.id() + " on \"" + text + "\"");
                        break;
                    }
                }
            }
        }
        assertEquals(List.of(), differences);
        assertTrue(compared >= 8, "the rules' possessive expressions were found: " + compared);
    }

    @Test
    void aPossessiveMarkThatChangesTheLanguageIsCaught() {
        // "\s++" before a class that takes spaces too: "with  x and" needs the class to take a space the run has taken
        Pattern possessive = Pattern.compile("\\Awith\\s++[^,]{1,9}?\\s+and\\z");
        Pattern greedy = Pattern.compile(withoutPossessive(possessive.pattern()));
        assertEquals("\\Awith\\s+[^,]{1,9}?\\s+and\\z", greedy.pattern());
        assertTrue(randomTexts(possessive.pattern(), 20_000, 7).stream()
                .anyMatch(t -> !answers(possessive, t).equals(answers(greedy, t))), "the random texts tell the two apart");
        // and the four adjacent runs of source-derived-vesicle's form: the greedy form reads past the limit, the possessive not
        String run = " ".repeat(120) + "x";
        Pattern four = Pattern.compile("\\A\\s*[\\-‐–]?\\s*(?:derived|based)?\\s*[\\-‐–]?\\s*\\z");
        Pattern fourPossessive = Pattern.compile("\\A\\s*+[\\-‐–]?\\s*+(?:derived|based)?\\s*+[\\-‐–]?\\s*+\\z");
        assertTrue(reads(four, run, false) > LIMIT);
        assertTrue(reads(fourPossessive, run, false) < 10_000);
    }
}
