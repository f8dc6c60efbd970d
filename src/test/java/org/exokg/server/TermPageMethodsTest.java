package org.exokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentGraph;
import org.exokg.rdf.DocumentGraphBuilder;
import org.exokg.server.ResourceDescriber.Row;
import org.exokg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A term's page groups the findings about it: claims read in a Methods section say what a study did, so the page's
 * groups leave them out, as the library's finding queries do. The fixture names macrophages and urine as sources only
 * in its Methods section, and milk in both Methods and Results.
 */
class TermPageMethodsTest {

    private static final Path FIXTURE = Path.of("src/test/resources/documents/sections/jats-methods-and-findings.xml");
    private static final String ONT = "https://w3id.org/exokg/ontology/";
    @TempDir
    static Path dir;
    private static GraphStore store;
    private static PageQueries pages;

    @BeforeAll
    static void build() throws Exception {
        store = GraphStore.open(dir.resolve("tdb2"));
        store.loadOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        for (DocumentGraph g : DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE)).build(FIXTURE)) {
            store.replaceGraph(g);
        }
        pages = new PageQueries(() -> store.dataset().asDatasetGraph());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> groups(String term) {
        return pages.select("term-claim-groups", "this", ONT + term).stream()
                .map(r -> r.text("predicateLabel") + " " + r.text("objectLabel") + " claims=" + r.text("claims"))
                .toList();
    }

    @Test
    void sourcesNamedOnlyInMethodsHaveNoFindingGroups() {
        assertEquals(List.of(), groups("Macrophage"));
        assertEquals(List.of(), groups("Urine"));
    }

    @Test
    void aSourceNamedInMethodsAndResultsCountsTheFindingOnly() {
        // the Results sentence gives two groups (milk as source, and as the qualifier of the tumour-promotion claim);
        // the Methods sentence's derivedFrom Milk claim is not counted in the first
        List<String> milk = groups("Milk");
        assertEquals(List.of("contributes to tumour promotion claims=1", "derived from milk claims=1"), milk.stream().sorted().toList(),
                String.join("\n", milk));
    }
}
