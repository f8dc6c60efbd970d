package org.exokg.bench;

import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.exokg.query.LibraryQuery;
import org.exokg.query.QueryLibrary;
import org.exokg.query.QueryRunner;
import org.exokg.server.ExoKgServer;
import org.exokg.store.GraphStore;

/**
 * Where the fixed cost of one SPARQL request over HTTP goes (issue 16, docs/performance.md, "Build tail and HTTP
 * cost"): for the empty query and the library queries named, each way of asking timed in turn (interleaved, so the
 * machine's load falls on all alike), p50 / p95 in ms:
 * <ul>
 * <li>in-process with the parsed query, and parsed from its text (what the server must do);</li>
 * <li>{@link QueryRunner#remote} (Jena's client, Thrift results, the JDK client's pooled connections);</li>
 * <li>the same request sent by a bare JDK client that only reads the answer's bytes (no result parsing), with a
 *     pooled connection and with a new connection for every request (a client that does not reuse them);</li>
 * <li>the same bare request asking for JSON instead of Thrift;</li>
 * <li>Fuseki's {@code /$/ping} (Jetty, our filters and the access log, no SPARQL): the floor of any request;</li>
 * <li>{@link QueryRunner#remote} again with the server's access log off (same JVM, switched at run time);</li>
 * <li>Jena's client sending the query as a POST form instead of GET, with an HTTP/1.1 JDK client of its own instead
 *     of Jena's shared one, and given the query's text instead of the parsed query.</li>
 * </ul>
 * Then, for each way in a block of its own, the process's CPU time per request (client and server: it leaves out the
 * waiting for a core that the wall times on a loaded machine are made of). Not a test.
 *
 * <pre>java -cp ... org.exokg.bench.HttpCost STORE RUNS WARMUP [query-name...]</pre>
 */
public final class HttpCost {
    private HttpCost() {}

