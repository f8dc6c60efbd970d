package org.exokg.reasoning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owl.explanation.impl.blackbox.EntailmentChecker;
import org.semanticweb.owl.explanation.impl.blackbox.EntailmentCheckerFactory;
import org.semanticweb.owl.explanation.impl.blackbox.checker.SatisfiabilityEntailmentCheckerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.ClassExpressionType;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClassAssertionAxiom;
import org.semanticweb.owlapi.model.OWLDataPropertyDomainAxiom;
import org.semanticweb.owlapi.model.OWLDataPropertyRangeAxiom;
import org.semanticweb.owlapi.model.OWLDifferentIndividualsAxiom;
import org.semanticweb.owlapi.model.OWLFunctionalDataPropertyAxiom;
import org.semanticweb.owlapi.model.OWLFunctionalObjectPropertyAxiom;
import org.semanticweb.owlapi.model.OWLIndividual;
import org.semanticweb.owlapi.model.OWLObjectPropertyAssertionAxiom;
import org.semanticweb.owlapi.model.OWLSameIndividualAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLClassExpression;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLDisjointClassesAxiom;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLEquivalentClassesAxiom;
import org.semanticweb.owlapi.model.OWLObjectAllValuesFrom;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLObjectPropertyExpression;
import org.semanticweb.owlapi.model.OWLQuantifiedObjectRestriction;
import org.semanticweb.owlapi.model.OWLObjectPropertyDomainAxiom;
import org.semanticweb.owlapi.model.OWLObjectPropertyRangeAxiom;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.OWLSubClassOfAxiom;
import org.semanticweb.owlapi.model.OWLSubObjectPropertyOfAxiom;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * owlexplanation's entailment checker for "C ⊑ ⊥" that answers every subset of one axiom set on one HermiT
 * reasoner, where the black-box checker builds a reasoner per subset. Each axiom α is guarded by a fresh class
 * G_α that holds everywhere or nowhere: "A ⊑ B" becomes "A ⊓ G_α ⊑ B", and "G_α ⊑ ∀U.G_α" with every property a
 * sub-property of a fresh U carries G_α from C's individual to every individual linked to it. "Does the subset X
 * entail C ⊑ ⊥?" is then "is C ⊓ G_α1 ⊓ … ⊓ G_αn unsatisfiable?" for the axioms α1..αn of X.
 * <p>
 * The tested individual is also linked to every named individual, so the guards hold wherever an axiom can act:
 * on everything reachable from C's individual or a named one, and a model of the guarded axioms cut down to that
 * part is a model of the subset. Sound and complete without inverse or chained properties, number restrictions
 * other than functional properties, or a sub-property of a functional property (checked; otherwise every question
 * goes to the black-box checker). A sub-property axiom p ⊑ q, which no class can guard, is replaced by
 * "G ⊓ ∀q.D ⊑ ∀p.D" for every filler D of a universal restriction in the axioms' negation normal form: in such
 * models q reaches p's successors only through those universals. The answers are those of the black-box checker,
 * so owlexplanation returns the same justifications (its search depends only on the answers).
 */
final class GuardedEntailmentChecker implements EntailmentChecker<OWLAxiom> {

    private static final String GUARD_NS = ClaimAxioms.SELECTOR_NS + "axiom/";

    private static final Set<AxiomType<?>> SUPPORTED = Set.of(AxiomType.SUBCLASS_OF, AxiomType.EQUIVALENT_CLASSES,
            AxiomType.DISJOINT_CLASSES, AxiomType.OBJECT_PROPERTY_DOMAIN, AxiomType.OBJECT_PROPERTY_RANGE,
            AxiomType.SUB_OBJECT_PROPERTY, AxiomType.FUNCTIONAL_OBJECT_PROPERTY, AxiomType.CLASS_ASSERTION,
            AxiomType.OBJECT_PROPERTY_ASSERTION, AxiomType.DIFFERENT_INDIVIDUALS, AxiomType.SAME_INDIVIDUAL,
            AxiomType.DATA_PROPERTY_DOMAIN, AxiomType.DATA_PROPERTY_RANGE, AxiomType.FUNCTIONAL_DATA_PROPERTY);

