package org.exokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.exokg.query.LibraryQuery;
import org.exokg.query.QueryAnswer;
import org.exokg.query.QueryLibrary;
import org.exokg.query.QueryRunner;
import org.exokg.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a query of the library (queries/) against the local store or a SPARQL endpoint.",
                "QUERY is a library name (see --list) or a .rq file with a library header."})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "Library query name or .rq file.")
    String query;

    @Option(names = "--list", description = "List the library: name and title of every query.")
    boolean list;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Set a parameter (see the query's header), e.g. --param docId=pmid-123 or --param class=exokg:Cell. Repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("data", "tdb2");

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Query this SPARQL endpoint instead of the store, e.g. http://localhost:3030/exokg/sparql.")
    String endpoint;

    @Option(names = "--library", paramLabel = "DIR", description = "Query library directory (default: ${DEFAULT-VALUE}).")
    Path library = QueryLibrary.DEFAULT_DIR;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Stop the query after this long, on the store or the endpoint (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = 60;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            if (query != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--list takes no QUERY");
            }
            QueryLibrary lib = QueryLibrary.load(library);
            int width = lib.queries().stream().mapToInt(q -> q.name().length()).max().orElse(0);
            for (LibraryQuery q : lib.queries()) {
                out.printf("%-" + width + "s  %s%n", q.name(), q.title());
            }
            out.flush();
            return 0;
        }
        if (query == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing QUERY (or --list)");
        }
        QueryAnswer.Format outputFormat;
        try {
            outputFormat = QueryAnswer.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (endpoint != null && spec.commandLine().getParseResult().hasMatchedOption("--store")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --store or --endpoint, not both");
        }
        LibraryQuery libraryQuery = QueryLibrary.resolve(query, library);
        Query sparql = libraryQuery.withParameters(params);
        QueryAnswer answer;
        if (endpoint != null) {
            answer = QueryRunner.remote(endpoint, timeout()).run(sparql);
        } else {
            if (!GraphStore.exists(store)) {
                spec.commandLine().getErr().println("exokg: no store at " + store + " (run exokg build first, or give --endpoint)");
                return 1;
            }
            try (GraphStore graphStore = GraphStore.open(store)) {
                answer = QueryRunner.local(graphStore.dataset(), timeout()).run(sparql);
            }
        }
        out.print(answer.toString(outputFormat));
        out.flush();
        return 0;
    }

    private java.time.Duration timeout() {
        if (timeoutSeconds <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be positive");
        }
        return java.time.Duration.ofSeconds(timeoutSeconds);
    }
}
