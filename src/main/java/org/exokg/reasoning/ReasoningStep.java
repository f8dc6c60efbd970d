package org.exokg.reasoning;

import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.exokg.store.BuildPhases;
import org.exokg.store.GraphStore;
import org.exokg.store.InferenceStep;

/**
 * The reasoning stage as {@code exokg build}'s inference step (registered in
 * META-INF/services/org.exokg.store.InferenceStep): the inferred and conflicts graphs for the store.
 * An inconsistent ontology fails the step with its explanation, so the build reports an error.
 */
public final class ReasoningStep implements InferenceStep {

    @Override
    public String name() {
        return "reasoning (HermiT, Jena rules, claim conflicts)";
    }

    @Override
    public Map<String, Model> infer(GraphStore store) throws Exception {
        return StoreReasoning.graphs(new StoreReasoning().reason(store));
    }

    @Override
    public java.util.Optional<java.util.function.UnaryOperator<Model>> documentRules(Model ontology) {
        return new StoreReasoning().documentRules(ontology);
    }

    /** The claims read from the documents while the last build streamed them; null when none was asked for. */
    private ClaimReader.Tally streamedClaims;

    @Override
    public java.util.Optional<java.util.function.Consumer<org.apache.jena.query.Dataset>> documentReader() {
        streamedClaims = new ClaimReader.Tally();
        return java.util.Optional.of(streamedClaims);
    }

    @Override
    public Map<String, Model> infer(GraphStore store, BuildPhases phases, Model ruleTriples) throws Exception {
        ClaimReader.Tally read = streamedClaims;
        streamedClaims = null;
        return StoreReasoning.graphs(new StoreReasoning().withPhases(phases).withRuleTriples(ruleTriples)
                .withClaims(read == null ? null : phases.time("reasoning: claims read while loading, sorted", read::claims))
                .reason(store));
    }

    @Override
    public Map<String, Model> infer(GraphStore store, BuildPhases phases) throws Exception {
        streamedClaims = null; // the feed failed: what it read is incomplete
        return StoreReasoning.graphs(new StoreReasoning().withPhases(phases).reason(store));
    }
}