    private static final Set<ClassExpressionType> SUPPORTED_EXPRESSIONS = Set.of(ClassExpressionType.OWL_CLASS,
            ClassExpressionType.OBJECT_INTERSECTION_OF, ClassExpressionType.OBJECT_UNION_OF,
            ClassExpressionType.OBJECT_COMPLEMENT_OF, ClassExpressionType.OBJECT_SOME_VALUES_FROM,
            ClassExpressionType.OBJECT_ALL_VALUES_FROM, ClassExpressionType.OBJECT_ONE_OF);

    /**
     * Checkers over subsets of {@code axioms}, sharing one guarded reasoner (built on the first question); close it
     * when the explanation is done.
     */
    static final class Factory implements EntailmentCheckerFactory<OWLAxiom>, AutoCloseable {
        private final Set<OWLAxiom> axioms;
        private final Supplier<OWLOntologyManager> managers;
        private Guards guards;
        private boolean built;
        private long tests;
        private long questions;

        Factory(Set<OWLAxiom> axioms, Supplier<OWLOntologyManager> managers) {
            this.axioms = axioms;
            this.managers = managers;
        }

        @Override
        public EntailmentChecker<OWLAxiom> createEntailementChecker(OWLAxiom entailment) {
            return new GuardedEntailmentChecker(this, entailment);
        }

        /** The guarded reasoner, or null if the axioms hold a construct the guards are not sound for. */
        Guards guards() {
            if (!built) {
                built = true;
                guards = Guards.of(axioms, managers.get());
            }
            return guards;
        }

        /** Whether the guards answer questions over these axioms (false: the black-box checker does). */
        boolean guarded() {
            return guards() != null;
        }

        /** Satisfiability tests asked of the guarded reasoner. */
        long tests() {
            return tests;
        }

        /** Entailment questions asked of the checkers, whoever answered them (the guards or the black box). */
        long questions() {
            return questions;
        }

        @Override
        public void close() {
            if (guards != null) {
                guards.reasoner.dispose();
            }
        }
    }

    /** One reasoner over the guarded axioms, and each axiom's guard. */
    record Guards(OWLReasoner reasoner, Map<OWLAxiom, OWLClass> guard, OWLClass root, OWLDataFactory df) {

        static Guards of(Set<OWLAxiom> axioms, OWLOntologyManager manager) {
            OWLDataFactory df = manager.getOWLDataFactory();
            List<OWLAxiom> logical = axioms.stream().filter(OWLAxiom::isLogicalAxiom).sorted().toList();
            if (unsupported(axioms) != null) {
                return null;
            }
            // the fillers of every universal restriction in negation normal form: what a sub-property axiom carries
            Set<OWLClassExpression> fillers = new LinkedHashSet<>();
            for (OWLAxiom a : logical) {
                for (OWLClassExpression form : everywhere(a, df)) {
                    form.getNNF().nestedClassExpressions().filter(c -> c instanceof OWLObjectAllValuesFrom)
                            .forEach(c -> fillers.add(((OWLObjectAllValuesFrom) c).getFiller()));
                }
            }
            OWLOntology ontology;
            try {
                ontology = manager.createOntology();
            } catch (OWLOntologyCreationException e) {
                throw new IllegalStateException(e);
            }
            OWLObjectProperty linked = df.getOWLObjectProperty(IRI.create(GUARD_NS + "linked"));
            List<OWLAxiom> out = new ArrayList<>();
            logical.stream().flatMap(OWLAxiom::objectPropertiesInSignature).distinct()
                    .forEach(p -> out.add(df.getOWLSubObjectPropertyOfAxiom(p, linked)));
            logical.stream().flatMap(OWLAxiom::signature).distinct()
                    .forEach(e -> out.add(df.getOWLDeclarationAxiom(e)));
            // the tested individual is linked to every named one, so a guard it carries holds at all of them too
            OWLClass root = df.getOWLClass(IRI.create(GUARD_NS + "root"));
            logical.stream().flatMap(OWLAxiom::individualsInSignature).distinct()
                    .forEach(i -> out.add(df.getOWLSubClassOfAxiom(root, df.getOWLObjectSomeValuesFrom(linked, df.getOWLObjectOneOf(i)))));
            Map<OWLAxiom, OWLClass> guard = new HashMap<>();
            for (OWLAxiom a : logical) {
                OWLClass g = df.getOWLClass(IRI.create(GUARD_NS + guard.size()));
                guard.put(a, g);
                out.add(df.getOWLSubClassOfAxiom(g, df.getOWLObjectAllValuesFrom(linked, g)));
                out.addAll(guarded(a, g, fillers, df));
            }
            manager.addAxioms(ontology, out.stream());
            return new Guards(new ReasonerFactory().createReasoner(ontology), guard, root, df);
        }

