package org.exokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.exokg.ExoKg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's linked-data step: the import modules into the imports graph, then the VoID into the void graph. */
class LinkedDataBuildTest {

    @Test
    void importsAndVoidAreLoadedIntoTheirGraphs(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            store.write(() -> RDFDataMgr.read(store.dataset(), "src/test/resources/shapes/conforming.trig"));
            ByteArrayOutputStream progress = new ByteArrayOutputStream();
            LinkedDataBuild.run(store, Path.of(ExoKg.ONTOLOGY_FILE), new PrintStream(progress, true, StandardCharsets.UTF_8));

            Model imports = store.graph(ExoKg.IMPORTS_GRAPH);
            Resource go = imports.createResource("http://purl.obolibrary.org/obo/GO_0070062");
            assertTrue(imports.contains(go, org.apache.jena.vocabulary.RDFS.label, "extracellular exosome"));
            int modules = LinkedDataBuild.importModules(Path.of("ontology", "imports")).size();
            assertTrue(modules >= 5, "modules: " + modules);

            Model voidGraph = store.graph(ExoKg.VOID_GRAPH);
            Resource dataset = voidGraph.createResource(VoidDescription.DATASET);
            String voidNs = "http://rdfs.org/ns/void#";
            long total = voidGraph.getProperty(dataset, voidGraph.createProperty(voidNs + "triples")).getLong();
            long expected = store.graph(ExoKg.ONTOLOGY_GRAPH).size() + store.graph(ExoKg.IMPORTS_GRAPH).size()
                    + store.graph(ExoKg.CONFLICTS_GRAPH).size() + store.graph(ExoKg.documentGraph("pmid-12345")).size()
                    + store.graph(ExoKg.STATEMENTS_GRAPH).size();
            assertEquals(expected, total, "void:triples counts every graph but the void graph itself");
            assertTrue(voidGraph.contains(dataset, voidGraph.createProperty(voidNs + "sparqlEndpoint"),
                    voidGraph.createResource(VoidDescription.DEFAULT_ENDPOINT)));
            // the statement summary, written before VoID: the fixture's claims, counted
            assertTrue(store.graph(ExoKg.STATEMENTS_GRAPH).size() > 0, "statements graph");
            assertTrue(progress.toString(StandardCharsets.UTF_8).startsWith("imports: " + modules + " modules"), progress.toString());
        }
    }
}
