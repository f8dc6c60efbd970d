package org.exokg.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import org.exokg.store.BulkLoad;
import org.junit.jupiter.api.Test;

/** ScaleBenchmark reads the load alone from the build's output: the line it reads is the one the build prints. */
class LoadFiguresTest {

    @Test
    void readsTheBuildsBulkLoadLine() {
        String output = "exokg: documents: 1,000 docs in 108.7 s (9.2 docs/s)\nexokg: "
                + new BulkLoad.Timing(955_991, Duration.ofMillis(139_900), Duration.ofMillis(101_200), Duration.ofMillis(31_200))
                        .describe() + "\nexokg: ontology: ontology/exokg.ttl (4,057 triples)\n";
        ScaleBenchmark.LoadFigures figures = ScaleBenchmark.LoadFigures.of(output);
        assertEquals(955_991, figures.quads());
        assertEquals(139.9, figures.seconds(), 1e-9);
        assertEquals(101.2, figures.waitingSeconds(), 1e-9);
        assertEquals(38.7, figures.aloneSeconds(), 1e-9);
    }

    @Test
    void anOlderLineWithoutTheSplitGivesNoLoadAlone() {
        ScaleBenchmark.LoadFigures figures = ScaleBenchmark.LoadFigures.of(
                "exokg: bulk load: 955,991 quads (139.9 s, of which 31.2 s finishing the indexes)\n");
        assertEquals(955_991, figures.quads());
        assertEquals(139.9, figures.seconds(), 1e-9);
        assertTrue(Double.isNaN(figures.aloneSeconds()));
        assertTrue(Double.isNaN(figures.waitingSeconds()));
    }

    @Test
    void noLineNoFigures() {
        assertEquals(-1, ScaleBenchmark.LoadFigures.of("exokg build: failed\n").quads());
    }
}