        /** The first axiom the guards are not sound for, or null. */
        static OWLAxiom unsupported(Set<OWLAxiom> axioms) {
            OWLAxiom first = axioms.stream().filter(OWLAxiom::isLogicalAxiom).filter(a -> !supported(a)).sorted().findFirst().orElse(null);
            if (first != null) {
                return first;
            }
            // a sub-property of a functional property: its successors count for the functional one, which the
            // universals that replace a sub-property axiom do not say
            Set<OWLObjectPropertyExpression> functional = new HashSet<>();
            axioms.stream().filter(a -> a instanceof OWLFunctionalObjectPropertyAxiom)
                    .forEach(a -> functional.add(((OWLFunctionalObjectPropertyAxiom) a).getProperty()));
            Map<OWLObjectPropertyExpression, Set<OWLObjectPropertyExpression>> up = new HashMap<>();
            axioms.stream().filter(a -> a instanceof OWLSubObjectPropertyOfAxiom).map(a -> (OWLSubObjectPropertyOfAxiom) a)
                    .forEach(a -> up.computeIfAbsent(a.getSubProperty(), k -> new HashSet<>()).add(a.getSuperProperty()));
            for (OWLAxiom a : axioms.stream().filter(a -> a instanceof OWLSubObjectPropertyOfAxiom).sorted().toList()) {
                Set<OWLObjectPropertyExpression> seen = new HashSet<>();
                java.util.ArrayDeque<OWLObjectPropertyExpression> todo = new java.util.ArrayDeque<>();
                todo.add(((OWLSubObjectPropertyOfAxiom) a).getSuperProperty());
                while (!todo.isEmpty()) {
                    OWLObjectPropertyExpression p = todo.pop();
                    if (functional.contains(p)) {
                        return a;
                    }
                    if (seen.add(p)) {
                        todo.addAll(up.getOrDefault(p, Set.of()));
                    }
                }
            }
            return null;
        }

        private static boolean supported(OWLAxiom a) {
            return SUPPORTED.contains(a.getAxiomType())
                    && a.nestedClassExpressions().allMatch(c -> SUPPORTED_EXPRESSIONS.contains(c.getClassExpressionType()))
                    && properties(a).allMatch(p -> !p.isAnonymous()
                            && !p.isOWLTopObjectProperty() && !p.isOWLBottomObjectProperty())
                    && a.anonymousIndividuals().findAny().isEmpty();
        }

        /** The property expressions of an axiom: of its restrictions and, for a property axiom, its own. */
        private static Stream<OWLObjectPropertyExpression> properties(OWLAxiom a) {
            Stream<OWLObjectPropertyExpression> own = a instanceof OWLObjectPropertyDomainAxiom d ? Stream.of(d.getProperty())
                    : a instanceof OWLObjectPropertyRangeAxiom r ? Stream.of(r.getProperty())
                    : a instanceof OWLSubObjectPropertyOfAxiom s ? Stream.of(s.getSubProperty(), s.getSuperProperty())
                    : Stream.empty();
            return Stream.concat(own, a.nestedClassExpressions().filter(c -> c instanceof OWLQuantifiedObjectRestriction)
                    .map(c -> ((OWLQuantifiedObjectRestriction) c).getProperty()));
        }

