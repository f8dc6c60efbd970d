package org.exokg.store;

import java.util.Optional;
import java.util.ServiceLoader;
import org.apache.jena.rdf.model.Model;

/**
 * Hook for the reasoning stage (issue 6): computes the inferred graph from the store once the ontology
 * and all documents are loaded. {@link CorpusLoader#build} writes the result as the named graph
 * {@code https://w3id.org/exokg/graph/inferred} (and any other graphs the step returns) in one transaction.
 *
 * <p>Wiring: either pass an implementation to {@link CorpusLoader#withInference}, or register it in
 * {@code META-INF/services/org.exokg.store.InferenceStep}; {@link #discover()} (used by {@code exokg build})
 * finds it.
 */
public interface InferenceStep {

    /** Short name for progress messages. */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * Computes inferred triples. The store is readable (use read transactions); do not write to it: return
     * the graphs to store instead, keyed by graph IRI (normally just {@code ExoKg.INFERRED_GRAPH}).
     */
    java.util.Map<String, Model> infer(GraphStore store) throws Exception;

    /** {@link #infer(GraphStore)}, adding the time of its parts to {@code phases} where the step can tell them. */
    default java.util.Map<String, Model> infer(GraphStore store, BuildPhases phases) throws Exception {
        return infer(store);
    }

    /** The inference step registered through {@link ServiceLoader}, if any. */
    static Optional<InferenceStep> discover() {
        return ServiceLoader.load(InferenceStep.class).findFirst();
    }
}
