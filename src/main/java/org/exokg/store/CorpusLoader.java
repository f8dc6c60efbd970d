package org.exokg.store;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.exokg.ExoKg;
import org.exokg.document.DocumentBudget;
import org.exokg.document.DocumentException;
import org.exokg.document.DocumentLoader;
import org.exokg.rdf.ClaimGraphWriter;
import org.exokg.rdf.DocumentGraph;
import org.exokg.rdf.GraphVocabulary;

/**
 * Fills a {@link GraphStore} from the ontology and the corpus: {@code exokg build} and {@code exokg ingest}.
 *
 * <p>Files are extracted in parallel by a bounded pool of workers ({@link #withWorkers}); at most a few
 * documents per worker wait to be stored, so memory does not grow with the corpus. A file whose content
 * (and extractor) is unchanged since its graphs were stored is recognised by its fingerprint in the
 * store's {@link SourceIndex} and not extracted again.
 *
 * <p>How documents reach the store depends on the store:
 * <ul>
 * <li><b>empty store</b> (a fresh build, normally the staging store of a {@link StagedBuild}): every
 *     document is streamed through TDB2's bulk loader (the machinery of {@code tdb2.tdbloader}) in one
 *     load; unchanged documents are copied from the {@link #withPrevious previous store}. A failure of the
 *     load itself fails the build (the staging store is then thrown away and the previous one stays).</li>
 * <li><b>store with data</b> (ingest, or a build in place): each document is written in its own
 *     transaction, so a document that fails (unreadable file, or an error while its triples are stored)
 *     leaves its graph exactly as it was and the others are still loaded.</li>
 * </ul>
 * A build is idempotent: document graphs are replaced, not merged, and graphs of documents no longer in
 * the corpus are removed (only when every corpus file could be read: a file that failed may still own
 * some of them).
 */
public final class CorpusLoader {

    private final GraphStore store;
    private final Supplier<DocumentExtractor> extractor;
    private final PrintStream progress;
    private Optional<InferenceStep> inference = Optional.empty();
    private DocumentBudget budget = DocumentBudget.defaults();
    private GraphStore previous;
    private String signature = "";
    private int workers = defaultWorkers();
    private Set<String> rewritten = Set.of();
    private Runnable finalGraphs = () -> {};
    private StoreFootprint bulkLoaded;
    private DocumentRuleFeed ruleFeed;
    private Beside beside;
    /** The graph beside the reasoning as the current build's documents stream; null when it is read from the store. */
    private StreamedGraph besideStreamed;
    private Model besideModel;
    private BuildPhases phases = new BuildPhases();

    /**
     * @param extractor supplies the extractor, created on first use (creating the real pipeline reads the
     *     ontology); an exception from it fails every document, with its message
     * @param progress where progress lines go (normally {@code System.err}); null for none
     */
    public CorpusLoader(GraphStore store, Supplier<DocumentExtractor> extractor, PrintStream progress) {
        this.store = store;
        this.extractor = memoize(extractor);
        this.progress = progress;
    }

    /** Adds the reasoning step whose graphs {@link #build} writes after the documents. */
    public CorpusLoader withInference(InferenceStep step) {
        this.inference = Optional.ofNullable(step);
        return this;
    }

    /** The size limit and time budget each file is read and extracted under. */
    public CorpusLoader withBudget(DocumentBudget limits) {
        this.budget = limits;
        return this;
    }

    /**
     * The store this build replaces (a staged build): its graphs of unchanged documents are copied instead of
     * extracted again, its other graphs (not the inference step's graphs, which the build recomputes, nor
     * those named by {@link #rewriting}) are carried over, and
     * graphs of files that failed are kept. Null: none.
     */
    public CorpusLoader withPrevious(GraphStore previous) {
        this.previous = previous;
        return this;
    }

    /**
     * What, besides a file's content, decides what extraction makes of it (ExoKG's code, the ontology; see
     * {@link DocumentExtractor#signature}): a stored graph is reused only when this is the same.
     */
    public CorpusLoader withSignature(String signature) {
        this.signature = signature;
        return this;
    }

    /**
     * Graphs of the previous store that the caller writes anew after the build (imports, VoID, ...): not
     * carried over, so they are not loaded only to be replaced.
     */
    public CorpusLoader rewriting(Set<String> graphs) {
        this.rewritten = Set.copyOf(graphs);
        return this;
    }

