package org.exokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BuildPhasesTest {

    @Test
    void partsAreShownInsideTheirPhaseInTheOrderTheyRan() {
        BuildPhases phases = new BuildPhases();
        phases.add("documents and bulk load", 17_100_000_000L);
        phases.add("reasoning: Jena rules", 7_800_000_000L);
        phases.add("reasoning: claims read", 2_100_000_000L);
        phases.add("reasoning", 14_300_000_000L);
        phases.add("VoID", 600_000_000L);
        phases.add("VoID", 100_000_000L);
        assertEquals("build phases: documents and bulk load 17.1 s; reasoning 14.3 s (Jena rules 7.8 s, claims read 2.1 s); VoID 0.7 s",
                phases.describe());
        assertEquals(0.7, phases.seconds("VoID"), 1e-9);
        assertTrue(Double.isNaN(phases.seconds("compaction")));
    }

    @Test
    void timesWhatItRuns() {
        BuildPhases phases = new BuildPhases();
        int answer = phases.time("work", () -> 42);
        assertEquals(42, answer);
        assertTrue(phases.seconds("work") >= 0);
        assertEquals(java.util.List.of("work"), phases.names());
    }
}
