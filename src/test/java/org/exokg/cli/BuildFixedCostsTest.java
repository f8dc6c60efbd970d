package org.exokg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.exokg.ExoKg;
import org.exokg.query.QueryCatalogue;
import org.exokg.query.QueryLibrary;
import org.exokg.reasoning.StoreReasoning;
import org.exokg.store.GraphStore;
import org.exokg.store.LinkedDataBuild;
import org.exokg.store.VoidDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code exokg build} streams the ontology through the bulk load, writes every graph made after the documents
 * in one write transaction and compacts only a store that outgrew its bulk-loaded size (issue 16). These tests
 * check that the graphs it writes are those of the step-by-step procedure it replaced (each graph written in
 * its own transaction after the documents), and that a failure in that last transaction leaves the previous
 * store in service.
 */
class BuildFixedCostsTest {

    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        for (String name : List.of("exosome-nanocarriers-summary.txt", "exosome-nanocarriers-summary.meta.json",
                "exosome-drug-carriers-cancer-review.txt", "exosome-drug-carriers-cancer-review.meta.json")) {
            Files.copy(Path.of("corpus", name), corpus.resolve(name));
        }
        return corpus;
    }

    @Test
    void theDerivedGraphsAreThoseOfTheStepByStepBuild() throws Exception {
        Path built = dir.resolve("built");
        StoreCommandsTest.Run run = StoreCommandsTest.run("build", "--store", built.toString(), "--corpus", corpus().toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("exokg: store not compacted"), run.err());

        // the reference: the same documents and ontology, then each later graph in its own transaction, as before
        Path stepwise = dir.resolve("stepwise");
        try (GraphStore a = GraphStore.open(built); GraphStore b = GraphStore.open(stepwise)) {
            for (String g : a.documentGraphNames()) {
                b.replaceGraph(g, a.graph(g));
            }
            b.loadOntology(Path.of(ExoKg.ONTOLOGY_FILE));
            StoreReasoning.write(b, new StoreReasoning().reason(b));
            QueryCatalogue.store(b, QueryLibrary.load(QueryLibrary.DEFAULT_DIR), VoidDescription.DEFAULT_ENDPOINT);
            LinkedDataBuild.run(b, Path.of(ExoKg.ONTOLOGY_FILE), null);

            assertEquals(b.graphNames(), a.graphNames());
            for (String g : List.of(ExoKg.ONTOLOGY_GRAPH, ExoKg.CONFLICTS_GRAPH, ExoKg.STATEMENTS_GRAPH, ExoKg.VOID_GRAPH,
                    ExoKg.QUERIES_GRAPH, ExoKg.IMPORTS_GRAPH)) {
                assertFalse(a.graph(g).isEmpty(), g);
                assertTrue(a.graph(g).isIsomorphicWith(b.graph(g)), g + " differs from the step-by-step build's");
            }
            // the inferred graph's provenance carries the time the reasoning ended: everything else is the same
            Model inferred = withoutEndTime(a.graph(ExoKg.INFERRED_GRAPH));
            assertTrue(inferred.size() > 100, "the rules and the classification derived something: " + inferred.size());
            assertTrue(inferred.isIsomorphicWith(withoutEndTime(b.graph(ExoKg.INFERRED_GRAPH))));
            assertEquals(b.tripleCount(), a.tripleCount());
        }
    }

    @Test
    void aFailureInTheLastTransactionLeavesThePreviousStore() throws Exception {
        Path store = dir.resolve("tdb2");
        Path corpus = corpus();
        StoreCommandsTest.Run first = StoreCommandsTest.run("build", "--store", store.toString(), "--corpus", corpus.toString());
        assertEquals(0, first.status(), first.err());
        List<String> graphs;
        Model statements;
        try (GraphStore s = GraphStore.open(store)) {
            graphs = s.graphNames();
            statements = s.graph(ExoKg.STATEMENTS_GRAPH);
        }

        // an ontology whose import modules (read after the reasoning, in the last write transaction) cannot be parsed
        Path ontologyDir = dir.resolve("ontology");
        Files.createDirectories(ontologyDir.resolve("imports"));
        Path ontology = ontologyDir.resolve("exokg.ttl");
        Files.copy(Path.of(ExoKg.ONTOLOGY_FILE), ontology);
        for (Path part : org.exokg.OntologyFiles.parts(Path.of(ExoKg.ONTOLOGY_FILE))) {
            if (!Files.exists(ontologyDir.resolve(part.getFileName()))) {
                Files.copy(part, ontologyDir.resolve(part.getFileName()));
            }
        }
        Files.writeString(ontologyDir.resolve("imports").resolve("broken.ttl"), "@prefix broken");
        Files.writeString(corpus.resolve("new-document.txt"), "Milk exosomes were loaded with curcumin by sonication.");

        StoreCommandsTest.Run failed = StoreCommandsTest.run("build", "--store", store.toString(), "--corpus", corpus.toString(),
                "--ontology", ontology.toString());
        assertNotEquals(0, failed.status(), failed.err());
        try (GraphStore s = GraphStore.open(store)) {
            assertEquals(graphs, s.graphNames(), "the previous store, without the new document");
            assertTrue(s.graph(ExoKg.STATEMENTS_GRAPH).isIsomorphicWith(statements));
        }
        assertEquals(List.of("tdb2"), Files.list(dir).map(p -> p.getFileName().toString())
                .filter(n -> n.startsWith("tdb2")).toList(), "no staging store left behind");
    }

    private static Model withoutEndTime(Model m) {
        Model copy = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(m);
        copy.removeAll(null, copy.createProperty("http://www.w3.org/ns/prov#endedAtTime"), null);
        return copy;
    }
}
