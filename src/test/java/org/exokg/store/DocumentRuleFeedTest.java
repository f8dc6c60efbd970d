package org.exokg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.exokg.ExoKg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentRuleFeedTest {

    @TempDir
    Path dir;

    private static Node iri(String local) {
        return NodeFactory.createURI("https://example.org/" + local);
    }

    private static Node doc(String id) {
        return NodeFactory.createURI(GraphStore.DOCUMENT_GRAPH_PREFIX + id);
    }

    /** An invented rule: x p y gives x q y; the batches it was given, as sets of subjects. */
    private static final class PtoQ implements UnaryOperator<Model> {
        final List<Set<Node>> batches = new ArrayList<>();

        @Override
        public Model apply(Model batch) {
            Model out = ModelFactory.createDefaultModel();
            Set<Node> subjects = new HashSet<>();
            batch.getGraph().find(Node.ANY, iri("p"), Node.ANY).forEachRemaining(t -> {
                subjects.add(t.getSubject());
                Triple q = Triple.create(t.getSubject(), iri("q"), t.getObject());
                if (!batch.getGraph().contains(q)) {
                    out.getGraph().add(q);
                }
            });
            synchronized (batches) {
                batches.add(subjects);
            }
            return out;
        }
    }

    @Test
    void derivesFromWholeDocumentsLoadsEachTripleOnceAndDropsWhatAnotherDocumentStates() {
        PtoQ rules = new PtoQ();
        DocumentRuleFeed feed = new DocumentRuleFeed(rules, 2, 100);
        List<Quad> documents = List.of(
                Quad.create(doc("a"), iri("a1"), iri("p"), iri("x")),
                Quad.create(doc("a"), iri("a2"), iri("p"), iri("y")),
                Quad.create(doc("b"), iri("b1"), iri("p"), iri("y")),
                Quad.create(doc("c"), iri("a1"), iri("q"), iri("x")), // states what document a gives, in another batch
                Quad.create(doc("c"), iri("c1"), iri("p"), iri("z")),
                Quad.create(doc("d"), iri("a2"), iri("p"), iri("y")), // derives again what a gave
                Quad.create(NodeFactory.createURI(ExoKg.ONTOLOGY_GRAPH), iri("o"), iri("p"), iri("w"))); // not a document
        Node inferred = NodeFactory.createURI(ExoKg.INFERRED_GRAPH);
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            BulkLoad.Timing timing = BulkLoad.into(store, loader -> {
                var out = feed.wrap(loader);
                documents.forEach(out::quad);
                feed.finish(loader);
            }, () -> 0L);

            // batches of two whole documents (a, b) then (c, d); the ontology graph is not given to the rules
            assertEquals(List.of(Set.of(iri("a1"), iri("a2"), iri("b1")), Set.of(iri("c1"), iri("a2"))), rules.batches);
            // every derived triple loaded once into the inferred graph, with the documents
            Set<Triple> loaded = new HashSet<>();
            Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph().find(inferred, Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> loaded.add(q.asTriple())));
            Set<Triple> all = Set.of(Triple.create(iri("a1"), iri("q"), iri("x")), Triple.create(iri("a2"), iri("q"), iri("y")),
                    Triple.create(iri("b1"), iri("q"), iri("y")), Triple.create(iri("c1"), iri("q"), iri("z")));
            assertEquals(all, loaded);
            assertEquals(documents.size() + all.size(), timing.quads());

            Graph stated = feed.dropStated(store);
            assertEquals(Set.of(Triple.create(iri("a1"), iri("q"), iri("x"))), stated.find().toSet());
            Set<Triple> kept = feed.derived().getGraph().find().toSet();
            assertEquals(3, kept.size());
            assertFalse(kept.contains(Triple.create(iri("a1"), iri("q"), iri("x"))));
            assertFalse(feed.failed());
            store.release();
        }
    }

    @Test
    void aFailureOfTheRulesStopsTheFeedAndIsReportedNotThrown() {
        DocumentRuleFeed feed = new DocumentRuleFeed(batch -> {
            throw new IllegalStateException("rules broken");
        }, 1, 100);
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            BulkLoad.into(store, loader -> {
                var out = feed.wrap(loader);
                out.quad(Quad.create(doc("a"), iri("a1"), iri("p"), iri("x")));
                out.quad(Quad.create(doc("b"), iri("b1"), iri("p"), iri("y")));
                out.quad(Quad.create(doc("c"), iri("c1"), iri("p"), iri("z")));
                feed.finish(loader);
            }, () -> 0L);
            assertTrue(feed.failed());
            assertEquals("rules broken", feed.failure().getMessage());
            assertEquals(3, store.tripleCount(), "the documents are loaded all the same");
            store.release();
        }
    }
}
