package org.exokg.ontology;

import java.util.List;

/** What {@link OntologyCheck} found: sizes, reasoning outcome and every offending entity. */
public record OntologyReport(
        int classes,
        int objectProperties,
        int dataProperties,
        int annotationProperties,
        int individuals,
        int axioms,
        int logicalAxioms,
        boolean consistent,
        List<String> unsatisfiableClasses,
        long reasoningMillis,
        List<Finding> findings) {

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.level() == Finding.Level.ERROR).toList();
    }

    public boolean isClean() {
        return consistent && unsatisfiableClasses.isEmpty() && errors().isEmpty();
    }

    public String summary() {
        return String.format(
                "%d classes, %d object properties, %d data properties, %d annotation properties, "
                        + "%d individuals, %d axioms (%d logical); %s, %d unsatisfiable classes; "
                        + "HermiT %d ms; %d errors, %d warnings",
                classes, objectProperties, dataProperties, annotationProperties, individuals, axioms,
                logicalAxioms, consistent ? "consistent" : "INCONSISTENT", unsatisfiableClasses.size(),
                reasoningMillis, errors().size(),
                findings.stream().filter(f -> f.level() == Finding.Level.WARN).count());
    }
}
