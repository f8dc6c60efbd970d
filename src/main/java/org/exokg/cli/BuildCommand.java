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
import org.exokg.store.StagedBuild;
import org.exokg.store.VoidDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build the TDB2 store from the ontology and every document in the corpus.",
                "Documents are extracted in parallel and bulk-loaded into a new store beside the old one, which it "
                        + "replaces when complete (an interrupted build leaves the old store in service); unchanged "
                        + "documents are copied, not extracted again; documents no longer in the corpus are removed. "
                        + "The new store is compacted if it has outgrown its bulk-loaded size. Idempotent."})
final class BuildCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("data", "tdb2");

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus directory (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("corpus");

    @Option(names = "--ontology", paramLabel = "FILE", description = "Ontology file (default: ${DEFAULT-VALUE}).")
    Path ontology = Path.of(ExoKg.ONTOLOGY_FILE);

    @Option(names = "--queries", paramLabel = "DIR", description = "Query library loaded into the queries graph (default: ${DEFAULT-VALUE}).")
    Path queries = QueryLibrary.DEFAULT_DIR;

    @Option(names = "--workers", paramLabel = "N", description = "Extraction threads (default: ${DEFAULT-VALUE}, one per core up to 4).")
    int workers = CorpusLoader.defaultWorkers();

    @picocli.CommandLine.Mixin
    ParserOption parser = new ParserOption();

    @Override
    public Integer call() {
        if (workers < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--workers must be at least 1");
        }
        return build(store, corpus, ontology, queries, workers, parser.parse(), System.err);
    }

    static int build(Path store, Path corpus, Path ontology, PrintStream err) {
        return build(store, corpus, ontology, QueryLibrary.DEFAULT_DIR, err);
    }

    /**
     * Builds the store; returns the exit status (0: every document loaded). The new store is built beside the
     * one in service and replaces it only when complete (see {@link StagedBuild}).
     */
    static int build(Path store, Path corpus, Path ontology, Path queries, PrintStream err) {
        return build(store, corpus, ontology, queries, CorpusLoader.defaultWorkers(), err);
    }

    static int build(Path store, Path corpus, Path ontology, Path queries, int workers, PrintStream err) {
        return build(store, corpus, ontology, queries, workers, ParserOption.defaultOn(), err);
    }

    /** @param parse read claims also from a dependency parse (the parser is loaded once, before the documents) */
    static int build(Path store, Path corpus, Path ontology, Path queries, int workers, boolean parse, PrintStream err) {
        if (!java.nio.file.Files.isRegularFile(ontology)) {
            // checked once here: otherwise every document fails on its own with the same message
            throw new IllegalArgumentException("ontology not found: " + ontology + " (use --ontology)");
        }
        err.println("exokg: " + HeapCap.describe()); // the heap the build may grow to, and who chose it
        if (parse) {
            ExtractCommand.loadParser(err);
        }
        CorpusLoader.Report report;
        boolean catalogued;
        org.exokg.store.BuildPhases phases;
        try (StagedBuild staged = StagedBuild.begin(store)) {
            GraphStore graphStore = staged.store();
            CorpusLoader loader = new CorpusLoader(graphStore, () -> DocumentExtractor.fromOntology(ontology, parse), err)
                    .withPrevious(staged.previous().orElse(null))
                    .withSignature(DocumentExtractor.signature(ontology, parse))
                    .withWorkers(workers)
                    .rewriting(Files.isDirectory(queries)
                            ? java.util.Set.of(ExoKg.IMPORTS_GRAPH, ExoKg.VOID_GRAPH, ExoKg.QUERIES_GRAPH, ExoKg.STATEMENTS_GRAPH)
                            : java.util.Set.of(ExoKg.IMPORTS_GRAPH, ExoKg.VOID_GRAPH, ExoKg.STATEMENTS_GRAPH));
            InferenceStep.discover().ifPresent(loader::withInference);
            // the statements summary reads only the documents, a document at a time: read while they stream (or, if the
            // rules do not run then, from the store while the reasoning runs)
            loader.withGraphBesideReasoning(ExoKg.STATEMENTS_GRAPH, "statements summary (beside the reasoning)",
                    s -> org.exokg.store.StatementSummary.describe(s.dataset()), org.exokg.store.StatementSummary.Tally::new);
            boolean[] library = {true};
            // in the transaction that writes the inference graphs, after them: one write after the bulk load
            loader.withFinalGraphs(() -> {
                var timed = loader.phases();
                library[0] = timed.time("query catalogue", () -> loadQueryCatalogue(graphStore, queries, err)); // before VoID, which counts its graph
                // imports graph, then VoID of the store (the summary was computed beside the reasoning)
                org.exokg.store.LinkedDataBuild.run(graphStore, ontology, err, timed, loader.besideReasoning().orElse(null));
            });
            report = loader.build(ontology, corpus);
            catalogued = library[0];
            report = report.withStoreSize(graphStore); // counts the graphs written after the documents too
            long bytes = graphStore.usedBytes();
            long quads = report.triples();
            long committing = System.nanoTime();
            boolean compacted = staged.commit(loader.bulkLoaded(), quads);
            loader.phases().add(compacted ? "compaction and swap" : "swap", System.nanoTime() - committing);
            err.println(loader.bulkLoaded().map(loaded -> compacted
                    ? String.format(java.util.Locale.ROOT, "exokg: store compacted: %,.1f MB for %,d quads, over %.1f x the bytes per quad of the bulk load (%s)",
                            bytes / 1e6, quads, org.exokg.store.StoreFootprint.SLACK, loaded)
                    : String.format(java.util.Locale.ROOT, "exokg: store not compacted: %,.1f MB for %,d quads (bulk load: %s)",
                            bytes / 1e6, quads, loaded))
                    .orElse("exokg: store compacted"));
            phases = loader.phases();
        }
        err.println("exokg: " + phases.describe());
        err.println(report.summary("build", store));
        return report.ok() && catalogued ? 0 : 1;
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