        /** The class expressions an axiom makes true of every individual (for the universals they contain). */
        private static List<OWLClassExpression> everywhere(OWLAxiom a, OWLDataFactory df) {
            List<OWLClassExpression> forms = new ArrayList<>();
            if (a instanceof OWLSubClassOfAxiom s) {
                forms.add(df.getOWLObjectUnionOf(s.getSubClass().getObjectComplementOf(), s.getSuperClass()));
            } else if (a instanceof OWLEquivalentClassesAxiom e) {
                for (OWLClassExpression l : e.classExpressions().toList()) {
                    for (OWLClassExpression r : e.classExpressions().toList()) {
                        if (!l.equals(r)) {
                            forms.add(df.getOWLObjectUnionOf(l.getObjectComplementOf(), r));
                        }
                    }
                }
            } else if (a instanceof OWLDisjointClassesAxiom d) {
                pairs(d.classExpressions().toList(), (x, y) ->
                        forms.add(df.getOWLObjectUnionOf(x.getObjectComplementOf(), y.getObjectComplementOf())));
            } else if (a instanceof OWLObjectPropertyDomainAxiom d) {
                forms.add(df.getOWLObjectUnionOf(df.getOWLObjectAllValuesFrom(d.getProperty(), df.getOWLNothing()), d.getDomain()));
            } else if (a instanceof OWLObjectPropertyRangeAxiom r) {
                forms.add(df.getOWLObjectAllValuesFrom(r.getProperty(), r.getRange()));
            } else if (a instanceof OWLClassAssertionAxiom c) {
                forms.add(c.getClassExpression());
            } else if (a instanceof OWLDataPropertyDomainAxiom d) {
                forms.add(d.getDomain());
            }
            return forms;
        }

        /** Every unordered pair of distinct positions of {@code items}. */
        private static <T> void pairs(List<T> items, java.util.function.BiConsumer<T, T> each) {
            for (int i = 0; i < items.size(); i++) {
                for (int j = i + 1; j < items.size(); j++) {
                    each.accept(items.get(i), items.get(j));
                }
            }
        }

