package org.exokg.reasoning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.exokg.reasoning.ClaimAxioms.Context;
import org.exokg.reasoning.ClaimAxioms.Statement;
import org.exokg.reasoning.ConflictExplanation.Kind;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owl.explanation.api.Explanation;
import org.semanticweb.owl.explanation.api.ExplanationGenerator;
import org.semanticweb.owl.explanation.api.ExplanationGeneratorInterruptedException;
import org.semanticweb.owl.explanation.api.ExplanationGeneratorFactory;
import org.semanticweb.owl.explanation.impl.blackbox.Configuration;
import org.semanticweb.owl.explanation.impl.blackbox.DivideAndConquerContractionStrategy;
import org.semanticweb.owl.explanation.impl.blackbox.InitialEntailmentCheckStrategy;
import org.semanticweb.owl.explanation.impl.blackbox.StructuralTypePriorityExpansionStrategy;
import org.semanticweb.owl.explanation.impl.blackbox.checker.BlackBoxExplanationGeneratorFactory;
import org.semanticweb.owl.explanation.impl.blackbox.checker.SatisfiabilityEntailmentCheckerFactory;
import org.semanticweb.owl.explanation.api.ExplanationProgressMonitor;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import uk.ac.manchester.cs.owlapi.modularity.ModuleType;
import uk.ac.manchester.cs.owlapi.modularity.SyntacticLocalityModuleExtractor;

/**
 * Finds the sets of claims that cannot all hold together. One HermiT reasoner over the ontology plus every
 * claim statement finds the impossible kinds (unsatisfiable subject, narrowed-kind and witness classes);
 * only for those, a black-box justification search (owlexplanation: expand, contract, hitting-set tree)
 * runs on the locality module of that class, which holds just the claims about related kinds. Each search
 * has a cap on justifications and a timeout, so it always finishes. Justifications that contain another
 * one (e.g. a claim about milk exosomes dragged in because exosomes in general are already impossible) are
 * dropped: every conflict reported is minimal.
 */
public final class ConflictFinder {

    private final Duration timeoutPerKind;
    private final int maxJustificationsPerKind;

    public ConflictFinder(Duration timeoutPerKind, int maxJustificationsPerKind) {
        this.timeoutPerKind = timeoutPerKind;
        this.maxJustificationsPerKind = maxJustificationsPerKind;
    }

    public ConflictFinder() {
        this(Duration.ofSeconds(10), 8);
    }

    /**
     * @param ontology the ontology (consistent)
     * @param baseReasoner a reasoner over {@code ontology}, used to compare kinds (exception vs conflict)
     */
    public List<ConflictExplanation> find(OWLOntology ontology, OWLReasoner baseReasoner, ClaimAxioms claims) {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology merged;
        try {
            merged = manager.createOntology();
        } catch (OWLOntologyCreationException e) {
            throw new IllegalStateException(e);
        }
        manager.addAxioms(merged, ontology.axioms());
        manager.addAxioms(merged, claims.axioms().stream());
        OWLDataFactory df = manager.getOWLDataFactory();

        List<OWLClass> impossible = new ArrayList<>();
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(merged);
        try {
            if (!reasoner.isConsistent()) {
                impossible.add(df.getOWLThing()); // only if the claims force a named individual into a contradiction
            } else {
                for (OWLClass c : claims.checkedClasses()) {
                    if (!reasoner.isSatisfiable(c)) {
                        impossible.add(c);
                    }
                }
            }
        } finally {
            reasoner.dispose();
        }
        if (impossible.isEmpty()) {
            return List.of();
        }
        // subjects first, then narrowed kinds, then witnesses: a conflict is named after the broadest impossible kind
        impossible.sort(Comparator.comparingInt((OWLClass c) -> c.getIRI().toString().startsWith(ClaimAxioms.WITNESS_NS) ? 2
                : c.getIRI().toString().startsWith(ClaimAxioms.CONTEXT_NS) ? 1 : 0).thenComparing(c -> c.getIRI().toString()));

        Set<OWLAxiom> background = new HashSet<>(ontology.getLogicalAxioms(org.semanticweb.owlapi.model.parameters.Imports.INCLUDED));
        ExplanationGeneratorFactory<OWLAxiom> factory = justificationFactory();
        AxiomRenderer renderer = new AxiomRenderer();

        // justification (as its statement set) -> first one found, with the kind it was found for
        Map<Set<Statement>, Found> found = new LinkedHashMap<>();
        for (OWLClass c : impossible) {
            Set<OWLAxiom> module = module(c, background, claims, baseReasoner, manager);
            Search search = justify(factory, module, df.getOWLSubClassOfAxiom(c, df.getOWLNothing()), claims);
            for (Explanation<OWLAxiom> e : search.explanations) {
                Set<Statement> statements = e.getAxioms().stream().map(claims::statementOf)
                        .filter(s -> s != null).collect(Collectors.toCollection(LinkedHashSet::new));
                if (!statements.isEmpty()) {
                    found.putIfAbsent(statements, new Found(c, e, search.complete));
                }
            }
        }

        List<ConflictExplanation> result = new ArrayList<>();
        for (Map.Entry<Set<Statement>, Found> entry : found.entrySet()) {
            Set<Statement> statements = entry.getKey();
            boolean minimal = found.keySet().stream()
                    .noneMatch(other -> other.size() < statements.size() && statements.containsAll(other));
            if (minimal) {
                result.add(explain(statements, entry.getValue(), claims, baseReasoner, df, renderer));
            }
        }
        result.sort(Comparator.comparing((ConflictExplanation x) -> x.kind())
                .thenComparing(x -> x.statements().get(0).label()));
        return result;
    }

