package org.exokg.reasoning;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.exokg.ontology.OntologyReport;

/**
 * What one reasoning run found: the graphs to store and the findings behind them.
 *
 * @param inferredGraph classification + rule results + provenance ({@code …/graph/inferred})
 * @param conflictsGraph conflicts, exceptions and corroborations ({@code …/graph/conflicts})
 * @param skippedClaims claims not translated (terms outside the ontology)
 * @param millis time per phase: classification, rules, conflicts
 */
public record ReasoningResult(OntologyReport ontology, String reasoner, Model inferredGraph, Model conflictsGraph,
                              int claims, int statements, int skippedClaims, int ruleTriples,
                              List<ConflictExplanation> conflicts, List<Corroboration> corroborations,
                              long classificationMillis, long rulesMillis, long conflictMillis) {

    public List<ConflictExplanation> contradictions() {
        return conflicts.stream().filter(c -> c.kind() == ConflictExplanation.Kind.CONFLICT).toList();
    }

    public List<ConflictExplanation> exceptions() {
        return conflicts.stream().filter(c -> c.kind() == ConflictExplanation.Kind.EXCEPTION).toList();
    }
}
