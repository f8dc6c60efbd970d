package org.exokg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OpeningCharactersTest {

    @Test
    void theOpeningsOfEveryBranchArePutFirst() {
        assertEquals("(?=[\\;bw])(?:;|\\bbut\\b|\\bwhile\\b|\\bwhereas\\b)",
                OpeningCharacters.guardedExpression(";|\\bbut\\b|\\bwhile\\b|\\bwhereas\\b", 0));
        assertEquals("(?=[t[sz]e])(?:\\b(?:the|[sz]ome|each)\\s+cells?\\b)",
                OpeningCharacters.guardedExpression("\\b(?:the|[sz]ome|each)\\s+cells?\\b", 0));
        // an optional part opens the match, or what follows it does (up to the first part that must match)
        assertEquals("(?=[b\\d])(?:(?:\\bbetween\\s+)?\\d+\\s*(?:\\-\\d+)?)",
                OpeningCharacters.guardedExpression("(?:\\bbetween\\s+)?\\d+\\s*(?:\\-\\d+)?", 0));
        assertEquals("(?=[m])(?:(?<=\\bno\\s)\\bmore\\b)", OpeningCharacters.guardedExpression("(?<=\\bno\\s)\\bmore\\b", 0));
        assertEquals("(?=[xy])(?:(?<name>\\bx{1,2}|(?>y))z*)", OpeningCharacters.guardedExpression("(?<name>\\bx{1,2}|(?>y))z*", 0));
    }

    @Test
    void whatItDoesNotFollowIsLeftAlone() {
        assertNull(OpeningCharacters.guardedExpression("\\bno\\b|\\w+ed", 0), "\\w opens anywhere");
        assertNull(OpeningCharacters.guardedExpression("\\b[^,]+\\b", 0), "a negated class");
        assertNull(OpeningCharacters.guardedExpression("\\b(?:a|)", 0), "can match nothing");
        assertNull(OpeningCharacters.guardedExpression("\\b(?i)no\\b", 0), "inline flags");
        assertNull(OpeningCharacters.guardedExpression("\\bno\\b|c(?i)d|e", 0), "inline flags reach the later branches");
        assertNull(OpeningCharacters.guardedExpression("\\bno\\b", Pattern.COMMENTS), "comments mode");
        assertNull(OpeningCharacters.guardedExpression("(a)\\1|\\1b", 0), "a back-reference");
        assertNull(OpeningCharacters.guardedExpression("no|not", 0), "opens plainly with few openings");
        assertNull(OpeningCharacters.guardedExpression("\\b.x", 0), "any character");
    }

    @Test
    void theGuardedExpressionFindsTheSameMatchesAndGroups() {
        List<Pattern> expressions = new ArrayList<>();
        String[] sources = {
            ";|\\bbut\\b|\\bwhereas\\b|\\bwhile\\b|,\\s*and\\b(?=\\s+(?:the\\s+)?\\w+\\s+(?:was|is)\\b)",
            "(?<between>\\bbetween\\s+)?(?<a>[−+]?(?:\\d+|one|two|an?)(?=\\s+(?:hours?|days?))?)\\s*(?<unit>h|days?|%)(?![\\w/])",
            "\\b(?:we|our)\\b", "(?<=\\bnot\\s{1,3})\\b(?:toxic|harmful)\\b", "(?:\\bno\\b)?\\s*\\beffect(?:s)?\\b",
            "\\b[A-Z][a-z]+\\s+cells\\b", "\\bſix\\b|\\bKelvin\\b"};
        for (String s : sources) {
            expressions.add(Pattern.compile(s));
            expressions.add(Pattern.compile(s, Pattern.CASE_INSENSITIVE));
            expressions.add(Pattern.compile(s, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        String[] words = {"but", "BUT", "whereas", "While", ";", ",", "and", "the", "EVs", "was", "is", "between", "Between",
            "5", "12", "−3", "+2", "one", "ONE", "an", "A", "hours", "days", "h", "%", "we", "We", "OUR", "our", "not", "toxic",
            "Harmful", "no", "effect", "effects", "Dendritic", "cells", "six", "SIX", "ſix", "kelvin", "\u212Aelvin", "x/", "İt"};
        Random random = new Random(16);
        int compared = 0;
        for (int t = 0; t < 3000; t++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            for (Pattern p : expressions) {
                String guarded = OpeningCharacters.guardedExpression(p.pattern(), p.flags());
                if (guarded == null) {
                    continue;
                }
                assertEquals(matches(p, text.toString()), matches(Pattern.compile(guarded, p.flags()), text.toString()),
                        () -> "/" + p + "/ " + p.flags() + " in '" + text + "'");
                compared++;
            }
        }
        assertEquals(true, compared > 10_000, "compared " + compared);
    }

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        for (Matcher m = p.matcher(text); m.find(); ) {
            StringBuilder groups = new StringBuilder(m.start() + "-" + m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                groups.append(' ').append(m.start(g)).append('-').append(m.end(g));
            }
            out.add(groups.toString());
        }
        return out;
    }
}
