package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name in brackets after a vesicle phrase whose words are separated by runs of spaces (text laid out in columns,
 * "Serum EVs               did not ..."). The words before the bracket take their spaces possessively (branch
 * enginespeed3): a run of spaces can no longer be split between repetitions, which made a sentence without a name cost
 * seconds. The name is read as before, the sentence without one is read at once, and the expression finds the same
 * matches and groups as the one it replaced.
 */
class BracketedNameAfterSpacesTest {

    @TempDir
    Path dir;

    @Test
    void aNameAfterRunsOfSpacesIsStillRead() throws Exception {
        String text = "Methods\n\nExosome mimetics    were made    by serial extrusion of hepatocytes    (Liv-EMs).\n\n"
                + "Results\n\nLiv-EMs were taken up by fibroblasts.\n";
        TestSupport.assertClaimsOfText(dir, text, "Liv-EMs were taken up",
                List.of("ExtracellularVesicleMimetic targets Fibroblast"),
                List.of("ExtracellularVesicle targets Fibroblast"));
    }

    @Test
    void aNameBeyondFifteenWordsIsNotReadHoweverTheSpacesRun() throws Exception {
        // sixteen words between the vesicles and the bracket: no definition, spaces doubled or not
        String words = "were made by serial extrusion of hepatocytes through filters of two sizes in a cold room at low speed";
        for (String gap : List.of(" ", "   ")) {
            String text = "Methods\n\nExosome mimetics " + words.replace(" ", gap) + " (Liv-EMs).\n\n"
                    + "Results\n\nLiv-EMs were taken up by fibroblasts.\n";
            TestSupport.assertClaimsOfText(dir, text, "Liv-EMs were taken up", List.of(),
                    List.of("ExtracellularVesicleMimetic targets Fibroblast"));
        }
    }

    @Test
    void aSentenceWithALongRunOfSpacesAndNoNameIsReadAtOnce() throws Exception {
        // with the spaces split between repetitions this sentence was tried in more ways than could finish
        String text = "Results\n\nSerum exosomes" + " ".repeat(60) + "did not distinguish the two groups of patients at all.\n";
        TestSupport.claimsOfText(dir, "Results\n\nSerum exosomes did not distinguish the groups.\n", "did not distinguish");
        // the builder is made above (the ontology's load is not timed); the sentence itself takes milliseconds
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> TestSupport.claimsOfText(dir, text, "did not distinguish"));
    }

    @Test
    void theExpressionFindsWhatTheSplittableOneFound() throws Exception {
        Field f = NamedPreparations.class.getDeclaredField("BRACKETED_NAME_AFTER");
        f.setAccessible(true);
        Pattern now = (Pattern) f.get(null);
        String source = now.pattern();
        Pattern before = Pattern.compile(source.replace("\\s++){0,14}?", "\\s+){0,14}?"), now.flags());
        assertEquals(false, before.pattern().equals(source), "the test must compare two different expressions");
        String[] words = {"", "were", "made", "by", "(GV-2)", "(Hep-EMs)", "x;", "EVs.", "a", "(", ")", "AB-Exo", "(nope)", "b(CD-1)"};
        String[] gaps = {" ", "  ", "\t", " \n ", "   ", ""};
        Random random = new Random(16);
        int matched = 0;
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(18);
            for (int i = 0; i < n; i++) {
                b.append(gaps[random.nextInt(gaps.length)]).append(words[random.nextInt(words.length)]);
            }
            String s = b.toString();
            Matcher x = before.matcher(s);
            Matcher y = now.matcher(s);
            boolean found = x.lookingAt();
            assertEquals(found, y.lookingAt(), s);
            if (found) {
                matched++;
                for (int g = 0; g <= x.groupCount(); g++) {
                    assertEquals(x.start(g) + ":" + x.end(g), y.start(g) + ":" + y.end(g), "group " + g + " of [" + s + "]");
                }
            }
        }
        assertEquals(true, matched > 1_000, "enough texts with a name: " + matched);
    }
}
