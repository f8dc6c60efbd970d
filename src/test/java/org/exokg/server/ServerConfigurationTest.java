package org.exokg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fuseki-config/exokg.ttl as written, and the values {@code exokg serve} substitutes. */
class ServerConfigurationTest {

    @TempDir
    Path dir;

    static List<String> select(Model config, String query, String var) {
        try (var qe = QueryExecutionFactory.create("""
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                """ + query, config)) {
            List<String> values = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining((QuerySolution s) -> values.add(s.get(var).toString()));
            return values.stream().sorted().collect(Collectors.toList());
        }
    }

    @Test
    void theFileIsAStockFusekiConfigurationWithRelativeDefaults() {
        Model config = RDFDataMgr.loadModel(ExoKgServer.DEFAULT_CONFIG.toString());

        assertEquals(List.of("data/tdb2"), select(config, "SELECT ?l { ?d a tdb2:DatasetTDB2 ; tdb2:location ?l }", "l"));
        assertEquals(List.of("true"), select(config, "SELECT (STR(?u) AS ?x) { ?d tdb2:unionDefaultGraph ?u }", "x"));
        assertEquals(List.of("exokg", "exokg-inf"), select(config, "SELECT ?n { ?s a fuseki:Service ; fuseki:name ?n }", "n"));
        assertEquals(List.of("5000"), select(config,
                "SELECT ?v { ?s a fuseki:Server ; ja:context [ ja:cxtName \"arq:queryTimeout\" ; ja:cxtValue ?v ] }", "v"));
        // writes are for authenticated users only
        assertEquals(List.of("data", "update"), select(config,
                "SELECT ?n { ?svc fuseki:endpoint [ fuseki:name ?n ; fuseki:allowedUsers \"*\" ] }", "n"));
        assertTrue(Files.isRegularFile(Path.of("ontology/rules/exokg.rules")), "rules file referenced by the config");
    }

    @Test
    void optionsAreSubstitutedAndAMissingPasswordFileIsCreated() throws Exception {
        Path passwd = dir.resolve("secret/users.properties");
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        ExoKgServer.Options options = ExoKgServer.Options.defaults().withStore(dir.resolve("store"))
                .withPasswordFile(passwd).withQueryTimeout(Duration.ofMillis(1234));

        Model config = ExoKgServer.configuration(options, new PrintStream(messages, true, StandardCharsets.UTF_8));

        assertEquals(List.of(dir.resolve("store").toAbsolutePath().toString()),
                select(config, "SELECT ?l { ?d a tdb2:DatasetTDB2 ; tdb2:location ?l }", "l"));
        assertEquals(List.of("1234"), select(config,
                "SELECT ?v { ?s ja:context [ ja:cxtName \"arq:queryTimeout\" ; ja:cxtValue ?v ] }", "v"));
        assertEquals(List.of(passwd.toAbsolutePath().toString()), select(config, "SELECT ?p { ?s fuseki:passwd ?p }", "p"));

        List<String> users = Files.readAllLines(passwd).stream().filter(l -> !l.startsWith("#")).collect(Collectors.toList());
        assertEquals(1, users.size());
        assertTrue(users.get(0).matches("admin: [A-Za-z0-9]{20}"), users.get(0));
        String message = messages.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("created " + passwd), message);
        assertFalse(message.contains(users.get(0).substring(7)), "the password is never logged: " + message);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(passwd)));

        // an existing file is kept as it is
        ExoKgServer.configuration(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(users, Files.readAllLines(passwd).stream().filter(l -> !l.startsWith("#")).collect(Collectors.toList()));
    }
}
