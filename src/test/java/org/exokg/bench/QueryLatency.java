package org.exokg.bench;

import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.exokg.query.LibraryQuery;
import org.exokg.query.QueryLibrary;
import org.exokg.query.QueryRunner;
import org.exokg.server.ExoKgServer;
import org.exokg.store.GraphStore;

/**
 * Latency of every library query on a store, in-process and (with {@code --http}) through the Fuseki server
 * on a free port, as a user sends them: p50 and p95 of {@code runs} runs after one warm-up run.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.bench.QueryLatency \
 *     -Dexec.args="data/tdb2 5 --http [query-name...]"</pre>
 */
public final class QueryLatency {
    private QueryLatency() {}

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean http = List.of(args).contains("--http");
        List<String> only = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                only.add(args[i]);
            }
        }
        run(store, runs, http, only, System.out);
        System.exit(0);
    }

    static void run(Path store, int runs, boolean http, List<String> only, PrintStream out) throws Exception {
        QueryLibrary library = QueryLibrary.load(QueryLibrary.DEFAULT_DIR);
        out.printf("%-32s %6s %10s %10s %10s %10s%n", "query", "rows", "p50 ms", "p95 ms", "http p50", "http p95");
        List<double[]> results = new ArrayList<>();
        try (GraphStore graphStore = GraphStore.open(store)) {
            QueryRunner local = QueryRunner.local(graphStore.dataset());
            ExoKgServer server = null;
            QueryRunner remote = null;
            if (http) {
                int port;
                try (ServerSocket socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
                server = ExoKgServer.start(ExoKgServer.Options.defaults().withPort(port).withStore(store).withUi(false)
                        .withLocalhostOnly(true).withQueryTimeout(Duration.ofSeconds(60))
                        .withPasswordFile(java.nio.file.Files.createTempFile("exokg-bench", ".passwd")), System.err, false);
                remote = QueryRunner.remote("http://localhost:" + port + ExoKgServer.DATASET + "/sparql");
            }
            try {
                for (LibraryQuery q : library.queries()) {
                    if (!only.isEmpty() && !only.contains(q.name())) {
                        continue;
                    }
                    int rows;
                    try {
                        rows = local.run(q.query()).size();
                    } catch (QueryRunner.QueryFailedException e) { // a query past the timeout is a figure too
                        out.printf(Locale.ROOT, "%-32s %6s %s%n", q.name(), "-", e.getMessage());
                        continue;
                    }
                    double[] in = times(local, q, runs);
                    double[] over = remote == null ? null : times(remote, q, runs);
                    out.printf(Locale.ROOT, "%-32s %6d %10.1f %10.1f %10s %10s%n", q.name(), rows, in[0], in[1],
                            over == null ? "-" : String.format(Locale.ROOT, "%.1f", over[0]),
                            over == null ? "-" : String.format(Locale.ROOT, "%.1f", over[1]));
                    results.add(new double[] {in[1], over == null ? 0 : over[1]});
                }
            } finally {
                if (server != null) {
                    server.stop();
                }
            }
        }
        double worst = results.stream().mapToDouble(r -> r[0]).max().orElse(0);
        double worstHttp = results.stream().mapToDouble(r -> r[1]).max().orElse(0);
        out.printf(Locale.ROOT, "worst p95: %.1f ms in-process%s%n", worst,
                http ? String.format(Locale.ROOT, ", %.1f ms over HTTP", worstHttp) : "");
    }

    /** p50 and p95 in milliseconds of {@code runs} runs after one warm-up run. */
    private static double[] times(QueryRunner runner, LibraryQuery q, int runs) {
        runner.run(q.query());
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            runner.run(q.query());
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        return new double[] {ms.get((ms.size() - 1) / 2), ms.get((int) Math.ceil(0.95 * ms.size()) - 1)};
    }
}
