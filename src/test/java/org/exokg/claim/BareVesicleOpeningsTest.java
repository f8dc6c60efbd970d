package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * (branch enginespeed8, issue 16) The bare-"vesicles" exclusions searched from where each entry's opening words first
 * occur in the sentence, and the anchored "after" entries tried at their start only, answer as the entries searched over
 * lower-cased copies of the whole stretches did ({@link BareVesicleExclusions#otherVesicles(String, String, String)}),
 * for the file's entries and for invented ones of every shape the reading accepts or refuses.
 */
class BareVesicleOpeningsTest {

    /** Invented entries: led and unled openings, an unled entry whose opening may be empty, shapes left whole. */
    private static final String INVENTED = """
            other-before:
              - id: led
                pattern: '(?:^|[^\\p{L}])(?:as|is|were|free of)\\s+(?:[\\p{L}\\p{N}\\-‐]+\\s+){0,2}$'
                example: "x"
              - id: unled
                pattern: '(?:endosom|lumen)[\\p{L}]*\\s+(?:[\\p{L}\\-‐]+\\s+){0,3}$'
                example: "x"
              - id: may-be-empty
                pattern: '(?:no|)\\s*other\\s+$'
                example: "x"
              - id: boundary-left-whole
                pattern: '\\b(?:control)\\s+$'
                example: "x"
              - id: separators
                pattern: '(?:^|[^\\p{L}])(?:synaptic|dense[\\-‐\\s]core)[\\s\\-‐]+(?:[\\p{L}\\-‐]+[\\s\\-‐]+)?$'
                example: "x"
            other-after:
              - id: anchored
                pattern: '^[\\s\\-‐]*(?:budding|traffic\\b)'
                example: "x"
              - id: not-anchored
                pattern: '^\\s+inside|\\s+golgi'
                example: "x"
            other-sentence:
              - id: none
                pattern: 'zzzz'
                example: "x"
            """;

    private static final String[] WORDS = {"vesicles", "Vesicles", "nanovesicles", "synaptic", "Synaptic", "dense", "core",
        "dense-core", "as", "is", "were", "free", "of", "no", "other", "control", "endosomal", "lumen", "Lumen", "budding",
        "traffic", "trafficking", "inside", "golgi", "the", "cells", "milk", "were", "lipid", "giant", "unilamellar",
        "intraluminal", "transport", "storage", "without", "different", "a", "an", "2", "x-y", "-", "‐", ",", "(", "Σ"};
    private static final String[] GAPS = {" ", " ", " ", "", "  ", "\t", "\n", "-", " - "};

    @Test
    void theFileAndInventedEntriesAnswerAsTheCopiesDid() {
        BareVesicleExclusions invented = BareVesicleExclusions.parse(
                new ByteArrayInputStream(INVENTED.getBytes(StandardCharsets.UTF_8)), "invented.yaml");
        Random random = new Random(8);
        int other = 0;
        for (int n = 0; n < 6_000; n++) {
            StringBuilder b = new StringBuilder();
            int words = 2 + random.nextInt(60);
            for (int i = 0; i < words; i++) {
                b.append(WORDS[random.nextInt(WORDS.length - (n % 10 == 0 ? 0 : 1))]).append(GAPS[random.nextInt(GAPS.length)]);
            }
            String text = b.toString();
            int start = random.nextInt(text.length() / 4 + 1);
            int end = text.length() - random.nextInt(text.length() / 4 + 1);
            // every "vesicles" of the sentence, in order, as the callers ask (the per-sentence places are kept between them)
            for (int from = text.toLowerCase(Locale.ROOT).indexOf("vesicles", start); from >= 0 && from + 8 <= end;
                    from = text.toLowerCase(Locale.ROOT).indexOf("vesicles", from + 1)) {
                int to = from + 8;
                for (BareVesicleExclusions x : new BareVesicleExclusions[] {BareVesicleExclusions.defaults(), invented}) {
                    for (boolean wide : new boolean[] {true, false}) {
                        boolean copies = x.otherVesicles(wide ? text.substring(start, end).toLowerCase(Locale.ROOT) : "",
                                text.substring(start, from).toLowerCase(Locale.ROOT), text.substring(to, end).toLowerCase(Locale.ROOT));
                        boolean regions = x.otherVesicles(text, start, end, from, to, wide);
                        assertEquals(copies, regions, "\"" + text + "\" " + start + ".." + end + " at " + from + " wide " + wide);
                        other += copies ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(other > 1_000, "the random sentences hold other vesicles: " + other);
    }

    @Test
    void openingsAreReadOnlyWhereTheyAreSafe() {
        Pattern led = Pattern.compile("(?:^|[^\\p{L}])(?:as|is|free of)\\s+$");
        assertEquals("(?:as|is|free of)", BareVesicleExclusions.opening(led, BareVesicleExclusions.LEAD.length()).pattern());
        assertNotNull(BareVesicleExclusions.opening(Pattern.compile("(?:endosom|lumen)[\\p{L}]*\\s+$"), 0));
        assertNull(BareVesicleExclusions.opening(Pattern.compile("\\b(?:control)\\s+$"), 0), "no group first");
        assertNull(BareVesicleExclusions.opening(Pattern.compile("(?:a|b)+\\s+$"), 0), "a repeated group");
        assertNull(BareVesicleExclusions.opening(Pattern.compile("(?:a\\b|b)\\s+$"), 0), "a boundary in the group");
        assertNull(BareVesicleExclusions.opening(Pattern.compile("(?:a|(?=b)c)\\s+$"), 0), "a look-ahead in the group");
        assertNull(BareVesicleExclusions.opening(Pattern.compile("(?:a|b)\\s+(?<!x\\s)$"), 0), "a look-behind after it");
        assertNull(BareVesicleExclusions.opening(Pattern.compile("(?:a|b)\\s+$", Pattern.COMMENTS), 0), "comments");
        assertTrue(BareVesicleExclusions.anchoredAtStart(Pattern.compile("^[\\s\\-‐]*(?:budding|traffic\\b)")));
        assertTrue(BareVesicleExclusions.anchoredAtStart(Pattern.compile("^\\s+(?:in|[|)])")));
        assertFalse(BareVesicleExclusions.anchoredAtStart(Pattern.compile("^\\s+inside|\\s+golgi")), "an alternative outside");
        assertFalse(BareVesicleExclusions.anchoredAtStart(Pattern.compile("^a", Pattern.MULTILINE)), "multiline");
        assertFalse(BareVesicleExclusions.anchoredAtStart(Pattern.compile("^(?m)a")), "an inline flag");
        assertFalse(BareVesicleExclusions.anchoredAtStart(Pattern.compile("\\s+inside")), "no anchor");
    }

    @Test
    void theFilesEntriesAreRead() {
        // the speed-up is in force for the shipped file: every "before" entry has an opening and both "after" entries are anchored
        BareVesicleExclusions x = BareVesicleExclusions.defaults();
        assertEquals(0, x.unreadOpenings(), "before entries searched from the sentence start");
        assertEquals(0, x.unanchoredAfter(), "after entries searched with find");
    }
}
