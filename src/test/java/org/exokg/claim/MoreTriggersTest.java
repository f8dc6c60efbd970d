package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15, branch triggers2 (seventeenth session): the rules of block "branch triggers2" of claim-rules.yaml, each with
 * invented sentences both ways (src/test/resources/claim-rules/triggers2-sentences.tsv), through the real pipeline and
 * the project ontology; and the rule key {@code objectFirstGap}.
 */
class MoreTriggersTest {

    private static final String FIXTURES = "claim-rules/triggers2-sentences.tsv";

    @TempDir
    Path dir;

    static Stream<Arguments> sentences() throws Exception {
        return RuleBlockFixtures.sentences(FIXTURES);
    }

    @ParameterizedTest(name = "{0}: {1} -> {3}")
    @MethodSource("sentences")
    void sentenceGivesOrLacksTheClaim(String way, String sentence, String words, String claim) throws Exception {
        RuleBlockFixtures.assertGivesOrLacks(dir, way, sentence, words, claim);
    }

    @Test
    void everyRuleOfTheBlockHasFixturesBothWays() throws Exception {
        for (String id : List.of("technique-puts-amount-into-vesicle", "vesicle-inside-cells", "vesicle-slows-disease",
                "kept-through-months-of-storage")) {
            RuleBlockFixtures.assertFixturesBothWays(FIXTURES, id + (id.equals("technique-puts-amount-into-vesicle") ? " (objectFirstGap)" : ""));
        }
    }

    @Test
    void objectFirstGapIsReadAndBoundedToObjectFirstRules() throws Exception {
        ClaimPatterns shipped = ClaimPatterns.defaults();
        ClaimRule wide = shipped.rules().stream().filter(r -> r.id().equals("technique-puts-amount-into-vesicle")).findFirst().orElseThrow();
        assertEquals(16, shipped.objectFirstGap(wide));
        ClaimRule plain = shipped.rules().stream().filter(r -> r.id().equals("technique-loads-cargo-into-vesicle")).findFirst().orElseThrow();
        assertEquals(ClaimPatterns.OBJECT_FIRST_GAP, shipped.objectFirstGap(plain));
        assertEquals(16, shipped.widestObjectFirstGap());
        try (InputStream in = Files.newInputStream(TestSupport.resource("claim-rules/object-first-gap-bad.yaml"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ClaimPatterns.parse(in, "object-first-gap-bad.yaml"));
            assertTrue(e.getMessage().contains("wide-gap-on-wrong-order") && e.getMessage().contains("objectFirstGap"), e.getMessage());
        }
    }
}
