package org.exokg.store;

import static org.exokg.testing.TestDocuments.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedBuildTest {

    @TempDir
    Path dir;

    private Path storeWith(String docId) {
        Path location = dir.resolve("tdb2");
        GraphStore s = GraphStore.open(location);
        s.replaceGraph(document(docId, "Milk exosomes", "Milk"));
        s.release();
        return location;
    }

    @Test
    void aCommittedBuildReplacesTheStore() {
        Path location = storeWith("doc-a");
        try (StagedBuild staged = StagedBuild.begin(location)) {
            assertEquals(List.of(graphIri("doc-a")), staged.previous().orElseThrow().graphNames());
            assertTrue(staged.store().isEmpty());
            staged.store().replaceGraph(document("doc-b", "Plant vesicles", "Plant"));
            staged.commit();
        }
        GraphStore s = GraphStore.open(location);
        try {
            assertEquals(List.of(graphIri("doc-b")), s.graphNames());
            assertTrue(s.graph(graphIri("doc-b")).isIsomorphicWith(document("doc-b", "Plant vesicles", "Plant").model()));
        } finally {
            s.release();
        }
        assertFalse(Files.exists(dir.resolve("tdb2.staging")));
        assertFalse(Files.exists(dir.resolve("tdb2.previous")));
    }

    @Test
    void aBuildThatFailsLeavesThePreviousStoreInService() {
        Path location = storeWith("doc-a");
        assertThrows(IllegalStateException.class, () -> {
            try (StagedBuild staged = StagedBuild.begin(location)) {
                staged.store().replaceGraph(document("doc-b", "Plant vesicles", "Plant"));
                throw new IllegalStateException("simulated failure half-way through the build");
            }
        });
        GraphStore s = GraphStore.open(location);
        try {
            assertEquals(List.of(graphIri("doc-a")), s.graphNames());
        } finally {
            s.release();
        }
        assertFalse(Files.exists(dir.resolve("tdb2.staging")), "the half-built store is thrown away");
    }

    @Test
    void aSwapStoppedBetweenItsTwoRenamesIsUndoneOnOpen() throws Exception {
        Path location = storeWith("doc-a");
        // what a process killed after the first rename leaves: no store, the previous one set aside
        Files.move(location, dir.resolve("tdb2.previous"));

        GraphStore s = GraphStore.open(location);
        try {
            assertEquals(List.of(graphIri("doc-a")), s.graphNames());
        } finally {
            s.release();
        }
        assertFalse(Files.exists(dir.resolve("tdb2.previous")));
    }

    @Test
    void aStaleStagingDirectoryFromAnInterruptedBuildIsStartedAfresh() throws Exception {
        Path location = storeWith("doc-a");
        Files.createDirectories(dir.resolve("tdb2.staging"));
        Files.writeString(dir.resolve("tdb2.staging").resolve("leftover"), "half a store");
        try (StagedBuild staged = StagedBuild.begin(location)) {
            assertTrue(staged.store().isEmpty());
            assertFalse(Files.exists(dir.resolve("tdb2.staging").resolve("leftover")));
        }
    }
}
