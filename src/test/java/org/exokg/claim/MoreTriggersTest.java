package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    @TempDir
    Path dir;

    static Stream<Arguments> sentences() throws Exception {
        return Files.readAllLines(TestSupport.resource("claim-rules/triggers2-sentences.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(f -> Arguments.of(f[0], f[1], f[2], f[3]));
    }

    @ParameterizedTest(name = "{0}: {1} -> {3}")
    @MethodSource("sentences")
    void sentenceGivesOrLacksTheClaim(String way, String sentence, String words, String claim) throws Exception {
        assertTrue(way.equals("gives") || way.equals("lacks"), "first column: gives or lacks");
        TestSupport.assertClaimsOfText(dir, "Notes\n\n" + sentence + "\n", words,
                way.equals("gives") ? List.of(claim) : List.of(), way.equals("gives") ? List.of() : List.of(claim));
    }

    @Test
    void everyRuleOfTheBlockHasFixturesBothWays() throws Exception {
        List<String> lines = Files.readAllLines(TestSupport.resource("claim-rules/triggers2-sentences.tsv"), StandardCharsets.UTF_8);
        for (String id : List.of("technique-puts-amount-into-vesicle", "vesicle-inside-cells", "vesicle-slows-disease",
                "kept-through-months-of-storage")) {
            int at = lines.indexOf("# " + id + (id.equals("technique-puts-amount-into-vesicle") ? " (objectFirstGap)" : ""));
            assertTrue(at >= 0, "no fixtures for " + id);
            List<String> block = lines.subList(at + 1, lines.size()).stream().takeWhile(l -> !l.startsWith("#")).toList();
            assertTrue(block.stream().anyMatch(l -> l.startsWith("gives\t")) && block.stream().anyMatch(l -> l.startsWith("lacks\t")),
                    id + ": a sentence each way");
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
