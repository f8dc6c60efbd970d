package org.exokg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The readers' constant expressions compiled through {@link GuardedPattern}: rewritten, and matching as written. */
class GuardedPatternTest {

    @Test
    void openingsArePutFirstAfterOpeningInlineFlags() {
        assertEquals("(?i)(?=[t])(?:\\b(?:the|this)\\s+invention\\b)",
                GuardedPattern.compile("(?i)\\b(?:the|this)\\s+invention\\b").pattern());
        assertEquals("(?is)(?=[wb])(?:\\b(?:we|but)\\b.*)", GuardedPattern.compile("(?is)\\b(?:we|but)\\b.*").pattern());
        assertEquals("(?=[t])(?:\\b(they|them|their)\\b)",
                GuardedPattern.compile("\\b(they|them|their)\\b", Pattern.CASE_INSENSITIVE).pattern());
        // lookarounds first: the rest is tested before them, then its openings
        assertEquals("(?=[n])(?:(?=no\\b)(?<![\\w-])no\\b)", GuardedPattern.compile("(?<![\\w-])no\\b").pattern());
    }

    @Test
    void whatNeitherRewriteFollowsIsCompiledAsWritten() {
        for (String regex : List.of("(?x)\\b no \\b", "(?i)\\b.x", "(?i-u)\\bno\\b", "\\bno\\b|(?i)yes", "\\A\\s*no\\b", "no|not")) {
            assertEquals(regex, GuardedPattern.compile(regex).pattern(), regex);
        }
    }

    @Test
    void theGuardedExpressionsFindMatchAndOpenAsWritten() {
        String[] sources = {
            "(?i)\\b(?:the\\s+(?:present\\s+)?invention|this\\s+disclosure)\\s+(?:relates|provides)\\b",
            "(?i)(?<![\\p{L}\\p{N}\\-])(?:we|our)\\b", "(?iu)\\b(?:ſix|kelvin)\\b", "(?s)\\b(?:but|whereas)\\b.{0,5}",
            "\\b(they|them|their)\\b", "(?<![\\p{L}\\p{N}.,])(\\d{1,3})\\.\\s+(?:A|An|The)\\b",
            "\\b(?:of|from|into|in|with|by|and|or)\\s+(nanovesicles|vesicles)\\b"};
        List<Pattern[]> pairs = new ArrayList<>();
        for (String s : sources) {
            for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE}) {
                Pattern written = Pattern.compile(s, flags);
                Pattern guarded = GuardedPattern.compile(s, flags);
                assertTrue(!guarded.pattern().equals(s), () -> "not rewritten: " + s);
                pairs.add(new Pattern[] {written, guarded});
            }
        }
        String[] words = {"the", "The", "THE", "present", "invention", "this", "disclosure", "relates", "provides", "we", "We",
            "our", "-", "six", "SIX", "ſix", "kelvin", "\u212Aelvin", "but", "whereas", "\n", "they", "Them", "THEIR", "12.",
            "3.", "A", "An", "of", "from", "into", "vesicles", "nanovesicles", "and", "x", ",", "İt", "é"};
        Random random = new Random(24);
        int compared = 0;
        for (int t = 0; t < 3000; t++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String s = text.toString();
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            for (Pattern[] p : pairs) {
                assertEquals(answers(p[0], s, from, to), answers(p[1], s, from, to), () -> "/" + p[0] + "/ in '" + s + "'");
                compared++;
            }
        }
        assertTrue(compared > 40_000, "compared " + compared);
    }

    /** Every find (with its groups' spans), and matches and lookingAt on a region, with and without transparent bounds. */
    private static List<String> answers(Pattern p, String text, int from, int to) {
        List<String> out = new ArrayList<>();
        for (Matcher m = p.matcher(text); m.find(); ) {
            StringBuilder groups = new StringBuilder(m.start() + "-" + m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                groups.append(' ').append(m.start(g)).append('-').append(m.end(g));
            }
            out.add(groups.toString());
        }
        for (boolean transparent : new boolean[] {false, true}) {
            Matcher m = p.matcher(text).region(from, to).useTransparentBounds(transparent);
            out.add("matches " + m.matches());
            m = p.matcher(text).region(from, to).useTransparentBounds(transparent);
            out.add("lookingAt " + m.lookingAt());
            m = p.matcher(text).region(from, to).useTransparentBounds(transparent);
            out.add("find " + (m.find() ? m.start() + "-" + m.end() : "none"));
        }
        return out;
    }
}
