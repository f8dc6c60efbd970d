package org.exokg.reasoning;

import java.util.List;
import org.exokg.ExoKg;
import org.exokg.rdf.ContentHash;
import org.exokg.reasoning.ClaimAxioms.Statement;

/**
 * A minimal set of statements (a justification) that, with the listed ontology axioms, makes a kind of
 * vesicle impossible; with the claims that make each statement.
 *
 * @param kind conflict, or exception when a narrower kind departs from a claim about a broader one
 * @param unsatisfiable the kind made impossible (label)
 * @param statements every statement in the justification, sorted by label
 * @param exceptional for an exception, the statements about the narrower kinds (a subset of statements)
 * @param claims the claims behind the statements
 * @param ontologyAxioms the ontology axioms in the justification, rendered in Manchester syntax
 * @param hedged true when some statement is made only tentatively (hedged by every claim that makes it)
 * @param complete false when a bound (tests per search, refutations per statement, or the wall-clock safety net)
 *     stopped the search for this kind before it was exhausted
 * @param opposing for a conflict with the ontology: claims outside it that state the part of the ontology's
 *     taxonomy it contradicts ("exosomes are small extracellular vesicles" against "exosomes are molecules")
 */
public record ConflictExplanation(Kind kind, String unsatisfiable, List<Statement> statements,
                                  List<Statement> exceptional, List<StoredClaim> claims,
                                  List<String> ontologyAxioms, boolean hedged, boolean complete,
                                  List<StoredClaim> opposing) {

    public enum Kind { CONFLICT, EXCEPTION }

    /**
     * A conflict of one statement with the ontology alone (exokg:OntologyConflict): the claims make a single
     * statement that no vesicle of its kind could satisfy, whatever other papers say.
     */
    public boolean withOntology() {
        return kind == Kind.CONFLICT && statements.size() == 1;
    }

    /** {@code exokgr:conflict/{hash(sorted claim IRIs)}} (docs/graph-model.md). */
    public String iri() {
        return ExoKg.RESOURCE_NS + "conflict/"
                + ContentHash.of(claims.stream().map(StoredClaim::iri).sorted().toArray(String[]::new));
    }
}
