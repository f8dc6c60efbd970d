package org.exokg.store;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.exokg.ExoKg;
import org.exokg.document.DocumentBudget;
import org.exokg.document.DocumentException;
import org.exokg.document.DocumentLoader;
import org.exokg.rdf.DocumentGraph;

/**
 * Fills a {@link GraphStore} from the ontology and the corpus: {@code exokg build} and {@code exokg ingest}.
 *
 * <p>Each document is written in its own transaction, so a document that fails (unreadable file, or an
 * error while its triples are stored) leaves its graph exactly as it was and the others are still loaded.
 * A build is idempotent: document graphs are replaced, not merged, and graphs of documents no longer in the
 * corpus are removed (only when every corpus file could be read: a file that failed may still own some of
 * them).
 */
public final class CorpusLoader {

    private final GraphStore store;
    private final Supplier<DocumentExtractor> extractor;
    private final PrintStream progress;
    private Optional<InferenceStep> inference = Optional.empty();
    private DocumentBudget budget = DocumentBudget.defaults();

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

    /** What a build or an ingest did. */
    public record Report(int files, int documents, int failures, int removedGraphs, long triples,
                         int graphs, Duration elapsed, List<String> errors) {
        public boolean ok() {
            return failures == 0;
        }

        /** The same report with the store's size re-read, for steps that wrote graphs after it was made. */
        public Report withStoreSize(GraphStore store) {
            return new Report(files, documents, failures, removedGraphs, store.tripleCount(), store.graphNames().size(),
                    elapsed, errors);
        }

        public String summary(String verb, Path location) {
            return String.format(Locale.ROOT,
                    "exokg %s: %d document%s from %d file%s, %d failed, %d graph%s removed; store %s: %,d triples in %d graphs (%.1f s)",
                    verb, documents, documents == 1 ? "" : "s", files, files == 1 ? "" : "s", failures,
                    removedGraphs, removedGraphs == 1 ? "" : "s", location, triples, graphs,
                    elapsed.toMillis() / 1000.0);
        }
    }

    /**
     * The full build: the ontology file (if it exists) as the ontology graph, every document file under
     * {@code corpusDir}, removal of graphs of documents no longer there, then the inference step (if any).
     */
    public Report build(Path ontologyFile, Path corpusDir) {
        long start = System.nanoTime();
        List<String> errors = new ArrayList<>();
        int failures = 0;
        if (Files.isRegularFile(ontologyFile)) {
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

        boolean corpusExists = Files.isDirectory(corpusDir);
        if (!corpusExists) {
            say("warning: no corpus directory at %s; no documents loaded, none removed", corpusDir);
        }
        List<Path> files = corpusFiles(corpusDir);
        Batch batch = load(files, start, errors);
        failures += batch.failures;

        int removed = 0;
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

        if (inference.isPresent()) {
            InferenceStep step = inference.get();
            try {
                Map<String, Model> inferred = step.infer(store);
                store.write(() -> inferred.forEach((iri, model) -> store.dataset().replaceNamedModel(iri, model)));
                say("inference (%s): %s", step.name(), inferred.keySet());
            } catch (Exception e) {
                failures++;
                error(errors, "inference " + step.name() + ": " + oneLine(e));
            }
        }
        return report(files.size(), batch.documents, failures, removed, start, errors);
    }

    /** Adds or replaces the documents of the given files; other graphs are untouched. */
    public Report ingest(List<Path> files) {
        long start = System.nanoTime();
        List<String> errors = new ArrayList<>();
        Batch batch = load(files, start, errors);
        return report(files.size(), batch.documents, batch.failures, 0, start, errors);
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
        int failures;
        int unreadableFiles;
        final Set<String> graphs = new HashSet<>();
        final Map<String, Path> owners = new java.util.HashMap<>();
    }

    private Batch load(List<Path> files, long start, List<String> errors) {
        Batch batch = new Batch();
        int done = 0;
        for (Path file : files) {
            done++;
            List<DocumentGraph> graphs;
            try {
                DocumentExtractor documents = extractor.get();
                graphs = budget.run(file, () -> documents.extract(file));
                for (DocumentGraph graph : graphs) {
                    Path owner = batch.owners.get(graph.graphIri());
                    if (owner != null && !owner.equals(file)) {
                        throw new DocumentException(file, "document id " + graph.documentId() + " is already used by "
                                + owner + " (two files with one name stem, or one PMID); not stored");
                    }
                }
                graphs.forEach(graph -> batch.owners.put(graph.graphIri(), file));
            } catch (DocumentException e) {
                batch.failures++;
                batch.unreadableFiles++;
                error(errors, oneLine(e));
                continue;
            } catch (RuntimeException e) {
                batch.failures++;
                batch.unreadableFiles++;
                error(errors, file + ": " + oneLine(e));
                continue;
            }
            long triples = 0;
            List<DocumentGraph> extracted = graphs;
            extracted.forEach(graph -> batch.graphs.add(graph.graphIri()));
            try {
                // every document of a file (a PubMed file may hold thousands) in one transaction: an
                // interrupted ingest leaves all of them or none
                store.write(() -> extracted.forEach(g -> store.dataset().replaceNamedModel(g.graphIri(), g.model())));
                batch.documents += graphs.size();
                triples = graphs.stream().mapToLong(g -> g.model().size()).sum();
            } catch (RuntimeException e) {
                batch.failures++;
                error(errors, file + ": " + graphs.size() + " document(s) not stored: " + oneLine(e));
            }
            say("[%d/%d] %s: %d document%s, %,d triples (%.1f s)", done, files.size(), file, graphs.size(),
                    graphs.size() == 1 ? "" : "s", triples, (System.nanoTime() - start) / 1e9);
        }
        return batch;
    }

    private Report report(int files, int documents, int failures, int removed, long start, List<String> errors) {
        return new Report(files, documents, failures, removed, store.tripleCount(), store.graphNames().size(),
                Duration.ofNanos(System.nanoTime() - start), List.copyOf(errors));
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
