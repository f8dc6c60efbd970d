package org.exokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

    @Test
    void extractsGoodFilesReportsBadOnesAndFailsAtTheEnd(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path out = dir.resolve("out.trig");
        CommandLine cl = ExoKgCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("extract", "--ontology", TestSupport.fixtureOntology().toString(), "--out", out.toString(),
                "corpus/exosome-nanocarriers-summary.txt", "corpus/exosome-nanocarriers-summary.meta.json", empty.toString(),
                TestSupport.resource("documents/pubmed-two-articles.xml").toString());
        String log = err.toString();
        assertEquals(1, code, log);
        assertTrue(log.contains("exosome-nanocarriers-summary: 7 sentences (14 with repeats)"), log);
        assertTrue(log.contains("pmid-99000001:") && log.contains("pmid-99000002:"), log);
        assertTrue(log.contains("empty.txt: empty file"), log);
        assertTrue(log.lines().noneMatch(l -> l.contains("meta.json")), "sidecars are skipped silently: " + log);
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        assertTrue(ds.containsNamedModel(ExoKg.documentGraph("exosome-nanocarriers-summary")));
        assertTrue(ds.containsNamedModel(ExoKg.documentGraph("pmid-99000002")));
    }

    @Test
    void allGoodFilesExitZero(@TempDir Path dir) {
        CommandLine cl = ExoKgCommand.commandLine();
        cl.setErr(new PrintWriter(new StringWriter()));
        int code = cl.execute("extract", "--ontology", TestSupport.fixtureOntology().toString(), "--out",
                dir.resolve("o.trig").toString(), "corpus/exosome-drug-carriers-cancer-review.txt");
        assertEquals(0, code);
    }
}
