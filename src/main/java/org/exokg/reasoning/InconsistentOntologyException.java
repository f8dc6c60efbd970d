package org.exokg.reasoning;

import java.util.List;

/** The ontology itself is inconsistent: nothing can be reasoned about and nothing is written. */
public final class InconsistentOntologyException extends Exception {
    public InconsistentOntologyException(List<String> explanation) {
        super("HermiT finds the ontology inconsistent; a minimal explanation: " + String.join(" | ", explanation));
    }
}
