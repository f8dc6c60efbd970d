package org.exokg.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.exokg.rdf.ShapeValidation;
import org.exokg.store.GraphStore;
import org.exokg.store.StoreValidation;
import org.exokg.store.VoidDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code exokg build} killed (SIGKILL) in the middle leaves the previous complete store in service: the same
 * document graphs, conforming to the SHACL shapes, with a VoID description that counts what is there.
 */
class KilledBuildTest {

    private static final int FIRST_FILES = 3;
    private static final int LATER_FILES = 600;
    private static final Property VOID_TRIPLES = ResourceFactory.createProperty("http://rdfs.org/ns/void#triples");

    @TempDir
    Path dir;

    @Test
    void aKilledBuildLeavesThePreviousCompleteStore() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        writeDocuments(corpus, 0, FIRST_FILES);
        Path store = dir.resolve("tdb2");
        assertEquals(0, build(store, corpus, 0).exitValue(), "the first build succeeds");

        Map<String, Model> before;
        try (GraphStore s = GraphStore.open(store)) {
            before = documentGraphs(s);
            assertEquals(FIRST_FILES, before.size(), before.keySet().toString());
            TDBInternal.expel(s.dataset().asDatasetGraph());
        }

        // a corpus large enough that the build is still running when it is killed
        writeDocuments(corpus, FIRST_FILES, LATER_FILES);
        Process killed = build(store, corpus, 1_000 + Math.floorMod(System.nanoTime(), 2_000L));
        assertTrue(killed.exitValue() != 0, "the build was killed before it finished");

        try (GraphStore s = GraphStore.open(store)) {
            Map<String, Model> after = documentGraphs(s);
            assertEquals(before.keySet(), after.keySet(), "the same document graphs, none of the killed build's");
            before.forEach((graph, model) -> assertTrue(model.isIsomorphicWith(after.get(graph)), graph + " unchanged"));

            ShapeValidation.Report report = StoreValidation.validate(s,
                    ShapeValidation.fromFile(Path.of(ShapeValidation.SHAPES_FILE)));
            assertTrue(report.conforms(), report.summary());

            Map<String, Long> stored = voidCounts(s.graph(ExoKg.VOID_GRAPH));
            Map<String, Long> actual = voidCounts(VoidDescription.describe(s.dataset(), VoidDescription.DEFAULT_ENDPOINT));
            assertEquals(FIRST_FILES, stored.keySet().stream().filter(k -> k.contains("/graph/document/")).count(),
                    stored.toString());
            assertEquals(actual, stored, "the VoID counts describe the store as it is");
            TDBInternal.expel(s.dataset().asDatasetGraph());
        }
    }

    private static void writeDocuments(Path corpus, int from, int count) throws Exception {
        for (int i = from; i < from + count; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < 20; j++) {
                text.append("Milk exosomes loaded with curcumin by sonication crossed the intestinal barrier in study ")
                        .append(i).append('.').append(j).append(". Exosomes derived from dendritic cells were loaded with ")
                        .append("doxorubicin by electroporation in experiment ").append(j).append(".\n");
            }
            Files.writeString(corpus.resolve(String.format("paper-%04d.txt", i)), text);
        }
    }

    /** Each document graph of the store, copied into memory. */
    private static Map<String, Model> documentGraphs(GraphStore s) {
        Map<String, Model> graphs = new TreeMap<>();
        for (String name : s.documentGraphNames()) {
            Model copy = ModelFactory.createDefaultModel();
            copy.add(s.graph(name));
            graphs.put(name, copy);
        }
        return graphs;
    }

    /** Subject IRI to void:triples (the dataset's total and one per described graph). */
    private static Map<String, Long> voidCounts(Model description) {
        Map<String, Long> counts = new TreeMap<>();
        description.listStatements(null, VOID_TRIPLES, (org.apache.jena.rdf.model.RDFNode) null)
                .forEachRemaining(st -> counts.put(st.getSubject().toString(), st.getLong()));
        return counts;
    }

    /**
     * Runs {@code exokg build} in a JVM of its own; kills it (SIGKILL) {@code killAfterMs} after its staging
     * store appears (the build has started writing), or lets it finish when 0.
     */
    private static Process build(Path store, Path corpus, long killAfterMs) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.exokg.cli.ExoKgCommand", "build",
                "--store", store.toString(), "--corpus", corpus.toString(),
                "--ontology", TestSupport.fixtureOntology().toString()));
        Path log = Files.createTempFile(store.getParent(), "build", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (killAfterMs > 0) {
            Path staging = store.resolveSibling(store.getFileName() + ".staging");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!Files.exists(staging) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(Files.exists(staging), "the build started: " + Files.readString(log));
            Thread.sleep(killAfterMs);
            assertTrue(p.isAlive(), "the build was still running when killed (make the corpus larger): "
                    + Files.readString(log));
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the killed build ended");
            return p;
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "build finished");
        assertEquals(0, p.exitValue(), Files.readString(log));
        return p;
    }
}
