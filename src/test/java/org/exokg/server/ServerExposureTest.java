package org.exokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.rdf.model.ModelFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.exokg.ExoKg;
import org.exokg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as an attacker and a careless user meet it: where it listens, SERVICE (server-side request
 * forgery), CORS and cross-origin updates, malformed and oversized requests, password guessing.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ServerExposureTest {

    @TempDir
    static Path dir;

    static ExoKgServer server;
    static String base;
    static HttpServer internal;
    static final AtomicInteger internalHits = new AtomicInteger();
    static String internalUrl;
    static String federatedUrl;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String USER = "admin";
    static final String PASSWORD = "right-password";

    @BeforeAll
    static void start() throws Exception {
        // a service "behind the firewall" that the server must not fetch for anonymous users
        internal = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        internal.createContext("/", exchange -> {
            internalHits.incrementAndGet();
            byte[] body = ("{\"head\":{\"vars\":[\"secret\"]},\"results\":{\"bindings\":[{\"secret\":"
                    + "{\"type\":\"literal\",\"value\":\"internal-secret\"}}]}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        internal.start();
        internalUrl = "http://localhost:" + internal.getAddress().getPort() + "/private/sparql";
        federatedUrl = "http://localhost:" + internal.getAddress().getPort() + "/federated/sparql";

        Path storeDir = dir.resolve("tdb2");
        try (GraphStore store = GraphStore.open(storeDir)) {
            store.replaceGraph(ExoKg.GRAPH_NS + "document/kept", ModelFactory.createDefaultModel()
                    .add(ModelFactory.createDefaultModel().createResource("urn:x:a"),
                            org.apache.jena.vocabulary.RDFS.label, "kept"));
        }
        Path passwd = Files.writeString(dir.resolve("users.properties"), USER + ": " + PASSWORD + "\n");
        server = ExoKgServer.start(ExoKgServer.Options.defaults().withPort(0).withStore(storeDir)
                .withPasswordFile(passwd).withQueryTimeout(Duration.ofSeconds(5))
                .withFederation(List.of(federatedUrl)), null, false);
        base = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (internal != null) {
            internal.stop(0);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder query(String sparql) {
        return HttpRequest.newBuilder(URI.create(base + "/exokg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder update(String sparqlUpdate) {
        return HttpRequest.newBuilder(URI.create(base + "/exokg/update"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(sparqlUpdate, StandardCharsets.UTF_8)));
    }

    private static boolean kept() throws Exception {
        return send(query("ASK { <urn:x:a> ?p \"kept\" }")).body().contains("true");
    }

    @Test
    void listensOnLocalhostUnlessTold() {
        ServerConnector connector = (ServerConnector) server.fuseki().getJettyServer().getConnectors()[0];
        assertEquals("localhost", connector.getHost());
        assertEquals("localhost", ExoKgServer.Options.defaults().listenHost());
        assertEquals("0.0.0.0", ExoKgServer.Options.defaults().withHost("0.0.0.0").listenHost());
    }

    @Test
    void serviceReachesNoEndpointOutsideTheAllowList() throws Exception {
        int before = internalHits.get();
        HttpResponse<String> r = send(query("SELECT * { SERVICE <" + internalUrl + "> { ?s ?p ?o } }"));
        assertNotEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("is not allowed on this server"), r.body());
        assertFalse(r.body().contains("internal-secret"), r.body());
        HttpResponse<String> silent = send(query("SELECT * { SERVICE SILENT <" + internalUrl + "> { ?s ?p ?o } }"));
        assertFalse(silent.body().contains("internal-secret"), silent.body());
        assertEquals(before, internalHits.get(), "the internal service was never contacted");
    }

    @Test
    void serviceReachesAnEndpointOnTheAllowList() throws Exception {
        int before = internalHits.get();
        HttpResponse<String> r = send(query("SELECT * { SERVICE <" + federatedUrl + "> { ?secret ?p ?o } }"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("internal-secret"), r.body());
        assertTrue(internalHits.get() > before);
    }

    @Test
    void corsLetsAnyPageReadButNeverWithCredentialsAndNeverWrite() throws Exception {
        HttpResponse<String> read = send(query("ASK {}").header("Origin", "http://evil.example"));
        assertEquals(200, read.statusCode());
        assertEquals("*", read.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(read.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), read.headers().toString());

        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(base + "/exokg/update"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), preflight.headers().toString());

        // a page of another origin posting a form with the browser's cached Basic credentials
        HttpResponse<String> forged = send(update("DELETE WHERE { ?s ?p \"kept\" }")
                .header("Origin", "http://evil.example").header("Authorization", basic(USER, PASSWORD)));
        assertEquals(403, forged.statusCode(), forged.body());
        assertTrue(kept(), "the store is unchanged");

        HttpResponse<String> own = send(update("INSERT DATA { GRAPH <urn:x:g> { <urn:x:b> <urn:x:p> 1 } }")
                .header("Origin", base).header("Authorization", basic(USER, PASSWORD)));
        assertTrue(own.statusCode() < 300, own.statusCode() + " " + own.body());
    }

    @Test
    void malformedAndOversizedRequestsGetA4xxNotA500() throws Exception {
        for (String path : List.of("/exokg/sparql?query=ASK%7B%7D", "/.well-known/void", "/resource/x", "/ontology/Exosome", "/")) {
            for (String accept : List.of(";;;,,,", ",", ";q=x", "text/html;;;;", "*/*;q=0.5,,,;", "text/", "a/b/c")) {
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept));
                assertTrue(r.statusCode() < 500, path + " with Accept " + accept + " -> " + r.statusCode() + " " + r.body());
            }
            assertEquals(406, send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", ";;;,,,")).statusCode());
        }

        // An over-large form is refused on its Content-Length. Sent by a raw socket that writes only the head: a
        // client still writing 2 MB can race the server's 413 and its closing of the connection (a reset, no status).
        URI endpoint = URI.create(base);
        try (java.net.Socket socket = new java.net.Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /exokg/sparql HTTP/1.1\r\nHost: " + endpoint.getAuthority()
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + 2 * 1024 * 1024
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertTrue(status != null && status.startsWith("HTTP/1.1 413"), "status line " + status);
        }

        String longPath = "/no-such-thing-" + "a".repeat(200_000);
        HttpResponse<String> path = send(HttpRequest.newBuilder(URI.create(base + longPath)));
        assertTrue(path.statusCode() == 414 || path.statusCode() == 431, "status " + path.statusCode());
        assertTrue(path.body().length() < 5_000, "the path is not echoed: " + path.body().length() + " characters");
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE) // last: it locks this test's address out of authenticated requests
    void passwordGuessingIsThrottled() throws Exception {
        int refused = 0;
        int throttled = 0;
        for (int i = 0; i < RequestGuard.MAX_FAILED_LOGINS + 5; i++) {
            int status = send(update("INSERT DATA { <urn:x:c> <urn:x:p> 1 }")
                    .header("Authorization", basic(USER, "guess-" + i))).statusCode();
            if (status == 401) {
                refused++;
            } else if (status == 429) {
                throttled++;
            }
        }
        assertEquals(RequestGuard.MAX_FAILED_LOGINS, refused);
        assertEquals(5, throttled);
        // while locked out, even the right password waits
        assertEquals(429, send(update("INSERT DATA { <urn:x:c> <urn:x:p> 1 }")
                .header("Authorization", basic(USER, PASSWORD))).statusCode());
        // reads stay open to everyone else... and to this address, without credentials
        assertEquals(200, send(query("ASK {}")).statusCode());
    }

    @Test
    void aNewPasswordFileIsPrivateFromTheStartAndItsPasswordIsNotLogged() throws Exception {
        Path passwd = dir.resolve("new/users.properties");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ExoKgServer.ensurePasswordFile(passwd, new PrintStream(log, true, StandardCharsets.UTF_8), null);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwd)));
        String password = Files.readAllLines(passwd).stream().filter(l -> l.startsWith("admin: ")).findFirst()
                .orElseThrow().substring(7);
        String message = log.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("created " + passwd), message);
        assertFalse(message.contains(password), "the password is not in the log: " + message);
    }
}