    /**
     * The axioms the justification search for kind {@code c} looks at: the locality module of c within the
     * ontology plus only the statements about c's kind and the broader kinds it falls under (claims about
     * other kinds cannot make it impossible: no claim relation has vesicles as objects). This keeps the
     * search small however many claims there are about other kinds.
     */
    private static Set<OWLAxiom> module(OWLClass c, Set<OWLAxiom> background, ClaimAxioms claims,
                                        OWLReasoner baseReasoner, OWLOntologyManager manager) {
        Context kind = claims.kindOf(c);
        OWLDataFactory df = manager.getOWLDataFactory();
        Set<OWLAxiom> axioms = new HashSet<>(background);
        if (kind == null) {
            axioms.addAll(claims.axioms()); // owl:Thing: the claims as a whole are inconsistent
        } else {
            axioms.addAll(claims.axiomsFor(c, k -> k.equals(kind) || narrower(kind, k, baseReasoner, df)));
        }
        return new SyntacticLocalityModuleExtractor(manager, axioms.stream(), ModuleType.STAR).extract(Set.of(c));
    }

    /**
     * owlexplanation's black-box generator with HermiT, configured explicitly: the default factory of
     * owlexplanation 5.0.0 leaves the expansion strategy's initial-check setting null and fails with a
     * NullPointerException.
     */
    static ExplanationGeneratorFactory<OWLAxiom> justificationFactory() {
        java.util.function.Supplier<OWLOntologyManager> managers = OWLManager::createOWLOntologyManager;
        return new BlackBoxExplanationGeneratorFactory<>(new Configuration<>(
                new SatisfiabilityEntailmentCheckerFactory(new ReasonerFactory(), managers),
                new StructuralTypePriorityExpansionStrategy<>(InitialEntailmentCheckStrategy.PERFORM, managers),
                new DivideAndConquerContractionStrategy<>(), managers));
    }

    private record Found(OWLClass impossible, Explanation<OWLAxiom> explanation, boolean complete) {}

    private record Search(List<Explanation<OWLAxiom>> explanations, boolean complete) {}

