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
    private static org.semanticweb.owlapi.model.OWLOntology ontology;
    private static org.semanticweb.owlapi.reasoner.OWLReasoner classified;

    private ReasoningFixtures() {}

    static synchronized DocumentExtractor extractor() {
        if (extractor == null) {
            extractor = DocumentExtractor.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        }
        return extractor;
    }

    /** The ontology, loaded once for the tests that ask about claims as axioms. */
    static synchronized org.semanticweb.owlapi.model.OWLOntology ontology() throws Exception {
        if (ontology == null) {
            ontology = org.exokg.ontology.OntologyLoader.load(Path.of(ExoKg.ONTOLOGY_FILE));
        }
        return ontology;
    }

    /** A HermiT reasoner over {@link #ontology()} with its class hierarchy computed (shared: do not dispose it). */
    static synchronized org.semanticweb.owlapi.reasoner.OWLReasoner classified() throws Exception {
        if (classified == null) {
            classified = new org.semanticweb.HermiT.ReasonerFactory().createReasoner(ontology());
            classified.precomputeInferences(org.semanticweb.owlapi.reasoner.InferenceType.CLASS_HIERARCHY);
        }
        return classified;
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
