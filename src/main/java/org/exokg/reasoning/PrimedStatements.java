package org.exokg.reasoning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.OWLSubClassOfAxiom;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * A second reasoner for the conflict search with every statement "A ⊑ B" unguarded: "Sel ⊑ B" instead of
 * "A ⊓ Sel ⊑ B". In the guarded reasoner each test pays for the clause of every statement about a class the tested
 * individual is in (thousands about ExtracellularVesicle and its subclasses at 10,000 statements), switched on or not;
 * here only the clauses of the statements switched on are evaluated.
 * <p>
 * The answer is the same when the guard does not matter: "can kind K hold with statements S?" is asked here when, for
 * every statement of S, either its class A holds of every individual of K by axioms that are not switched (K itself,
 * K's superclasses in the ontology, the subject a narrowed kind is defined under; for a witness whose own statement is
 * in S, also that statement's subject), so "A ⊓ Sel" and "Sel" are the same on K's individual; or A is a class no
 * axiom can put anything in (it occurs only as the subclass of subclass axioms, as the classes of narrowed kinds
 * mostly do), so a model may leave A empty and the statement switched on never acts, and it is left out. Any other
 * question goes to the guarded reasoner.
 */
final class PrimedStatements {

    private final OWLReasoner reasoner;
    private final ClaimAxioms claims;
    private final Map<OWLAxiom, OWLClass> selectors;
    private final OWLReasoner base;
    private final OWLDataFactory df;
    /** Classes that occur somewhere other than as the subclass of a subclass axiom: something may be put in them. */
    private final Set<OWLClass> reachable = new HashSet<>();
    private final Map<OWLClass, Set<OWLClass>> holding = new HashMap<>();
    private final Map<OWLClass, Set<OWLClass>> holdingWithOwn = new HashMap<>();

    /**
     * @param selectors each statement axiom's selector class in the guarded reasoner (the same classes are used here)
     * @param base a reasoner over {@code ontology}
     */
    PrimedStatements(OWLOntology ontology, ClaimAxioms claims, Map<OWLAxiom, OWLClass> selectors, OWLReasoner base,
                     OWLDataFactory df) {
        this.claims = claims;
        this.selectors = selectors;
        this.base = base;
        this.df = df;
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        List<OWLAxiom> axioms = new ArrayList<>();
        ontology.axioms().forEach(axioms::add);
        for (OWLAxiom a : claims.axioms()) {
            OWLClass selector = selectors.get(a);
            axioms.add(selector == null ? a : df.getOWLSubClassOfAxiom(selector, ((OWLSubClassOfAxiom) a).getSuperClass()));
        }
        Stream.concat(ontology.axioms(), claims.axioms().stream()).filter(OWLAxiom::isLogicalAxiom).forEach(a -> {
            if (a instanceof OWLSubClassOfAxiom s && !s.getSubClass().isAnonymous()) {
                s.getSuperClass().classesInSignature().forEach(reachable::add);
            } else {
                a.classesInSignature().forEach(reachable::add);
            }
        });
        try {
            OWLOntology primed = manager.createOntology();
            manager.addAxioms(primed, axioms.stream());
            this.reasoner = new ReasonerFactory().createReasoner(primed);
        } catch (OWLOntologyCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    OWLReasoner reasoner() {
        return reasoner;
    }

    /**
     * The classes whose conjunction is the question "can {@code kind} hold with {@code statements}?" on this
     * reasoner, or null when some statement's guard can matter (ask the guarded reasoner).
     */
    List<OWLClass> selectorsFor(OWLClass kind, Collection<OWLAxiom> statements) {
        Set<OWLClass> holds = holding.computeIfAbsent(kind, this::holdingOf);
        if (kind.getIRI().toString().startsWith(ClaimAxioms.WITNESS_NS)
                && statements.stream().anyMatch(a -> ((OWLSubClassOfAxiom) a).getSubClass().equals(kind))) {
            // the witness's own statement "W ⊓ Sel ⊑ C ⊓ ∃p.O" is switched on: its individual is a C
            holds = holdingWithOwn.computeIfAbsent(kind, k -> {
                Set<OWLClass> out = new HashSet<>(holding.get(k));
                ClaimAxioms.Context subject = claims.kindOf(k);
                out.add(claims.contextClass(subject));
                OWLClass named = df.getOWLClass(IRI.create(subject.subject()));
                out.add(named);
                base.getSuperClasses(named, false).entities().forEach(out::add);
                return out;
            });
        }
        List<OWLClass> out = new ArrayList<>(statements.size() + 1);
        out.add(kind);
        for (OWLAxiom a : statements) {
            OWLClass guard = ((OWLSubClassOfAxiom) a).getSubClass().asOWLClass();
            if (holds.contains(guard)) {
                out.add(selectors.get(a));
            } else if (reachable.contains(guard) || guard.equals(kind)) {
                return null;
            } // else: nothing can be in the guard's class, so the statement never acts
        }
        return out;
    }

    /** Classes every individual of {@code kind} is in by axioms that are not switched (a subset of them is enough). */
    private Set<OWLClass> holdingOf(OWLClass kind) {
        Set<OWLClass> out = new HashSet<>();
        out.add(kind);
        String iri = kind.getIRI().toString();
        if (iri.startsWith(ClaimAxioms.WITNESS_NS)) {
            return out; // a witness is in its subject only through its own (switched) statement
        }
        // a narrowed kind is defined under its subject (an axiom that is not switched)
        OWLClass named = iri.startsWith(ClaimAxioms.CONTEXT_NS) ? df.getOWLClass(IRI.create(claims.kindOf(kind).subject())) : kind;
        out.add(named);
        base.getSuperClasses(named, false).entities().forEach(out::add);
        return out;
    }
}
