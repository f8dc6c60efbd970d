package org.exokg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.exokg.cli.ExoKgCommand;
import org.exokg.store.GraphStore;

/**
 * A TDB2 store built from the project's corpus exactly as {@code exokg build} builds it (the real command:
 * ontology, every corpus document, the reasoning step found by {@code InferenceStep.discover()}, the query
 * catalogue, imports and VoID). Built once per JVM into a temporary directory.
 */
public final class CorpusStore {
    private CorpusStore() {}

    private static Path location;

    /** The store's directory (built on first use). */
    public static synchronized Path location() {
        if (location == null) {
            try {
                Path dir = Files.createTempDirectory("exokg-corpus-store");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                location = build(dir.resolve("tdb2"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return location;
    }

    /** Runs {@code exokg build --store store} from the project directory; fails if the build reports errors. */
    public static Path build(Path store) {
        int status = ExoKgCommand.commandLine().execute("build", "--store", store.toString());
        if (status != 0) {
            throw new IllegalStateException("exokg build --store " + store + " exited with " + status);
        }
        return store;
    }

    public static GraphStore open() {
        return GraphStore.open(location());
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
