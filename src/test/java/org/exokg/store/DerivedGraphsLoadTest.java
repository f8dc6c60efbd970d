package org.exokg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.exokg.ExoKg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After its bulk load, a build adds the derived graphs (conflicts, the reasoning's part of the inferred graph, the
 * statements summary) through TDB2's parallel loader instead of one quad at a time in its final transaction (issue
 * 16, branch buildtail): the store then holds exactly what the transaction wrote, and a load that fails leaves the
 * store in service as it was.
 */
class DerivedGraphsLoadTest {

    @TempDir
    Path dir;

    private static final Path ONTOLOGY = Path.of(ExoKg.ONTOLOGY_FILE);
    private static final List<String> DERIVED = List.of(ExoKg.INFERRED_GRAPH, ExoKg.CONFLICTS_GRAPH, ExoKg.STATEMENTS_GRAPH);

    private Path corpus() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (String name : List.of("exosome-nanocarriers-summary.txt", "exosome-nanocarriers-summary.meta.json",
                "exosome-drug-carriers-cancer-review.txt", "exosome-drug-carriers-cancer-review.meta.json")) {
            Files.copy(Path.of("corpus", name), corpus.resolve(name));
        }
        return corpus;
    }

    private static CorpusLoader loader(GraphStore store, InferenceStep step, ByteArrayOutputStream out) {
        return new CorpusLoader(store, () -> DocumentExtractor.fromOntology(ONTOLOGY, false), new PrintStream(out, true, StandardCharsets.UTF_8))
                .withInference(step)
                .withGraphBesideReasoning(ExoKg.STATEMENTS_GRAPH, "statements summary",
                        s -> StatementSummary.describe(s.dataset()), StatementSummary.Tally::new);
    }

    /** When each build ran (as StoreFingerprint, these are left out: two builds differ in them). */
    private static final java.util.Set<String> TIME_STAMPS = java.util.Set.of("http://www.w3.org/ns/prov#endedAtTime",
            "http://purl.org/dc/terms/modified", "http://purl.org/dc/terms/issued");

    /** Copies of the store's graphs, time stamps left out. */
    private static Map<String, Model> copies(GraphStore store, List<String> graphs) {
        Map<String, Model> copies = new HashMap<>();
        for (String g : graphs) {
            Model m = ModelFactory.createDefaultModel();
            store.read(dsg -> dsg.find(org.apache.jena.graph.NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> {
                        if (!TIME_STAMPS.contains(q.getPredicate().getURI())) {
                            m.getGraph().add(q.asTriple());
                        }
                    }));
            copies.put(g, m);
        }
        return copies;
    }

    @Test
    void theParallelLoaderWritesWhatTheTransactionWrote() throws Exception {
        Path corpus = corpus();
        InferenceStep step = InferenceStep.discover().orElseThrow();
        ByteArrayOutputStream loaded = new ByteArrayOutputStream();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (GraphStore a = GraphStore.open(dir.resolve("loaded")); GraphStore b = GraphStore.open(dir.resolve("written"))) {
            assertTrue(loader(a, step, loaded).withParallelDerivedFrom(0).build(ONTOLOGY, corpus).ok(), loaded.toString());
            assertTrue(loader(b, step, written).build(ONTOLOGY, corpus).ok(), written.toString());
            // the small store stays below the threshold: its derived graphs go into the final transaction, as before
            assertFalse(written.toString().contains("added by the parallel loader"), written.toString());
            assertTrue(loaded.toString().contains("added by the parallel loader [" + ExoKg.CONFLICTS_GRAPH + ", "
                    + ExoKg.INFERRED_GRAPH + ", " + ExoKg.STATEMENTS_GRAPH + "]"), loaded.toString());

            assertEquals(b.graphNames(), a.graphNames());
            Map<String, Model> fromLoader = copies(a, DERIVED);
            Map<String, Model> fromTransaction = copies(b, DERIVED);
            for (String g : DERIVED) {
                Model x = fromLoader.get(g);
                Model y = fromTransaction.get(g);
                assertTrue(y.size() > 100, g + " holds something: " + y.size());
                assertEquals(y.size(), x.size(), g);
                assertTrue(x.isIsomorphicWith(y), g + ": only loaded " + x.difference(y) + "; only written " + y.difference(x));
            }
            // the conflicts graph holds the reasoning's findings, not just any quads
            assertTrue(fromLoader.get(ExoKg.CONFLICTS_GRAPH).listSubjects().toList().stream()
                    .anyMatch(r -> r.isURIResource() && r.getURI().startsWith(ExoKg.RESOURCE_NS)));
        }
    }

    @Test
    void aFailedLoadOfTheDerivedGraphsLeavesTheStoreInService() throws Exception {
        Path corpus = corpus();
        Path location = dir.resolve("tdb2");
        InferenceStep step = InferenceStep.discover().orElseThrow();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        try (StagedBuild staged = StagedBuild.begin(location)) {
            assertTrue(loader(staged.store(), step, first).build(ONTOLOGY, corpus).ok(), first.toString());
            staged.commit();
        }
        Map<String, Model> before;
        List<String> names;
        try (GraphStore s = GraphStore.open(location)) {
            names = List.copyOf(s.graphNames());
            before = copies(s, names);
        }

        // the same build, but the conflicts graph fails half-way through the parallel load
        InferenceStep failing = new FailingConflicts(step);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        try (StagedBuild staged = StagedBuild.begin(location)) {
            CorpusLoader loader = loader(staged.store(), failing, second).withPrevious(staged.previous().orElseThrow())
                    .withParallelDerivedFrom(0);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> loader.build(ONTOLOGY, corpus));
            assertEquals("conflicts graph cut off", e.getMessage());
        }
        assertFalse(Files.exists(location.resolveSibling("tdb2.staging")), "the staging store is thrown away");
        try (GraphStore s = GraphStore.open(location)) {
            assertEquals(java.util.Set.copyOf(names), java.util.Set.copyOf(s.graphNames()));
            Map<String, Model> after = copies(s, names);
            for (String g : names) {
                assertTrue(before.get(g).isIsomorphicWith(after.get(g)), g + " as it was");
            }
            assertTrue(after.get(ExoKg.CONFLICTS_GRAPH).size() > 100);
        }
    }

    /** The reasoning step, but its conflicts graph stops with an exception after 50 triples. */
    private record FailingConflicts(InferenceStep step) implements InferenceStep {
        @Override
        public Map<String, Model> infer(GraphStore store) throws Exception {
            return cut(step.infer(store));
        }

        @Override
        public Map<String, Model> infer(GraphStore store, BuildPhases phases, Model ruleTriples) throws Exception {
            return cut(step.infer(store, phases, ruleTriples));
        }

        @Override
        public Optional<java.util.function.UnaryOperator<Model>> documentRules(Model ontology) {
            return step.documentRules(ontology);
        }

        @Override
        public Optional<java.util.function.Consumer<org.apache.jena.query.Dataset>> documentReader() {
            return step.documentReader();
        }

        private static Map<String, Model> cut(Map<String, Model> graphs) {
            Map<String, Model> cut = new HashMap<>(graphs);
            Graph conflicts = graphs.get(ExoKg.CONFLICTS_GRAPH).getGraph();
            cut.put(ExoKg.CONFLICTS_GRAPH, ModelFactory.createModelForGraph(new GraphWrapper(conflicts) {
                @Override
                public ExtendedIterator<Triple> find() {
                    var all = conflicts.find();
                    return WrappedIterator.create(new java.util.Iterator<Triple>() {
                        int n;

                        @Override
                        public boolean hasNext() {
                            return all.hasNext();
                        }

                        @Override
                        public Triple next() {
                            if (++n > 50) {
                                throw new IllegalStateException("conflicts graph cut off");
                            }
                            return all.next();
                        }
                    });
                }
            }));
            return cut;
        }
    }
}
