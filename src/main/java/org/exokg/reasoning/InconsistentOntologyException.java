package org.exokg.reasoning;

import java.util.List;

/** The ontology itself is inconsistent: nothing can be reasoned about and nothing is written. */
public final class InconsistentOntologyException extends Exception {
    private final List<String> explanation;

    public InconsistentOntologyException(List<String> explanation) {
        super("HermiT finds the ontology inconsistent; a minimal explanation: " + String.join(" | ", explanation));
        this.explanation = List.copyOf(explanation);
    }

    public List<String> explanation() {
        return explanation;
    }
}
