package org.exokg.reasoning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.exokg.reasoning.ClaimAxioms.Statement;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.ClassExpressionType;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLClassExpression;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLDisjointClassesAxiom;
import org.semanticweb.owlapi.model.OWLEquivalentClassesAxiom;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLObjectPropertyDomainAxiom;
import org.semanticweb.owlapi.model.OWLObjectPropertyRangeAxiom;
import org.semanticweb.owlapi.model.OWLFunctionalObjectPropertyAxiom;
import org.semanticweb.owlapi.model.OWLSubObjectPropertyOfAxiom;
import org.semanticweb.owlapi.model.OWLObjectSomeValuesFrom;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLSubClassOfAxiom;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Splits the open statements of a kind into groups that cannot take part in a common conflict, so that the
 * search tests each group on its own (docs/reasoning.md, "Conflicts"). A kind's statements all speak of one
 * individual x of the kind. A positive statement "x has a p that is an O" adds a p-successor in O; a negated one
 * "x has no q that is an O'" forbids q-successors in O'. With an ontology that has no universal restrictions,
 * inverse or transitive properties, number restrictions or nominals (checked; otherwise every kind is one group),
 * statements meet only:
 * <ul>
 *   <li>at a positive statement's successor: the negated statements on p or a super-property of p whose class is
 *       not disjoint from O (a disjoint O' is already excluded there, so it is in no minimal conflict);</li>
 *   <li>at a successor the ontology or the kind's definition gives x: the negated statements that can reach one
 *       (all joined, as unions in the ontology can make several of them refute x together);</li>
 *   <li>at x itself, through what a statement makes x: a classification, a property's domain x is not already in,
 *       or a class the ontology defines by a restriction the statement can fill (e.g. a plant-derived nanovesicle
 *       is a vesicle derived from a plant). Such a statement joins every group.</li>
 * </ul>
 * Groups are the connected parts of these links. Their use is checked where it is cheap: the statements accepted
 * per group must hold together (one test per searched kind), or the kind is searched as one group.
 */
final class StatementGroups {

    private final OWLReasoner reasoner;
    private final OWLDataFactory df;
    private final ClaimAxioms claims;
    private final boolean enabled;
    /** Existentials on the left of an ontology axiom: a successor that fills one can make x something. */
    private final List<OWLObjectSomeValuesFrom> triggers = new ArrayList<>();
    /** Existentials on the right of an ontology or context axiom: successors the ontology may give x. */
    private final List<OWLObjectSomeValuesFrom> successors = new ArrayList<>();
    private final Map<OWLObjectProperty, Set<OWLObjectProperty>> superProperties = new HashMap<>();
    private final Map<OWLObjectProperty, List<OWLClassExpression>> domains = new HashMap<>();
    private final Set<OWLObjectProperty> functional = new HashSet<>();
    /** Enumerations: successors in one may be the same individual, so statements about them meet. */
    private final Set<OWLClassExpression> nominals = new HashSet<>();
    private final Map<OWLClass, Boolean> enumerated = new HashMap<>();
    /** The existentials of each disjointness axiom between restrictions. */
    private final List<List<OWLObjectSomeValuesFrom>> clashes = new ArrayList<>();
    private final Map<Set<OWLClassExpression>, Boolean> disjoint = new HashMap<>();
    private final Map<String, Boolean> inDomain = new HashMap<>();
    private final String why;

    private static final Set<AxiomType<?>> SUPPORTED = Set.of(AxiomType.SUBCLASS_OF, AxiomType.EQUIVALENT_CLASSES,
            AxiomType.DISJOINT_CLASSES, AxiomType.SUB_OBJECT_PROPERTY, AxiomType.OBJECT_PROPERTY_DOMAIN,
            AxiomType.OBJECT_PROPERTY_RANGE, AxiomType.CLASS_ASSERTION, AxiomType.OBJECT_PROPERTY_ASSERTION,
            AxiomType.DATA_PROPERTY_ASSERTION, AxiomType.SUB_DATA_PROPERTY, AxiomType.DATA_PROPERTY_RANGE,
            AxiomType.DATA_PROPERTY_DOMAIN, AxiomType.DATATYPE_DEFINITION, AxiomType.FUNCTIONAL_DATA_PROPERTY,
            AxiomType.DISJOINT_DATA_PROPERTIES, AxiomType.DIFFERENT_INDIVIDUALS, AxiomType.SAME_INDIVIDUAL);

    private static final Set<ClassExpressionType> SUPPORTED_EXPRESSIONS = Set.of(ClassExpressionType.OWL_CLASS,
            ClassExpressionType.OBJECT_INTERSECTION_OF, ClassExpressionType.OBJECT_UNION_OF,
            ClassExpressionType.OBJECT_SOME_VALUES_FROM, ClassExpressionType.OBJECT_ONE_OF);

    StatementGroups(OWLOntology ontology, OWLReasoner reasoner, ClaimAxioms claims) {
        this.reasoner = reasoner;
        this.df = ontology.getOWLOntologyManager().getOWLDataFactory();
        this.claims = claims;
        String unsupported = null;
        for (OWLAxiom a : ontology.getLogicalAxioms(Imports.INCLUDED)) {
            if (a instanceof OWLFunctionalObjectPropertyAxiom f && !f.getProperty().isAnonymous()) {
                // two successors by a functional property are one: a statement on it meets the others on it
                functional.add(f.getProperty().asOWLObjectProperty());
                continue;
            }
            if (!SUPPORTED.contains(a.getAxiomType())) {
                unsupported = a.getAxiomType().getName();
                break;
            }
            OWLClassExpression bad = a.nestedClassExpressions()
                    .filter(c -> !SUPPORTED_EXPRESSIONS.contains(c.getClassExpressionType()))
                    .filter(c -> !(a instanceof OWLObjectPropertyRangeAxiom && namedComplement(c))).findFirst().orElse(null);
            if (bad != null) {
                unsupported = bad.getClassExpressionType().getName();
                break;
            }
            a.nestedClassExpressions().filter(c -> c.getClassExpressionType() == ClassExpressionType.OBJECT_ONE_OF)
                    .forEach(nominals::add);
            if (a instanceof OWLSubClassOfAxiom s) {
                sides(s.getSubClass(), s.getSuperClass());
            } else if (a instanceof OWLEquivalentClassesAxiom e) {
                List<OWLClassExpression> ops = e.classExpressions().toList();
                for (OWLClassExpression l : ops) {
                    for (OWLClassExpression r : ops) {
                        if (l != r) {
                            sides(l, r);
                        }
                    }
                }
            } else if (a instanceof OWLDisjointClassesAxiom d && d.classExpressions().anyMatch(c -> !c.isNamed())) {
                // "nothing has both a p that is an A and a p that is a B": the statements that can give x either meet
                List<OWLObjectSomeValuesFrom> clash = new ArrayList<>();
                for (OWLClassExpression c : d.classExpressions().toList()) {
                    if (c instanceof OWLObjectSomeValuesFrom e && !e.getProperty().isAnonymous()) {
                        clash.add(e);
                    } else if (!c.isNamed()) {
                        collect(c, triggers);
                    }
                }
                clashes.add(clash);
            } else if (a instanceof OWLObjectPropertyDomainAxiom d) {
                if (d.getProperty().isAnonymous()) {
                    unsupported = "inverse property";
                    break;
                }
                domains.computeIfAbsent(d.getProperty().asOWLObjectProperty(), p -> new ArrayList<>()).add(d.getDomain());
            }
            boolean inverse = a.nestedClassExpressions().anyMatch(c -> c instanceof OWLObjectSomeValuesFrom e && e.getProperty().isAnonymous())
                    || a instanceof OWLSubObjectPropertyOfAxiom sp && (sp.getSubProperty().isAnonymous() || sp.getSuperProperty().isAnonymous())
                    || a instanceof OWLObjectPropertyRangeAxiom r && r.getProperty().isAnonymous();
            if (inverse) {
                unsupported = "inverse property";
                break;
            }
        }
        // the definitions of narrowed kinds give x a successor (derived from the qualifier)
        for (OWLAxiom a : claims.axioms()) {
            if (claims.statementOf(a) == null && a instanceof OWLSubClassOfAxiom s) {
                collect(s.getSuperClass(), successors);
            }
        }
        this.enabled = unsupported == null;
        this.why = unsupported;
    }

    /**
     * (branch organismsources) A complement of named classes or of a union of them, as in derivedFrom's range
     * ("Organism and not (Vertebrate or AnimalDiseaseModel)"). In a range it only places each successor in a class, as a
     * union there does: it gives x no successor and joins no two successors, so statements still meet only where the
     * class comment says. (Elsewhere a complement can hide a universal restriction, so it stays unsupported.)
     */
    private static boolean namedComplement(OWLClassExpression c) {
        return c.getClassExpressionType() == ClassExpressionType.OBJECT_COMPLEMENT_OF
                && c.nestedClassExpressions().filter(x -> x != c).allMatch(x -> x.getClassExpressionType() == ClassExpressionType.OWL_CLASS
                        || x.getClassExpressionType() == ClassExpressionType.OBJECT_UNION_OF);
    }

    /** Whether the ontology is of the sort the grouping is sound for (else every kind is one group). */
    boolean enabled() {
        return enabled;
    }

    /** The first construct that turned grouping off, or null. */
    String disabledBy() {
        return why;
    }

    private void sides(OWLClassExpression sub, OWLClassExpression sup) {
        if (!sub.isNamed()) {
            collect(sub, triggers);
        }
        collect(sup, successors);
    }

    private static void collect(OWLClassExpression c, List<OWLObjectSomeValuesFrom> into) {
        c.nestedClassExpressions().filter(x -> x instanceof OWLObjectSomeValuesFrom)
                .forEach(x -> into.add((OWLObjectSomeValuesFrom) x));
    }

    /**
     * The statements of {@code open} (in order) split into groups that cannot share a conflict for {@code kind},
     * each in the order of {@code open}; one group when grouping is off or a statement joins every group.
     */
    List<List<OWLAxiom>> split(OWLClass kind, List<OWLAxiom> open) {
        if (!enabled || open.size() < 2) {
            return List.of(open);
        }
        int n = open.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        OWLClass subject = df.getOWLClass(IRI.create(claims.kindOf(kind).subject()));
        // statements with the same property and class meet the same others: links are decided once per such pair
        // of (property, class) keys, and every statement of two linked keys joins one group
        Map<Facts, List<Integer>> positives = new LinkedHashMap<>();
        Map<Facts, List<Integer>> negatives = new LinkedHashMap<>();
        int reachSuccessor = -1;
        for (int i = 0; i < n; i++) {
            Facts f = facts(open.get(i));
            if (f.classification() || f.meetsAll()) {
                return List.of(open); // a classification makes x something: it can meet any statement
            }
            if (f.positive()) {
                if (changesSubject(subject, f)) {
                    return List.of(open);
                }
                positives.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
            } else {
                negatives.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
                if (f.reachesSuccessor()) {
                    if (reachSuccessor >= 0) {
                        union(parent, reachSuccessor, i);
                    } else {
                        reachSuccessor = i;
                    }
                }
            }
        }
        int[] clashMember = new int[clashes.size()];
        java.util.Arrays.fill(clashMember, -1);
        for (Map.Entry<Facts, List<Integer>> pe : positives.entrySet()) {
            Facts f = pe.getKey();
            List<Integer> members = pe.getValue();
            for (int c : f.clashes()) {
                for (int i : members) {
                    if (clashMember[c] >= 0) {
                        union(parent, clashMember[c], i);
                    } else {
                        clashMember[c] = i;
                    }
                }
            }
            for (Map.Entry<Facts, List<Integer>> ne : negatives.entrySet()) {
                Facts t = ne.getKey();
                if (f.up().contains(t.property()) && !disjoint(f.object(), t.object())) {
                    // every statement of both keys meets every other: one component
                    int first = members.get(0);
                    members.forEach(i -> union(parent, first, i));
                    ne.getValue().forEach(j -> union(parent, first, j));
                }
            }
        }
        Map<Integer, List<OWLAxiom>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(open.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    /**
     * What the grouping needs to know of one statement, built once per statement (not per kind or pair): its
     * property with super-properties, its class, and the links that depend on these alone. Equal for two statements
     * with the same property, class and polarity (the key of {@link #split}).
     */
    private record Facts(OWLObjectProperty property, OWLClass object, boolean positive, boolean classification,
                         Set<OWLObjectProperty> up, boolean meetsAll, boolean reachesSuccessor, List<Integer> clashes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Facts f && f.property.equals(property) && f.object.equals(object) && f.positive == positive
                    && f.classification == classification;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(property, object, positive, classification);
        }
    }

    private final Map<OWLAxiom, Facts> facts = new HashMap<>();
    private final Map<List<Object>, Facts> factsByKey = new HashMap<>();

    private Facts facts(OWLAxiom axiom) {
        return facts.computeIfAbsent(axiom, a -> {
            Statement s = claims.statementOf(a);
            boolean classification = s.predicate().equals(ClaimAxioms.IS_KIND_OF);
            OWLObjectProperty p = df.getOWLObjectProperty(IRI.create(s.predicate()));
            OWLClass o = df.getOWLClass(IRI.create(s.object()));
            return factsByKey.computeIfAbsent(List.of(p, o, s.positive(), classification), k -> {
                if (classification) {
                    return new Facts(p, o, s.positive(), true, Set.of(), true, false, List.of());
                }
                Set<OWLObjectProperty> up = supers(p);
                boolean meetsAll = up.stream().anyMatch(functional::contains) || enumerated(o);
                boolean reaches = false;
                List<Integer> touched = new ArrayList<>();
                if (s.positive()) {
                    for (int c = 0; c < clashes.size(); c++) {
                        boolean touches = false;
                        for (OWLObjectSomeValuesFrom e : clashes.get(c)) {
                            touches |= up.contains(e.getProperty().asOWLObjectProperty()) && !disjoint(e.getFiller(), o);
                        }
                        if (touches) {
                            touched.add(c);
                        }
                    }
                } else {
                    for (OWLObjectSomeValuesFrom e : successors) {
                        if (!e.getProperty().isAnonymous() && supers(e.getProperty().asOWLObjectProperty()).contains(p)
                                && !disjoint(e.getFiller(), o)) {
                            reaches = true;
                            break;
                        }
                    }
                }
                return new Facts(p, o, s.positive(), false, up, meetsAll, reaches, touched);
            });
        });
    }

    /** Whether a p-successor in o can make x something: a domain x is not already in, or an ontology definition. */
    private boolean changesSubject(OWLClass subject, Facts f) {
        return changes.computeIfAbsent(List.of(subject, f.property(), f.object()), k -> changesSubject(subject, f.property(), f.object()));
    }

    private final Map<List<Object>, Boolean> changes = new HashMap<>();

    /** Whether a p-successor in o can make x something: a domain x is not already in, or an ontology definition. */
    private boolean changesSubject(OWLClass subject, OWLObjectProperty p, OWLClass o) {
        Set<OWLObjectProperty> up = supers(p);
        for (OWLObjectProperty q : up) {
            for (OWLClassExpression d : domains.getOrDefault(q, List.of())) {
                boolean within = inDomain.computeIfAbsent(subject.getIRI() + " " + d,
                        k -> reasoner.isEntailed(df.getOWLSubClassOfAxiom(subject, d)));
                if (!within) {
                    return true;
                }
            }
        }
        for (OWLObjectSomeValuesFrom t : triggers) {
            if (!t.getProperty().isAnonymous() && up.contains(t.getProperty().asOWLObjectProperty()) && !disjoint(t.getFiller(), o)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether successors in {@code o} can be forced to be one of the individuals of an enumeration (then two of them
     * may be the same individual), or exclude one: {@code o} within an enumeration, or an individual in {@code o}.
     */
    private boolean enumerated(OWLClass o) {
        return enumerated.computeIfAbsent(o, k -> nominals.stream().anyMatch(n -> reasoner.isEntailed(df.getOWLSubClassOfAxiom(k, n))
                || n.nestedClassExpressions().filter(x -> x instanceof org.semanticweb.owlapi.model.OWLObjectOneOf)
                        .flatMap(x -> ((org.semanticweb.owlapi.model.OWLObjectOneOf) x).individuals())
                        .anyMatch(i -> !i.isNamed() || types(i.asOWLNamedIndividual()).contains(k))));
    }

    /** An individual's classes, asked of the reasoner once (each call of getTypes costs instance checks). */
    private Set<OWLClass> types(org.semanticweb.owlapi.model.OWLNamedIndividual i) {
        return types.computeIfAbsent(i, k -> reasoner.getTypes(k, false).entities().collect(java.util.stream.Collectors.toSet()));
    }

    private final Map<org.semanticweb.owlapi.model.OWLNamedIndividual, Set<OWLClass>> types = new HashMap<>();

    private Set<OWLObjectProperty> supers(OWLObjectProperty p) {
        return superProperties.computeIfAbsent(p, k -> {
            Set<OWLObjectProperty> out = new HashSet<>();
            out.add(k);
            reasoner.getSuperObjectProperties(k, false).entities()
                    .filter(x -> !x.isAnonymous()).forEach(x -> out.add(x.asOWLObjectProperty()));
            return out;
        });
    }

    private boolean disjoint(OWLClassExpression a, OWLClassExpression b) {
        if (a.equals(b)) {
            return false;
        }
        return disjoint.computeIfAbsent(Set.of(a, b),
                k -> !reasoner.isSatisfiable(df.getOWLObjectIntersectionOf(Stream.of(a, b))));
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
