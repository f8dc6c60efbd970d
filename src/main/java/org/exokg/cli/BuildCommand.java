package org.exokg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.exokg.ExoKg;
import org.exokg.store.CorpusLoader;
import org.exokg.store.DocumentExtractor;
import org.exokg.store.GraphStore;
import org.exokg.store.InferenceStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build the TDB2 store from the ontology and every document in the corpus.",
                "One transaction per document; documents no longer in the corpus are removed. Idempotent."})
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("data", "tdb2");

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus directory (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("corpus");

    @Option(names = "--ontology", paramLabel = "FILE", description = "Ontology file (default: ${DEFAULT-VALUE}).")
    Path ontology = Path.of(ExoKg.ONTOLOGY_FILE);

    @Override
    public Integer call() {
        return build(store, corpus, ontology, System.err);
    }

    /** Builds the store; returns the exit status (0: every document loaded). */
    static int build(Path store, Path corpus, Path ontology, PrintStream err) {
        try (GraphStore graphStore = GraphStore.open(store)) {
            CorpusLoader loader = new CorpusLoader(graphStore, () -> DocumentExtractor.fromOntology(ontology), err);
            InferenceStep.discover().ifPresent(loader::withInference);
            CorpusLoader.Report report = loader.build(ontology, corpus);
            err.println(report.summary("build", store));
            return report.ok() ? 0 : 1;
        }
    }
}
