package org.exokg.store;

import static org.exokg.testing.TestDocuments.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.exokg.ExoKg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {

    /** One TDB2 database for the class (creating one takes most of a second), emptied before each test. */
    @TempDir
    static Path storeDir;

    static GraphStore store;

    @TempDir
    Path dir;

    Path corpus;
    Path ontology;
    ByteArrayOutputStream progress;

    @BeforeAll
    static void openStore() {
        store = GraphStore.open(storeDir);
    }

    @BeforeEach
    void setUp() throws IOException {
        store.write(() -> store.dataset().asDatasetGraph().clear());
        assertTrue(store.isEmpty());
        corpus = dir.resolve("corpus");
        ontology = write(dir, "exokg.ttl", ONTOLOGY_TTL);
        write(corpus, "doc-a.txt", documentTtl("doc-a", "Milk exosomes", "Milk"));
        write(corpus, "doc-b.txt", documentTtl("doc-b", "Dendritic cell exosomes", "DendriticCell"));
        write(corpus, "README.md", "not a document");
        progress = new ByteArrayOutputStream();
    }

    private CorpusLoader loader() {
        return new CorpusLoader(store, () -> TURTLE_EXTRACTOR, new PrintStream(progress, true, StandardCharsets.UTF_8));
    }

    private String progress() {
        return progress.toString(StandardCharsets.UTF_8);
    }

    /** An in-memory copy of the whole store (all quads), for comparisons. */
    private DatasetGraph snapshot() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(store.dataset(), () -> RDFDataMgr.write(out, store.dataset(), Lang.NQUADS));
        DatasetGraph copy = DatasetGraphFactory.create();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.NQUADS).parse(copy);
        return copy;
    }

    private boolean ask(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (var qe = QueryExecutionFactory.create(PREFIXES + query, store.dataset())) {
                return qe.execAsk();
            }
        });
    }

    @Test
    void buildLoadsOntologyAndOneGraphPerDocument() {
        CorpusLoader.Report report = loader().build(ontology, corpus);

        assertTrue(report.ok(), report.errors().toString());
        assertEquals(2, report.documents());
        assertEquals(2, report.files(), "README.md is not a document");
        assertEquals(List.of(ExoKg.documentGraph("doc-a"), ExoKg.documentGraph("doc-b"), ExoKg.ONTOLOGY_GRAPH),
                store.graphNames());
        assertTrue(store.graph(ExoKg.ONTOLOGY_GRAPH).isIsomorphicWith(ontology()));
        assertTrue(store.graph(graphIri("doc-a")).isIsomorphicWith(document("doc-a", "Milk exosomes", "Milk").model()));
        assertTrue(ask("ASK { GRAPH <" + graphIri("doc-b") + "> { exokg:Exosome exokg:derivedFrom exokg:DendriticCell } }"));
        assertFalse(ask("ASK { GRAPH <" + graphIri("doc-a") + "> { exokg:Exosome exokg:derivedFrom exokg:DendriticCell } }"));
        assertEquals(store.tripleCount(), report.triples());
        assertTrue(progress().contains("documents: 2 docs in"), progress());
        assertTrue(report.summary("build", storeDir).contains("2 documents from 2 files, 0 failed"));
    }

    /**
     * The bulk load's line separates the time it waited for extracted documents from the load alone: with an
     * extractor that takes 250 ms a document and one worker, the load waits at least that long for each.
     */
    @Test
    void bulkLoadSaysHowLongItWaitedForExtraction() {
        DocumentExtractor slow = file -> {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return TURTLE_EXTRACTOR.extract(file);
        };
        CorpusLoader.Report report = new CorpusLoader(store, () -> slow, new PrintStream(progress, true, StandardCharsets.UTF_8))
                .withWorkers(1).build(ontology, corpus);

        assertTrue(report.ok(), report.errors().toString());
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("bulk load: ([\\d,]+) quads \\(([\\d.]+) s, of which "
                + "([\\d.]+) s waiting for extracted documents and ([\\d.]+) s finishing the indexes; loading alone ([\\d.]+) s")
                .matcher(progress());
        assertTrue(line.find(), progress());
        assertEquals(store.tripleCount(), Long.parseLong(line.group(1).replace(",", "")), "every quad went through the load");
        double total = Double.parseDouble(line.group(2));
        double waiting = Double.parseDouble(line.group(3));
        double alone = Double.parseDouble(line.group(5));
        assertTrue(waiting >= 0.4, "two documents of 250 ms each were waited for: " + line.group());
        assertTrue(waiting <= total, "printed to a tenth of a second: " + line.group());
        assertEquals(total - waiting, alone, 0.11, "the load alone is the rest of the load's time: " + line.group());
    }

    @Test
    void buildIsIdempotent() {
        loader().build(ontology, corpus);
        DatasetGraph first = snapshot();
        long firstCount = store.tripleCount();

        CorpusLoader.Report again = loader().build(ontology, corpus);

        assertTrue(again.ok());
        assertEquals(firstCount, store.tripleCount());
        // blank nodes (evidence targets) are new after a replace, so compare up to blank-node renaming
        assertTrue(IsoMatcher.isomorphic(first, snapshot()), "second build gives the same store");
    }

    @Test
    void changedDocumentReplacesItsGraph() throws IOException {
        loader().build(ontology, corpus);
        write(corpus, "doc-a.txt", documentTtl("doc-a", "Milk exosomes, revised", "BodyFluid"));

        loader().build(ontology, corpus);

        Model stored = store.graph(graphIri("doc-a"));
        assertTrue(stored.isIsomorphicWith(document("doc-a", "Milk exosomes, revised", "BodyFluid").model()));
        assertFalse(ask("ASK { GRAPH ?g { exokg:Exosome exokg:derivedFrom exokg:Milk } }"), "old content gone");
        assertFalse(ask("ASK { ?d <http://purl.org/dc/terms/title> \"Milk exosomes\" }"));
    }

    @Test
    void removedDocumentGraphDisappears() throws IOException {
        loader().build(ontology, corpus);
        Files.delete(corpus.resolve("doc-b.txt"));

        CorpusLoader.Report report = loader().build(ontology, corpus);

        assertEquals(1, report.removedGraphs());
        assertEquals(List.of(graphIri("doc-a"), ExoKg.ONTOLOGY_GRAPH), store.graphNames());
        assertFalse(ask("ASK { GRAPH ?g { ?s ?p exokg:DendriticCell } }"));
    }

    @Test
    void aMissingCorpusDirectoryRemovesNothing() {
        loader().build(ontology, corpus);

        CorpusLoader.Report report = loader().build(ontology, dir.resolve("mistyped"));

        assertEquals(0, report.removedGraphs());
        assertEquals(2, store.documentGraphNames().size());
        assertTrue(progress().contains("warning: no corpus directory"), progress());
    }

    @Test
    void documentFailingMidWayLeavesStoreUnchanged() {
        loader().build(ontology, corpus);
        DatasetGraph before = snapshot();

        // an existing document whose new version fails after 5 triples, and a new one that fails likewise
        DocumentExtractor failing = file -> List.of(
                failingDocument("doc-a", "Broken", "Plant", 5),
                failingDocument("doc-new", "Broken too", "Plant", 5),
                document("doc-c", "Fine", "Cell"));
        CorpusLoader.Report report = new CorpusLoader(store, () -> failing, null).ingest(List.of(corpus.resolve("x.txt")));

        // the documents of one file are stored in one transaction: all of them or none
        assertEquals(1, report.failures());
        assertEquals(0, report.documents());
        assertTrue(report.errors().get(0).contains("simulated failure"), report.errors().toString());
        assertFalse(report.ok());
        // doc-a as before, doc-new and doc-c absent
        assertTrue(IsoMatcher.isomorphic(before, snapshot()), "failed documents left no trace");
        assertFalse(ask("ASK { GRAPH ?g { ?s ?p exokg:Plant } }"));
    }

    @Test
    void unreadableFileIsReportedAndOthersAreLoaded() throws IOException {
        loader().build(ontology, corpus);
        Model docBBefore = store.graph(graphIri("doc-b"));
        write(corpus, "doc-b.txt", "this is { not turtle");
        write(corpus, "doc-c.txt", documentTtl("doc-c", "Cells", "Cell"));

        CorpusLoader.Report report = loader().build(ontology, corpus);

        assertEquals(1, report.failures());
        assertEquals(1, report.errors().size());
        assertTrue(report.errors().get(0).contains("doc-b.txt"), report.errors().toString());
        assertFalse(report.errors().get(0).contains("\n"), "one line");
        assertTrue(store.graph(graphIri("doc-b")).isIsomorphicWith(docBBefore), "doc-b unchanged");
        assertTrue(store.containsGraph(graphIri("doc-c")), "the other files are still loaded");
        assertTrue(progress().contains("error: "), progress());
    }

    @Test
    void graphsOfUnreadableFilesAreNotRemoved() throws IOException {
        loader().build(ontology, corpus);
        write(corpus, "doc-b.txt", "broken");

        CorpusLoader.Report report = loader().build(ontology, corpus);

        assertEquals(0, report.removedGraphs());
        assertTrue(store.containsGraph(graphIri("doc-b")));
    }

    @Test
    void ingestAddsAndReplacesDocumentsOnly() throws IOException {
        loader().build(ontology, corpus);
        Path extra = write(dir.resolve("incoming"), "doc-d.txt", documentTtl("doc-d", "Plant vesicles", "Plant"));
        Path bad = write(dir.resolve("incoming"), "doc-e.txt", "@prefix broken");

        CorpusLoader.Report report = loader().ingest(List.of(bad, extra));

        assertEquals(1, report.documents());
        assertEquals(1, report.failures());
        assertTrue(store.containsGraph(graphIri("doc-d")));
        assertFalse(store.containsGraph(graphIri("doc-e")));
        assertTrue(store.containsGraph(graphIri("doc-a")), "ingest removes nothing");
        assertTrue(ask("ASK { GRAPH <" + graphIri("doc-d") + "> { exokg:Exosome exokg:derivedFrom exokg:Plant } }"));
    }

    @Test
    void inferenceStepWritesTheInferredGraph() {
        InferenceStep step = s -> {
            Model m = ModelFactory.createDefaultModel();
            m.add(ResourceFactory.createResource(ExoKg.NS + "Milk"),
                    org.apache.jena.vocabulary.RDFS.subClassOf, ResourceFactory.createResource(ExoKg.NS + "VesicleSource"));
            return Map.of(ExoKg.INFERRED_GRAPH, m);
        };
        CorpusLoader.Report report = loader().withInference(step).build(ontology, corpus);

        assertTrue(report.ok());
        assertTrue(ask("ASK { GRAPH <" + ExoKg.INFERRED_GRAPH + "> { exokg:Milk rdfs:subClassOf exokg:VesicleSource } }"));
    }

    @Test
    void missingOntologyIsAWarningNotAFailure() {
        CorpusLoader.Report report = loader().build(dir.resolve("none.ttl"), corpus);
        assertTrue(report.ok());
        assertEquals(2, report.documents());
        assertTrue(progress().contains("warning: no ontology file"));
    }

    @Test
    void corpusFilesAreSortedDocumentsOnly() throws IOException {
        write(corpus.resolve("sub"), "pmc-1.nxml", "<article/>");
        write(corpus.resolve("sub"), "notes.md", "# Notes");
        write(corpus, "doc-a.meta.json", "{}");
        write(corpus, ".hidden.txt", "x");
        write(corpus.resolve(".git"), "config", "x");
        assertEquals(List.of(corpus.resolve("doc-a.txt"), corpus.resolve("doc-b.txt"), corpus.resolve("sub/notes.md"),
                        corpus.resolve("sub/pmc-1.nxml")),
                CorpusLoader.corpusFiles(corpus));
        assertEquals(List.of(), CorpusLoader.corpusFiles(dir.resolve("absent")));
    }

    /** The Turtle extractor, counting the files it reads (from any worker thread). */
    private static final class CountingExtractor implements DocumentExtractor {
        final java.util.concurrent.atomic.AtomicInteger files = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public List<org.exokg.rdf.DocumentGraph> extract(Path file) throws org.exokg.document.DocumentException {
            files.incrementAndGet();
            return TURTLE_EXTRACTOR.extract(file);
        }
    }

    @Test
    void unchangedFilesAreNotExtractedAgain() throws IOException {
        CountingExtractor counting = new CountingExtractor();
        new CorpusLoader(store, () -> counting, null).withSignature("v1").build(ontology, corpus);
        assertEquals(2, counting.files.get());
        write(corpus, "doc-b.txt", documentTtl("doc-b", "Dendritic cell exosomes, revised", "Plant"));

        CorpusLoader.Report report = new CorpusLoader(store, () -> counting, null).withSignature("v1").build(ontology, corpus);

        assertEquals(3, counting.files.get(), "only the changed file is read again");
        assertEquals(1, report.unchanged());
        assertEquals(2, report.documents());
        assertTrue(ask("ASK { GRAPH <" + graphIri("doc-b") + "> { exokg:Exosome exokg:derivedFrom exokg:Plant } }"));
        assertTrue(ask("ASK { GRAPH <" + graphIri("doc-a") + "> { exokg:Exosome exokg:derivedFrom exokg:Milk } }"));

        // another extractor (new code or ontology) reads everything again
        new CorpusLoader(store, () -> counting, null).withSignature("v2").build(ontology, corpus);
        assertEquals(5, counting.files.get());
    }

    @Test
    void aFreshStoreCopiesUnchangedDocumentsFromThePreviousOne(@TempDir Path nextDir) throws IOException {
        loader().withSignature("v1").build(ontology, corpus);
        store.replaceGraph(ExoKg.GRAPH_NS + "curated", document("doc-z", "Added by a curator", "Cell").model());
        write(corpus, "doc-c.txt", documentTtl("doc-c", "Cells", "Cell"));
        Files.delete(corpus.resolve("doc-a.txt"));
        CountingExtractor counting = new CountingExtractor();
        GraphStore next = GraphStore.open(nextDir);
        try {
            CorpusLoader.Report report = new CorpusLoader(next, () -> counting, null).withPrevious(store)
                    .withSignature("v1").withWorkers(2).build(ontology, corpus);

            assertEquals(1, counting.files.get(), "only the new file is extracted");
            assertEquals(1, report.unchanged());
            assertEquals(1, report.removedGraphs(), "doc-a is gone");
            assertEquals(List.of(ExoKg.GRAPH_NS + "curated", graphIri("doc-b"), graphIri("doc-c"), ExoKg.ONTOLOGY_GRAPH),
                    next.graphNames());
            assertTrue(next.graph(graphIri("doc-b")).isIsomorphicWith(store.graph(graphIri("doc-b"))));
            assertTrue(next.graph(ExoKg.GRAPH_NS + "curated").isIsomorphicWith(store.graph(ExoKg.GRAPH_NS + "curated")),
                    "graphs the build does not make are carried over");
            assertTrue(next.graph(graphIri("doc-c")).isIsomorphicWith(document("doc-c", "Cells", "Cell").model()));
        } finally {
            next.release();
        }
    }

    @Test
    void parallelExtractionGivesTheSameStoreAsOneWorker() throws IOException {
        for (int i = 0; i < 12; i++) {
            write(corpus, String.format("doc-p%02d.txt", i), documentTtl("doc-p" + i, "Paper " + i, i % 2 == 0 ? "Milk" : "Plant"));
        }
        loader().withWorkers(1).build(ontology, corpus);
        DatasetGraph one = snapshot();
        store.write(() -> store.dataset().asDatasetGraph().clear());

        CorpusLoader.Report report = loader().withWorkers(3).build(ontology, corpus);

        assertEquals(14, report.documents());
        assertTrue(IsoMatcher.isomorphic(one, snapshot()), "3 workers store what 1 worker stores");
    }

    @Test
    void aFreshStoreKeepsThePreviousOntologyGraphWhenTheOntologyFileIsBroken(@TempDir Path nextDir) throws IOException {
        loader().build(ontology, corpus);
        Path broken = write(dir, "broken.ttl", "@prefix broken");
        GraphStore next = GraphStore.open(nextDir);
        try {
            CorpusLoader.Report report = new CorpusLoader(next, () -> TURTLE_EXTRACTOR, null).withPrevious(store)
                    .build(broken, corpus);
            assertEquals(1, report.failures(), report.errors().toString());
            assertTrue(next.graph(ExoKg.ONTOLOGY_GRAPH).isIsomorphicWith(ontology()), "the ontology graph as it was");
        } finally {
            next.release();
        }
    }
}
