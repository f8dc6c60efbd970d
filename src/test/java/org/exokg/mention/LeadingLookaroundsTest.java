package org.exokg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LeadingLookaroundsTest {

    @Test
    void anOpeningLookbehindIsTriedOnlyWhereTheRestCanStart() {
        assertEquals("(?=\\bno\\s+toxicity\\b)(?<=\\bsafe\\b[^.;]{0,20})\\bno\\s+toxicity\\b",
                LeadingLookarounds.guardedExpression("(?<=\\bsafe\\b[^.;]{0,20})\\bno\\s+toxicity\\b", 0));
        // an alternation of lookarounds (the no-harm events' shape), and inline flags that stay first
        assertEquals("(?i)(?=no\\b)(?:(?<=safe[^.;]{0,9})|(?=[^.;]{0,9}safe))no\\b",
                LeadingLookarounds.guardedExpression("(?i)(?:(?<=safe[^.;]{0,9})|(?=[^.;]{0,9}safe))no\\b", 0));
        // brackets inside classes and escapes do not end the lookbehind early
        assertEquals("(?=x)(?<=[(\\)][)]\\()x",
                LeadingLookarounds.guardedExpression("(?<=[(\\)][)]\\()x", 0));
    }

    @Test
    void eachBranchOfAWholeExpressionGroupIsGuardedOnItsOwn() {
        // the storage events' shape: a lookbehind opens the first branch, a lookahead closes the second
        assertEquals("(?i)(?:(?=\\bretained\\b)(?<=stor\\w*[^.;]{0,20})\\bretained\\b|\\bretained\\b(?=[^.;]{0,20}?stor))",
                LeadingLookarounds.guardedExpression("(?i)(?:(?<=stor\\w*[^.;]{0,20})\\bretained\\b|\\bretained\\b(?=[^.;]{0,20}?stor))", 0));
        assertNull(LeadingLookarounds.guardedExpression("(?:(?<=a)b|c)d", 0), "the group is not the whole expression");
        assertNull(LeadingLookarounds.guardedExpression("(?:(?<=a)(b)|c)", 0), "a capturing group in the branch's rest");
        assertNull(LeadingLookarounds.guardedExpression("(?:b|c(?=a))", 0), "no branch opens with a lookaround");
        Pattern p = Pattern.compile("(?:(?<=\\b(?:stored|storage)\\b[^.;]{0,40})\\b(?:retained|kept)\\s+their\\s+size\\b"
                + "|\\b(?:retained|kept)\\s+their\\s+size\\b(?=[^.;]{0,40}?\\bstor))");
        Pattern g = LeadingLookarounds.guarded(p);
        assertEquals(false, p == g);
        for (String text : List.of("after storage the vesicles retained their size and kept their size",
                "the vesicles retained their size during storage", "retained their size. storage", "kept their size; stored",
                "stored vesicles kept their size, and after storage they retained their size")) {
            assertEquals(matches(p, text), matches(g, text), text);
        }
    }

    @Test
    void expressionsThatWouldReadDifferentlyAreLeftAlone() {
        assertNull(LeadingLookarounds.guardedExpression("\\bno\\s+toxicity", 0), "no opening lookaround");
        assertNull(LeadingLookarounds.guardedExpression("(?<=safe )(no) (toxicity)", 0), "groups in the rest would be renumbered");
        assertNull(LeadingLookarounds.guardedExpression("(?<=safe )(?<what>no)", 0), "a named group would be defined twice");
        assertNull(LeadingLookarounds.guardedExpression("(?<=(a))b\\1", 0), "a back-reference");
        assertNull(LeadingLookarounds.guardedExpression("(?<=a)", 0), "nothing after the lookaround");
        assertNull(LeadingLookarounds.guardedExpression("(?:(?<=a)|b)c", 0), "a branch that consumes");
        assertNull(LeadingLookarounds.guardedExpression("(?x)(?<=a) b", 0), "comments mode");
        Pattern plain = Pattern.compile("no\\b"); // opens plainly: no opening characters put first either
        assertSame(plain, LeadingLookarounds.guarded(plain));
    }

    @Test
    void theGuardedExpressionFindsTheSameMatches() {
        Pattern p = Pattern.compile("(?:(?<=\\b(?:toxic\\w*|safe)\\b[^.;]{0,60})|(?=[^.;]{0,60}?\\b(?:toxic|safe)))\\bno\\s+(?:weight\\s+loss|toxicity)\\b");
        Pattern g = LeadingLookarounds.guarded(p);
        assertEquals(false, p == g);
        for (String text : List.of("the vesicles were safe: no weight loss was seen, and no toxicity either",
                "no weight loss. the dose was safe", "no toxicity; no weight loss", "no weight loss was seen, which shows they are safe",
                "toxicity was low. no weight loss")) {
            assertEquals(matches(p, text), matches(g, text), text);
        }
        assertEquals(List.of("5-19", "34-45"), matches(g, "safe no weight loss was seen, and no toxicity either"));
    }

    private static List<String> matches(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }
}
