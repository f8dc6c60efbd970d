package org.exokg.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.exokg.TestSupport;
import org.exokg.cli.ExoKgCommand;
import org.exokg.document.DocumentBudget;
import org.exokg.document.DocumentException;
import org.exokg.document.DocumentLoader;
import org.exokg.rdf.DocumentGraphBuilder;
import org.exokg.robustness.HostileInputRun.Outcome;
import org.exokg.robustness.HostileInputRun.Result;
import org.exokg.store.CorpusLoader;
import org.exokg.store.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input against extraction and ingest: every reported case and a seeded sample of mutated fixtures
 * ends in a clear one-line error or a correct result within the time budget, and a batch of them leaves the
 * rest of the store as it was. The larger run is {@link HostileInputFuzz}.
 */
class HostileInputTest {

    private static final long SEED = 20261201L;
    private static final int MUTATIONS = 40;
    /** Generous for the shared 2-core machine; a hang spends it, a correct run takes a second or two. */
    private static final DocumentBudget BUDGET = DocumentBudget.defaults().withTimeLimit(Duration.ofSeconds(40));

    private static DocumentGraphBuilder builder;

    @TempDir
    Path dir;

    @BeforeAll
    static void pipeline() {
        builder = DocumentGraphBuilder.fromLexicon(TestSupport.projectLexicon());
    }

    private static List<HostileInput> inputs() {
        List<HostileInput> inputs = new ArrayList<>(HostileInputs.knownCases());
        inputs.addAll(HostileInputs.mutations(
                HostileInputs.fixtureDocuments(TestSupport.resource("documents")), SEED, MUTATIONS));
        return inputs;
    }

    @Test
    void everyHostileInputEndsInAClearErrorOrACorrectResult() {
        HostileInputRun run = new HostileInputRun(builder, BUDGET, dir);
        List<Result> results = inputs().stream().map(run::run).toList();
        System.out.println("hostile input (extract): " + HostileInputRun.counts(results));

        List<Result> bad = results.stream()
                .filter(r -> r.outcome() != Outcome.CLEAR_ERROR && r.outcome() != Outcome.CORRECT).toList();
        assertTrue(bad.isEmpty(), bad.stream().map(Result::toString).collect(Collectors.joining("\n")));

        Map<String, Result> byName = new HashMap<>();
        results.forEach(r -> byName.put(r.input().name(), r));
        // the reasons are the right ones, not just any one-liner
        assertReason(byName, "doctype-5000-pairs.xml", "malformed XML");
        assertReason(byName, "jats-sections-200000-deep.xml", "nested deeper than " + org.exokg.document.SecureXml.MAX_DEPTH);
        assertReason(byName, "dots-100000.txt", "no sentences");
        assertReason(byName, "pubmed-duplicate-pmid.xml", "same id pmid-77");
        assertReason(byName, "utf16-no-bom.txt", "binary");
        assertTrue(byName.get("one-sentence-5mb.txt").detail().startsWith("1 document(s), 1 sentences, 0 claims"),
                "an over-long sentence is kept, not analysed: " + byName.get("one-sentence-5mb.txt"));
        for (String encoded : List.of("utf16le-bom.txt", "utf16be-bom.txt", "utf32le-bom.txt", "utf8-bom.txt")) {
            // CORRECT for these means: the same sentences and claims as the UTF-8 text
            assertEquals(Outcome.CORRECT, byName.get(encoded).outcome(), byName.get(encoded).toString());
        }
    }

    private static void assertReason(Map<String, Result> byName, String name, String reason) {
        Result r = byName.get(name);
        assertEquals(Outcome.CLEAR_ERROR, r.outcome(), r.toString());
        assertTrue(r.detail().contains(reason), r.toString());
    }

