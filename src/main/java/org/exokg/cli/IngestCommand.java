package org.exokg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.exokg.ExoKg;
import org.exokg.store.CorpusLoader;
import org.exokg.store.DocumentExtractor;
import org.exokg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Add or replace documents in an existing store (not while it is being served).",
                "A file that fails is reported on one line and leaves the store unchanged; the others are still loaded."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Document files (text, JATS, PubMed XML).")
    List<Path> files;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("data", "tdb2");

    @Option(names = "--ontology", paramLabel = "FILE", description = "Ontology file for the extractor (default: ${DEFAULT-VALUE}).")
    Path ontology = Path.of(ExoKg.ONTOLOGY_FILE);

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Time budget per file (default: 60 s plus 60 s per MB).")
    Long timeLimitSeconds;

    @Option(names = "--max-file-size", paramLabel = "MB", description = "Largest file read (default: 200).")
    Long maxFileMb;

    @Override
    public Integer call() {
        if (!GraphStore.exists(store)) {
            throw new IllegalArgumentException("no store at " + store + " (run 'exokg build' first)");
        }
        try (GraphStore graphStore = GraphStore.open(store)) {
            CorpusLoader loader = new CorpusLoader(graphStore, () -> DocumentExtractor.fromOntology(ontology), System.err)
                    .withBudget(ExtractCommand.budget(timeLimitSeconds, maxFileMb));
            CorpusLoader.Report report = loader.ingest(files);
            System.err.println(report.summary("ingest", store));
            if (!report.ok()) {
                System.err.println("exokg ingest: " + report.failures() + " of " + files.size()
                        + " file(s) failed; the others were loaded");
            }
            return report.ok() ? 0 : 1;
        }
    }
}