    private static final String EMPTY = "SELECT ?o WHERE { <urn:exokg:nothing> <urn:exokg:p> ?o }";

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        List<String> names = List.of(args).subList(3, args.length);
        run(store, runs, warmup, names, System.out);
    }

    static void run(Path store, int runs, int warmup, List<String> names, PrintStream out) throws Exception {
        Map<String, Query> queries = new LinkedHashMap<>();
        queries.put("(empty answer)", QueryFactory.create(EMPTY));
        for (LibraryQuery q : QueryLibrary.load(QueryLibrary.DEFAULT_DIR).queries()) {
            if (names.contains(q.name())) {
                queries.put(q.name(), q.query());
            }
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String base = "http://localhost:" + port;
        String endpoint = base + ExoKgServer.DATASET + "/sparql";
        try (GraphStore graphStore = GraphStore.open(store)) {
            QueryRunner local = QueryRunner.local(graphStore.dataset());
            ExoKgServer server = ExoKgServer.start(ExoKgServer.Options.defaults().withPort(port).withStore(store).withUi(false)
                    .withLocalhostOnly(true).withQueryTimeout(Duration.ofSeconds(60))
                    .withPasswordFile(Files.createTempFile("exokg-bench", ".passwd")), System.err, false);
            try {
                QueryRunner remote = QueryRunner.remote(endpoint);
                HttpClient pooled = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                out.printf(Locale.ROOT, "store %s, %d runs after %d warm-up runs, load %s%n", store, runs, warmup, load());
                out.printf(Locale.ROOT, "%-34s %5s | %-13s | %-13s | %-13s | %-13s | %-13s | %-13s | %-13s | %-13s | %-13s | %-13s | %-13s%n", "query", "rows",
                        "in-process", "from text", "Jena client", "bare, pooled", "bare, new conn", "bare, JSON", "ping", "client, no log", "Jena, POST", "Jena, HTTP/1.1", "Jena, as text");
                // the JIT compiles the server's and the clients' paths over thousands of requests (docs/performance.md,
                // "HTTP overhead and load alone"): a server in service is warm, so every way is warmed on every query first
                for (int i = 0; i < warmup; i++) {
                    for (Query query : queries.values()) {
                        remote.run(query);
                        local.run(QueryFactory.create(query.toString()));
                        get(pooled, base + "/$/ping");
                    }
                }
                for (var e : queries.entrySet()) {
                    Query query = e.getValue();
                    String text = query.toString();
                    String form = "query=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
                    List<Supplier<Integer>> ways = List.of(
                            () -> local.run(query).size(),
                            () -> local.run(QueryFactory.create(text)).size(),
                            () -> remote.run(query).size(),
                            () -> post(pooled, endpoint, form, QueryRunner.SELECT_ACCEPT),
                            () -> postOnNewConnection(port, ExoKgServer.DATASET + "/sparql", form, QueryRunner.SELECT_ACCEPT),
                            () -> post(pooled, endpoint, form, "application/sparql-results+json"),
                            () -> get(pooled, base + "/$/ping"),
                            () -> withoutAccessLog(() -> remote.run(query).size()),
                            () -> jena(QueryExecutionHTTP.service(endpoint).query(query).acceptHeaderSelectQuery(QueryRunner.SELECT_ACCEPT)
                                    .sendMode(QuerySendMode.asPostForm)),
                            () -> jena(QueryExecutionHTTP.service(endpoint).query(query).acceptHeaderSelectQuery(QueryRunner.SELECT_ACCEPT)
                                    .httpClient(pooled)),
                            () -> jena(QueryExecutionHTTP.service(endpoint).query(text).acceptHeaderSelectQuery(QueryRunner.SELECT_ACCEPT)));
                    if (System.getProperty("ways") != null) { // e.g. -Dways=2,9: only those ways (an A/B with more runs)
                        List<Supplier<Integer>> chosen = new ArrayList<>();
                        for (String i : System.getProperty("ways").split(",")) {
                            chosen.add(ways.get(Integer.parseInt(i.trim())));
                        }
                        ways = chosen;
                    }
                    int rows = ways.get(0).get();
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s %5d", e.getKey(), rows));
                    for (QueryLatency.Latency l : QueryLatency.interleaved(ways, runs, warmup)) {
                        line.append(String.format(Locale.ROOT, " | %6.2f %6.2f", l.p50(), l.p95()));
                    }
                    out.println(line);
                    // CPU of the whole process (client and server threads, JIT and GC included) per request, each way in
                    // a block of its own: unlike wall time, it does not count waiting for a core on a loaded machine
                    StringBuilder cpu = new StringBuilder(String.format(Locale.ROOT, "%-34s %5s", "  CPU ms per request", ""));
                    for (Supplier<Integer> way : ways) {
                        long c = processCpuNanos();
                        for (int i = 0; i < runs; i++) {
                            way.get();
                        }
                        cpu.append(String.format(Locale.ROOT, " | %13.2f", (processCpuNanos() - c) / 1e6 / runs));
                    }
                    out.println(cpu);
                }
                out.printf(Locale.ROOT, "load at the end %s%n", load());
            } finally {
                server.stop();
            }
        }
    }

    /** Runs a SELECT through Jena's HTTP client as built, reading every row (as {@link QueryRunner} does). */
    private static int jena(QueryExecutionHTTPBuilder builder) {
        try (var qe = builder.build()) {
            var rs = qe.execSelect();
            int n = 0;
            while (rs.hasNext()) {
                rs.next();
                n++;
            }
            return n;
        }
    }

    private static final String REQUEST_LOG = "org.exokg.server.request";

    private static int withoutAccessLog(Supplier<Integer> request) {
        org.apache.logging.log4j.core.config.Configurator.setLevel(REQUEST_LOG, org.apache.logging.log4j.Level.WARN);
        try {
            return request.get();
        } finally {
            org.apache.logging.log4j.core.config.Configurator.setLevel(REQUEST_LOG, org.apache.logging.log4j.Level.INFO);
        }
    }

    private static int post(HttpClient client, String endpoint, String form, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint)).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return send(client, request);
    }

    /** The request on a TCP connection of its own ({@code Connection: close}), read to its end: a client that reuses nothing. */
    private static int postOnNewConnection(int port, String path, String form, String accept) {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            var outStream = socket.getOutputStream();
            outStream.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: " + accept
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            outStream.write(body);
            outStream.flush();
            byte[] answer = socket.getInputStream().readAllBytes();
            String head = new String(answer, 0, Math.min(answer.length, 12), StandardCharsets.US_ASCII);
            if (!head.startsWith("HTTP/1.1 200")) {
                throw new IllegalStateException(path + ": " + head);
            }
            return answer.length;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int get(HttpClient client, String url) {
        return send(client, HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private static int send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + ": HTTP " + response.statusCode());
            }
            return response.body().length;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
