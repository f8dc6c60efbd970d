package org.exokg.query;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.SortCondition;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.exokg.ExoKg;
import org.exokg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of {@code queries/} against the store built from the corpus: it must parse as strict SPARQL 1.1,
 * have a full header, order its rows totally, and give exactly the rows of its expected file; its header's
 * example rows must be the first rows of that answer.
 */
class QueryLibraryTest {

    static final Path LIBRARY = QueryLibrary.DEFAULT_DIR;
    static final String REGENERATE = "mvn -q test-compile exec:java -Dexec.classpathScope=test "
            + "-Dexec.mainClass=org.exokg.bench.ExpectedAnswers";

    static GraphStore store;
    static QueryRunner runner;

    @BeforeAll
    static void buildStore() {
        store = CorpusStore.open();
        runner = QueryRunner.local(store.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @TestFactory
    Stream<DynamicTest> everyQueryGivesItsExpectedRows() {
        return QueryLibrary.files(LIBRARY).stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            LibraryQuery q = LibraryQuery.read(file); // header and strict SPARQL 1.1
            assertTotallyOrdered(q);
            Path expected = QueryLibrary.expectedFile(LIBRARY, q.name());
            assertTrue(Files.isRegularFile(expected), q.name() + ": no expected answer " + expected + " (generate it with: "
                    + REGENERATE + ", then review it)");
            QueryAnswer answer = runner.run(q.query());
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), answer.expectedText(),
                    q.name() + ": rows differ from " + expected);
            assertEquals(ExampleRows.render(answer, ExampleRows.ROWS), q.exampleOutput(),
                    q.name() + ": the header's example output is not the answer's first rows");
        }));
    }

    /** Every projected variable appears in ORDER BY, so the expected file is the one order the answer can have. */
    static void assertTotallyOrdered(LibraryQuery q) {
        Query query = q.query();
        if (!query.isSelectType()) {
            return;
        }
        assertTrue(query.hasOrderBy(), q.name() + ": no ORDER BY");
        Set<String> ordered = new HashSet<>();
        for (SortCondition c : query.getOrderBy()) {
            c.getExpression().getVarsMentioned().forEach(v -> ordered.add(v.getVarName()));
        }
        List<String> missing = query.getResultVars().stream().filter(v -> !ordered.contains(v)).toList();
        assertEquals(List.of(), missing, q.name() + ": projected variables missing from ORDER BY");
    }

    @Test
    void everyExpectedFileBelongsToAQuery() throws IOException {
        Set<String> names = new HashSet<>();
        QueryLibrary.load(LIBRARY).queries().forEach(q -> names.add(q.name() + ".tsv"));
        try (Stream<Path> files = Files.list(LIBRARY.resolve("expected"))) {
            List<String> orphans = files.map(f -> f.getFileName().toString()).filter(n -> !names.contains(n)).sorted().toList();
            assertEquals(List.of(), orphans, "expected answers without a query");
        }
    }

    @Test
    void theLibraryCoversTheCompetencyQuestions() {
        QueryLibrary library = QueryLibrary.load(LIBRARY);
        assertTrue(library.queries().size() >= 20, "queries: " + library.queries().size());
        for (String name : List.of("sources-by-kind", "milk-by-species", "cargo-kinds", "loading-techniques",
                "properties-and-advantages", "reaching-a-disease-site", "applications", "clinical-challenges",
                "claims-of-document", "claims-in-several-documents", "hedged-vs-definite", "negated-claims",
                "claims-citing-reference", "conflicting-claims", "corroborated-claims", "subclasses-of-class",
                "terms-mapped-to-ontology", "triples-per-graph", "claims-per-relation", "documents")) {
            assertTrue(library.byName(name).isPresent(), name);
        }
    }

    @Test
    void strictSparql11RejectsJenaExtensions() {
        String header = "# title: t\n# question: q\n# parameters: none\n# row: r\n# keywords: k\n# example output:\n";
        var e = assertThrows(LibraryQuery.InvalidQueryException.class,
                () -> LibraryQuery.parse("let", Path.of("let.rq"), header + "SELECT ?x WHERE { LET (?x := 1) }"));
        assertTrue(e.getMessage().startsWith("let.rq: not SPARQL 1.1"), e.getMessage());
        var missing = assertThrows(LibraryQuery.InvalidQueryException.class,
                () -> LibraryQuery.parse("q", Path.of("q.rq"), "# title: t\nSELECT * WHERE { ?s ?p ?o }"));
        assertEquals("q.rq: header lacks '# question:'", missing.getMessage());
        var undeclared = assertThrows(LibraryQuery.InvalidQueryException.class, () -> LibraryQuery.parse("p", Path.of("p.rq"),
                header.replace("# parameters: none", "# parameter: ?doc: a document") + "SELECT ?s WHERE { ?s ?p ?doc } ORDER BY ?s"));
        assertTrue(undeclared.getMessage().contains("parameter ?doc has no default"), undeclared.getMessage());
    }

    @Test
    void parametersReplaceTheirDefaultsAsRdfTerms() {
        QueryLibrary library = QueryLibrary.load(LIBRARY);
        LibraryQuery citing = library.byName("claims-citing-reference").orElseThrow();
        List<String> rows = rows(runner.run(citing.withParameters(Map.of("referenceNumber", "20"))), "relation", "object", "sentence");
        assertEquals(List.of(
                "contributesTo HorizontalMiRNATransfer The study suggests that the adverse biological consequences of exosomes can lead to horizontal miRNA transfer, which would improve the resistance of cancer cells to therapy [20].",
                "hasChallenge SafetyConcern The study suggests that the adverse biological consequences of exosomes can lead to horizontal miRNA transfer, which would improve the resistance of cancer cells to therapy [20]."),
                rows);

        LibraryQuery subclasses = library.byName("subclasses-of-class").orElseThrow();
        List<String> fluids = rows(runner.run(subclasses.withParameters(Map.of("class", "exokg:BodyFluid"))), "subclass");
        assertTrue(fluids.contains("HumanMilk") && fluids.contains("CerebrospinalFluid") && !fluids.contains("Exosome"), fluids.toString());

        // a parameter set inside the sub-select that groups (reaching-a-disease-site groups before it reads labels)
        LibraryQuery reaching = library.byName("reaching-a-disease-site").orElseThrow();
        assertEquals(List.of("crosses blood-brain barrier brain tumour"),
                rows(runner.run(reaching.query()), "relationLabel", "abilityLabel", "diseaseLabel"));
        assertEquals(List.of(), rows(runner.run(reaching.withParameters(Map.of("disease", "exokg:Stroke"))), "diseaseLabel"));
        assertEquals(List.of("crosses blood-brain barrier brain tumour"),
                rows(runner.run(reaching.withParameters(Map.of("disease", "exokg:BrainTumor"))), "relationLabel", "abilityLabel", "diseaseLabel"));

        // a value is one RDF term: text that looks like SPARQL stays a string and matches nothing
        LibraryQuery ofDocument = library.byName("claims-of-document").orElseThrow();
        assertEquals(0, runner.run(ofDocument.withParameters(Map.of("docId", "x\" } ?s ?p ?o { \""))).size());
        var unknown = assertThrows(LibraryQuery.InvalidQueryException.class, () -> ofDocument.withParameters(Map.of("doc", "x")));
        assertEquals("query claims-of-document has no parameter 'doc' (it takes: docId)", unknown.getMessage());
    }

    @Test
    void limitAndOffsetPageAnAnswer() {
        QueryLibrary library = QueryLibrary.load(LIBRARY);
        LibraryQuery documents = library.byName("documents").orElseThrow();
        List<String> all = rows(runner.run(documents.query()), "docId");
        assertEquals(2, all.size(), all.toString());
        assertEquals(all.subList(0, 1), rows(runner.run(documents.withParameters(Map.of("limit", "1"))), "docId"));
        assertEquals(all.subList(1, 2), rows(runner.run(documents.withParameters(Map.of("limit", "1", "offset", "1"))), "docId"));
        assertEquals(List.of(), rows(runner.run(documents.withParameters(Map.of("offset", "2"))), "docId"));
        assertEquals(all, rows(runner.run(documents.query()), "docId"), "the library's parsed query is not changed by paging");
        var negative = assertThrows(LibraryQuery.InvalidQueryException.class, () -> documents.withParameters(Map.of("limit", "-1")));
        assertEquals("parameter limit must be a whole number of rows (0 or more), not: -1", negative.getMessage());
        assertThrows(LibraryQuery.InvalidQueryException.class, () -> documents.withParameters(Map.of("offset", "ten")));
        // a query without a LIMIT cannot declare them, and one that does not declare them does not take them
        String header = "# title: t\n# question: q\n# parameter: ?limit: rows\n# row: r\n# keywords: k\n# example output:\n";
        var noLimit = assertThrows(LibraryQuery.InvalidQueryException.class,
                () -> LibraryQuery.parse("p", Path.of("p.rq"), header + "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s"));
        assertTrue(noLimit.getMessage().contains("needs a LIMIT"), noLimit.getMessage());
        assertThrows(LibraryQuery.InvalidQueryException.class,
                () -> library.byName("claims-of-document").orElseThrow().withParameters(Map.of("limit", "5")));
    }

    @Test
    void theCatalogueIsInTheQueriesGraph() {
        QueryLibrary library = QueryLibrary.load(LIBRARY);
        Model catalogue = store.graph(ExoKg.QUERIES_GRAPH);
        Resource executable = catalogue.createResource(QueryCatalogue.SH + "SPARQLExecutable");
        assertEquals(library.queries().size(), catalogue.listSubjectsWithProperty(RDF.type, executable).toList().size());
        for (LibraryQuery q : library.queries()) {
            Resource r = catalogue.createResource(QueryCatalogue.QUERY_NS + q.name());
            assertTrue(r.hasProperty(RDF.type, catalogue.createResource(QueryCatalogue.SH + "SPARQLSelectExecutable")), q.name());
            assertEquals(q.question(), r.getProperty(RDFS.comment).getString(), q.name());
            assertEquals(q.text(), r.getProperty(catalogue.createProperty(QueryCatalogue.SH, "select")).getString(), q.name());
            assertEquals("http://localhost:3030/exokg/sparql",
                    r.getPropertyResourceValue(catalogue.createProperty(QueryCatalogue.SCHEMA, "target")).getURI());
            Set<String> keywords = new HashSet<>();
            r.listProperties(catalogue.createProperty(QueryCatalogue.SCHEMA, "keywords")).forEach(s -> keywords.add(s.getString()));
            assertEquals(new HashSet<>(q.keywords()), keywords, q.name());
        }
    }

    /** Local names / lexical forms of the given variables, one string per row. */
    static List<String> rows(QueryAnswer answer, String... vars) {
        List<String> rows = new ArrayList<>();
        answer.rows().forEachRemaining((QuerySolution s) -> {
            List<String> cells = new ArrayList<>();
            for (String v : vars) {
                var n = s.get(v);
                cells.add(n == null ? "" : n.isURIResource() ? n.asResource().getLocalName() : n.asLiteral().getLexicalForm());
            }
            rows.add(String.join(" ", cells));
        });
        return rows;
    }

    /** The answer's rows as "var=value" strings ("-" when unbound), local names for IRIs. */
    static List<String> namedRows(QueryAnswer answer, String... vars) {
        List<String> rows = new ArrayList<>();
        answer.rows().forEachRemaining((QuerySolution s) -> {
            List<String> cells = new ArrayList<>();
            for (String v : vars) {
                var n = s.get(v);
                cells.add(v + "=" + (n == null ? "-" : n.isURIResource() ? n.asResource().getLocalName() : n.asLiteral().getLexicalForm()));
            }
            rows.add(String.join(" ", cells));
        });
        return rows;
    }
}
