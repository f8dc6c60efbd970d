package org.exokg.robustness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.document.DocumentBudget;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * The larger fuzz run, outside {@code mvn verify}: the reported cases and many random mutations of the
 * test fixtures and the corpus, through the real pipeline with the project's ontology. Prints every input
 * that is not a clear error or a correct result, and the counts.
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.exokg.robustness.HostileInputFuzz -Dexec.args="500 42"
 * </pre>
 *
 * Arguments: number of mutations (default 300), seed (default 1), time budget per file in seconds
 * (default 30). Exit status 1 if there was a wrong answer, a hang or a crash.
 */
public final class HostileInputFuzz {

    private HostileInputFuzz() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        long seconds = args.length > 2 ? Long.parseLong(args[2]) : 30;
        List<Path> fixtures = new ArrayList<>(HostileInputs.fixtureDocuments(Path.of("src/test/resources/documents")));
        fixtures.addAll(HostileInputs.fixtureDocuments(Path.of("corpus")));
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        DocumentBudget budget = DocumentBudget.defaults().withTimeLimit(Duration.ofSeconds(seconds));
        Path dir = Files.createTempDirectory("exokg-fuzz");
        HostileInputRun run = new HostileInputRun(builder, budget, dir);
        List<HostileInput> inputs = new ArrayList<>(HostileInputs.knownCases());
        inputs.addAll(HostileInputs.mutations(fixtures, seed, count));
        List<HostileInputRun.Result> results = new ArrayList<>();
        long start = System.nanoTime();
        for (HostileInput input : inputs) {
            HostileInputRun.Result r = run.run(input);
            results.add(r);
            Files.deleteIfExists(dir.resolve(input.name()));
            boolean bad = r.outcome() != HostileInputRun.Outcome.CLEAR_ERROR && r.outcome() != HostileInputRun.Outcome.CORRECT;
            if (bad || System.getProperty("verbose") != null) {
                System.out.println(r);
            }
        }
        System.out.printf("hostile-input fuzz (seed %d, %d fixtures, %.0f s): %s%n", seed, fixtures.size(),
                (System.nanoTime() - start) / 1e9, HostileInputRun.counts(results));
        boolean ok = results.stream().allMatch(r -> r.outcome() == HostileInputRun.Outcome.CLEAR_ERROR
                || r.outcome() == HostileInputRun.Outcome.CORRECT);
        System.exit(ok ? 0 : 1);
    }
}
