package org.exokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.exokg.ExoKg;
import org.exokg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query that times out after its first results were written gets a 503, not a 200 with the timeout note
 * inside the results (a real server over a 40-triple TDB2 store with a 500 ms timeout).
 */
class QueryTimeoutStatusTest {

    @TempDir
    static Path dir;
    static ExoKgServer server;
    static String base;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Over 40 triples: the first branch gives 1,600 rows (about 150 KB of CSV, more than Jetty's output
     * buffer, so a streamed answer would already be committed), then the second branch walks 40^4
     * combinations that a filter on all of them rejects (seconds of work, no row), and the timeout strikes.
     */
    static final String SLOW = """
            SELECT * WHERE {
              { ?a ?b ?c . ?d ?e ?f }
              UNION
              { ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?p ?q ?r
                FILTER (CONCAT(STR(?i), STR(?l), STR(?o), STR(?r)) = "no such text") }
            }""";

    @BeforeAll
    static void start() throws Exception {
        Path storeDir = dir.resolve("tdb2");
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < 40; i++) {
            m.add(m.createResource("https://w3id.org/exokg/resource/test/thing-with-a-longish-name-" + i), RDFS.label,
                    "a label long enough to make the CSV rows of this test a little wider, number " + i);
        }
        try (GraphStore store = GraphStore.open(storeDir)) {
            store.replaceGraph(ExoKg.GRAPH_NS + "document/timeout-test", m);
        }
        Path passwd = Files.writeString(dir.resolve("users.properties"), "admin: pw\n");
        server = ExoKgServer.start(ExoKgServer.Options.defaults().withPort(0).withStore(storeDir).withUi(false)
                .withPasswordFile(passwd).withQueryTimeout(Duration.ofMillis(500)), null, false);
        base = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static HttpResponse<String> query(String sparql) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/exokg/sparql?query="
                        + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).build();
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aStoppedServerLeavesNoTimeoutOnInProcessQueries(@TempDir Path other) throws Exception {
        // Fuseki puts a server's arq:queryTimeout into ARQ's JVM-wide context; once that server stops, in-process
        // queries (a build, an ingest) must get back the timeout they had before it started
        Object before = ARQ.getContext().get(ARQ.queryTimeout);
        ExoKgServer second = ExoKgServer.start(ExoKgServer.Options.defaults().withPort(0).withStore(other.resolve("store"))
                .withUi(false).withQueryTimeout(Duration.ofMillis(700)), null, false);
        try {
            assertEquals("700", String.valueOf((Object) ARQ.getContext().get(ARQ.queryTimeout)), "the running server's timeout");
        } finally {
            second.stop();
        }
        assertEquals(String.valueOf(before), String.valueOf((Object) ARQ.getContext().get(ARQ.queryTimeout)));
    }

    @Test
    void aQueryThatTimesOutAfterItsFirstResultsGets503WithoutPartialResults() throws Exception {
        HttpResponse<String> r = query(SLOW);
        assertEquals(503, r.statusCode(), r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
        assertTrue(r.body().toLowerCase().contains("timed out"), r.body());
        assertFalse(r.body().contains("thing-with-a-longish-name"), "no partial results in the error");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers().toString());
        // the server keeps answering, completely and with its length
        HttpResponse<String> ok = query("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 3");
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("s\r\nhttps://w3id.org/exokg/resource/test/thing-with-a-longish-name-0\r\n"
                + "https://w3id.org/exokg/resource/test/thing-with-a-longish-name-1\r\n"
                + "https://w3id.org/exokg/resource/test/thing-with-a-longish-name-10\r\n", ok.body());
        assertEquals(String.valueOf(ok.body().getBytes(StandardCharsets.UTF_8).length),
                ok.headers().firstValue("Content-Length").orElse(""));
    }
}
