package org.exokg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.nio.file.Files;
import org.exokg.ExoKg;
import org.exokg.query.LibraryQuery;
import org.exokg.query.QueryCatalogue;
import org.exokg.query.QueryLibrary;
import org.exokg.store.CorpusLoader;
import org.exokg.store.DocumentExtractor;
import org.exokg.store.GraphStore;
import org.exokg.store.InferenceStep;
import org.exokg.store.VoidDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build the TDB2 store from the ontology and every document in the corpus.",
                "One transaction per document; documents no longer in the corpus are removed. Idempotent."})
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("data", "tdb2");

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus directory (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("corpus");

    @Option(names = "--ontology", paramLabel = "FILE", description = "Ontology file (default: ${DEFAULT-VALUE}).")
    Path ontology = Path.of(ExoKg.ONTOLOGY_FILE);

    @Option(names = "--queries", paramLabel = "DIR", description = "Query library loaded into the queries graph (default: ${DEFAULT-VALUE}).")
    Path queries = QueryLibrary.DEFAULT_DIR;

    @Override
    public Integer call() {
        return build(store, corpus, ontology, queries, System.err);
    }

    static int build(Path store, Path corpus, Path ontology, PrintStream err) {
        return build(store, corpus, ontology, QueryLibrary.DEFAULT_DIR, err);
    }

    /** Builds the store; returns the exit status (0: every document loaded). */
    static int build(Path store, Path corpus, Path ontology, Path queries, PrintStream err) {
        try (GraphStore graphStore = GraphStore.open(store)) {
            CorpusLoader loader = new CorpusLoader(graphStore, () -> DocumentExtractor.fromOntology(ontology), err);
            InferenceStep.discover().ifPresent(loader::withInference);
            CorpusLoader.Report report = loader.build(ontology, corpus);
            boolean catalogued = loadQueryCatalogue(graphStore, queries, err); // before VoID, which counts its graph
            org.exokg.store.LinkedDataBuild.run(graphStore, ontology, err); // imports graph, then VoID of the store
            err.println(report.withStoreSize(graphStore).summary("build", store)); // counts the graphs written after the documents too
            return report.ok() && catalogued ? 0 : 1;
        }
    }

    /** The query library as sh:SPARQLExecutables in the queries graph; false if the library is invalid. */
    private static boolean loadQueryCatalogue(GraphStore store, Path queries, PrintStream err) {
        if (!Files.isDirectory(queries)) {
            err.println("exokg: warning: no query library at " + queries + "; the queries graph is left as it was");
            return true;
        }
        try {
            QueryLibrary library = QueryLibrary.load(queries);
            long triples = QueryCatalogue.store(store, library, VoidDescription.DEFAULT_ENDPOINT).size();
            err.printf("exokg: queries: %d from %s (%,d triples)%n", library.queries().size(), queries, triples);
            return true;
        } catch (LibraryQuery.InvalidQueryException e) {
            err.println("exokg: error: query library: " + e.getMessage());
            return false;
        }
    }
}