    /**
     * Up to the cap of justifications within the timeout; what was found before a timeout is kept.
     * The ontology is fixed background, only statements can be given up, so the hitting-set tree branches
     * on the statements of each justification only (not on ontology axioms, as a plain justification
     * search would): each node removes one more statement and asks owlexplanation for one justification
     * of what is left.
     */
    private Search justify(ExplanationGeneratorFactory<OWLAxiom> factory, Set<OWLAxiom> module, OWLAxiom entailment,
                           ClaimAxioms claims) {
        long deadline = System.nanoTime() + timeoutPerKind.toNanos();
        ExplanationProgressMonitor<OWLAxiom> monitor = new ExplanationProgressMonitor<>() {
            @Override
            public void foundExplanation(ExplanationGenerator<OWLAxiom> generator, Explanation<OWLAxiom> explanation,
                                         Set<Explanation<OWLAxiom>> all) {
                // one at a time; collected from the return value
            }

            @Override
            public boolean isCancelled() {
                return System.nanoTime() > deadline;
            }
        };
        List<Explanation<OWLAxiom>> collected = new ArrayList<>();
        java.util.ArrayDeque<Set<OWLAxiom>> queue = new java.util.ArrayDeque<>();
        Set<Set<OWLAxiom>> seen = new HashSet<>();
        queue.add(Set.of());
        boolean complete = true;
        while (!queue.isEmpty()) {
            if (collected.size() >= maxJustificationsPerKind || System.nanoTime() > deadline) {
                complete = false;
                break;
            }
            Set<OWLAxiom> removed = queue.poll();
            Set<OWLAxiom> axioms = new HashSet<>(module);
            axioms.removeAll(removed);
            Set<Explanation<OWLAxiom>> one;
            try {
                one = factory.createExplanationGenerator(axioms, monitor).getExplanations(entailment, 1);
            } catch (ExplanationGeneratorInterruptedException interrupted) {
                complete = false;
                break;
            }
            for (Explanation<OWLAxiom> e : one) {
                if (!collected.contains(e)) {
                    collected.add(e);
                }
                for (OWLAxiom a : e.getAxioms()) {
                    if (claims.statementOf(a) != null) {
                        Set<OWLAxiom> next = new HashSet<>(removed);
                        next.add(a);
                        if (seen.add(next)) {
                            queue.add(next);
                        }
                    }
                }
            }
        }
        return new Search(collected, complete);
    }

    private ConflictExplanation explain(Set<Statement> statements, Found found, ClaimAxioms claims,
                                        OWLReasoner baseReasoner, OWLDataFactory df, AxiomRenderer renderer) {
        List<Statement> sorted = statements.stream().sorted(Comparator.comparing(Statement::label)).toList();
        List<Statement> narrower = sorted.stream()
                .filter(s -> sorted.stream().anyMatch(t -> narrower(s.context(), t.context(), baseReasoner, df)))
                .toList();
        Kind kind = narrower.isEmpty() ? Kind.CONFLICT : Kind.EXCEPTION;
        boolean hedged = sorted.stream().anyMatch(s -> claims.claimsOf(s).stream().allMatch(StoredClaim::hedged));
        List<StoredClaim> involved = sorted.stream().flatMap(s -> claims.claimsOf(s).stream())
                .sorted(Comparator.comparing(StoredClaim::iri)).toList();
        Set<String> ontologyAxioms = new TreeSet<>();
        for (OWLAxiom a : found.explanation().getAxioms()) {
            if (claims.statementOf(a) == null && claims.contextOf(a) == null) {
                ontologyAxioms.add(renderer.render(a));
            }
        }
        String impossible = found.impossible().isOWLThing() ? "owl:Thing (the claims make the ontology inconsistent)"
                : label(found.impossible(), claims);
        return new ConflictExplanation(kind, impossible, sorted, narrower, involved, List.copyOf(ontologyAxioms),
                hedged, found.complete());
    }

    private static String label(OWLClass c, ClaimAxioms claims) {
        for (Statement s : claims.statements().keySet()) {
            if (c.equals(claims.contextClass(s.context()))) {
                return s.context().label();
            }
        }
        String iri = c.getIRI().toString();
        if (iri.startsWith(ClaimAxioms.WITNESS_NS)) {
            return "some " + iri.substring(ClaimAxioms.WITNESS_NS.length()).replace('-', ' ');
        }
        return ClaimAxioms.local(iri);
    }

    /** Whether kind {@code a} is strictly narrower than kind {@code b} (a subclass subject, or b narrowed less). */
    static boolean narrower(Context a, Context b, OWLReasoner reasoner, OWLDataFactory df) {
        if (a.equals(b)) {
            return false;
        }
        boolean subjectWithin = a.subject().equals(b.subject()) || isA(reasoner, df, a.subject(), b.subject());
        if (!subjectWithin) {
            return false;
        }
        if (!b.specific()) {
            return true; // same or narrower subject, and b is general
        }
        if (!a.specific()) {
            return false;
        }
        if (b.qualifier() == null) {
            return true;
        }
        return a.qualifier() != null && (a.qualifier().equals(b.qualifier()) || isA(reasoner, df, a.qualifier(), b.qualifier()));
    }

    private static boolean isA(OWLReasoner reasoner, OWLDataFactory df, String sub, String sup) {
        return reasoner.getSuperClasses(df.getOWLClass(IRI.create(sub)), false)
                .containsEntity(df.getOWLClass(IRI.create(sup)));
    }

}