    @Test
    void aBatchOfHostileFilesLeavesTheRestOfTheStoreUnchanged() throws Exception {
        Path baseline = dir.resolve("baseline.txt");
        Files.copy(TestSupport.resource("documents/heldout/milk-ev-paclitaxel.txt"), baseline);
        Path batchDir = Files.createDirectories(dir.resolve("batch"));
        List<Path> files = new ArrayList<>();
        for (HostileInput input : inputs().subList(0, HostileInputs.knownCases().size() + 15)) {
            Path f = batchDir.resolve(input.name());
            Files.write(f, input.content());
            files.add(f);
        }
        Path after = batchDir.resolve("zz-after.txt");
        Files.writeString(after, "Milk exosomes were loaded with curcumin by sonication.\n");
        files.add(after);

        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            CorpusLoader loader = new CorpusLoader(store, () -> builder::build, null).withBudget(BUDGET);
            assertTrue(loader.ingest(List.of(baseline)).ok());
            Set<String> before = new TreeSet<>(store.graphNames());
            String baselineGraph = GraphStore.DOCUMENT_GRAPH_PREFIX + "baseline";
            Model baselineModel = ModelFactory.createDefaultModel().add(store.graph(baselineGraph));

            CorpusLoader.Report report = loader.ingest(files);

            assertTrue(store.graph(baselineGraph).isIsomorphicWith(baselineModel), "the stored document is unchanged");
            assertTrue(store.containsGraph(GraphStore.DOCUMENT_GRAPH_PREFIX + "zz-after"), "the batch went on to the last file");
            assertTrue(store.graphNames().containsAll(before));
            assertFalse(report.ok());
            assertEquals(report.failures(), report.errors().size(), report.errors().toString());
            for (String error : report.errors()) {
                assertFalse(error.contains("\n"), error);
                assertTrue(error.startsWith(batchDir.toString()), "names the file: " + error);
                assertFalse(error.contains("time budget") || error.contains("stack overflow"), error);
                // nothing of a failed file is in the store
                String stem = DocumentLoaderIds.stem(Path.of(error.substring(0, error.indexOf(": "))));
                assertFalse(store.containsGraph(GraphStore.DOCUMENT_GRAPH_PREFIX + stem), error);
            }
            assertTrue(report.errors().stream().anyMatch(e -> e.contains("dots-100000.txt") && e.contains("no sentences")));
            System.out.println("hostile input (ingest): " + files.size() + " files, " + report.failures() + " refused, "
                    + report.documents() + " documents stored");
        }
    }

    /** The document id a plain-text file gets from its name. */
    private static final class DocumentLoaderIds {
        static String stem(Path file) {
            return org.exokg.document.DocumentIds.fromFileName(file);
        }
    }

    @Test
    void ingestGoesOnAfterABadFileAndItsExitStatusSaysSomeFailed() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Exosomes were loaded with curcumin.\n");
        Path bad = Files.writeString(dir.resolve("bad.txt"), "<!DOCTYPE a " + "[]".repeat(3000));
        Path deep = Files.writeString(dir.resolve("deep.xml"), "<article><body>" + "<sec>".repeat(100_000) + "</sec>".repeat(100_000)
                + "</body></article>");
        Path b = Files.writeString(dir.resolve("b.md"), "Milk exosomes cross the intestinal barrier.\n");
        Path store = dir.resolve("tdb2");
        try (GraphStore s = GraphStore.open(store)) {
            s.isEmpty(); // creates the store
        }
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = ExoKgCommand.commandLine().execute("ingest", "--store", store.toString(), "--ontology",
                    TestSupport.fixtureOntology().toString(), a.toString(), bad.toString(), deep.toString(), b.toString());
        } finally {
            System.setErr(saved);
        }
        String out = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("exokg: error: " + bad + ": malformed XML")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("exokg: error: " + deep + ": XML nested deeper")), out);
        assertTrue(out.contains("2 documents from 4 files, 2 failed"), out);
        assertTrue(out.lines().count() < 12, "one line per file and a summary, no stack trace:\n" + out);
        try (GraphStore s = GraphStore.open(store)) {
            assertTrue(s.containsGraph(GraphStore.DOCUMENT_GRAPH_PREFIX + "a"));
            assertTrue(s.containsGraph(GraphStore.DOCUMENT_GRAPH_PREFIX + "b"));
        }
    }

    @Test
    void filesWithOneNameStemInABatchAreReportedNotSilentlyReplaced() throws Exception {
        Path txt = Files.writeString(dir.resolve("x.txt"), "Exosomes were loaded with curcumin.\n");
        Path md = Files.writeString(dir.resolve("x.md"), "Milk exosomes cross the intestinal barrier.\n");
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            CorpusLoader.Report report = new CorpusLoader(store, () -> builder::build, null).ingest(List.of(md, txt));
            assertEquals(1, report.failures());
            assertTrue(report.errors().get(0).startsWith(txt + ": document id x is already used by " + md), report.errors().toString());
            assertTrue(store.graph(GraphStore.DOCUMENT_GRAPH_PREFIX + "x").toString().contains("intestinal"));
        }
    }

    @Test
    void specialFilesAreRefusedAsSuchWithoutBeingRead() throws Exception {
        DocumentLoader loader = new DocumentLoader();
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            DocumentException e = org.junit.jupiter.api.Assertions.assertThrows(DocumentException.class, () -> loader.load(zero));
            assertEquals("/dev/zero: not a regular file (a character device)", e.getMessage());
        }
        Path fifo = dir.resolve("pipe.txt");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            made = false;
        }
        if (made) {
            // reading a FIFO with no writer would block for ever: it must be refused before it is opened
            DocumentException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try {
                    loader.load(fifo);
                    return null;
                } catch (DocumentException d) {
                    return d;
                }
            });
            assertEquals(fifo + ": not a regular file (a FIFO)", e.getMessage());
        }
        DocumentException missing = org.junit.jupiter.api.Assertions.assertThrows(DocumentException.class,
                () -> loader.load(dir.resolve("missing.txt")));
        assertTrue(missing.getMessage().endsWith("no such file"));
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead() throws Exception {
        Path big = Files.write(dir.resolve("big.txt"), new byte[3 * 1024 * 1024]);
        DocumentBudget small = DocumentBudget.defaults().withMaxBytes(1024 * 1024);
        DocumentException e = org.junit.jupiter.api.Assertions.assertThrows(DocumentException.class,
                () -> small.run(big, () -> {
                    throw new AssertionError("read despite the limit");
                }));
        assertEquals(big + ": file too large: 3.0 MB (limit 1.0 MB)", e.getMessage());
    }

    @Test
    void workOverItsTimeBudgetIsStoppedAndReported() throws Exception {
        Path file = Files.writeString(dir.resolve("slow.txt"), "Exosomes.\n");
        DocumentBudget tight = DocumentBudget.defaults().withTimeLimit(Duration.ofMillis(200));
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        DocumentException e = org.junit.jupiter.api.Assertions.assertThrows(DocumentException.class,
                () -> tight.run(file, () -> {
                    try {
                        while (true) {
                            DocumentBudget.checkInterrupted(); // what the extraction does between sentences
                        }
                    } finally {
                        stopped.set(true);
                    }
                }));
        assertEquals(file + ": time budget of 0.2 s exceeded; skipped", e.getMessage());
        for (int i = 0; i < 100 && !stopped.get(); i++) {
            Thread.sleep(20);
        }
        assertTrue(stopped.get(), "the worker stops when its budget is spent");
    }

    @Test
    void theBudgetCountsWorkNotWaiting() throws Exception {
        // The budget is the worker's CPU time: a file is not refused because the machine is busy
        Path file = Files.writeString(dir.resolve("waits.txt"), "Exosomes.\n");
        DocumentBudget budget = DocumentBudget.defaults().withTimeLimit(Duration.ofMillis(500));
        String result = budget.run(file, () -> {
            Thread.sleep(800);
            return "done";
        });
        assertEquals("done", result);
        // ... but a worker that only waits is stopped by the wall-clock backstop
        DocumentBudget tight = DocumentBudget.defaults().withTimeLimit(Duration.ofMillis(100));
        DocumentException e = org.junit.jupiter.api.Assertions.assertThrows(DocumentException.class,
                () -> tight.run(file, () -> {
                    Thread.sleep(60_000);
                    return "never";
                }));
        assertEquals(file + ": time budget of 0.1 s exceeded; skipped", e.getMessage());
    }
}
