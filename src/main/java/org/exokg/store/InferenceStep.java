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

    /**
     * The step's rules, if they can be applied to the documents while a build streams them into the store:
     * a function from a batch of whole document graphs (one model) to the triples the rules derive from the
     * {@code ontology} plus that batch which neither holds. It must give, over any split of the documents into
     * batches, what one run over every document gives (rules that join one document's triples with the
     * ontology, never two documents'); it may change the model it is given. {@link CorpusLoader#build} then bulk-loads those triples into the
     * inferred graph with the documents (less those a document graph states) and passes them to
     * {@link #infer(GraphStore, BuildPhases, Model)} instead of having them derived again from the store.
     */
    default Optional<java.util.function.UnaryOperator<Model>> documentRules(Model ontology) {
        return Optional.empty();
    }

    /**
     * {@link #infer(GraphStore, BuildPhases)} with the rules' triples already derived ({@link #documentRules}):
     * {@code ruleTriples} holds them, none stated in a document graph. Only steps that offer
     * {@link #documentRules} are called this way.
     */
    default java.util.Map<String, Model> infer(GraphStore store, BuildPhases phases, Model ruleTriples) throws Exception {
        throw new UnsupportedOperationException(name() + " derives its rules' triples itself");
    }

    /**
     * What else the step reads from the documents, if it can read it a batch of whole document graphs at a time
     * while a build streams them (the same batches as {@link #documentRules}, one after another, on one thread):
     * a new reader for one build. When the build then calls {@link #infer(GraphStore, BuildPhases, Model)}, every
     * document graph has been given to that reader, and the step uses what it read instead of reading the store.
     * Empty: the step reads the store.
     */
    default Optional<java.util.function.Consumer<org.apache.jena.query.Dataset>> documentReader() {
        return Optional.empty();
    }

    /** The inference step registered through {@link ServiceLoader}, if any. */
    static Optional<InferenceStep> discover() {
        return ServiceLoader.load(InferenceStep.class).findFirst();
    }
}
