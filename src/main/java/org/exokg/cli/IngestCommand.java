package org.exokg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.exokg.ExoKg;
import org.exokg.store.CorpusLoader;
import org.exokg.store.DocumentExtractor;
import org.exokg.store.GraphStore;
import org.exokg.store.InferenceStep;
import org.exokg.store.VoidDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Add or replace documents in an existing store (not while it is being served).",
                "A file that fails is reported on one line and leaves the store unchanged; the others are still loaded.",
                "Each document is its own transaction. The VoID description is refreshed; the inferred and conflicts "
                + "graphs are recomputed with --reason, otherwise the command says they are stale. After a large "
                + "ingest (or with --compact) the store is compacted."})
final class IngestCommand implements Callable<Integer> {

    /** An ingest of at least this many documents, or of a tenth of the store, is followed by compaction. */
    static final int COMPACT_AFTER = 50;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Document files (text, JATS, PubMed XML).")
    List<Path> files;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("data", "tdb2");

    @Option(names = "--ontology", paramLabel = "FILE", description = "Ontology file for the extractor (default: ${DEFAULT-VALUE}).")
    Path ontology = Path.of(ExoKg.ONTOLOGY_FILE);

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Time budget per file (default: 60 s plus 60 s per MB).")
    Long timeLimitSeconds;

    @Option(names = "--max-file-size", paramLabel = "MB", description = "Largest file read (default: 200).")
    Long maxFileMb;

    @Option(names = "--reason", description = "Recompute the inferred and conflicts graphs after the documents (as 'exokg reason' does; "
            + "the conflict search reuses its answers for the kinds the new claims do not touch).")
    boolean reason;

    @Option(names = "--compact", description = "Compact the store afterwards whatever the number of documents.")
    boolean compact;

    @picocli.CommandLine.Mixin
    ParserOption parser = new ParserOption();

    @Override
    public Integer call() {
        if (!GraphStore.exists(store)) {
            throw new IllegalArgumentException("no store at " + store + " (run 'exokg build' first)");
        }
        try (GraphStore graphStore = GraphStore.open(store)) {
            int before = graphStore.documentGraphNames().size();
            if (parser.parse()) {
                ExtractCommand.loadParser(System.err);
            }
            CorpusLoader loader = new CorpusLoader(graphStore, () -> DocumentExtractor.fromOntology(ontology, parser.parse()), System.err)
                    .withSignature(DocumentExtractor.signature(ontology, parser.parse()))
                    .withBudget(ExtractCommand.budget(timeLimitSeconds, maxFileMb));
            CorpusLoader.Report report = loader.ingest(files);
            boolean ok = report.ok();
            int written = report.documents() - report.unchanged();
            if (written > 0) {
                ok &= refreshDerivedGraphs(graphStore);
            }
            if (compact || written >= Math.max(COMPACT_AFTER, before / 10)) {
                graphStore.compact();
                System.err.println("exokg: store compacted");
            }
            System.err.println(report.withStoreSize(graphStore).summary("ingest", store));
            if (!report.ok()) {
                System.err.println("exokg ingest: " + report.failures() + " of " + files.size()
                        + " file(s) failed; the others were loaded");
            }
            return ok ? 0 : 1;
        }
    }

    /** The statement summary and VoID always (one pass over the claims; cheap); the reasoning graphs with --reason, else a plain word that they are stale. */
    private boolean refreshDerivedGraphs(GraphStore graphStore) {
        boolean ok = true;
        if (reason) {
            InferenceStep step = InferenceStep.discover().orElse(null);
            if (step == null) {
                System.err.println("exokg: error: --reason: no reasoning step on the class path");
                ok = false;
            } else {
                try {
                    Map<String, Model> inferred = step.infer(graphStore);
                    graphStore.write(() -> inferred.forEach((iri, model) -> graphStore.dataset().replaceNamedModel(iri, model)));
                    System.err.println("exokg: inference (" + step.name() + "): " + inferred.keySet());
                } catch (Exception e) {
                    System.err.println("exokg: error: inference " + step.name() + ": " + e.getMessage());
                    ok = false;
                }
            }
        } else if (graphStore.containsGraph(ExoKg.INFERRED_GRAPH) || graphStore.containsGraph(ExoKg.CONFLICTS_GRAPH)) {
            System.err.println("exokg: warning: the inferred and conflicts graphs describe the store before this ingest; "
                    + "refresh them with 'exokg reason --store " + store + "' (or ingest with --reason)");
        }
        org.exokg.store.StatementSummary.store(graphStore); // the library's statement queries read its counts
        if (graphStore.containsGraph(ExoKg.VOID_GRAPH)) {
            VoidDescription.store(graphStore, VoidDescription.DEFAULT_ENDPOINT);
        }
        return ok;
    }
}
