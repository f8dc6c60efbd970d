package org.exokg.bench;

import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.exokg.store.BulkLoad;
import org.exokg.store.GraphStore;

/**
 * Loads an N-Quads file into a new store through the bulk path of {@code exokg build} ({@link BulkLoad}), with no
 * extraction feeding it: the load alone, measured as {@code tdb2.tdbloader} is (it parses the same file). Run by
 * {@link ScaleBenchmark} in its own JVM on the quads exported from the built store.
 *
 * <pre>java -cp ... org.exokg.bench.LoadAlone store.nq /tmp/new-store</pre>
 */
public final class LoadAlone {
    private LoadAlone() {}

    public static void main(String[] args) {
        Path quads = Path.of(args[0]);
        try (GraphStore store = GraphStore.open(Path.of(args[1]))) {
            // the loader's stream is started and finished by BulkLoad; the parser would do it a second time
            BulkLoad.Timing timing = BulkLoad.into(store, out -> RDFParser.source(quads).lang(Lang.NQUADS)
                    .parse(new StreamRDFWrapper(out) {
                        @Override
                        public void start() {}

                        @Override
                        public void finish() {}
                    }), () -> 0L);
            System.out.println("exokg: " + timing.describe());
            store.release();
        }
        System.exit(0);
    }
}
