package org.exokg.bench;

import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.exokg.query.LibraryQuery;
import org.exokg.query.QueryLibrary;
import org.exokg.query.QueryRunner;
import org.exokg.server.ExoKgServer;
import org.exokg.store.GraphStore;

/**
 * Latency of every library query on a store, in-process and (with {@code --http}) through the Fuseki server
 * on a free port, as a user sends them: p50 and p95 of {@code runs} runs after {@code --warmup} runs (default 3).
 *
 * <p>Three ways per query, their runs interleaved so that the machine's load falls on all three alike:
 * <ul>
 * <li><b>in-process</b>: the library's parsed query run on the store (what {@code exokg query} does);</li>
 * <li><b>from text</b>: the same, parsed from the text a client sends each time (the server must parse it
 *     per request: this is the in-process figure to compare HTTP with);</li>
 * <li><b>HTTP</b>: {@link QueryRunner#remote} against the server (the query serialised, sent, parsed, run,
 *     the answer written and read back).</li>
 * </ul>
 * A first line gives the floor of a request: a query that matches nothing, each way.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.bench.QueryLatency \
 *     -Dexec.args="data/tdb2 5 --http [--warmup 3] [query-name...]"</pre>
 */
public final class QueryLatency {
    private QueryLatency() {}

    /** Answers nothing on any store: what a request costs apart from the query's own work. */
    static final String EMPTY_QUERY = "SELECT ?o WHERE { <urn:exokg:latency:nothing> <urn:exokg:latency:p> ?o }";

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean http = List.of(args).contains("--http");
        int warmup = 3;
        List<String> only = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--warmup")) {
                warmup = Integer.parseInt(args[++i]);
            } else if (!args[i].startsWith("--")) {
                only.add(args[i]);
            }
        }
        run(store, runs, warmup, http, only, System.out);
        System.exit(0);
    }

    /** p50 and p95 of some timings, in milliseconds. */
    record Latency(double p50, double p95) {
        static Latency of(List<Double> ms) {
            List<Double> sorted = new ArrayList<>(ms);
            Collections.sort(sorted);
            return new Latency(sorted.get((sorted.size() - 1) / 2), sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1));
        }

        String cells() {
            return String.format(Locale.ROOT, "%8.1f %8.1f", p50, p95);
        }
    }

    /** One query's figures; {@code http} is null without a server. */
    record Row(String name, int rows, Latency inProcess, Latency fromText, Latency http) {
        /** HTTP p95 over in-process p95 ({@code fromText}: over the in-process run that parses the text too). */
        double ratio(boolean fromText) {
            return http.p95() / (fromText ? this.fromText : inProcess).p95();
        }

        String line() {
            return String.format(Locale.ROOT, "%-32s %6d %s %s %s", name, rows, inProcess.cells(), fromText.cells(),
                    http == null ? String.format(Locale.ROOT, "%8s %8s %6s %6s", "-", "-", "-", "-")
                            : http.cells() + String.format(Locale.ROOT, " %6.2f %6.2f", ratio(false), ratio(true)));
        }
    }

    static String header() {
        return String.format(Locale.ROOT, "%-32s %6s %8s %8s %8s %8s %8s %8s %6s %6s", "query", "rows", "p50 ms", "p95 ms",
                "text p50", "text p95", "http p50", "http p95", "x in", "x text");
    }

    /** The closing lines: worst p95s and how many queries keep HTTP within twice in-process, each way. */
    static List<String> summary(List<Row> rows, boolean http) {
        List<String> lines = new ArrayList<>();
        double worst = rows.stream().mapToDouble(r -> r.inProcess().p95()).max().orElse(0);
        double worstHttp = http ? rows.stream().mapToDouble(r -> r.http().p95()).max().orElse(0) : 0;
        lines.add(String.format(Locale.ROOT, "worst p95: %.1f ms in-process%s", worst,
                http ? String.format(Locale.ROOT, ", %.1f ms over HTTP", worstHttp) : ""));
        if (http && !rows.isEmpty()) {
            long vsIn = rows.stream().filter(r -> r.ratio(false) <= 2).count();
            long vsText = rows.stream().filter(r -> r.ratio(true) <= 2).count();
            lines.add(String.format(Locale.ROOT, "HTTP p95 <= 2 x in-process p95: %d of %d queries; <= 2 x in-process from text: %d of %d",
                    vsIn, rows.size(), vsText, rows.size()));
        }
        return lines;
    }

    static void run(Path store, int runs, boolean http, List<String> only, PrintStream out) throws Exception {
        run(store, runs, 3, http, only, out);
    }

    static void run(Path store, int runs, int warmup, boolean http, List<String> only, PrintStream out) throws Exception {
        QueryLibrary library = QueryLibrary.load(QueryLibrary.DEFAULT_DIR);
        List<Row> rows = new ArrayList<>();
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
                Row floor = measure("(a request answering nothing)", QueryFactory.create(EMPTY_QUERY), local, remote, runs, warmup);
                out.println(header());
                out.println(floor.line());
                for (LibraryQuery q : library.queries()) {
                    if (!only.isEmpty() && !only.contains(q.name())) {
                        continue;
                    }
                    try {
                        rows.add(measure(q.name(), q.query(), local, remote, runs, warmup));
                        out.println(rows.get(rows.size() - 1).line());
                    } catch (QueryRunner.QueryFailedException e) { // a query past the timeout is a figure too
                        out.printf(Locale.ROOT, "%-32s %6s %s%n", q.name(), "-", e.getMessage());
                    }
                }
            } finally {
                if (server != null) {
                    server.stop();
                }
            }
        }
        summary(rows, http).forEach(out::println);
    }

    /**
     * Runs the ways in turn, {@code warmup} times untimed, then {@code runs} times timed, interleaved so that a change of
     * machine load falls on every way alike; one latency per way, in order.
     */
    static List<Latency> interleaved(List<Supplier<Integer>> ways, int runs, int warmup) {
        for (int i = 0; i < warmup; i++) {
            ways.forEach(Supplier::get);
        }
        List<List<Double>> ms = new ArrayList<>();
        ways.forEach(w -> ms.add(new ArrayList<>()));
        for (int i = 0; i < runs; i++) {
            for (int w = 0; w < ways.size(); w++) {
                long t = System.nanoTime();
                ways.get(w).get();
                ms.get(w).add((System.nanoTime() - t) / 1e6);
            }
        }
        return ms.stream().map(Latency::of).toList();
    }

    /** Runs the three ways in turn, {@code warmup} times untimed, then {@code runs} times timed. */
    private static Row measure(String name, Query query, QueryRunner local, QueryRunner remote, int runs, int warmup) {
        String text = query.toString(); // what a client sends
        List<Supplier<Integer>> ways = new ArrayList<>(List.of(
                () -> local.run(query).size(),
                () -> local.run(QueryFactory.create(text)).size()));
        if (remote != null) {
            ways.add(() -> remote.run(query).size());
        }
        int rows = ways.get(0).get();
        List<Latency> l = interleaved(ways, runs, warmup);
        return new Row(name, rows, l.get(0), l.get(1), remote == null ? null : l.get(2));
    }
}
