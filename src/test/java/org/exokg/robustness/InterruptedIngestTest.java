package org.exokg.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.exokg.TestSupport;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.exokg.rdf.DocumentGraphBuilder;
import org.exokg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed (SIGKILL) while it loads a PubMed file of many articles leaves all of them or none: the
 * documents of one file are stored in one transaction, and TDB2 recovers to the last commit.
 */
class InterruptedIngestTest {

    private static final int ARTICLES = 800;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLeavesAllArticlesOfTheFileOrNone() throws Exception {
        StringBuilder xml = new StringBuilder("<PubmedArticleSet>");
        for (int i = 1; i <= ARTICLES; i++) {
            xml.append("<PubmedArticle><MedlineCitation><PMID>").append(5_000_000 + i).append("</PMID><Article><ArticleTitle>")
                    .append("Milk exosomes loaded with curcumin by sonication crossed the intestinal barrier in study ")
                    .append(i).append(".</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n");
        }
        Path file = Files.writeString(dir.resolve("many.xml"), xml.append("</PubmedArticleSet>").toString());
        Path store = dir.resolve("tdb2");
        Path kept = Files.writeString(dir.resolve("kept.txt"), "Exosomes were loaded with doxorubicin.\n");
        try (GraphStore s = GraphStore.open(store)) {
            new org.exokg.store.CorpusLoader(s, () -> DocumentGraphBuilder.fromLexicon(TestSupport.lexicon())::build, null)
                    .ingest(List.of(kept));
            // TDB2 holds a database for the whole JVM: let go of it, so that the ingest process can lock it
            TDBInternal.expel(s.dataset().asDatasetGraph());
        }

        // killed after the extraction has started, at a moment that varies with the machine's load
        ingest(store, List.of(file), 2_000 + Math.floorMod(System.nanoTime(), 3_000L));

        try (GraphStore s = GraphStore.open(store)) {
            assertTrue(s.containsGraph(GraphStore.DOCUMENT_GRAPH_PREFIX + "kept"));
            long articles = s.documentGraphNames().stream().filter(g -> g.contains("/pmid-50")).count();
            System.out.println("interrupted ingest: " + articles + " of " + ARTICLES + " articles stored");
            assertTrue(articles == 0 || articles == ARTICLES, articles + " of " + ARTICLES + " articles stored");
            assertTrue(s.containsGraph(GraphStore.DOCUMENT_GRAPH_PREFIX + "kept"), "what was stored before is still there");
            TDBInternal.expel(s.dataset().asDatasetGraph());
        }

        // the same ingest, not interrupted, stores every article (so the check above could fail)
        assertTrue(ingest(store, List.of(file), 0) == 0, "a complete ingest succeeds");
        try (GraphStore s = GraphStore.open(store)) {
            assertTrue(s.documentGraphNames().stream().filter(g -> g.contains("/pmid-50")).count() == ARTICLES);
        }
    }

    /** Runs {@code exokg ingest} in a JVM of its own; kills it (SIGKILL) after {@code killAfterMs} if not 0. */
    private static int ingest(Path store, List<Path> files, long killAfterMs) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.exokg.cli.ExoKgCommand", "ingest",
                "--store", store.toString(), "--ontology", TestSupport.fixtureOntology().toString()));
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (killAfterMs > 0) {
            if (!p.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
            }
            p.waitFor(30, TimeUnit.SECONDS);
            return -1;
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "ingest finished");
        return p.exitValue();
    }
}
