package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.exokg.TestSupport;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invented sentences for a block of rules, both ways, kept in a TSV under src/test/resources (columns: gives or lacks,
 * the sentence, words that find it, the claim; a line "# <rule id>" heads each rule's sentences): each sentence, alone in
 * a Notes section, read through the real pipeline and the project ontology. A block's test names its file and checks
 * that each of its rules has a sentence each way. (One instance per class: the sentences come from the subclass's file.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RuleBlockSentencesTest {

    @TempDir
    Path dir;

    /** The block's sentences: a resource path under src/test/resources. */
    abstract String fixtures();

    Stream<Arguments> sentences() throws Exception {
        return lines().stream()
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

    /** The rule headed "# {@code heading}" in the block's file has a sentence each way. */
    void assertFixturesBothWays(String heading) throws Exception {
        List<String> lines = lines();
        int at = lines.indexOf("# " + heading);
        assertTrue(at >= 0, "no fixtures for " + heading);
        List<String> block = lines.subList(at + 1, lines.size()).stream().takeWhile(l -> !l.startsWith("#")).toList();
        assertTrue(block.stream().anyMatch(l -> l.startsWith("gives\t")) && block.stream().anyMatch(l -> l.startsWith("lacks\t")),
                heading + ": a sentence each way");
    }

    private List<String> lines() throws Exception {
        return Files.readAllLines(TestSupport.resource(fixtures()), StandardCharsets.UTF_8);
    }
}