        /** The axiom with its guard: it acts only where {@code g} holds. */
        private static List<OWLAxiom> guarded(OWLAxiom a, OWLClass g, Set<OWLClassExpression> fillers, OWLDataFactory df) {
            List<OWLAxiom> out = new ArrayList<>();
            if (a instanceof OWLSubClassOfAxiom s) {
                out.add(df.getOWLSubClassOfAxiom(df.getOWLObjectIntersectionOf(s.getSubClass(), g), s.getSuperClass()));
            } else if (a instanceof OWLEquivalentClassesAxiom e) {
                for (OWLClassExpression l : e.classExpressions().toList()) {
                    for (OWLClassExpression r : e.classExpressions().toList()) {
                        if (!l.equals(r)) {
                            out.add(df.getOWLSubClassOfAxiom(df.getOWLObjectIntersectionOf(l, g), r));
                        }
                    }
                }
            } else if (a instanceof OWLDisjointClassesAxiom d) {
                pairs(d.classExpressions().toList(), (x, y) ->
                        out.add(df.getOWLSubClassOfAxiom(df.getOWLObjectIntersectionOf(x, y, g), df.getOWLNothing())));
            } else if (a instanceof OWLObjectPropertyDomainAxiom d) {
                out.add(df.getOWLSubClassOfAxiom(df.getOWLObjectIntersectionOf(
                        df.getOWLObjectSomeValuesFrom(d.getProperty(), df.getOWLThing()), g), d.getDomain()));
            } else if (a instanceof OWLObjectPropertyRangeAxiom r) {
                out.add(df.getOWLSubClassOfAxiom(g, df.getOWLObjectAllValuesFrom(r.getProperty(), r.getRange())));
            } else if (a instanceof OWLFunctionalObjectPropertyAxiom f) {
                out.add(df.getOWLSubClassOfAxiom(g, df.getOWLObjectMaxCardinality(1, f.getProperty())));
            } else if (a instanceof OWLClassAssertionAxiom c) {
                out.add(df.getOWLSubClassOfAxiom(df.getOWLObjectIntersectionOf(df.getOWLObjectOneOf(c.getIndividual()), g),
                        c.getClassExpression()));
            } else if (a instanceof OWLObjectPropertyAssertionAxiom o) {
                out.add(df.getOWLSubClassOfAxiom(df.getOWLObjectIntersectionOf(df.getOWLObjectOneOf(o.getSubject()), g),
                        df.getOWLObjectHasValue(o.getProperty(), o.getObject())));
            } else if (a instanceof OWLDifferentIndividualsAxiom d) {
                pairs(d.individuals().toList(), (x, y) -> out.add(df.getOWLSubClassOfAxiom(
                        df.getOWLObjectIntersectionOf(df.getOWLObjectOneOf(x), df.getOWLObjectOneOf(y), g), df.getOWLNothing())));
            } else if (a instanceof OWLSameIndividualAxiom same) {
                List<OWLIndividual> ops = same.individuals().toList();
                for (OWLIndividual i : ops) {
                    for (OWLIndividual j : ops) {
                        if (!i.equals(j)) {
                            out.add(df.getOWLSubClassOfAxiom(df.getOWLObjectIntersectionOf(df.getOWLObjectOneOf(i), g),
                                    df.getOWLObjectOneOf(j)));
                        }
                    }
                }
            } else if (a instanceof OWLDataPropertyDomainAxiom d) {
                out.add(df.getOWLSubClassOfAxiom(df.getOWLObjectIntersectionOf(
                        df.getOWLDataSomeValuesFrom(d.getProperty(), df.getTopDatatype()), g), d.getDomain()));
            } else if (a instanceof OWLDataPropertyRangeAxiom r) {
                out.add(df.getOWLSubClassOfAxiom(g, df.getOWLDataAllValuesFrom(r.getProperty(), r.getRange())));
            } else if (a instanceof OWLFunctionalDataPropertyAxiom f) {
                out.add(df.getOWLSubClassOfAxiom(g, df.getOWLDataMaxCardinality(1, f.getProperty())));
            } else if (a instanceof OWLSubObjectPropertyOfAxiom p) {
                for (OWLClassExpression d : fillers) {
                    out.add(df.getOWLSubClassOfAxiom(
                            df.getOWLObjectIntersectionOf(g, df.getOWLObjectAllValuesFrom(p.getSuperProperty(), d)),
                            df.getOWLObjectAllValuesFrom(p.getSubProperty(), d)));
                }
            }
            return out;
        }
    }

    private final Factory factory;
    private final OWLAxiom entailment;
    /** C of "C ⊑ ⊥", or null for any other entailment (answered by the black-box checker). */
    private final OWLClassExpression unsatisfiable;
    /** Answers what the guards cannot, and the module and signatures owlexplanation asks for. */
    private final EntailmentChecker<OWLAxiom> blackBox;
    private final Set<OWLAxiom> lastAxioms = new HashSet<>();
    /** Builds the ontologies whose axioms are reported as entailing (one manager per checker, as the black box has). */
    private final OWLOntologyManager names;
    private final Set<OWLAxiom> lastEntailing = new HashSet<>();
    private int counter;

    private GuardedEntailmentChecker(Factory factory, OWLAxiom entailment) {
        this.factory = factory;
        this.entailment = entailment;
        this.unsatisfiable = entailment instanceof OWLSubClassOfAxiom s && s.getSuperClass().isOWLNothing()
                ? s.getSubClass() : null;
        // as ConflictFinder.justificationFactory configures it (modularisation on, no timeout)
        this.names = factory.managers.get();
        this.blackBox = new SatisfiabilityEntailmentCheckerFactory(new ReasonerFactory(), factory.managers)
                .createEntailementChecker(entailment);
    }

