package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * (branch enginespeed8, issue 16) The expressions NamedPreparations searches before a vesicle, which must end at the
 * vesicle, give the same answer and the same groups searched from the tail {@link TailRegion} gives as from the sentence
 * start; and each stated count of white-space runs is needed (one fewer misses a match of an invented phrase).
 */
class TailRegionTest {

    /** An expression, its stated count, and an invented phrase whose match holds that many runs (the match ends at its end). */
    private record Case(String name, Pattern pattern, int runs, String fullest) {}

    private static final List<Case> CASES = List.of(
            new Case("NAME_BEFORE", NamedPreparations.NAME_BEFORE, NamedPreparations.NAME_BEFORE_RUNS,
                    "We tested XB-9 , the very small round "),
            new Case("NAME_BEFORE_COMPOSED", NamedPreparations.NAME_BEFORE_COMPOSED, NamedPreparations.NAME_BEFORE_COMPOSED_RUNS,
                    "We tested XB-9 , its first new big product made up of tiny "),
            new Case("NAME_SUBJECT", NamedPreparations.NAME_SUBJECT, NamedPreparations.NAME_SUBJECT_RUNS,
                    "In the trial CardioVex , are made up of the two big "),
            new Case("NAME_BRACKET_BEFORE", NamedPreparations.NAME_BRACKET_BEFORE, NamedPreparations.NAME_BRACKET_BEFORE_RUNS,
                    "Our lead XR-12 ( the two big "),
            new Case("NAME_COPULA", NamedPreparations.NAME_COPULA, NamedPreparations.NAME_COPULA_RUNS,
                    "In short NeuroVex ( NVX ) are a new topical gel made of two big "),
            new Case("MODIFYING_VERB_BEFORE", NamedPreparations.MODIFYING_VERB_BEFORE, NamedPreparations.MODIFYING_VERB_BEFORE_RUNS,
                    "Then we coated the "),
            new Case("POSSESSOR_BEFORE", NamedPreparations.POSSESSOR_BEFORE, NamedPreparations.POSSESSOR_BEFORE_RUNS,
                    "We collected their own "),
            new Case("MODIFIED_FORM_BEFORE", NamedPreparations.MODIFIED_FORM_BEFORE, NamedPreparations.MODIFIED_FORM_BEFORE_RUNS,
                    "We gave mice Apt-coupled "),
            new Case("DEMONSTRATIVE_BEFORE", VesicleAnaphora.DEMONSTRATIVE_BEFORE, VesicleAnaphora.DEMONSTRATIVE_BEFORE_RUNS,
                    "and Such "),
            new Case("SOURCE_AS_OBJECT", VesicleAnaphora.SOURCE_AS_OBJECT, VesicleAnaphora.SOURCE_AS_OBJECT_RUNS,
                    "vesicles taken From their own "));

    private static final String[] PIECES = {"XB-9", "SC-Exos", "CardioVex", "NeuroVex", "NVX", "iPSC-Exos", "ADNVs", "mEXOs",
        "Hx-Exo", "a", "an", "the", "our", "its", "their", "Their", "these", "made", "up", "of", "consists", "consisted", "is",
        "are", "were", "composed", "consisting", "containing", "based", "on", "called", "known", "as", "gel", "hydrogel",
        "products", "with", "from", "From", "such", "Such", "those", "both", "into", "than", "versus", "coated", "loaded", "Apt-coupled", "PEG-loaded", "not", "new", "small", "cells", "milk",
        "2", "x-y", ",", ",", "(", ")", ";", ":", "-", "–"};
    private static final String[] GAPS = {" ", " ", " ", "", "  ", "\t", "\n", "\u00a0", " \r\n ", "\f"};

    @Test
    void theTailFindsWhatTheWholeStretchFinds() {
        Random random = new Random(16);
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(40);
            for (int i = 0; i < words; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]).append(GAPS[random.nextInt(GAPS.length)]);
            }
            if (random.nextBoolean()) {
                // half the texts end in one of the phrases below, some words left out, its gaps drawn anew
                for (String word : CASES.get(random.nextInt(CASES.size())).fullest().trim().split(" ")) {
                    if (random.nextInt(8) > 0) {
                        text.append(word).append(GAPS[random.nextInt(GAPS.length)]);
                    }
                }
            }
            String s = text.toString();
            int from = random.nextInt(s.length() / 3 + 1);
            int to = random.nextBoolean() ? s.length() : from + random.nextInt(s.length() - from + 1);
            for (Case c : CASES) {
                String whole = answer(c.pattern().matcher(s).region(from, to));
                String tail = answer(NamedPreparations.tail(c.pattern(), c.runs(), s, from, to));
                assertEquals(whole, tail, c.name() + " in \"" + s + "\" from " + from + " to " + to);
                found += whole.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(found > 2_000, "the random texts hold matches: " + found);
    }

    @Test
    void eachStatedCountIsNeeded() {
        for (Case c : CASES) {
            String s = c.fullest();
            String whole = answer(c.pattern().matcher(s).region(0, s.length()));
            assertNotEquals("", whole, c.name() + " matches its phrase");
            assertEquals(whole, answer(NamedPreparations.tail(c.pattern(), c.runs(), s, 0, s.length())), c.name());
            assertEquals("", answer(NamedPreparations.tail(c.pattern(), c.runs() - 1, s, 0, s.length())),
                    c.name() + ": one run fewer misses the match");
        }
    }

    @Test
    void theTailStartsAfterTheRunAskedFor() {
        String s = "ab  cd\te f ";
        assertEquals(0, TailRegion.start(s, 0, s.length(), 4));
        assertEquals(4, TailRegion.start(s, 0, s.length(), 3));
        assertEquals(7, TailRegion.start(s, 0, s.length(), 2));
        assertEquals(9, TailRegion.start(s, 0, s.length(), 1));
        assertEquals(11, TailRegion.start(s, 0, s.length(), 0));
        assertEquals(5, TailRegion.start(s, 5, 9, 3));
        assertEquals(7, TailRegion.start(s, 5, 9, 1));
        assertEquals(9, TailRegion.start(s, 5, 9, 0));
    }

    /** "" for no match, else each group's place, so that two searches agree only if they find the same groups. */
    private static String answer(Matcher m) {
        if (!m.find()) {
            return "";
        }
        StringBuilder b = new StringBuilder("match");
        for (int g = 1; g <= m.groupCount(); g++) {
            b.append(' ').append(m.start(g)).append('-').append(m.end(g));
        }
        return b.toString();
    }
}
