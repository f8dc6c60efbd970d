package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.exokg.TestSupport;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Invented sentences for a block of rules, both ways, kept in a TSV under src/test/resources (columns: gives or lacks,
 * the sentence, words that find it, the claim; a line "# <rule id>" heads each rule's sentences): read through the real
 * pipeline and the project ontology. Shared by the tests of the blocks that keep their sentences so.
 */
final class RuleBlockFixtures {

    private RuleBlockFixtures() {}

    /** The fixture lines of {@code resource} as (way, sentence, words, claim). */
    static Stream<Arguments> sentences(String resource) throws Exception {
        return lines(resource).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(f -> Arguments.of(f[0], f[1], f[2], f[3]));
    }

    /** The sentence, alone in a Notes section, gives the claim ("gives") or does not ("lacks"). */
    static void assertGivesOrLacks(Path dir, String way, String sentence, String words, String claim) throws Exception {
        assertTrue(way.equals("gives") || way.equals("lacks"), "first column: gives or lacks");
        TestSupport.assertClaimsOfText(dir, "Notes\n\n" + sentence + "\n", words,
                way.equals("gives") ? List.of(claim) : List.of(), way.equals("gives") ? List.of() : List.of(claim));
    }

    /** The rule headed "# {@code heading}" in {@code resource} has a sentence each way. */
    static void assertFixturesBothWays(String resource, String heading) throws Exception {
        List<String> lines = lines(resource);
        int at = lines.indexOf("# " + heading);
        assertTrue(at >= 0, "no fixtures for " + heading);
        List<String> block = lines.subList(at + 1, lines.size()).stream().takeWhile(l -> !l.startsWith("#")).toList();
        assertTrue(block.stream().anyMatch(l -> l.startsWith("gives\t")) && block.stream().anyMatch(l -> l.startsWith("lacks\t")),
                heading + ": a sentence each way");
    }

    private static List<String> lines(String resource) throws Exception {
        return Files.readAllLines(TestSupport.resource(resource), StandardCharsets.UTF_8);
    }
}