    /**
     * Writes the caller's graphs that describe the whole store (query catalogue, imports, statements summary,
     * VoID) in the one write transaction that also stores the inference step's graphs, after them. After a
     * bulk load, every later write transaction leaves copies of the index blocks it touches behind (TDB2 never
     * overwrites a committed block); one transaction for all of them keeps that to at most one copy, so the new
     * store stays close to its bulk-loaded size without a compaction (measured: docs/performance.md, "Build
     * fixed costs"). {@code writer} runs inside that transaction (its reads see the graphs written before it).
     */
    public CorpusLoader withFinalGraphs(Runnable writer) {
        this.finalGraphs = writer == null ? () -> {} : writer;
        return this;
    }

    /**
     * A graph {@link #build} computes from the loaded store (reading only) on a thread of its own while the
     * inference step runs, and writes in the final transaction before {@link #withFinalGraphs}' writer; timed as
     * phase {@code phase}. Its model is then {@link #besideReasoning()}. On two cores this overlaps work that
     * does not depend on the reasoning (the statements summary) with the single-threaded part of it.
     */
    public CorpusLoader withGraphBesideReasoning(String graphIri, String phase, java.util.function.Function<GraphStore, Model> reader) {
        this.beside = new Beside(graphIri, phase, reader, null);
        return this;
    }

    /**
     * {@link #withGraphBesideReasoning(String, String, java.util.function.Function)}, where the graph can also be computed a
     * batch of whole document graphs at a time: when the build streams the documents through the inference step's rules
     * ({@link InferenceStep#documentRules}), a new {@code streamed} (one per build) is given every batch on the rules' thread,
     * and its graph is written instead of reading the store after the load; otherwise (no rules, or they failed)
     * {@code reader} computes it from the store beside the reasoning.
     */
    public CorpusLoader withGraphBesideReasoning(String graphIri, String phase, java.util.function.Function<GraphStore, Model> reader,
                                                 Supplier<? extends StreamedGraph> streamed) {
        this.beside = new Beside(graphIri, phase, reader, streamed);
        return this;
    }

    /**
     * A graph computed from document graphs given a batch at a time (each batch an in-memory dataset of whole
     * document graphs): {@link #graph} after the last batch is what reading all of them at once would give.
     */
    public interface StreamedGraph extends Consumer<org.apache.jena.query.Dataset> {
        Model graph();
    }

    /** The graph {@link #withGraphBesideReasoning} computed and wrote in the last build; empty if it did not (or failed). */
    public Optional<Model> besideReasoning() {
        return Optional.ofNullable(besideModel);
    }

    private record Beside(String graphIri, String phase, java.util.function.Function<GraphStore, Model> reader,
                          Supplier<? extends StreamedGraph> streamed) {}

    /** The store's size and quads right after the bulk load of the last {@link #build}; empty if it wrote in place. */
    public Optional<StoreFootprint> bulkLoaded() {
        return Optional.ofNullable(bulkLoaded);
    }

    /** How long the phases of the last {@link #build} took; the caller may add its own (they run in the final transaction). */
    public BuildPhases phases() {
        return phases;
    }

    /** Number of extraction threads (at least 1). */
    public CorpusLoader withWorkers(int workers) {
        this.workers = Math.max(1, workers);
        return this;
    }

    /** One thread per core, up to 4: extraction is CPU-bound and the store is written by one more thread. */
    public static int defaultWorkers() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** What a build or an ingest did. {@code documents} counts stored documents, {@code unchanged} of them reused. */
    public record Report(int files, int documents, int failures, int removedGraphs, long triples,
                         int graphs, Duration elapsed, List<String> errors, int unchanged) {
        public boolean ok() {
            return failures == 0;
        }

        /** The same report with the store's size re-read, for steps that wrote graphs after it was made. */
        public Report withStoreSize(GraphStore store) {
            return new Report(files, documents, failures, removedGraphs, store.tripleCount(), store.graphNames().size(),
                    elapsed, errors, unchanged);
        }

        public String summary(String verb, Path location) {
            return String.format(Locale.ROOT,
                    "exokg %s: %d document%s from %d file%s, %d failed, %d graph%s removed, %d unchanged (not extracted again); store %s: %,d triples in %d graphs (%.1f s)",
                    verb, documents, documents == 1 ? "" : "s", files, files == 1 ? "" : "s", failures,
                    removedGraphs, removedGraphs == 1 ? "" : "s", unchanged, location, triples, graphs,
                    elapsed.toMillis() / 1000.0);
        }
    }

