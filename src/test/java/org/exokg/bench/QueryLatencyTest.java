package org.exokg.bench;

import static org.exokg.testing.TestDocuments.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.query.LibraryQuery;
import org.exokg.query.QueryLibrary;
import org.exokg.query.QueryRunner;
import org.exokg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryLatencyTest {

    @TempDir
    Path dir;

    @Test
    void percentilesOfTheTimings() {
        List<Double> ms = new java.util.ArrayList<>();
        for (int i = 20; i >= 1; i--) {
            ms.add((double) i);
        }
        QueryLatency.Latency l = QueryLatency.Latency.of(ms);
        assertEquals(10.0, l.p50());
        assertEquals(19.0, l.p95());
        assertEquals(new QueryLatency.Latency(3.0, 3.0), QueryLatency.Latency.of(List.of(3.0)));
    }

    @Test
    void ratiosAndSummaryCompareHttpWithBothInProcessFigures() {
        QueryLatency.Row small = new QueryLatency.Row("small", 3, new QueryLatency.Latency(0.5, 1.0),
                new QueryLatency.Latency(2.0, 4.0), new QueryLatency.Latency(5.0, 6.0));
        QueryLatency.Row large = new QueryLatency.Row("large", 900, new QueryLatency.Latency(90, 100),
                new QueryLatency.Latency(95, 110), new QueryLatency.Latency(150, 180));
        assertEquals(6.0, small.ratio(false));
        assertEquals(1.5, small.ratio(true));
        assertTrue(small.line().matches("small +3 +0\\.5 +1\\.0 +2\\.0 +4\\.0 +5\\.0 +6\\.0 +6\\.00 +1\\.50"), small.line());
        assertEquals(List.of("worst p95: 100.0 ms in-process, 180.0 ms over HTTP",
                        "HTTP p95 <= 2 x in-process p95: 1 of 2 queries; <= 2 x in-process from text: 2 of 2"),
                QueryLatency.summary(List.of(small, large), true));
        QueryLatency.Row local = new QueryLatency.Row("local", 3, new QueryLatency.Latency(1, 2), new QueryLatency.Latency(1, 2), null);
        assertTrue(local.line().endsWith("-        -      -      -"), local.line());
        assertEquals(List.of("worst p95: 2.0 ms in-process"), QueryLatency.summary(List.of(local), false));
    }

    /** A real run over a small store, through the server: one line per way of asking, the answer's size from the store. */
    @Test
    void runsTheFloorAndTheChosenQueryEachWay() throws Exception {
        Path storeDir = dir.resolve("tdb2");
        try (GraphStore store = GraphStore.open(storeDir)) {
            store.replaceGraph(ExoKg.ONTOLOGY_GRAPH, ontology());
            store.replaceGraph(document("doc-a", "Milk exosomes", "Milk"));
            store.replaceGraph(document("doc-b", "Dendritic cell exosomes", "DendriticCell"));
        }
        LibraryQuery chosen = QueryLibrary.load(QueryLibrary.DEFAULT_DIR).queries().stream()
                .filter(q -> q.name().equals("claims-per-relation")).findFirst().orElseThrow();
        int expected;
        try (GraphStore store = GraphStore.open(storeDir)) {
            expected = QueryRunner.local(store.dataset()).run(chosen.query()).size();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QueryLatency.run(storeDir, 2, 1, true, List.of("claims-per-relation"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

        assertEquals(QueryLatency.header(), lines.get(0));
        assertTrue(lines.get(1).matches("\\(a request answering nothing\\) +0( +\\d+\\.\\d+){8}"), lines.get(1));
        assertTrue(lines.get(2).matches("claims-per-relation +" + expected + "( +\\d+\\.\\d+){8}"), lines.get(2));
        assertTrue(lines.get(3).startsWith("worst p95: "), lines.get(3));
        assertTrue(lines.get(4).matches("HTTP p95 <= 2 x in-process p95: [01] of 1 queries; <= 2 x in-process from text: [01] of 1"),
                lines.get(4));
        assertEquals(5, lines.size(), lines.toString());
    }
}
