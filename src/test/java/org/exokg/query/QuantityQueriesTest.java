package org.exokg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentGraph;
import org.exokg.rdf.DocumentGraphBuilder;
import org.exokg.reasoning.QuantityCheck;
import org.exokg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue-13 queries of the library on a store holding the extraction of invented study and review texts
 * (documents/quantities/), where the seed corpus has no sizes, loading efficiencies or doses: the rows must say what
 * the texts say.
 */
class QuantityQueriesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/documents/quantities");
    @TempDir
    static Path dir;
    private static GraphStore store;
    private static QueryRunner runner;

    @BeforeAll
    static void build() throws Exception {
        store = GraphStore.open(dir.resolve("tdb2"));
        store.loadOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        Model union = ModelFactory.createDefaultModel().add(store.graph(ExoKg.ONTOLOGY_GRAPH));
        for (String f : List.of("ginger-nanovesicle-study.txt", "shares-review.txt", "milk-zeta-a.txt", "milk-zeta-b.txt")) {
            for (DocumentGraph g : builder.build(FIXTURES.resolve(f))) {
                store.replaceGraph(g);
                union.add(g.model());
            }
        }
        store.replaceGraph(ExoKg.CONFLICTS_GRAPH, QuantityCheck.graph(
                QuantityCheck.fromFolder(Path.of(ExoKg.RULES_FILE).getParent()).find(union), ExoKg.RESOURCE_NS + "activity/reasoning/test"));
        org.exokg.store.StatementSummary.store(store); // as build and ingest write it after the documents
        runner = QueryRunner.local(store.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The answer's rows as "var=value" strings, local names for IRIs (TDB2 writes decimals canonically: 60.0). */
    private static List<String> rows(String name, String... vars) throws Exception {
        return rows(LibraryQuery.read(QueryLibrary.DEFAULT_DIR.resolve(name + ".rq")).query(), vars);
    }

    private static List<String> rows(org.apache.jena.query.Query query, String... vars) {
        return QueryLibraryTest.namedRows(runner.run(query), vars);
    }

    @Test
    void sizesPerKindAndSource() throws Exception {
        List<String> rows = rows("reported-sizes", "kind", "source", "value", "low_nm", "high_nm", "modifier", "stage");
        assertTrue(rows.contains("kind=Exosome source=HumanMilk value=60–120 nm low_nm=60.0 high_nm=120.0 modifier=range stage=InVitroStudy"), String.join("\n", rows));
        assertTrue(rows.contains("kind=PlantDerivedNanovesicle source=Ginger value=160 ± 30 nm low_nm=160.0 high_nm=160.0 modifier=- stage=InVitroStudy"), String.join("\n", rows));
        assertTrue(rows.contains("kind=Exosome source=- value=450 nm low_nm=450.0 high_nm=450.0 modifier=- stage=LiteratureReview"), String.join("\n", rows));
    }

    @Test
    void loadingEfficiencyPerTechnique() throws Exception {
        List<String> rows = rows("loading-efficiency-by-technique", "technique", "cargo", "source", "value");
        assertEquals(List.of("technique=Electroporation cargo=Paclitaxel source=Ginger value=14 %",
                "technique=Sonication cargo=Paclitaxel source=Ginger value=35 %"), rows);
    }

    @Test
    void dosesAndRoutesInVivo() throws Exception {
        List<String> rows = rows("in-vivo-doses", "source", "cargo", "dose", "low", "unit", "route", "species");
        assertEquals(List.of("source=Ginger cargo=Paclitaxel dose=8 mg/kg low=8.0 unit=mg/kg route=OralAdministration species=Mouse"), rows);
    }

    @Test
    void sharesWithTheirPopulations() throws Exception {
        List<String> rows = rows("source-shares", "kind", "population", "source", "share", "words");
        assertTrue(rows.contains("kind=Exosome population=Blood source=ImmuneCell share=About 70 % words=-"), String.join("\n", rows));
        assertTrue(rows.contains("kind=Exosome population=- source=StemCell share=- words=most commonly"), String.join("\n", rows));
        assertTrue(rows.contains("kind=Exosome population=Urine source=EpithelialCell share=- words=mainly"), String.join("\n", rows));
    }

    @Test
    void conflictsBetweenValuesWithTheirSentences() throws Exception {
        // one row per finding, with its counts; every value of a finding through quantity-finding-evidence
        List<String> findings = rows("quantity-conflicts", "finding", "type", "statements", "documents");
        assertTrue(findings.size() >= 4, String.join("\n", findings));
        List<String> values = new ArrayList<>();
        ResultSetRewindable iris = runner.run(LibraryQuery.read(QueryLibrary.DEFAULT_DIR.resolve("quantity-conflicts.rq")).query()).rows();
        iris.reset();
        for (String finding : findings) {
            String[] f = finding.split(" ");
            String iri = "<" + iris.next().getResource("finding").getURI() + ">"; // same order as the rows
            List<String> evidence = rows(LibraryQuery.read(QueryLibrary.DEFAULT_DIR.resolve("quantity-finding-evidence.rq"))
                    .withParameters(java.util.Map.of("finding", iri, "limit", "1000")), "property", "object", "value", "words", "document");
            assertEquals(f[2], "statements=" + evidence.size(), finding + ": its statement count is the number of its values\n" + evidence);
            assertEquals(f[3], "documents=" + evidence.stream().map(e -> e.substring(e.indexOf(" document="))).distinct().count(), finding);
            evidence.forEach(e -> values.add(f[1] + " " + e.substring(0, e.indexOf(" document="))));
        }
        assertTrue(findings.stream().anyMatch(r -> r.endsWith("type=QuantityConflict statements=2 documents=2")), String.join("\n", findings));
        assertTrue(values.contains("type=QuantityConflict property=SourcePredominance object=StemCell value=- words=most commonly"), String.join("\n", values));
        assertTrue(values.contains("type=QuantityConflict property=VesicleSize object=- value=450 nm words=-"), String.join("\n", values));
        assertTrue(values.contains("type=QuantityConflict property=ZetaPotential object=- value=+12 mV words=-"), String.join("\n", values));
        assertTrue(values.contains("type=QuantityException property=SourceShare object=ImmuneCell value=About 70 % words=-"), String.join("\n", values));
    }

    @Test
    void claimsFilteredByStudyStage() throws Exception {
        List<String> rows = rows("claims-by-study-stage", "stage", "phase", "registry");
        assertTrue(rows.contains("stage=Phase1ClinicalTrial phase=phase I registry=NCT01234567"), String.join("\n", rows));
        assertTrue(rows.stream().noneMatch(r -> r.startsWith("stage=LiteratureReview")), String.join("\n", rows));
        // one row per statement and setting: its claims, summed, are every claim with a setting other than a review
        long summed = rows("claims-by-study-stage", "claims").stream().mapToLong(r -> Long.parseLong(r.substring("claims=".length()))).sum();
        QueryAnswer direct = runner.run(org.apache.jena.query.QueryFactory.create("PREFIX exokg: <" + ExoKg.NS + "> SELECT (COUNT(DISTINCT ?c) AS ?n) "
                + "WHERE { ?c a exokg:Claim ; exokg:studyStage ?s FILTER (?s != exokg:LiteratureReview) }"));
        long claims = direct.rows().next().getLiteral("n").getLong();
        assertTrue(claims >= rows.size() && rows.size() >= 1, claims + " claims, " + rows.size() + " rows");
        assertEquals(claims, summed);
    }
}
