package org.exokg.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.exokg.query.CorpusStore;
import org.exokg.query.ExampleRows;
import org.exokg.query.LibraryQuery;
import org.exokg.query.QueryAnswer;
import org.exokg.query.QueryLibrary;
import org.exokg.query.QueryRunner;
import org.exokg.store.GraphStore;

/**
 * Developer tool: (re)generates the library's expected answers ({@code queries/expected/<name>.tsv}) and the
 * "example output" block of every query header from a store freshly built from the corpus (as the tests
 * build it). Review the diff afterwards: every changed row must make sense against the corpus text.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.bench.ExpectedAnswers</pre>
 *
 * With {@code -Dexec.args="--check"} it only reports which files would change (exit 1 if any).
 */
public final class ExpectedAnswers {
    private ExpectedAnswers() {}

    public static void main(String[] args) throws Exception {
        boolean check = List.of(args).contains("--check");
        QueryLibrary library = QueryLibrary.load(QueryLibrary.DEFAULT_DIR);
        Path store = CorpusStore.location();
        Set<String> changed = new TreeSet<>();
        try (GraphStore graphStore = GraphStore.open(store)) {
            QueryRunner runner = QueryRunner.local(graphStore.dataset());
            for (LibraryQuery q : library.queries()) {
                QueryAnswer answer = runner.run(q.query());
                Path expected = library.expectedFile(q);
                String rows = answer.expectedText();
                String old = Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : null;
                if (!rows.equals(old)) {
                    changed.add(expected.toString());
                    if (!check) {
                        Files.createDirectories(expected.getParent());
                        Files.writeString(expected, rows, StandardCharsets.UTF_8);
                    }
                }
                String text = q.textWithExampleOutput(ExampleRows.render(answer, ExampleRows.ROWS));
                if (!text.equals(q.text())) {
                    changed.add(q.file().toString());
                    if (!check) {
                        Files.writeString(q.file(), text, StandardCharsets.UTF_8);
                    }
                }
                System.out.printf("%-30s %4d rows%n", q.name(), answer.size());
            }
        }
        System.out.printf("%d queries; %d file(s) %s%n", library.queries().size(), changed.size(),
                check ? "would change" : "written");
        changed.forEach(f -> System.out.println("  " + f));
        System.exit(check && !changed.isEmpty() ? 1 : 0);
    }
}
