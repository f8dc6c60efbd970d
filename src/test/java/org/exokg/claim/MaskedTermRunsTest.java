package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 (twenty-seventh session, branch rulecost): the words between a vesicle and its object are searched with the
 * terms blanked, each term a run of '§' as long as its words. An expression that lets such a run be split among the
 * repetitions of a loop ("(?:a|the|§+|\s)+?") tries every split of every run before it fails: the time grows
 * exponentially with the runs' length, and a 400 KB one-line text of terms took minutes. Here every claim rule's
 * expressions read from that zone (trigger, unlessBetween, unlessBefore) search invented zones of long runs, and the
 * characters they read are counted (not timed: the count does not depend on the machine's load).
 */
class MaskedTermRunsTest {

    /** Most characters one search of one zone may read: about 40 passes over the longest zone below. */
    private static final long LIMIT = 400_000;

    /** How many characters searching {@code zone} with {@code p} reads ({@code LIMIT + 1}: at least that many). */
    private static long reads(Pattern p, String zone) {
        return ReadCountingText.reads(p, zone, false, LIMIT);
    }

    /** Zones of the shape the extractor builds: a verb or a copula, then terms blanked as runs of '§' (30 tokens at most). */
    private static List<String> zones() {
        List<String> zones = new ArrayList<>();
        String[] openings = {" ", " were ", " are ", " is ", " was ", " were taken up by ", " are tiny ", ", which ",
                " (§§§§§) are ", " derived from "};
        String[] joins = {" ", " and ", ", ", " in the ", " of "};
        for (String opening : openings) {
            for (String join : joins) {
                for (int run : new int[] {11, 22}) {
                    StringBuilder zone = new StringBuilder(opening);
                    for (int i = 0; i < 8; i++) {
                        zone.append(i == 0 ? "" : join).append("§".repeat(run));
                    }
                    zones.add(zone.append(' ').toString());
                }
            }
        }
        return zones;
    }

    @Test
    void everyRuleReadsZonesOfLongTermRunsInBoundedTime() {
        List<String> slow = new ArrayList<>();
        for (ClaimRule rule : ClaimPatterns.RULES) {
            for (Pattern p : new Pattern[] {rule.trigger(), rule.unlessBetween(), rule.unlessBefore()}) {
                if (p == null) {
                    continue;
                }
                for (String zone : zones()) {
                    long n = reads(p, zone);
                    if (n > LIMIT) {
                        slow.add(rule.id() + " on \"" + zone + "\"");
                        break;
                    }
                }
            }
        }
        assertEquals(List.of(), slow);
    }

    @Test
    void aLoopThatSplitsARunOfBlankedCharactersIsCaught() {
        // the form of the release frame's unlessBetween before the fix: a run may be taken by one repetition or split
        Pattern splitting = Pattern.compile("\\A(?!\\s*(?:are|were)\\s+(?:(?:a|the|tiny|§+|\\d+|,|\\s)+?)?(?:bubbles|§+)\\b\\s*(?:that|which)\\s+\\z)");
        Pattern oneEach = Pattern.compile("\\A(?!\\s*(?:are|were)\\s+(?:(?:a|the|tiny|§|\\d|,|\\s)+?)?(?:bubbles|§+)\\b\\s*(?:that|which)\\s+\\z)");
        String zone = " were " + (" " + "§".repeat(11)).repeat(3) + " ";
        assertTrue(reads(splitting, zone) > LIMIT, "the splitting loop reads past the limit");
        assertTrue(reads(oneEach, zone) <= LIMIT, "one character per repetition reads the zone in bounded time");
        // the same language: both let through (find nothing in) the zones of the frame, and block the others
        for (String z : List.of(" are tiny bubbles that ", " were §§§§§§ §§§§ bubbles which ", " are a §§§ bubbles that ",
                " are 30 bubbles that ", " were " + "§".repeat(11) + " ", " are tiny bubbles, that ")) {
            assertEquals(splitting.matcher(z).find(), oneEach.matcher(z).find(), z);
        }
        assertTrue(!oneEach.matcher(" are tiny bubbles that ").find() && oneEach.matcher(" were §§§ and ").find());
    }
}
