package org.exokg.store;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;

/**
 * Times the VoID description of a built store, its counted part ({@link StoreCounts}) apart from the whole
 * (wall and this thread's CPU, each run in its own read transaction), for the figures of docs/performance.md
 * ("Build tail and HTTP cost"). Not a test.
 *
 * <pre>java -cp ... org.exokg.store.VoidTiming STORE [runs]</pre>
 */
public final class VoidTiming {
    private VoidTiming() {}

    public static void main(String[] args) {
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        var cpu = ManagementFactory.getThreadMXBean();
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            var tdb = org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(store.dataset().asDatasetGraph());
            for (int run = 0; run < runs; run++) {
                long w = System.nanoTime();
                long c = cpu.getCurrentThreadCpuTime();
                Model counted = ModelFactory.createDefaultModel();
                Txn.executeRead(store.dataset(), () -> StoreCounts.describe(tdb, counted, counted.createResource(VoidDescription.DATASET)));
                long w1 = System.nanoTime();
                long c1 = cpu.getCurrentThreadCpuTime();
                Model all = VoidDescription.describe(store.dataset(), VoidDescription.DEFAULT_ENDPOINT);
                long w2 = System.nanoTime();
                long c2 = cpu.getCurrentThreadCpuTime();
                System.out.printf(Locale.ROOT, "run %d: counts %.1f s wall / %.1f s CPU (%,d triples); whole description %.1f s wall / %.1f s CPU (%,d triples); load %s%n",
                        run + 1, (w1 - w) / 1e9, (c1 - c) / 1e9, counted.size(), (w2 - w1) / 1e9, (c2 - c1) / 1e9, all.size(),
                        loadAverage());
            }
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
