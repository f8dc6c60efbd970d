package org.exokg.reasoning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.exokg.ExoKg;
import org.exokg.rdf.ContentHash;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLClassExpression;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Claims as OWL axioms over the ontology. Identical statements (same subject, relation, object, polarity
 * and scope) become one axiom, whoever made them; the statement remembers its claims.
 *
 * <ul>
 *   <li>Subject: a general claim speaks of the subject class S; a specific claim of a fresh class
 *       "S narrowed by Q" ({@code context/S-Q}) ⊑ S, which is also ⊑ ∃derivedFrom.Q when the qualifier Q
 *       is a vesicle source, or ⊑ Q when Q is itself a kind of vesicle.</li>
 *   <li>Positive claim: C ⊑ ∃p.O ("exosomes have low immunogenicity": every exosome has that property).
 *       For derivedFrom and its sub-properties the universal reading would be wrong ("exosomes are found in
 *       milk" does not say that every exosome comes from milk), so those claims say only that some C are
 *       derived from O: a fresh witness class W ⊑ C ⊓ ∃p.O that must be satisfiable.</li>
 *   <li>Negated claim: C ⊑ ¬∃p.O.</li>
 *   <li>Classification ({@code isKindOf}): positive C ⊑ O ("exosomes are small extracellular vesicles"), negated
 *       C ⊑ ¬O. Its object is a class, so statements about O (and what O falls under) bear on C.</li>
 * </ul>
 * Claims whose subject or object is not a class of the ontology, or whose relation is not one of its object
 * properties, are left out (counted in {@link #skipped()}).
 */
public final class ClaimAxioms {

    static final String CONTEXT_NS = ExoKg.RESOURCE_NS + "reasoning/context/";
    static final String WITNESS_NS = ExoKg.RESOURCE_NS + "reasoning/witness/";
    static final String SELECTOR_NS = ExoKg.RESOURCE_NS + "reasoning/selector/";
    static final String IS_KIND_OF = ExoKg.NS + "isKindOf";

    /** The kind a claim speaks of: a subject class, narrowed by a qualifier for specific claims. */
    public record Context(String subject, boolean specific, String qualifier) {
        public String label() {
            return specific ? local(subject) + " (" + (qualifier == null ? "specific" : local(qualifier)) + ")" : local(subject);
        }
    }

    /** One statement, made by one or more claims. */
    public record Statement(Context context, String predicate, String object, boolean positive) {
        public String label() {
            return context.label() + (positive ? " " : " NOT ") + local(predicate) + " " + local(object);
        }
    }

    private final OWLDataFactory df;
    private final Map<Statement, List<StoredClaim>> claims = new LinkedHashMap<>();
    private final Map<OWLAxiom, Statement> statementAxioms = new LinkedHashMap<>();
    private final Map<Context, OWLClass> contextClasses = new LinkedHashMap<>();
    private final Map<OWLAxiom, Context> contextAxioms = new LinkedHashMap<>();
    /** Classes whose unsatisfiability means that some claims cannot hold together. */
    private final Set<OWLClass> checked = new LinkedHashSet<>();
    /** For each checked class, the kind it stands for (witness classes: the kind of their statement). */
    private final Map<OWLClass, Context> kinds = new LinkedHashMap<>();
    private final Map<OWLClass, OWLAxiom> witnessAxioms = new LinkedHashMap<>();
    /** The values of {@link #witnessAxioms}, for lookups that do not scan them. */
    private final Set<OWLAxiom> witnessAxiomSet = new java.util.HashSet<>();
    /** Statement axioms (not witnesses') and context axioms by context, so a kind's axioms are found without a scan. */
    private final Map<Context, List<OWLAxiom>> statementAxiomsByContext = new LinkedHashMap<>();
    private final Map<Context, List<OWLAxiom>> contextAxiomsByContext = new LinkedHashMap<>();
    /** Position of each statement axiom in {@link #statementAxioms}: {@link #axiomsFor} keeps that order. */
    private final Map<OWLAxiom, Integer> position = new java.util.HashMap<>();
    private int skipped;

    /**
     * @param ontology the ontology the claims are read against
     * @param reasoner a reasoner over {@code ontology} (to place qualifiers and find derivedFrom's sub-properties)
     */
    public ClaimAxioms(OWLOntology ontology, OWLReasoner reasoner, List<StoredClaim> storedClaims) {
        this.df = ontology.getOWLOntologyManager().getOWLDataFactory();
        OWLObjectProperty derivedFrom = df.getOWLObjectProperty(IRI.create(ExoKg.NS + "derivedFrom"));
        Set<OWLObjectProperty> witnessed = new LinkedHashSet<>();
        witnessed.add(derivedFrom);
        reasoner.getSubObjectProperties(derivedFrom, false).entities()
                .filter(p -> !p.isAnonymous()).forEach(p -> witnessed.add(p.asOWLObjectProperty()));
        // the kinds that can be vesicle sources: the range of derivedFrom (being a source is a role, not a kind)
        OWLClassExpression vesicleSource = ontology.objectPropertyRangeAxioms(derivedFrom)
                .map(ax -> ax.getRange()).findFirst()
                .orElse(df.getOWLClass(IRI.create(ExoKg.NS + "VesicleSource")));
        OWLClass vesicle = df.getOWLClass(IRI.create(ExoKg.NS + "MembraneVesicle"));

        for (StoredClaim c : storedClaims) {
            IRI s = IRI.create(c.subject());
            IRI p = IRI.create(c.predicate());
            IRI o = IRI.create(c.object());
            if (!ontology.containsClassInSignature(s, Imports.INCLUDED)
                    || !ontology.containsClassInSignature(o, Imports.INCLUDED)
                    || !ontology.containsObjectPropertyInSignature(p, Imports.INCLUDED)) {
                skipped++;
                continue;
            }
            String qualifier = c.specific() && c.qualifier() != null
                    && ontology.containsClassInSignature(IRI.create(c.qualifier()), Imports.INCLUDED) ? c.qualifier() : null;
            Context context = new Context(c.subject(), c.specific(), qualifier);
            Statement statement = new Statement(context, c.predicate(), c.object(), c.positive());
            List<StoredClaim> makers = claims.computeIfAbsent(statement, k -> new ArrayList<>());
            makers.add(c);
            if (makers.size() > 1) {
                continue;
            }
            OWLClass subject = contextClass(context, reasoner, vesicleSource, vesicle);
            if (c.predicate().equals(IS_KIND_OF)) {
                OWLClassExpression kind = c.positive() ? df.getOWLClass(o) : df.getOWLObjectComplementOf(df.getOWLClass(o));
                statementAxioms.put(df.getOWLSubClassOfAxiom(subject, kind), statement);
                checked.add(subject);
                kinds.put(subject, context);
                continue;
            }
            OWLObjectProperty property = df.getOWLObjectProperty(p);
            OWLClassExpression some = df.getOWLObjectSomeValuesFrom(property, df.getOWLClass(o));
            if (!c.positive()) {
                statementAxioms.put(df.getOWLSubClassOfAxiom(subject, df.getOWLObjectComplementOf(some)), statement);
                checked.add(subject);
                kinds.put(subject, context);
            } else if (witnessed.contains(property)) {
                OWLClass witness = df.getOWLClass(IRI.create(WITNESS_NS
                        + slug(local(subject.getIRI().toString()) + "-" + local(c.predicate()) + "-" + local(c.object()))));
                OWLAxiom axiom = df.getOWLSubClassOfAxiom(witness, df.getOWLObjectIntersectionOf(subject, some));
                statementAxioms.put(axiom, statement);
                checked.add(witness);
                kinds.put(witness, context);
                witnessAxioms.put(witness, axiom);
                witnessAxiomSet.add(axiom);
            } else {
                statementAxioms.put(df.getOWLSubClassOfAxiom(subject, some), statement);
                checked.add(subject);
                kinds.put(subject, context);
            }
        }
        contextAxioms.forEach((axiom, context) ->
                contextAxiomsByContext.computeIfAbsent(context, k -> new ArrayList<>()).add(axiom));
        statementAxioms.forEach((axiom, statement) -> {
            position.put(axiom, position.size());
            if (!witnessAxiomSet.contains(axiom)) {
                statementAxiomsByContext.computeIfAbsent(statement.context(), k -> new ArrayList<>()).add(axiom);
            }
        });
    }

    private OWLClass contextClass(Context context, OWLReasoner reasoner, OWLClassExpression vesicleSource, OWLClass vesicle) {
        return contextClasses.computeIfAbsent(context, k -> {
            OWLClass subject = df.getOWLClass(IRI.create(k.subject()));
            if (!k.specific()) {
                return subject;
            }
            String name = local(k.subject()) + "-" + (k.qualifier() == null ? "specific" : local(k.qualifier()));
            OWLClass narrowed = df.getOWLClass(IRI.create(CONTEXT_NS + slug(name)));
            contextAxioms.put(df.getOWLSubClassOfAxiom(narrowed, subject), k);
            if (k.qualifier() != null) {
                OWLClass q = df.getOWLClass(IRI.create(k.qualifier()));
                if (isA(reasoner, q, vesicleSource)) {
                    OWLObjectProperty derivedFrom = df.getOWLObjectProperty(IRI.create(ExoKg.NS + "derivedFrom"));
                    contextAxioms.put(df.getOWLSubClassOfAxiom(narrowed, df.getOWLObjectSomeValuesFrom(derivedFrom, q)), k);
                } else if (isA(reasoner, q, vesicle)) {
                    contextAxioms.put(df.getOWLSubClassOfAxiom(narrowed, q), k);
                } // else: a qualifier of another sort (e.g. a disease) only narrows the subject
            }
            return narrowed;
        });
    }

    private boolean isA(OWLReasoner reasoner, OWLClass c, OWLClassExpression ancestor) {
        if (c.equals(ancestor)) {
            return true;
        }
        if (ancestor.isNamed()) {
            return reasoner.getSuperClasses(c, false).containsEntity(ancestor.asOWLClass());
        }
        return reasoner.isEntailed(df.getOWLSubClassOfAxiom(c, ancestor));
    }

    /** Every axiom the claims add to the ontology (statements and the definitions of narrowed kinds). */
    public Set<OWLAxiom> axioms() {
        Set<OWLAxiom> all = new LinkedHashSet<>(contextAxioms.keySet());
        all.addAll(statementAxioms.keySet());
        return all;
    }

    /** The statement an axiom stands for, or null if the axiom is not a claim statement. */
    public Statement statementOf(OWLAxiom axiom) {
        return statementAxioms.get(axiom);
    }

    public Context contextOf(OWLAxiom axiom) {
        return contextAxioms.get(axiom);
    }

    public List<StoredClaim> claimsOf(Statement statement) {
        return claims.getOrDefault(statement, List.of());
    }

    public Map<Statement, List<StoredClaim>> statements() {
        return Collections.unmodifiableMap(claims);
    }

    /** The fresh class that stands for a context (the subject class itself for general claims). */
    public OWLClass contextClass(Context context) {
        return contextClasses.get(context);
    }

    public Set<OWLClass> checkedClasses() {
        return Collections.unmodifiableSet(checked);
    }

    /** The kind a checked class stands for. */
    public Context kindOf(OWLClass checkedClass) {
        return kinds.get(checkedClass);
    }

    /** The axioms that define a narrowed kind (none for a subject class): what {@link #axiomsFor} gives of a context besides statements. */
    public List<OWLAxiom> contextAxioms(Context context) {
        return contextAxiomsByContext.getOrDefault(context, List.of());
    }

    /** The statement and context axioms that can bear on {@code checkedClass}; {@code relevant} says which contexts do. */
    public Set<OWLAxiom> axiomsFor(OWLClass checkedClass, Predicate<Context> relevant) {
        // looked up by context (a kind meets few contexts), in the order of a scan over all axioms
        Set<OWLAxiom> out = new LinkedHashSet<>();
        contextAxiomsByContext.forEach((context, axioms) -> {
            if (relevant.test(context)) {
                out.addAll(axioms);
            }
        });
        List<OWLAxiom> statements = new ArrayList<>();
        statementAxiomsByContext.forEach((context, axioms) -> {
            if (relevant.test(context)) {
                statements.addAll(axioms);
            }
        });
        OWLAxiom witness = witnessAxioms.get(checkedClass);
        if (witness != null) {
            statements.add(witness);
        }
        statements.sort(java.util.Comparator.comparingInt(position::get));
        out.addAll(statements);
        return out;
    }

    /**
     * The classes a subject is claimed to be a kind of (positive isKindOf statements, any scope), transitively:
     * the claims about those classes can bear on the subject too.
     */
    public Set<String> claimedKinds(String subject) {
        Set<String> found = new LinkedHashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(subject));
        while (!todo.isEmpty()) {
            String s = todo.pop();
            for (Statement st : claims.keySet()) {
                if (st.positive() && st.predicate().equals(IS_KIND_OF) && st.context().subject().equals(s) && found.add(st.object())) {
                    todo.add(st.object());
                }
            }
        }
        return found;
    }

    public int skipped() {
        return skipped;
    }

    static String local(String iri) {
        int i = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return i < 0 ? iri : iri.substring(i + 1);
    }

    private static String slug(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_-]", "_");
        return s.isEmpty() ? ContentHash.of(name) : s;
    }
}
