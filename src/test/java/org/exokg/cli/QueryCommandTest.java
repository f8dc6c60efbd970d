package org.exokg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.exokg.query.CorpusStore;
import org.exokg.query.LibraryQuery;
import org.exokg.query.QueryLibrary;
import org.exokg.server.ExoKgServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exokg query}: listing, running against the corpus store and a real server, and its errors. */
class QueryCommandTest {

    static String expected(String name) throws IOException {
        return Files.readString(QueryLibrary.expectedFile(QueryLibrary.DEFAULT_DIR, name), StandardCharsets.UTF_8);
    }

    /** The expected TSV answer written as SPARQL CSV by Jena itself, the reference the command's CSV is held to. */
    static String asCsv(String tsv) {
        org.apache.jena.query.ResultSet rows = org.apache.jena.riot.ResultSetMgr.read(
                new java.io.ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)),
                org.apache.jena.riot.resultset.ResultSetLang.RS_TSV);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.apache.jena.riot.ResultSetMgr.write(out, rows, org.apache.jena.riot.resultset.ResultSetLang.RS_CSV);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listShowsEveryQueryWithItsTitle() {
        CliRunner r = CliRunner.run("query", "--list");

        assertEquals(0, r.exitCode(), r.err());
        List<LibraryQuery> queries = QueryLibrary.load(QueryLibrary.DEFAULT_DIR).queries();
        List<String> lines = r.out().lines().toList();
        assertEquals(queries.size(), lines.size());
        for (int i = 0; i < queries.size(); i++) {
            assertTrue(lines.get(i).matches(queries.get(i).name() + " +" + java.util.regex.Pattern.quote(queries.get(i).title())), lines.get(i));
        }
    }

    @Test
    void runsALibraryQueryAgainstTheStoreInEachFormat() throws IOException {
        String store = CorpusStore.location().toString();

        CliRunner tsv = CliRunner.run("query", "claims-per-relation", "--store", store, "--format", "tsv");
        assertEquals(0, tsv.exitCode(), tsv.err());
        assertEquals(expected("claims-per-relation"), tsv.out());

        CliRunner csv = CliRunner.run("query", "documents", "--store", store, "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        assertEquals(asCsv(expected("documents")).lines().toList(), csv.out().lines().toList());

        CliRunner table = CliRunner.run("query", "queries/reaching-a-disease-site.rq", "--store", store);
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("| \"crosses\"@en  | \"blood-brain barrier\"@en | \"brain tumour\"@en |"), table.out());

        CliRunner json = CliRunner.run("query", "terms-mapped-to-ontology", "--param", "ontology=GO", "--store", store, "--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"value\": \"GO:0000178\"") && !json.out().contains("\"CL:"), json.out());
    }

    @Test
    void runsAgainstARunningEndpoint(@TempDir Path dir) throws IOException {
        Path passwd = Files.writeString(dir.resolve("users.properties"), "tester: s3cret\n");
        ExoKgServer server = ExoKgServer.start(ExoKgServer.Options.defaults().withPort(0).withStore(CorpusStore.location())
                .withPasswordFile(passwd).withQueryTimeout(Duration.ofSeconds(30)).withLocalhostOnly(true), null, false);
        try {
            String endpoint = "http://localhost:" + server.port() + "/exokg/sparql";
            for (String name : List.of("sources-by-kind", "find-library-queries", "claims-citing-reference")) {
                CliRunner r = CliRunner.run("query", name, "--endpoint", endpoint, "--format", "tsv");
                assertEquals(0, r.exitCode(), r.err());
                assertEquals(expected(name), r.out(), name + " over HTTP");
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void badInputIsAOneLineError(@TempDir Path dir) throws IOException {
        CliRunner unknown = CliRunner.run("query", "no-such-query");
        assertEquals(1, unknown.exitCode());
        assertEquals("exokg: unknown query 'no-such-query' (exokg query --list shows the library in queries)", unknown.err().strip());

        Path broken = Files.writeString(dir.resolve("broken.rq"),
                "# title: t\n# question: q\n# parameters: none\n# row: r\n# keywords: k\nSELECT ?x WHERE { ?x ?p }\n");
        CliRunner invalid = CliRunner.run("query", broken.toString());
        assertEquals(1, invalid.exitCode());
        assertEquals(1, invalid.err().strip().lines().count(), invalid.err());
        assertTrue(invalid.err().startsWith("exokg: " + broken + ": not SPARQL 1.1"), invalid.err());

        CliRunner format = CliRunner.run("query", "documents", "--format", "xml");
        assertEquals(2, format.exitCode());
        assertTrue(format.err().startsWith("unknown format 'xml' (choose one of table, csv, tsv, json)"), format.err());

        CliRunner param = CliRunner.run("query", "hedged-claims", "--param", "x=1", "--store", dir.toString());
        assertEquals(1, param.exitCode());
        assertEquals("exokg: query hedged-claims has no parameter 'x' (it takes none)", param.err().strip());
        CliRunner page = CliRunner.run("query", "documents", "--param", "limit=ten", "--store", dir.toString());
        assertEquals(1, page.exitCode());
        assertEquals("exokg: parameter limit must be a whole number of rows (0 or more), not: ten", page.err().strip());

        int freePort;
        try (ServerSocket s = new ServerSocket(0)) {
            freePort = s.getLocalPort();
        }
        CliRunner down = CliRunner.run("query", "documents", "--endpoint", "http://localhost:" + freePort + "/exokg/sparql");
        assertEquals(1, down.exitCode());
        assertEquals(1, down.err().strip().lines().count(), down.err());
        assertTrue(down.err().startsWith("exokg: http://localhost:" + freePort + "/exokg/sparql: "), down.err());

        CliRunner noLibrary = CliRunner.run("query", "documents", "--library", dir.resolve("none").toString());
        assertEquals(1, noLibrary.exitCode());
        assertEquals("exokg: no query library at " + dir.resolve("none") + " (run exokg from the project directory, or give --library DIR)",
                noLibrary.err().strip());

        CliRunner noStore = CliRunner.run("query", "documents", "--store", dir.resolve("none").toString());
        assertEquals(1, noStore.exitCode());
        assertTrue(noStore.err().startsWith("exokg: no store at "), noStore.err());
    }
}
