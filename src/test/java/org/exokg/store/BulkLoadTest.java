package org.exokg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkLoadTest {

    @TempDir
    Path dir;

    private static Node iri(String local) {
        return NodeFactory.createURI("https://example.org/" + local);
    }

    @Test
    void loadsTheFedQuadsAndCountsTheWaitingItIsTold() {
        List<Quad> quads = List.of(
                Quad.create(iri("g1"), iri("a"), iri("p"), NodeFactory.createLiteralString("one")),
                Quad.create(iri("g1"), iri("a"), iri("q"), iri("b")),
                Quad.create(iri("g2"), iri("b"), iri("p"), NodeFactory.createLiteralString("two")));
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            BulkLoad.Timing timing = BulkLoad.into(store, out -> quads.forEach(out::quad), () -> 0L);

            assertEquals(3, timing.quads());
            List<Quad> stored = Txn.calculateRead(store.dataset(),
                    () -> org.apache.jena.atlas.iterator.Iter.toList(store.dataset().asDatasetGraph().find()));
            assertEquals(new java.util.HashSet<>(quads), new java.util.HashSet<>(stored));
            assertEquals(List.of("https://example.org/g1", "https://example.org/g2"), store.graphNames());
            assertEquals(Duration.ZERO, timing.waiting());
            assertEquals(timing.total(), timing.loading(), "nothing waited for: the whole load is loading");
            store.release();
        }
    }

    @Test
    void waitingReportedLongerThanTheLoadIsCappedAtTheLoad() {
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            BulkLoad.Timing timing = BulkLoad.into(store, out -> out.quad(Quad.create(iri("g"), iri("a"), iri("p"), iri("b"))),
                    () -> Duration.ofHours(1).toNanos());
            assertEquals(timing.total(), timing.waiting());
            assertEquals(Duration.ZERO, timing.loading());
            store.release();
        }
    }

    @Test
    void lineSaysTheLoadWaitingAndTheLoadAlone() {
        BulkLoad.Timing timing = new BulkLoad.Timing(1_200_000, Duration.ofMillis(10_000), Duration.ofMillis(4_000),
                Duration.ofMillis(1_500));
        assertEquals(Duration.ofMillis(6_000), timing.loading());
        assertEquals("bulk load: 1,200,000 quads (10.0 s, of which 4.0 s waiting for extracted documents and 1.5 s"
                + " finishing the indexes; loading alone 6.0 s, 200,000 quads/s)", timing.describe());
    }

    @Test
    void waitingCannotExceedTheLoad() {
        assertThrows(IllegalArgumentException.class,
                () -> new BulkLoad.Timing(1, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ZERO));
    }
}
