package org.exokg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.exokg.ExoKg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** VoID's counts read from the TDB2 indexes are the answers of the CONSTRUCT queries they replace. */
class StoreCountsTest {

    @TempDir
    Path dir;

    @Test
    void theIndexCountsAreTheQueriesAnswers() {
        Path ontology = Path.of(ExoKg.ONTOLOGY_FILE);
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            CorpusLoader.Report report = new CorpusLoader(store, () -> DocumentExtractor.fromOntology(ontology, false), null)
                    .build(ontology, Path.of("corpus"));
            assertTrue(report.ok(), report.errors().toString());
            // twice: the second description is made with the first one's void graph in the store, which both leave out
            for (int run = 0; run < 2; run++) {
                LinkedDataBuild.run(store, ontology, null);
                Model fromIndexes = Txn.calculateRead(store.dataset(),
                        () -> VoidDescription.describe(store.dataset(), VoidDescription.DEFAULT_ENDPOINT));
                Model fromQueries = VoidDescription.describeWithQueries(store.dataset(), VoidDescription.DEFAULT_ENDPOINT);
                assertTrue(fromQueries.size() > 100, "graphs, classes and vocabularies described: " + fromQueries.size());
                assertTrue(fromIndexes.isIsomorphicWith(fromQueries),
                        "only from the indexes: " + fromIndexes.difference(fromQueries) + "\nonly from the queries: "
                                + fromQueries.difference(fromIndexes));
            }
            assertTrue(store.containsGraph(ExoKg.VOID_GRAPH));
            for (String counted : List.of("distinctSubjects", "properties", "classPartition", "vocabulary", "subset")) {
                assertTrue(store.graph(ExoKg.VOID_GRAPH).listStatements(null,
                        store.graph(ExoKg.VOID_GRAPH).createProperty("http://rdfs.org/ns/void#", counted), (org.apache.jena.rdf.model.RDFNode) null)
                        .hasNext(), counted);
            }
        }
    }
}
