package org.exokg.reasoning;

import java.nio.file.Path;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.exokg.store.CorpusLoader;
import org.exokg.store.DocumentExtractor;
import org.exokg.store.GraphStore;

/** Stores built from the small corpora under src/test/resources/reasoning, through the real extractor. */
final class ReasoningFixtures {
    private static DocumentExtractor extractor;

    private ReasoningFixtures() {}

    static synchronized DocumentExtractor extractor() {
        if (extractor == null) {
            extractor = DocumentExtractor.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        }
        return extractor;
    }

    /** Builds (without the inference step) a TDB2 store in {@code dir} from corpus {@code name}. */
    static GraphStore build(Path dir, String name) {
        GraphStore store = GraphStore.open(dir);
        CorpusLoader.Report report = new CorpusLoader(store, ReasoningFixtures::extractor, null)
                .build(Path.of(ExoKg.ONTOLOGY_FILE), TestSupport.resource("reasoning/" + name));
        if (!report.ok()) {
            throw new IllegalStateException(report.errors().toString());
        }
        return store;
    }
}
