package org.exokg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.exokg.store.CorpusLoader;
import org.exokg.store.DocumentExtractor;
import org.exokg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exokg reason}: exit status, stored graphs and the Markdown report. */
class ReasonCommandTest {

    @TempDir
    Path dir;

    static CliRunner run(String... args) {
        return CliRunner.run(args);
    }

    @Test
    void reasonWritesTheGraphsAndAReportWithBothSidesOfTheConflict() throws Exception {
        Path store = dir.resolve("tdb2");
        try (GraphStore s = GraphStore.open(store)) {
            assertTrue(new CorpusLoader(s, () -> DocumentExtractor.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE)), null)
                    .build(Path.of(ExoKg.ONTOLOGY_FILE), TestSupport.resource("reasoning/contradiction")).ok());
        }
        Path report = dir.resolve("out/report.md");

        CliRunner run = run("reason", "--store", store.toString(), "--report", report.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("1 conflicts, 0 exceptions"), run.err());
        String md = Files.readString(report);
        assertTrue(md.contains("### 1. Exosome hasProperty HighImmunogenicity / Exosome hasProperty LowImmunogenicity"), md);
        assertTrue(md.contains("\"Exosomes are highly immunogenic.\"") && md.contains("\"Exosomes are poorly immunogenic.\""), md);
        assertTrue(md.contains("Immunogenic carriers (<https://w3id.org/exokg/resource/document/immunogenic>)"), md);
        assertTrue(md.contains("`hasProperty some HighImmunogenicity DisjointWith hasProperty some LowImmunogenicity`"), md);
        try (GraphStore s = GraphStore.open(store)) {
            Model inferred = s.graph(ExoKg.INFERRED_GRAPH);
            assertTrue(inferred.contains(inferred.createResource(ExoKg.NS + "Exosome"),
                    org.apache.jena.vocabulary.RDFS.subClassOf, inferred.createResource(ExoKg.NS + "ExtracellularVesicle")));
            assertTrue(inferred.contains(inferred.createResource(ExoKg.INFERRED_GRAPH),
                    inferred.createProperty("http://www.w3.org/ns/prov#wasGeneratedBy"), (org.apache.jena.rdf.model.RDFNode) null));
            Model conflicts = s.graph(ExoKg.CONFLICTS_GRAPH);
            List<org.apache.jena.rdf.model.RDFNode> involved = conflicts.listObjectsOfProperty(
                    conflicts.createProperty(ExoKg.NS, "involvesClaim")).toList();
            assertEquals(2, involved.size(), "one claim from each document");
            for (String doc : List.of("immunogenic", "stealthy")) {
                Model graph = s.graph(GraphStore.DOCUMENT_GRAPH_PREFIX + doc);
                assertTrue(involved.stream().anyMatch(c -> graph.contains(c.asResource(),
                        org.apache.jena.vocabulary.RDF.type, graph.createResource(ExoKg.NS + "Claim"))), doc);
            }
        }

        // a second run gives the same graphs, except the end time of the activity
        Model first;
        try (GraphStore s = GraphStore.open(store)) {
            first = withoutTimes(s.graph(ExoKg.INFERRED_GRAPH)).add(s.graph(ExoKg.CONFLICTS_GRAPH));
        }
        assertEquals(0, run("reason", "--store", store.toString()).exitCode());
        try (GraphStore s = GraphStore.open(store)) {
            Model second = withoutTimes(s.graph(ExoKg.INFERRED_GRAPH)).add(s.graph(ExoKg.CONFLICTS_GRAPH));
            assertTrue(first.isIsomorphicWith(second));
        }
    }

    private static Model withoutTimes(Model m) {
        Model copy = ModelFactory.createDefaultModel().add(m);
        copy.removeAll(null, copy.createProperty("http://www.w3.org/ns/prov#endedAtTime"), null);
        return copy;
    }

    @Test
    void anInconsistentOntologyIsExitThreeWithAnExplanationAndNothingWritten() throws Exception {
        Path store = dir.resolve("bad");
        Path ontology = dir.resolve("bad.ttl");
        Files.writeString(ontology, """
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX exokg: <https://w3id.org/exokg/ontology/>
                <https://w3id.org/exokg/ontology> a owl:Ontology .
                exokg:Cell a owl:Class . exokg:Cargo a owl:Class .
                exokg:Cell owl:disjointWith exokg:Cargo .
                exokg:thing a owl:NamedIndividual, exokg:Cell, exokg:Cargo .
                """);
        try (GraphStore s = GraphStore.open(store)) {
            s.loadOntology(ontology);
        }

        CliRunner run = run("reason", "--store", store.toString());

        assertEquals(3, run.exitCode(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("exokg: HermiT finds the ontology inconsistent"), lines.get(0));
        assertTrue(lines.get(0).contains("Cargo DisjointWith Cell | thing Type Cargo | thing Type Cell"), lines.get(0));
        try (GraphStore s = GraphStore.open(store)) {
            assertFalse(s.containsGraph(ExoKg.INFERRED_GRAPH));
        }
    }

    @Test
    void aMissingStoreIsOneLineAndExitOne() {
        CliRunner run = run("reason", "--store", dir.resolve("none").toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of("exokg: no store at " + dir.resolve("none") + " (run 'exokg build' first)"), run.err().lines().toList());
    }

    @Test
    void aRulesFileThatIsNotThereIsOneLineAndExitOne() throws Exception {
        Path store = dir.resolve("tdb2");
        try (GraphStore s = GraphStore.open(store)) {
            s.loadOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        }
        CliRunner run = run("reason", "--store", store.toString(), "--rules", dir.resolve("none.rules").toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of("exokg: no rules file at " + dir.resolve("none.rules")), run.err().lines().toList());
        try (GraphStore s = GraphStore.open(store)) {
            assertFalse(s.containsGraph(ExoKg.INFERRED_GRAPH));
        }
    }
}
