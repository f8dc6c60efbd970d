package org.exokg.reasoning;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.HermiT.model.Atom;
import org.semanticweb.HermiT.model.AtomicConcept;
import org.semanticweb.HermiT.model.Individual;
import org.semanticweb.HermiT.tableau.ReasoningTaskDescription;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Whether named classes can share an individual: the question the conflict search and the guarded explanations ask
 * thousands of times. HermiT answers a class expression by clausifying it into a fresh delta ontology and setting up
 * its tableau again; for a conjunction of named classes the same test is a fresh individual with one fact per class
 * on the tableau HermiT already has (as HermiT tests a named class while classifying), so this asks that directly.
 */
final class ClassConjunction {

    private static final Individual FRESH = Individual.createAnonymous("exokg-conjunction");

    private ClassConjunction() {
    }

    /** Whether some individual can be in all of {@code classes} ({@code reasoner} consistent or not). */
    static boolean satisfiable(OWLReasoner reasoner, Collection<OWLClass> classes, OWLDataFactory df) {
        if (!(reasoner instanceof Reasoner hermit)) {
            return reasoner.isSatisfiable(df.getOWLObjectIntersectionOf(classes.stream()));
        }
        if (!hermit.isConsistent()) {
            return false;
        }
        Set<Atom> facts = new HashSet<>();
        for (OWLClass c : classes) {
            if (c.isOWLNothing()) {
                return false;
            }
            if (!c.isOWLThing()) {
                facts.add(Atom.create(AtomicConcept.create(c.getIRI().toString()), FRESH));
            }
        }
        return hermit.getTableau().isSatisfiable(true, facts, null, null, null, null,
                ReasoningTaskDescription.isConceptSatisfiable(FRESH));
    }
}
