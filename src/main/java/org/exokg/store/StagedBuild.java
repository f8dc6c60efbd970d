package org.exokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A build into a fresh store next to the one in service ({@code DIR.staging} beside {@code DIR}), put in its
 * place only when complete: an interrupted or failed build leaves the previous store as it was, and the
 * next build starts its staging directory afresh.
 *
 * <p>The swap is two renames, {@code DIR → DIR.previous} then {@code DIR.staging → DIR}, then the previous
 * store is deleted. A process stopped between the two renames leaves no {@code DIR} but a complete
 * {@code DIR.previous}, which {@link #begin} (and {@link GraphStore#open}) put back.
 */
public final class StagedBuild implements AutoCloseable {

    private final Path location;
    private final Path staging;
    private final GraphStore previous;
    private final GraphStore next;
    private boolean committed;

    private StagedBuild(Path location, Path staging, GraphStore previous, GraphStore next) {
        this.location = location;
        this.staging = staging;
        this.previous = previous;
        this.next = next;
    }

    /**
     * Opens the store in service (if any: its lock tells whether another process serves it, which fails
     * the build before any work) and an empty staging store.
     */
    public static StagedBuild begin(Path location) {
        recoverInterruptedSwap(location);
        GraphStore previous = GraphStore.exists(location) ? GraphStore.open(location) : null;
        Path staging = sibling(location, ".staging");
        deleteTree(staging);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + staging, e);
        }
        return new StagedBuild(location, staging, previous, GraphStore.open(staging));
    }

    /** The store being built (empty at first). */
    public GraphStore store() {
        return next;
    }

    /** The store in service before this build, if there was one. */
    public Optional<GraphStore> previous() {
        return Optional.ofNullable(previous);
    }

    /** Compacts the new store, then puts it in place of the previous one, which is deleted. */
    public void commit() {
        next.compact();
        swap();
    }

    /**
     * Puts the new store in place of the previous one, compacting it first only if it has outgrown its
     * bulk-loaded size ({@link StoreFootprint#outgrownBy}): a bulk-loaded store is already compact, and one
     * write transaction after the load adds little, so the compaction (which rewrites every index) is
     * usually not needed. Without a footprint of the load, the store is compacted.
     *
     * @param loaded the store's footprint right after its bulk load ({@link CorpusLoader#bulkLoaded})
     * @param quadsNow the quads it holds now
     * @return whether the store was compacted
     */
    public boolean commit(Optional<StoreFootprint> loaded, long quadsNow) {
        boolean compact = loaded.isEmpty() || loaded.get().outgrownBy(StoreFootprint.of(next, quadsNow));
        if (compact) {
            next.compact();
        }
        swap();
        return compact;
    }

    private void swap() {
        next.release();
        if (previous != null) {
            previous.release();
        }
        Path retired = sibling(location, ".previous");
        try {
            deleteTree(retired);
            if (Files.exists(location)) {
                Files.move(location, retired, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, location, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new store " + staging + " in place of " + location, e);
        }
        committed = true;
        deleteTree(retired);
    }

    /** Without {@link #commit}: throws the staging store away; the previous store stays in service. */
    @Override
    public void close() {
        if (!committed) {
            next.release();
            deleteTree(staging);
        }
    }

    /** Puts back a store left as {@code DIR.previous} by a swap stopped half-way; drops one left after a complete swap. */
    static void recoverInterruptedSwap(Path location) {
        Path retired = sibling(location, ".previous");
        if (!Files.isDirectory(retired)) {
            return;
        }
        if (GraphStore.exists(location)) {
            deleteTree(retired);
            return;
        }
        try {
            if (Files.exists(location)) {
                Files.delete(location); // an empty directory
            }
            Files.move(retired, location, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore the previous store " + retired + " to " + location, e);
        }
    }

    private static Path sibling(Path location, String suffix) {
        Path abs = location.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + suffix);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
