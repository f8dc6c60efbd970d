package org.exokg.cli;

import static org.exokg.testing.TestDocuments.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.exokg.ExoKg;
import org.exokg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build and ingest commands, run as the user runs them (exit status and stderr). */
class StoreCommandsTest {

    @TempDir
    Path dir;

    record Run(int status, String err) {
        List<String> lines() {
            return err.lines().collect(Collectors.toList());
        }
    }

    static Run run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = ExoKgCommand.commandLine().execute(args);
            return new Run(status, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void buildLoadsTheOntologyAndPrintsASummary() throws Exception {
        Path ontology = write(dir, "exokg.ttl", ONTOLOGY_TTL);
        Path store = dir.resolve("tdb2");

        Run run = run("build", "--store", store.toString(), "--corpus", dir.resolve("corpus").toString(),
                "--ontology", ontology.toString());

        assertEquals(0, run.status(), run.err());
        String last = run.lines().get(run.lines().size() - 1);
        assertTrue(last.startsWith("exokg build: 0 documents from 0 files, 0 failed"), last);
        try (GraphStore s = GraphStore.open(store)) {
            assertTrue(s.graph(ExoKg.ONTOLOGY_GRAPH).isIsomorphicWith(ontology()));
            // the summary describes the store as the whole build left it (ontology, queries, imports, VoID, ...)
            assertTrue(s.graphNames().containsAll(java.util.List.of(ExoKg.ONTOLOGY_GRAPH, ExoKg.VOID_GRAPH)), s.graphNames().toString());
            assertTrue(last.contains(String.format(java.util.Locale.ROOT, "store %s: %,d triples in %d graphs",
                    store, s.tripleCount(), s.graphNames().size())), last);
        }
    }

    @Test
    void ingestOfABadFileIsOneLineAndNonZeroAndLeavesTheStoreUnchanged() throws Exception {
        Path store = dir.resolve("tdb2");
        try (GraphStore s = GraphStore.open(store)) {
            s.replaceGraph(document("doc-a", "Milk exosomes", "Milk"));
        }
        Path missing = dir.resolve("no-such-file.txt");

        Run run = run("ingest", missing.toString(), "--store", store.toString(),
                "--ontology", dir.resolve("exokg.ttl").toString());

        assertEquals(1, run.status(), run.err());
        List<String> errors = run.lines().stream().filter(l -> l.startsWith("exokg: error: ")).collect(Collectors.toList());
        assertEquals(1, errors.size(), run.err());
        assertTrue(errors.get(0).contains("no-such-file.txt"), errors.get(0));
        assertTrue(run.err().contains("1 failed"), run.err());
        try (GraphStore s = GraphStore.open(store)) {
            assertEquals(List.of(graphIri("doc-a")), s.graphNames());
            assertTrue(s.graph(graphIri("doc-a")).isIsomorphicWith(document("doc-a", "Milk exosomes", "Milk").model()));
        }
    }

    @Test
    void buildWithoutItsOntologyIsOneLineAndMakesNoStore() throws Exception {
        Path corpus = java.nio.file.Files.createDirectories(dir.resolve("corpus-one"));
        java.nio.file.Files.copy(Path.of("corpus", "exosome-nanocarriers-summary.txt"), corpus.resolve("a.txt"));
        java.nio.file.Files.copy(Path.of("corpus", "exosome-nanocarriers-summary.txt"), corpus.resolve("b.txt"));
        Path missing = dir.resolve("no-ontology.ttl");
        Run run = run("build", "--store", dir.resolve("built").toString(), "--corpus", corpus.toString(), "--ontology", missing.toString());
        assertEquals(1, run.status(), run.err());
        assertEquals(List.of("exokg: ontology not found: " + missing + " (use --ontology)"), run.lines());
        assertFalse(GraphStore.exists(dir.resolve("built")));
    }

    @Test
    void ingestNeedsAnExistingStore() {
        Run run = run("ingest", "x.txt", "--store", dir.resolve("none").toString());
        assertEquals(1, run.status());
        assertEquals(List.of("exokg: no store at " + dir.resolve("none") + " (run 'exokg build' first)"), run.lines());
    }

    @Test
    void aNoOpRebuildKeepsTheStoreSizeAndExtractsNothing() throws Exception {
        Path corpus = dir.resolve("corpus");
        java.nio.file.Files.createDirectories(corpus);
        for (String name : List.of("exosome-nanocarriers-summary.txt", "exosome-nanocarriers-summary.meta.json")) {
            java.nio.file.Files.copy(Path.of("corpus", name), corpus.resolve(name));
        }
        Path store = dir.resolve("tdb2");
        String[] build = {"build", "--store", store.toString(), "--corpus", corpus.toString()};
        Run first = run(build);
        assertEquals(0, first.status(), first.err());
        long firstBytes = GraphStore.bytesOnDisk(store);
        long firstTriples;
        try (GraphStore s = GraphStore.open(store)) {
            firstTriples = s.tripleCount();
        }

        for (int i = 0; i < 3; i++) {
            Run again = run(build);
            assertEquals(0, again.status(), again.err());
            assertTrue(again.err().contains("1 unchanged (not extracted again)"), again.err());
        }

        long bytes = GraphStore.bytesOnDisk(store);
        assertTrue(Math.abs(bytes - firstBytes) <= firstBytes / 10, firstBytes + " bytes, then " + bytes);
        try (GraphStore s = GraphStore.open(store)) {
            assertEquals(firstTriples, s.tripleCount());
            assertEquals(1, s.documentGraphNames().size());
        }
        assertEquals(List.of("tdb2"), java.nio.file.Files.list(dir).map(p -> p.getFileName().toString())
                .filter(n -> n.startsWith("tdb2")).toList(), "no staging or previous store left behind");
    }

    @Test
    void ingestRefreshesVoidAndSaysTheReasoningGraphsAreStale() throws Exception {
        Path corpus = dir.resolve("corpus");
        java.nio.file.Files.createDirectories(corpus);
        java.nio.file.Files.copy(Path.of("corpus", "exosome-nanocarriers-summary.txt"), corpus.resolve("summary.txt"));
        Path store = dir.resolve("tdb2");
        assertEquals(0, run("build", "--store", store.toString(), "--corpus", corpus.toString()).status());
        Path extra = dir.resolve("review.txt");
        java.nio.file.Files.copy(Path.of("corpus", "exosome-drug-carriers-cancer-review.txt"), extra);

        Run run = run("ingest", extra.toString(), "--store", store.toString());

        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("the inferred and conflicts graphs describe the store before this ingest; "
                + "refresh them with 'exokg reason --store " + store + "'"), run.err());
        try (GraphStore s = GraphStore.open(store)) {
            String graph = ExoKg.documentGraph("review");
            assertTrue(s.containsGraph(graph), s.graphNames().toString());
            assertTrue(org.apache.jena.system.Txn.calculateRead(s.dataset(), () -> org.apache.jena.query.QueryExecution
                    .dataset(s.dataset()).query("ASK { GRAPH <" + ExoKg.VOID_GRAPH + "> { ?d <http://rdfs.org/ns/void#subset> <"
                            + graph + "> } }").ask()), "the VoID description lists the ingested document's graph");
        }
    }
    @Test
    void ingestOfAFileWithAnotherExtensionReportsWhichDocumentItReplaces() throws Exception {
        Path corpus = java.nio.file.Files.createDirectories(dir.resolve("corpus"));
        Path store = dir.resolve("tdb2");
        assertEquals(0, run("build", "--store", store.toString(), "--corpus", corpus.toString()).status());
        Path incoming = java.nio.file.Files.createDirectories(dir.resolve("incoming"));
        Path txt = java.nio.file.Files.writeString(incoming.resolve("x.txt"),
                "Exosomes derived from milk were loaded with doxorubicin.\n");
        Path md = java.nio.file.Files.writeString(incoming.resolve("x.md"),
                "Exosomes derived from dendritic cells crossed the blood-brain barrier.\n");

        Run first = run("ingest", txt.toString(), "--store", store.toString());
        assertEquals(0, first.status(), first.err());
        assertFalse(first.err().contains("replaces"), first.err());
        Run second = run("ingest", md.toString(), "--store", store.toString());

        // replaced (the newer file wins, as in a build), with one line saying so; not an error
        assertEquals(0, second.status(), second.err());
        List<String> warnings = second.lines().stream().filter(l -> l.contains("replaces")).collect(Collectors.toList());
        assertEquals(List.of("exokg: warning: document id x (from " + md + ") replaces the one read from x.txt"), warnings,
                second.err());
        try (GraphStore s = GraphStore.open(store)) {
            String ask = "ASK { GRAPH <" + ExoKg.documentGraph("x") + "> { <" + ExoKg.RESOURCE_NS + "document/x> <"
                    + org.exokg.rdf.GraphVocabulary.SOURCE_FILE_NAME.getURI() + "> \"%s\" } }";
            assertTrue(askStore(s, String.format(ask, "x.md")), "the stored document records the file it came from");
            assertFalse(askStore(s, String.format(ask, "x.txt")));
        }
        // ingesting the same file again is not a replacement by another file
        Run again = run("ingest", md.toString(), "--store", store.toString());
        assertEquals(0, again.status(), again.err());
        assertFalse(again.err().contains("replaces"), again.err());
    }

    private static boolean askStore(GraphStore s, String query) {
        return org.apache.jena.system.Txn.calculateRead(s.dataset(),
                () -> org.apache.jena.query.QueryExecution.dataset(s.dataset()).query(query).ask());
    }
}
