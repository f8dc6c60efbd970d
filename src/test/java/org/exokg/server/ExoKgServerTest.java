package org.exokg.server;

import static org.exokg.testing.TestDocuments.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.exokg.ExoKg;
import org.exokg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server (Fuseki main from fuseki-config/exokg.ttl) on a free port, over a TDB2 store in a temp dir. */
class ExoKgServerTest {

    @TempDir
    static Path dir;

    static ExoKgServer server;
    static String base;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String USER = "tester";
    static final String PASSWORD = "s3cret";

    static final String EXOKG = "https://w3id.org/exokg/ontology/";

    @BeforeAll
    static void startServer() throws IOException {
        Path storeDir = dir.resolve("tdb2");
        try (GraphStore store = GraphStore.open(storeDir)) {
            store.replaceGraph(ExoKg.ONTOLOGY_GRAPH, ontology());
            store.replaceGraph(document("doc-a", "Milk exosomes", "Milk"));
            store.replaceGraph(document("doc-b", "Dendritic cell exosomes", "DendriticCell"));
            // some bulk, so that a cross product of the data is far too big to finish within the timeout
            StringBuilder bulk = new StringBuilder(PREFIXES);
            for (int i = 0; i < 400; i++) {
                bulk.append("<urn:x:s").append(i).append("> rdfs:label \"bulk ").append(i).append("\" .\n");
            }
            store.replaceGraph(ExoKg.GRAPH_NS + "bulk", parse(bulk.toString()));
        }
        Path passwd = Files.writeString(dir.resolve("users.properties"), USER + ": " + PASSWORD + "\n");
        ExoKgServer.Options options = ExoKgServer.Options.defaults()
                .withPort(0)
                .withStore(storeDir)
                .withPasswordFile(passwd)
                .withQueryTimeout(Duration.ofSeconds(1))
                .withLocalhostOnly(true);
        server = ExoKgServer.start(options, null, false);
        base = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    // ---- HTTP helpers

    static HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(30)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> query(String endpoint, String sparql, String accept) throws Exception {
        return get(endpoint + "?query=" + enc(PREFIXES + sparql), accept);
    }

    static HttpResponse<String> postForm(String path, String name, String value, boolean authenticated) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(name + "=" + enc(value)));
        if (authenticated) {
            b.header("Authorization", basic());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static ResultSet jsonResults(HttpResponse<String> response) {
        return ResultSetFactory.fromJSON(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    static boolean ask(String endpoint, String sparql) throws Exception {
        HttpResponse<String> r = query(endpoint, "ASK { " + sparql + " }", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.parse(r.body()).get("boolean").getAsBoolean().value();
    }

    // ---- queries

    @Test
    void selectAsJsonOverTheUnionOfAllGraphs() throws Exception {
        HttpResponse<String> r = query("/exokg/sparql",
                "SELECT ?source ?label WHERE { ?claim a exokg:Claim ; rdf:predicate exokg:derivedFrom ; rdf:object ?source ."
                        + " ?source rdfs:label ?label } ORDER BY ?label", "application/sparql-results+json");

        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        ResultSet rs = jsonResults(r);
        List<String> rows = new java.util.ArrayList<>();
        rs.forEachRemaining(b -> rows.add(b.getResource("source").getURI() + " " + b.getLiteral("label").getString()));
        // claims come from the document graphs, labels from the ontology graph: the default graph is the union
        assertEquals(List.of(EXOKG + "DendriticCell dendritic cell", EXOKG + "Milk milk"), rows);
    }

    /**
     * {@code exokg query --endpoint} (QueryRunner.remote) asks for Thrift results first: Fuseki sends them, and the
     * answer read from them is the one the store gives in-process, term for term (IRIs, language tags, datatypes).
     */
    @Test
    void remoteQueriesGetThriftResultsWithTheSameAnswerAsInProcess() throws Exception {
        String sparql = PREFIXES + "SELECT ?source ?label ?n ?doc WHERE { ?claim a exokg:Claim ; rdf:predicate exokg:derivedFrom ;"
                + " rdf:object ?source . ?source rdfs:label ?label . BIND(STRLEN(?label) AS ?n)"
                + " OPTIONAL { GRAPH ?g { ?claim exokg:nothing ?doc } } } ORDER BY ?label";
        HttpRequest raw = HttpRequest.newBuilder(URI.create(base + "/exokg/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", org.exokg.query.QueryRunner.SELECT_ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(sparql)).build();
        HttpResponse<byte[]> r = http.send(raw, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("application/sparql-results+thrift", r.headers().firstValue("Content-Type").orElse(""));

        org.apache.jena.query.Query query = org.apache.jena.query.QueryFactory.create(sparql);
        String remote = org.exokg.query.QueryRunner.remote(base + "/exokg/sparql").run(query).toString(org.exokg.query.QueryAnswer.Format.TSV);
        String local;
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            local = org.exokg.query.QueryRunner.local(store.dataset()).run(query).toString(org.exokg.query.QueryAnswer.Format.TSV);
        }
        assertEquals(local, remote);
        assertTrue(remote.contains("<" + EXOKG + "DendriticCell>\t\"dendritic cell\"@en\t14\t")
                && remote.contains("<" + EXOKG + "Milk>\t\"milk\"@en\t4\t"), remote);
    }

    @Test
    void selectAsCsv() throws Exception {
        HttpResponse<String> r = query("/exokg/query",
                "SELECT ?title WHERE { ?d a exokg:Document ; <http://purl.org/dc/terms/title> ?title } ORDER BY ?title",
                "text/csv");

        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("title", "Dendritic cell exosomes", "Milk exosomes"), r.body().lines().collect(Collectors.toList()));
    }

    @Test
    void constructAsTurtle() throws Exception {
        HttpResponse<String> r = query("/exokg/sparql",
                "CONSTRUCT { ?vesicle exokg:derivedFrom ?source } WHERE { ?vesicle exokg:derivedFrom ?source }", "text/turtle");

        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model expected = parse(PREFIXES + "exokg:Exosome exokg:derivedFrom exokg:Milk, exokg:DendriticCell .");
        assertTrue(parseTurtle(r.body()).isIsomorphicWith(expected), r.body());
    }

    @Test
    void queryInsideOneNamedGraph() throws Exception {
        HttpResponse<String> r = query("/exokg/sparql",
                "SELECT ?g ?source WHERE { GRAPH ?g { exokg:Exosome exokg:derivedFrom ?source } } ORDER BY ?g",
                "application/sparql-results+json");

        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = jsonResults(r);
        List<String> rows = new java.util.ArrayList<>();
        rs.forEachRemaining(b -> rows.add(b.getResource("g").getURI() + " -> " + b.getResource("source").getURI()));
        assertEquals(List.of(graphIri("doc-a") + " -> " + EXOKG + "Milk", graphIri("doc-b") + " -> " + EXOKG + "DendriticCell"), rows);

        assertTrue(ask("/exokg/sparql", "GRAPH <" + graphIri("doc-a") + "> { ?c rdf:object exokg:Milk }"));
        assertFalse(ask("/exokg/sparql", "GRAPH <" + graphIri("doc-a") + "> { ?c rdf:object exokg:DendriticCell }"));
    }

    @Test
    void graphStoreProtocolGet() throws Exception {
        HttpResponse<String> r = get("/exokg/get?graph=" + enc(graphIri("doc-a")), "text/turtle");

        assertEquals(200, r.statusCode(), r.body());
        assertTrue(parseTurtle(r.body()).isIsomorphicWith(document("doc-a", "Milk exosomes", "Milk").model()), r.body());
        assertEquals(404, get("/exokg/get?graph=" + enc(graphIri("no-such-doc")), "text/turtle").statusCode());
    }

    // ---- writes need authentication

    @Test
    void updateWithoutCredentialsIsRefused() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:x:anon> { <urn:x:a> <urn:x:b> \"anonymous\" } }";

        assertEquals(401, postForm("/exokg/update", "update", update, false).statusCode());
        assertTrue(postForm("/exokg", "update", update, false).statusCode() >= 400, "no update on the dataset URL");
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(base + "/exokg/data?graph=" + enc("urn:x:anon")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> 1 .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, put.statusCode());
        assertFalse(ask("/exokg/sparql", "GRAPH <urn:x:anon> { ?s ?p ?o }"), "nothing written");
    }

    @Test
    void updateWithCredentialsIsApplied() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:x:authorised> { <urn:x:a> <urn:x:b> \"written\" } }";

        HttpResponse<String> r = postForm("/exokg/update", "update", update, true);

        assertEquals(200, r.statusCode(), r.body());
        assertTrue(ask("/exokg/sparql", "GRAPH <urn:x:authorised> { <urn:x:a> <urn:x:b> \"written\" }"));
        HttpResponse<String> delete = http.send(HttpRequest.newBuilder(URI.create(base + "/exokg/data?graph=" + enc("urn:x:authorised")))
                .header("Authorization", basic()).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(delete.statusCode() == 200 || delete.statusCode() == 204, delete.statusCode() + " " + delete.body());
        assertFalse(ask("/exokg/sparql", "GRAPH <urn:x:authorised> { ?s ?p ?o }"));
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/exokg/update"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("tester:wrong".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("update=" + enc("CLEAR ALL"))).build();
        assertEquals(401, http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertTrue(ask("/exokg/sparql", "?s a exokg:Document"));
    }

    // ---- bad input, timeout

    @Test
    void malformedQueryIs400WithTheParserMessage() throws Exception {
        HttpResponse<String> r = get("/exokg/sparql?query=" + enc("SELECT * WHERE { ?s ?p }"), null);

        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Parse error"), r.body());
        assertTrue(r.body().contains("line 1, column"), r.body());
    }

    @Test
    void malformedUpdateIs400WithTheParserMessage() throws Exception {
        HttpResponse<String> r = postForm("/exokg/update", "update", "INSERT DATA { <urn:x:a> <urn:x:b> }", true);

        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Encountered") || r.body().contains("Parse error"), r.body());
    }

    @Test
    void explosiveQueryIsStoppedByTheTimeoutAndTheServerStillAnswers() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = query("/exokg/sparql",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", "application/sparql-results+json");
        double seconds = (System.nanoTime() - start) / 1e9;

        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds < 15, "stopped after " + seconds + " s");
        assertTrue(ask("/exokg/sparql", "exokg:Exosome exokg:derivedFrom exokg:Milk"), "the next query is answered");
    }

    // ---- inference service, CORS, UI

    @Test
    void ruleInferenceServiceGeneralisesClaims() throws Exception {
        String generalised = "exokg:Exosome exokg:derivedFrom exokg:VesicleSource";
        assertFalse(ask("/exokg/sparql", generalised), "not in the materialised graphs");
        assertTrue(ask("/exokg-inf/sparql", generalised), "rule positiveClaimGeneralisation");
        assertTrue(ask("/exokg-inf/sparql", "exokg:Milk rdfs:subClassOf exokg:VesicleSource"), "rule subClassTransitivity");
        assertTrue(ask("/exokg-inf/sparql", "?d a exokg:Document"), "base data visible");
    }

    @Test
    void corsHeadersForBrowserClients() throws Exception {
        HttpRequest preflight = HttpRequest.newBuilder(URI.create(base + "/exokg/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type")
                .build();
        HttpResponse<String> r = http.send(preflight, HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() < 300, "preflight: " + r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());

        HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/exokg/sparql?query=" + enc("ASK {}")))
                .header("Origin", "http://example.org").build();
        HttpResponse<String> g = http.send(get, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, g.statusCode());
        assertTrue(g.headers().firstValue("Access-Control-Allow-Origin").isPresent(), g.headers().toString());
    }

    @Test
    void fusekiUiAndServerDescription() throws Exception {
        HttpResponse<String> home = get("/", "text/html");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<h1>ExoKG — an open knowledge graph of exosome therapeutics</h1>"), home.body());
        // the Fuseki UI at its own path; what it asks under that path is redirected to the server's own
        HttpResponse<String> page = get("/fuseki/", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Fuseki"), page.body());
        HttpResponse<String> ui = get("/fuseki/$/server", "application/json");
        assertEquals(307, ui.statusCode());
        assertEquals("/$/server", ui.headers().firstValue("Location").orElse(""));
        HttpResponse<String> query = get("/fuseki/exokg?query=ASK%7B%7D", "application/json");
        assertEquals(307, query.statusCode());
        assertEquals("/exokg?query=ASK%7B%7D", query.headers().firstValue("Location").orElse(""));
        HttpResponse<String> doubleSlash = get("/fuseki//evil.example/x", null);
        String location = doubleSlash.headers().firstValue("Location").orElse("");
        assertTrue(location.isEmpty() || location.startsWith("/") && !location.startsWith("//"),
                "never a redirect off this server: " + doubleSlash.statusCode() + " " + location);

        HttpResponse<String> status = get("/$/server", "application/json");
        assertEquals(200, status.statusCode(), status.body());
        JsonObject json = JSON.parse(status.body());
        String datasets = json.get("datasets").toString();
        assertTrue(datasets.contains("/exokg") && datasets.contains("/exokg-inf"), datasets);

        assertEquals(404, get("/$/datasets", "application/json").statusCode(), "no dataset admin");
    }

    @Test
    void fusekiUiShowsOnlyWhatWorks() throws Exception {
        // what the UI's hidden buttons call does not exist here
        for (String admin : List.of("/$/datasets", "/$/datasets/exokg", "/$/backup/exokg", "/$/tasks")) {
            assertEquals(404, get(admin, "application/json").statusCode(), admin);
        }
        // index.html carries the UI's own code and ExoKG's additions, before the UI's code runs
        String index = get("/fuseki/", "text/html").body();
        assertTrue(index.contains("<script type=\"module\" crossorigin src=\"./static/index-"), index);
        assertTrue(index.contains(".dataset-remove") && index.contains(".dataset-backup")
                && index.contains("a[href$=\"/manage/new\"]") && index.contains("a[href$=\"/manage/tasks\"]"), index);
        assertTrue(index.indexOf("fetch('./$/server'") < index.indexOf("</head>"), index);
        // the static files stay as the UI ships them
        assertFalse(get("/fuseki/favicon.ico", null).body().contains("exokg"));

        // the description the UI reads: Fuseki's version (from its jar's Maven metadata), and which dataset
        // takes data (the script hides add data and edit on the others)
        JsonObject status = JSON.parse(get("/$/server", "application/json").body());
        String version = status.get("version").getAsString().value();
        assertEquals(ServerDescription.fusekiVersion(), version);
        assertTrue(version.matches("5\\.\\d+\\.\\d+"), version);
        assertNotEquals(ExoKg.VERSION, version);
        Map<String, List<String>> services = new java.util.TreeMap<>();
        status.get("datasets").getAsArray().forEach(ds -> {
            List<String> types = new java.util.ArrayList<>();
            ds.getAsObject().get("ds.services").getAsArray()
                    .forEach(s -> types.add(s.getAsObject().get("srv.type").getAsString().value()));
            java.util.Collections.sort(types);
            services.put(ds.getAsObject().get("ds.name").getAsString().value(), types);
        });
        assertEquals(Map.of("/exokg", List.of("gsp-r", "gsp-rw", "query", "update"), "/exokg-inf", List.of("query")), services);
    }

    static Model parseTurtle(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(m);
        return m;
    }
}