    @Override
    public boolean isEntailed(Set<OWLAxiom> axioms) {
        counter++;
        factory.questions++;
        lastAxioms.clear();
        lastAxioms.addAll(axioms);
        lastEntailing.clear();
        if (axioms.contains(entailment)) {
            lastEntailing.add(entailment);
            return true;
        }
        Guards guards = unsatisfiable == null ? null : factory.guards();
        List<OWLAxiom> logical = axioms.stream().filter(OWLAxiom::isLogicalAxiom).toList();
        // "N ⊑ C" with N a class no other axiom names (how the black-box checker names C) cannot change the answer
        List<OWLAxiom> guarded = guards == null ? logical : logical.stream().filter(a -> !naming(a, guards)).toList();
        if (guards == null || !guards.guard().keySet().containsAll(guarded)) {
            boolean entailed = blackBox.isEntailed(axioms);
            lastEntailing.addAll(blackBox.getEntailingAxioms(axioms));
            return entailed;
        }
        factory.tests++;
        boolean entailed = unsatisfiable.isNamed()
                ? !ClassConjunction.satisfiable(guards.reasoner(), Stream.concat(Stream.of(unsatisfiable.asOWLClass(), guards.root()),
                        guarded.stream().map(guards.guard()::get)).toList(), guards.df())
                : !guards.reasoner().isSatisfiable(guards.df().getOWLObjectIntersectionOf(
                        Stream.concat(Stream.of(unsatisfiable, guards.root()), guarded.stream().map(guards.guard()::get))));
        if (entailed) {
            // what the black-box checker reports, in its order (owlexplanation contracts the set in iteration order,
            // so the order decides which of equally small justifications it meets first): the logical axioms of an
            // ontology made of the axioms asked about and an axiom naming C. The black box names C after the clock;
            // a fixed name keeps the order, hence the first justification met, the same on every run (issue 16)
            try {
                OWLOntology asked = names.createOntology(axioms);
                names.addAxiom(asked, guards.df().getOWLSubClassOfAxiom(
                        guards.df().getOWLClass(IRI.create(GUARD_NS + "entailment")), unsatisfiable));
                lastEntailing.addAll(asked.getLogicalAxioms());
                names.removeOntology(asked);
            } catch (OWLOntologyCreationException e) {
                throw new IllegalStateException(e);
            }
        }
        return entailed;
    }

    private boolean naming(OWLAxiom a, Guards guards) {
        return a instanceof OWLSubClassOfAxiom s && s.getSuperClass().equals(unsatisfiable) && s.getSubClass().isNamed()
                && !guards.reasoner().getRootOntology().containsClassInSignature(s.getSubClass().asOWLClass().getIRI());
    }

    @Override
    public Set<OWLAxiom> getEntailingAxioms(Set<OWLAxiom> axioms) {
        if (!axioms.equals(lastAxioms)) {
            isEntailed(axioms);
        }
        return lastEntailing;
    }

    @Override
    public int getCounter() {
        return counter;
    }

    @Override
    public void resetCounter() {
        counter = 0;
    }

    @Override
    public OWLAxiom getEntailment() {
        return entailment;
    }

    @Override
    public Set<OWLEntity> getEntailmentSignature() {
        return blackBox.getEntailmentSignature();
    }

    @Override
    public Set<OWLEntity> getSeedSignature() {
        return blackBox.getSeedSignature();
    }

    @Override
    public Set<OWLAxiom> getModule(Set<OWLAxiom> axioms) {
        return blackBox.getModule(axioms);
    }

    @Override
    public String getModularisationTypeDescription() {
        return blackBox.getModularisationTypeDescription();
    }

    @Override
    public boolean isUseModularisation() {
        return blackBox.isUseModularisation();
    }

    /** A checker factory over {@code axioms} with OWL API managers from {@link OWLManager}. */
    static Factory over(Set<OWLAxiom> axioms) {
        return new Factory(axioms, OWLManager::createOWLOntologyManager);
    }
}
