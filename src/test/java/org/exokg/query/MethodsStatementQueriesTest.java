package org.exokg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentGraph;
import org.exokg.rdf.DocumentGraphBuilder;
import org.exokg.store.GraphStore;
import org.exokg.store.StatementSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 4: a claim read in a Methods section says what a study did, not what it found. The library's finding
 * queries leave it out; claims-of-document and claims-citing-reference list it, saying it is a methods statement. The
 * fixture (documents/sections/jats-methods-and-findings.xml) names a macrophage and a urine source, a drug-resistance
 * effect and a sonication step only in its Methods section, milk in both, and curcumin and tumour promotion in its
 * title and Results.
 */
class MethodsStatementQueriesTest {

    private static final Path FIXTURE = Path.of("src/test/resources/documents/sections/jats-methods-and-findings.xml");
    private static final String DOC = "pmc-PMC0000931";
    @TempDir
    static Path dir;
    private static GraphStore store;
    private static QueryRunner runner;
    private static QueryLibrary library;

    @BeforeAll
    static void build() throws Exception {
        store = GraphStore.open(dir.resolve("tdb2"));
        store.loadOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        for (DocumentGraph g : DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE)).build(FIXTURE)) {
            store.replaceGraph(g);
        }
        StatementSummary.store(store); // as build and ingest write it after the documents
        runner = QueryRunner.local(store.dataset());
        library = QueryLibrary.load(QueryLibrary.DEFAULT_DIR);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> rows(String name, Map<String, String> parameters, String... vars) {
        LibraryQuery q = library.byName(name).orElseThrow();
        return QueryLibraryTest.namedRows(runner.run(parameters.isEmpty() ? q.query() : q.withParameters(parameters)), vars);
    }

    private static List<String> rows(String name, String... vars) {
        return rows(name, Map.of(), vars);
    }

    @Test
    void theEvidenceQueryListsMethodsStatementsAndSaysSo() {
        List<String> claims = rows("claims-of-document", Map.of("docId", DOC), "relation", "object", "methods", "section");
        String all = String.join("\n", claims);
        assertTrue(claims.contains("relation=derivedFrom object=Macrophage methods=true section=Materials and methods"), all);
        assertTrue(claims.contains("relation=derivedFrom object=Urine methods=true section=Materials and methods"), all);
        assertTrue(claims.contains("relation=contributesTo object=DrugResistance methods=true section=Materials and methods"), all);
        assertTrue(claims.contains("relation=derivedFrom object=Milk methods=false section=Results"), all);
        assertTrue(claims.contains("relation=derivedFrom object=Milk methods=true section=Materials and methods"), all);
        assertTrue(claims.contains("relation=contributesTo object=TumorPromotion methods=false section=Results"), all);
        // every claim of a Methods section is marked, and no other
        for (String c : claims) {
            assertEquals(c.endsWith("section=Materials and methods"), c.contains("methods=true"), c);
        }
        // the document's claim count is every claim it holds, methods statements included
        assertTrue(rows("documents", "docId", "claims").contains("docId=" + DOC + " claims=" + claims.size()),
                String.join("\n", rows("documents", "docId", "claims")));
    }

    @Test
    void sourceQueriesShowOnlyTheSourcesFindingsName() {
        // milk is named in both sections: one row, counting the Results claim only; the example sentence is the finding
        List<String> sources = rows("sources-by-kind", "source", "claims", "document", "sentence");
        assertEquals(List.of("source=Milk claims=1 document=" + DOC + " sentence=Exosomes from milk contributed to tumour promotion."),
                sources);
        List<String> cells = rows("cell-type-sources", "cellType", "documents");
        assertFalse(cells.stream().anyMatch(r -> r.contains("Macrophage") || r.contains("ImmuneCell")), String.join("\n", cells));
        List<String> milk = rows("milk-by-species", "milk", "vesicle", "claims");
        assertTrue(milk.stream().noneMatch(r -> r.startsWith("milk=Urine")), String.join("\n", milk));
    }

    @Test
    void effectsCargoAndLoadingCountFindingsOnly() {
        assertEquals(List.of("effectLabel=tumour promotion hedgedClaims=0 claims=1"),
                rows("harmful-effects", "effectLabel", "hedgedClaims", "claims"));
        // curcumin (title, Results) is counted by its findings
        List<String> curcumin = rows("claims-of-document", Map.of("docId", DOC), "relation", "object", "methods").stream()
                .filter(r -> r.startsWith("relation=carries object=Curcumin ")).toList();
        long findings = curcumin.stream().filter(r -> r.endsWith("methods=false")).count();
        assertTrue(findings >= 1, String.join("\n", curcumin));
        assertEquals(List.of("cargoLabel=curcumin claims=" + findings + " documents=1"),
                rows("cargo-carried", "cargoLabel", "claims", "documents"));
        // sonication is named only in Methods: the technique is listed (it is in the ontology) with no sentence behind it
        List<String> loading = rows("loading-techniques", "technique", "sentences");
        assertTrue(loading.contains("technique=Sonication sentences=-"), String.join("\n", loading));
        List<String> relations = rows("claims-per-relation", "relation", "claims");
        assertTrue(relations.contains("relation=contributesTo claims=1"), String.join("\n", relations));
        assertTrue(relations.stream().noneMatch(r -> r.startsWith("relation=loadedBy")), String.join("\n", relations));
        List<String> statements = rows("claims-in-several-documents", "object");
        assertTrue(statements.isEmpty(), String.join("\n", statements));
    }
}
