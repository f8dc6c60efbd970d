package org.exokg.mention;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Which expressions have alternations tested branch by branch (branch enginespeed12): those whose required sets the
 * 16-pick limit cut, or whose branches hold alternations of their own. Extracts the given files (so that every rule,
 * cue and event expression is read), then prints each such expression with the share of the texts' sentences (split at
 * ". ") that pass its sets alone and that pass its sets and its branches. Not a test.
 *
 * <pre>mvn -o -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.mention.RequiredWordsChoices \
 *     -Dexec.args="corpus src/test/resources/documents/heldout"</pre>
 */
public final class RequiredWordsChoices {
    private RequiredWordsChoices() {}

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of("ontology/exokg.ttl"));
        List<String> sentences = new ArrayList<>();
        for (String dir : args) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                files = walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                builder.extract(f);
                for (String s : Files.readString(f).split("(?<=\\.) ")) {
                    sentences.add(s);
                    sentences.add(s.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        List<Map.Entry<Pattern, RequiredWords>> chosen = RequiredWords.read().entrySet().stream()
                .filter(e -> !e.getValue().choiceNeeds().isEmpty())
                .sorted(Comparator.comparing(e -> e.getKey().pattern()))
                .toList();
        System.out.printf("%d of %d expressions read have alternations tested by branch; %d sentences%n", chosen.size(),
                RequiredWords.read().size(), sentences.size());
        for (Map.Entry<Pattern, RequiredWords> e : chosen) {
            RequiredWords rw = e.getValue();
            int bySets = 0;
            int byAll = 0;
            for (String s : sentences) {
                if (rw.setsHeldBySearch(s)) {
                    bySets++;
                    if (rw.mayMatchBySearch(s)) {
                        byAll++;
                    }
                }
            }
            String p = e.getKey().pattern();
            System.out.printf("pass %5d -> %5d | sets %s | choices %s | %s%n", bySets, byAll, rw.required(),
                    rw.choiceNeeds().stream().map(List::size).toList(),
                    p.length() > 160 ? p.substring(0, 160) + "..." : p);
        }
    }
}