    /**
     * The full build: every document file under {@code corpusDir}, removal of graphs of documents no longer
     * there, the ontology file (if it exists) as the ontology graph, then the inference step (if any).
     */
    public Report build(Path ontologyFile, Path corpusDir) {
        long start = System.nanoTime();
        bulkLoaded = null;
        besideModel = null;
        phases = new BuildPhases();
        List<String> errors = new ArrayList<>();
        int failures = 0;
        boolean corpusExists = Files.isDirectory(corpusDir);
        if (!corpusExists) {
            say("warning: no corpus directory at %s; no documents loaded, none removed", corpusDir);
        }
        List<Path> files = corpusFiles(corpusDir);
        boolean bulk = store.isEmpty();
        GraphStore source = bulk ? previous : store;
        SourceIndex index = source == null ? SourceIndex.empty() : SourceIndex.read(source.location());
        Set<String> before = source == null ? Set.of() : new HashSet<>(source.documentGraphNames());
        Batch batch;
        int removed = 0;
        if (bulk) {
            // the ontology goes through the bulk load too (parsed first: a file that fails leaves the previous graph)
            Model ontologyModel = null;
            if (Files.isRegularFile(ontologyFile)) {
                try {
                    ontologyModel = org.exokg.OntologyFiles.load(ontologyFile);
                } catch (RuntimeException e) {
                    failures++;
                    error(errors, ontologyFile + ": " + oneLine(e));
                }
            } else {
                say("warning: no ontology file at %s; the ontology graph is left as it was", ontologyFile);
            }
            Model ontologyGraph = ontologyModel;
            SourceIndex next = SourceIndex.empty();
            batch = new Batch();
            // the rules run on the documents as they stream (with the ontology this build stores), not on the store after;
            // so do the readers of what the reasoning and the graph beside it would read back out of the store
            var rules = ontologyGraph == null || inference.isEmpty() ? Optional.<java.util.function.UnaryOperator<Model>>empty()
                    : inference.get().documentRules(ontologyGraph);
            besideStreamed = null;
            ruleFeed = null;
            if (rules.isPresent()) {
                List<Consumer<org.apache.jena.query.Dataset>> readers = new ArrayList<>();
                inference.get().documentReader().ifPresent(readers::add);
                if (beside != null && beside.streamed() != null) {
                    besideStreamed = beside.streamed().get();
                    readers.add(besideStreamed);
                }
                ruleFeed = new DocumentRuleFeed(rules.get(), readers, RULE_BATCH, EXPECTED_TRIPLES_PER_FILE * files.size());
            }
            phases.time("documents and bulk load", () -> bulkLoad(batch, loader -> {
                StreamRDF out = ruleFeed == null ? loader : ruleFeed.wrap(loader);
                load(files, index, before, next, batch, errors, outcome -> streamOutcome(outcome, out, batch, next));
                if (ontologyGraph != null) {
                    Node g = NodeFactory.createURI(ExoKg.ONTOLOGY_GRAPH);
                    ontologyGraph.getGraph().find().forEachRemaining(t -> out.quad(Quad.create(g, t)));
                }
                if (source != null) {
                    carryOver(source, batch, corpusExists, ontologyGraph != null, out);
                }
                if (ruleFeed != null) {
                    ruleFeed.finish(loader);
                }
            }));
            if (ruleFeed != null) {
                phases.add("documents and bulk load: Jena rules beside it, own thread", ruleFeed.ruleNanos());
                phases.add("documents and bulk load: CPU time of the rules", ruleFeed.ruleCpuNanos());
                if (ruleFeed.readers() > 0) {
                    phases.add("documents and bulk load: of it, readers of the documents (claims, summary)", ruleFeed.readerNanos());
                }
                phases.add("documents and bulk load: waiting for the rules", ruleFeed.waitingNanos());
            }
            if (ontologyGraph != null) {
                say("ontology: %s (%,d triples)", ontologyFile, ontologyGraph.size());
            }
            if (source != null && corpusExists && batch.unreadableFiles == 0) {
                removed = (int) before.stream().filter(g -> !batch.graphs.contains(g)).count();
            }
            next.write(store.location());
        } else {
            batch = new Batch();
            phases.time("documents", () -> load(files, index, before, index, batch, errors,
                    outcome -> storeOutcome(outcome, index, batch, errors)));
            if (!corpusExists) {
                // a mistyped --corpus (or the wrong working directory) must not empty the store
            } else if (batch.unreadableFiles == 0) {
                for (String graph : store.documentGraphNames()) {
                    if (!batch.graphs.contains(graph)) {
                        store.removeGraph(graph);
                        removed++;
                        say("removed %s (document no longer in %s)", graph, corpusDir);
                    }
                }
            } else if (!store.documentGraphNames().stream().allMatch(batch.graphs::contains)) {
                say("warning: %d file(s) could not be read, so graphs of documents not seen in this build are kept",
                        batch.unreadableFiles);
            }
            index.write(store.location());
        }
        failures += batch.failures;

        if (bulk) {
            // loaded above, with the documents
        } else if (Files.isRegularFile(ontologyFile)) {
            try {
                store.loadOntology(ontologyFile);
                say("ontology: %s (%,d triples)", ontologyFile, store.tripleCount(ExoKg.ONTOLOGY_GRAPH));
            } catch (RuntimeException e) {
                failures++;
                error(errors, ontologyFile + ": " + oneLine(e));
            }
        } else {
            say("warning: no ontology file at %s; the ontology graph is left as it was", ontologyFile);
        }

        Map<String, Model> inferred = Map.of();
        // the rules' triples loaded with the documents, and those of them a document states (to delete again)
        DocumentRuleFeed streamed = ruleFeed != null && !ruleFeed.failed() ? ruleFeed : null;
        if (ruleFeed != null && ruleFeed.failed()) {
            say("warning: the rules failed while loading (%s); deriving them from the store", oneLine(ruleFeed.failure()));
        }
        ruleFeed = null;
        Graph stated = streamed == null ? null
                : phases.time("reasoning: rule triples a document states", () -> streamed.dropStated(store));
        if (streamed != null) {
            say("rules: %,d triples derived while loading, %,d looked up in the documents, %,d stated by one (dropped)",
                    streamed.derived().size() + stated.size(), streamed.lookedUp(), stated.size());
        }
        StreamedGraph besideRead = streamed != null ? besideStreamed : null;
        besideStreamed = null;
        java.util.concurrent.CompletableFuture<Model> besideGraph = beside == null ? null
                : besideRead != null ? java.util.concurrent.CompletableFuture.completedFuture(
                        phases.time(beside.graphIri().substring(beside.graphIri().lastIndexOf('/') + 1)
                                + " graph made from what was read while loading", besideRead::graph))
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> phases.time(beside.phase(), () -> beside.reader().apply(store)),
                        r -> {
                            Thread t = new Thread(r, "exokg-beside-reasoning");
                            t.setDaemon(true);
                            t.start();
                        });
        if (inference.isPresent()) {
            InferenceStep step = inference.get();
            try {
                long t = System.nanoTime();
                inferred = streamed != null ? step.infer(store, phases, streamed.derived()) // reads only
                        : step.infer(store, phases);
                phases.add("reasoning", System.nanoTime() - t);
            } catch (Exception e) {
                failures++;
                error(errors, "inference " + step.name() + ": " + oneLine(e));
            }
        }
        Model besideResult = null;
        if (besideGraph != null) {
            try {
                besideResult = besideGraph.join();
            } catch (java.util.concurrent.CompletionException e) {
                failures++;
                error(errors, beside.phase() + ": " + oneLine(e.getCause()));
            }
        }
        Model besideWritten = besideResult;
        Map<String, Model> derived = inferred;
        // after a bulk load (a staged store), the derived graphs the store does not hold yet (all but the rules' part of
        // the inferred graph) are added through the parallel loader rather than one quad at a time in the final
        // transaction: at 10,000 documents that transaction spent 22.8 s inserting the conflicts graph's 596 k quads
        Set<String> added = new HashSet<>();
        if (bulk) {
            long t = System.nanoTime();
            long quads = addDerived(derived, streamed, stated, beside == null ? null : beside.graphIri(), besideWritten, added);
            if (!added.isEmpty()) {
                phases.add("derived graphs added by the parallel loader", System.nanoTime() - t);
                say("derived graphs: %,d quads added by the parallel loader %s", quads, added.stream().sorted().toList());
            }
        }
        // one write transaction for every graph written after the documents (see withFinalGraphs)
        long[] written = {0};
        long transaction = System.nanoTime();
        store.write(() -> {
            phases.time("inferred and conflicts graphs written", () -> {
                if (streamed != null && !derived.containsKey(ExoKg.INFERRED_GRAPH)) {
                    // the step failed after the load: no inferred graph, as when it fails without streamed rules
                    store.dataset().asDatasetGraph().removeGraph(NodeFactory.createURI(ExoKg.INFERRED_GRAPH));
                }
                derived.forEach((iri, model) -> {
                    if (streamed != null && iri.equals(ExoKg.INFERRED_GRAPH)) {
                        completeInferred(model.getGraph(), streamed.derived().getGraph(), stated, !added.contains(iri));
                    } else if (!added.contains(iri)) {
                        store.dataset().replaceNamedModel(iri, model);
                    }
                });
            });
            if (!derived.isEmpty()) {
                say("inference (%s): %s", inference.get().name(), derived.keySet());
            }
            if (besideWritten != null) {
                if (!added.contains(beside.graphIri())) {
                    store.dataset().replaceNamedModel(beside.graphIri(), besideWritten);
                }
                besideModel = besideWritten;
            }
            finalGraphs.run();
            written[0] = System.nanoTime();
        });
        phases.add("commit of the final transaction", System.nanoTime() - (written[0] == 0 ? transaction : written[0]));
        return report(files.size(), batch, failures, removed, start, errors);
    }

    /**
     * From how many derived quads a build adds them through the parallel loader ({@link #addDerived}): the 1,000-document
     * corpus of ScaleCorpus gives about 60,000 (conflicts), 10,000 documents about 600,000.
     */
    static final long PARALLEL_DERIVED_FROM = 50_000;

    private long parallelDerivedFrom = PARALLEL_DERIVED_FROM;

    /** Tests: the number of derived quads from which they are added by the parallel loader (0: always). */
    CorpusLoader withParallelDerivedFrom(long quads) {
        this.parallelDerivedFrom = quads;
        return this;
    }

    /** Documents given to the rules at a time while they stream (as {@code StoreReasoning} reads them from a store). */
    static final int RULE_BATCH = 200;

    /** About how many triples a document graph holds (generated abstracts: ~960), to size the rule feed's filter. */
    private static final long EXPECTED_TRIPLES_PER_FILE = 1_000;

    /**
     * After a bulk load, before the final transaction: streams into the parallel loader ({@link BulkLoad#add}) each
     * derived graph the store does not hold yet (the conflicts graph; the graph beside the reasoning, {@code besideGraph}
     * / {@code besideModel}), and the triples reasoning adds to the rules' triples already loaded into the inferred
     * graph ({@code loaded}, of which {@code stated} are deleted again in the final transaction, see
     * {@link #completeInferred}). A graph the store already holds (carried over) is left to be replaced in the final
     * transaction. The graphs it streamed are put in {@code added}; returns the quads loaded. Below
     * {@link #PARALLEL_DERIVED_FROM} quads it loads nothing (they are written in the final transaction, as before): the
     * load is a write transaction of its own, whose copies of the index blocks it touches the final transaction copies
     * again, which on a small store nearly doubles its size (and makes the build compact it).
     */
    private long addDerived(Map<String, Model> derived, DocumentRuleFeed streamed, Graph stated, String besideGraph,
                            Model besideModel, Set<String> added) {
        Map<String, Graph> toAdd = new java.util.LinkedHashMap<>();
        derived.forEach((iri, model) -> {
            boolean rulesLoaded = streamed != null && iri.equals(ExoKg.INFERRED_GRAPH);
            if (rulesLoaded || !store.containsGraph(iri)) {
                toAdd.put(iri, model.getGraph());
            }
        });
        if (besideModel != null && !store.containsGraph(besideGraph)) {
            toAdd.put(besideGraph, besideModel.getGraph());
        }
        long size = 0;
        for (var e : toAdd.entrySet()) {
            size += e.getValue().size() - (streamed != null && e.getKey().equals(ExoKg.INFERRED_GRAPH) ? streamed.derived().size() : 0);
        }
        if (toAdd.isEmpty() || size < parallelDerivedFrom) {
            return 0;
        }
        added.addAll(toAdd.keySet());
        return BulkLoad.add(store, out -> toAdd.forEach((iri, graph) -> {
            Node g = NodeFactory.createURI(iri);
            if (streamed != null && iri.equals(ExoKg.INFERRED_GRAPH)) {
                Graph loaded = streamed.derived().getGraph();
                graph.find().forEachRemaining(t -> {
                    if (!loaded.contains(t) && !stated.contains(t)) {
                        out.quad(Quad.create(g, t));
                    }
                });
            } else {
                graph.find().forEachRemaining(t -> out.quad(Quad.create(g, t)));
            }
        }));
    }

    /**
     * Inside the final write transaction: makes the inferred graph, which holds the rules' triples loaded with the
     * documents ({@code loaded}, less {@code stated}, which were loaded too), equal to {@code inferred}: deletes
     * the stated ones it does not hold and (when {@code addNew}; otherwise {@link #addDerived} loaded them) adds
     * what the step added to the rules' triples (classification, provenance), so the graph is what replacing it
     * by {@code inferred} would give.
     */
    private void completeInferred(Graph inferred, Graph loaded, Graph stated, boolean addNew) {
        var dsg = store.dataset().asDatasetGraph();
        Node g = NodeFactory.createURI(ExoKg.INFERRED_GRAPH);
        stated.find().forEachRemaining(t -> {
            if (!inferred.contains(t)) {
                dsg.delete(g, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
        if (!addNew) {
            return;
        }
        inferred.find().forEachRemaining(t -> {
            if (!loaded.contains(t) && !stated.contains(t)) {
                dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
    }

    /** Adds or replaces the documents of the given files, each in its own transaction; other graphs are untouched. */
    public Report ingest(List<Path> files) {
        long start = System.nanoTime();
        List<String> errors = new ArrayList<>();
        SourceIndex index = SourceIndex.read(store.location());
        Set<String> present = new HashSet<>(store.documentGraphNames());
        Batch batch = new Batch();
        load(files, index, present, index, batch, errors, outcome -> storeOutcome(outcome, index, batch, errors));
        index.write(store.location());
        return report(files.size(), batch, batch.failures, 0, start, errors);
    }

    /** The document files under {@code corpusDir} (recursively, hidden directories skipped), sorted; none if it does not exist. */
    public static List<Path> corpusFiles(Path corpusDir) {
        if (!Files.isDirectory(corpusDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(corpusDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !inHiddenDirectory(corpusDir.relativize(f)))
                    .filter(CorpusLoader::isDocumentFile).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every file is a document (the extractor detects its format from the content) except hidden files,
     * READMEs and metadata sidecars ({@code name.meta.json}, read by the extractor with {@code name.txt}).
     */
    static boolean isDocumentFile(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.toLowerCase(Locale.ROOT).startsWith("readme")
                && !DocumentLoader.isMetadataSidecar(file);
    }

    private static boolean inHiddenDirectory(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    // ---- internals

    private static final class Batch {
        int documents;
        int unchanged;
        int failures;
        int unreadableFiles;
        /** Time the storing thread spent waiting for the workers' next outcome (the loader had nothing new). */
        long waitingNanos;
        final Set<String> graphs = new HashSet<>();
        final Map<String, Path> owners = new java.util.HashMap<>();
    }

    /** One document's graph, its triples already read out of the extractor's model. */
    private record ExtractedGraph(String documentId, String graphIri, List<Triple> triples) {}

    /**
     * What became of one file: its graphs are {@code unchanged} (stored ones reused), or {@code graphs} were
     * extracted (those that failed are in {@code errors}), or the whole file failed ({@code unreadable}).
     */
    private record Outcome(Path file, String fingerprint, List<String> unchanged, List<ExtractedGraph> graphs,
                           List<String> errors, boolean unreadable) {}

    /**
     * Extracts one file and reads its graphs out: the one place where a document's failure is caught and
     * turned into a one-line error for that file (the others go on).
     */
    private Outcome extractFile(Path file, String fingerprint) {
        List<DocumentGraph> graphs;
        try {
            DocumentExtractor documents = extractor.get();
            graphs = budget.run(file, () -> documents.extract(file));
        } catch (DocumentException e) {
            return new Outcome(file, fingerprint, null, List.of(), List.of(oneLine(e)), true);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(file, fingerprint, null, List.of(), List.of(file + ": " + oneLine(e)), true);
        }
        List<ExtractedGraph> extracted = new ArrayList<>();
        for (DocumentGraph graph : graphs) {
            try {
                extracted.add(new ExtractedGraph(graph.documentId(), graph.graphIri(), graph.model().getGraph().find().toList()));
            } catch (RuntimeException e) {
                // the documents of one file are stored together or not at all (a PubMed file must not half-load)
                return new Outcome(file, fingerprint, null, List.of(), List.of(file + ": document " + graph.documentId()
                        + " cannot be stored: " + oneLine(e) + "; none of the file's " + graphs.size()
                        + " document(s) stored"), true);
            }
        }
        return new Outcome(file, fingerprint, null, extracted, List.of(), false);
    }

    /**
     * Runs every file through fingerprinting and (unless unchanged) extraction on the worker pool, and hands
     * the outcomes to {@code sink} on this thread, in file order. At most two files per worker are in
     * flight, so waiting documents do not pile up in memory.
     */
    private void load(List<Path> files, SourceIndex index, Set<String> storedGraphs, SourceIndex next, Batch batch,
                      List<String> errors, Consumer<Outcome> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "exokg-extract");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
        try (WorkProgress bar = WorkProgress.start(progress, "documents", "docs", files.size())) {
            Consumer<Outcome> handle = extracted -> {
                Outcome outcome = claimDocumentIds(extracted, batch);
                outcome.errors().forEach(e -> {
                    errors.add(e);
                    bar.println("exokg: error: " + e);
                });
                if (outcome.unreadable()) {
                    batch.failures++;
                    batch.unreadableFiles++;
                } else {
                    batch.failures += outcome.errors().size();
                }
                sink.accept(outcome);
                if (outcome.unchanged() != null) {
                    batch.unchanged += outcome.unchanged().size();
                    batch.documents += outcome.unchanged().size();
                    batch.graphs.addAll(outcome.unchanged());
                    next.put(outcome.fingerprint(), outcome.unchanged());
                }
                bar.step();
            };
            for (Path file : files) {
                inFlight.add(pool.submit(() -> {
                    String fingerprint = SourceIndex.fingerprint(signature, file);
                    List<String> known = index.graphs(fingerprint);
                    if (known != null && !known.isEmpty() && storedGraphs.containsAll(known)) {
                        return new Outcome(file, fingerprint, known, List.of(), List.of(), false);
                    }
                    return extractFile(file, fingerprint);
                }));
                while (inFlight.size() >= 2 * workers) {
                    handle.accept(next(inFlight, batch));
                }
            }
            while (!inFlight.isEmpty()) {
                handle.accept(next(inFlight, batch));
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    /**
     * Two files of one batch must not give the same document id (x.txt and x.md, or one PMID in two files):
     * the later file is refused as a whole, before any of its ids is claimed, so neither silently replaces
     * the other.
     */
    private static Outcome claimDocumentIds(Outcome outcome, Batch batch) {
        if (outcome.unreadable()) {
            return outcome;
        }
        List<String> iris = outcome.unchanged() != null ? outcome.unchanged()
                : outcome.graphs().stream().map(ExtractedGraph::graphIri).toList();
        for (String iri : iris) {
            Path owner = batch.owners.get(iri);
            if (owner != null && !owner.equals(outcome.file())) {
                String id = iri.substring(iri.lastIndexOf('/') + 1);
                return new Outcome(outcome.file(), outcome.fingerprint(), null, List.of(),
                        List.of(outcome.file() + ": document id " + id + " is already used by " + owner
                                + " (two files with one name stem, or one PMID); not stored"), true);
            }
        }
        iris.forEach(iri -> batch.owners.put(iri, outcome.file()));
        return outcome;
    }

    /** The oldest file's outcome, once it is ready; the time waited for it is added to {@code batch}. */
    private static Outcome next(Deque<Future<Outcome>> inFlight, Batch batch) {
        long start = System.nanoTime();
        try {
            return inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // fingerprinting failed (the file vanished or cannot be read): not a document failure we can isolate
            throw new IllegalStateException(oneLine(e.getCause()), e.getCause());
        } finally {
            batch.waitingNanos += System.nanoTime() - start;
        }
    }

    /** In-place: each extracted document in its own transaction (aborted, store unchanged, on failure). */
    private void storeOutcome(Outcome outcome, SourceIndex index, Batch batch, List<String> errors) {
        if (outcome.unchanged() != null || outcome.unreadable()) {
            return;
        }
        List<String> iris = outcome.graphs().stream().map(ExtractedGraph::graphIri).toList();
        index.forgetGraphs(iris);
        boolean all = outcome.errors().isEmpty();
        outcome.graphs().forEach(graph -> batch.graphs.add(graph.graphIri()));
        try {
            // every document of a file (a PubMed file may hold thousands) in one transaction: an
            // interrupted ingest leaves all of them or none
            List<String> replaced = new ArrayList<>();
            store.write(() -> outcome.graphs().forEach(graph -> {
                replacedSource(graph, outcome.file()).ifPresent(replaced::add);
                store.replaceGraphInTransaction(graph.graphIri(), graph.triples());
            }));
            batch.documents += outcome.graphs().size();
            replaced.forEach(line -> say("warning: %s", line));
        } catch (RuntimeException e) {
            all = false;
            batch.failures++;
            error(errors, outcome.file() + ": " + outcome.graphs().size() + " document(s) not stored: " + oneLine(e));
        }
        if (all) {
            index.put(outcome.fingerprint(), iris);
        }
    }

    /**
     * Inside the write transaction, before {@code graph} replaces a stored one: a line saying so when the stored
     * document was read from a file of another name (x.txt, then x.md in a later run give one document id).
     * The newer file wins, as a build with either file would; the line makes the replacement visible.
     */
    private Optional<String> replacedSource(ExtractedGraph graph, Path file) {
        Node document = NodeFactory.createURI(ClaimGraphWriter.documentIri(graph.documentId()));
        var stored = store.dataset().asDatasetGraph()
                .find(NodeFactory.createURI(graph.graphIri()), document, GraphVocabulary.SOURCE_FILE_NAME.asNode(), Node.ANY);
        String name = file.getFileName().toString();
        while (stored.hasNext()) {
            Node previousName = stored.next().getObject();
            if (previousName.isLiteral() && !previousName.getLiteralLexicalForm().equals(name)) {
                return Optional.of("document id " + graph.documentId() + " (from " + file + ") replaces the one read from "
                        + previousName.getLiteralLexicalForm());
            }
        }
        return Optional.empty();
    }

    /** Bulk: the extracted documents' quads into the loader's stream, unchanged ones copied from the previous store. */
    private void streamOutcome(Outcome outcome, StreamRDF out, Batch batch, SourceIndex next) {
        if (outcome.unchanged() != null) {
            copyGraphs(previous, outcome.unchanged(), out);
            return;
        }
        if (outcome.unreadable()) {
            return;
        }
        for (ExtractedGraph graph : outcome.graphs()) {
            Node g = NodeFactory.createURI(graph.graphIri());
            graph.triples().forEach(t -> out.quad(Quad.create(g, t)));
            batch.graphs.add(graph.graphIri());
            batch.documents++;
        }
        if (outcome.errors().isEmpty()) {
            next.put(outcome.fingerprint(), outcome.graphs().stream().map(ExtractedGraph::graphIri).toList());
        }
    }

    /**
     * Bulk, after the documents: the previous store's graphs this build does not make from the corpus (derived
     * graphs are rewritten by the later steps, the ontology graph is replaced if its file loads), and, when some file could not be read or the corpus is missing, the previous graphs of
     * documents not seen in this build.
     */
    private void carryOver(GraphStore source, Batch batch, boolean corpusExists, boolean ontologyLoaded, StreamRDF out) {
        boolean keepUnseen = !corpusExists || batch.unreadableFiles > 0;
        List<String> carried = new ArrayList<>();
        for (String graph : source.graphNames()) {
            boolean document = graph.startsWith(GraphStore.DOCUMENT_GRAPH_PREFIX);
            // the ontology graph is carried over unless this build loaded its file: a file that fails must leave it as it was
            boolean remade = rewritten.contains(graph) || ontologyLoaded && graph.equals(ExoKg.ONTOLOGY_GRAPH)
                    || inference.isPresent() && (graph.equals(ExoKg.INFERRED_GRAPH) || graph.equals(ExoKg.CONFLICTS_GRAPH));
            if (document ? keepUnseen && !batch.graphs.contains(graph) : !remade) {
                carried.add(graph);
            }
        }
        copyGraphs(source, carried, out);
        if (keepUnseen && carried.stream().anyMatch(g -> g.startsWith(GraphStore.DOCUMENT_GRAPH_PREFIX)) && corpusExists) {
            say("warning: %d file(s) could not be read, so graphs of documents not seen in this build are kept",
                    batch.unreadableFiles);
        }
    }

    /** Streams named graphs of {@code from} (one read transaction) into {@code out}. */
    private static void copyGraphs(GraphStore from, List<String> graphs, StreamRDF out) {
        from.read(dsg -> {
            for (String graph : graphs) {
                dsg.find(NodeFactory.createURI(graph), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::quad);
            }
        });
    }

    /**
     * One bulk load into the (empty) store ({@link BulkLoad}); its line says how much of it was spent waiting for
     * extracted documents ({@code batch}'s waiting time), so that the load alone can be compared with tdbloader.
     */
    private void bulkLoad(Batch batch, Consumer<StreamRDF> feed) {
        BulkLoad.Timing timing = BulkLoad.into(store, feed, () -> batch.waitingNanos);
        bulkLoaded = StoreFootprint.of(store, timing.quads());
        say("%s", timing.describe());
    }

    private Report report(int files, Batch batch, int failures, int removed, long start, List<String> errors) {
        return new Report(files, batch.documents, failures, removed, store.tripleCount(), store.graphNames().size(),
                Duration.ofNanos(System.nanoTime() - start), List.copyOf(errors), batch.unchanged);
    }

    private void say(String format, Object... args) {
        if (progress != null) {
            progress.println("exokg: " + String.format(Locale.ROOT, format, args));
        }
    }

    private void error(List<String> errors, String message) {
        errors.add(message);
        if (progress != null) {
            progress.println("exokg: error: " + message);
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
