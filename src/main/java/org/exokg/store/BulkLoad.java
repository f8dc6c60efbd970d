package org.exokg.store;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * One load of quads into an empty store through TDB2's bulk loader (the phased loader {@code tdb2.tdbloader}
 * uses by default), with the loader's own transaction handling, and how its time divides.
 *
 * <p>{@code build} feeds the loader from the extraction workers: part of the load's wall time is the feeding
 * thread waiting for the next extracted document, when the loader has nothing new to take. That part is
 * {@link Timing#waiting()}; what is left, {@link Timing#loading()}, is what compares with {@code tdbloader},
 * which reads its quads from a file.
 */
public final class BulkLoad {
    private BulkLoad() {}

    /**
     * How long one bulk load took.
     *
     * @param total from the start of the load to its indexes finished
     * @param waiting of {@code total}, the time the feeding thread spent waiting for its input (extraction)
     * @param finishing of {@code total}, the time finishing the indexes after the last quad
     */
    public record Timing(long quads, Duration total, Duration waiting, Duration finishing) {
        public Timing {
            if (waiting.compareTo(total) > 0) {
                throw new IllegalArgumentException("waiting " + waiting + " longer than the load " + total);
            }
        }

        /** The load alone: its wall time without the time spent waiting for quads to load. */
        public Duration loading() {
            return total.minus(waiting);
        }

        /** One line for the build's output (ScaleBenchmark reads it: keep its shape). */
        public String describe() {
            return String.format(Locale.ROOT,
                    "bulk load: %,d quads (%.1f s, of which %.1f s waiting for extracted documents and %.1f s finishing"
                            + " the indexes; loading alone %.1f s, %,.0f quads/s)",
                    quads, seconds(total), seconds(waiting), seconds(finishing), seconds(loading()),
                    loading().isZero() ? 0.0 : quads / seconds(loading()));
        }

        private static double seconds(Duration d) {
            return d.toNanos() / 1e9;
        }
    }

    /**
     * Adds what {@code feed} writes to the stream it is given to {@code store}, which already holds data (the
     * build's derived graphs after its documents), through TDB2's parallel loader: every index is given the new
     * tuples on a thread of its own. Not the phased loader of {@link #into}: its second phase replays the
     * whole primary index into the secondary ones, which after a load of millions of quads would index them
     * all again. On failure the loader's transaction is aborted and the exception rethrown.
     *
     * @return how many quads were fed
     */
    public static long add(GraphStore store, Consumer<StreamRDF> feed) {
        DataLoader loader = LoaderFactory.parallelLoader(store.dataset().asDatasetGraph(), (fmt, args) -> {});
        loader.startBulk();
        try {
            StreamRDF out = loader.stream();
            out.start();
            feed.accept(out);
            out.finish();
            loader.finishBulk();
            return loader.countQuads();
        } catch (RuntimeException | Error e) {
            loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
            throw e;
        }
    }

    /**
     * Loads what {@code feed} writes to the stream it is given into {@code store} (empty), in one bulk load.
     * On failure the loader's transaction is aborted and the exception rethrown.
     *
     * @param waitingNanos how many nanoseconds the feed has spent waiting for its input so far (read after the feed)
     */
    public static Timing into(GraphStore store, Consumer<StreamRDF> feed, LongSupplier waitingNanos) {
        DataLoader loader = LoaderFactory.createLoader(store.dataset().asDatasetGraph(), (fmt, args) -> {});
        long start = System.nanoTime();
        loader.startBulk();
        try {
            StreamRDF out = loader.stream();
            out.start();
            feed.accept(out);
            out.finish();
            long streamed = System.nanoTime();
            loader.finishBulk();
            long end = System.nanoTime();
            return new Timing(loader.countQuads(), Duration.ofNanos(end - start),
                    Duration.ofNanos(Math.min(waitingNanos.getAsLong(), end - start)), Duration.ofNanos(end - streamed));
        } catch (RuntimeException | Error e) {
            loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
            throw e;
        }
    }
}
