package org.exokg.reasoning;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.exokg.ExoKg;
import org.exokg.rdf.ContentHash;
import org.exokg.reasoning.ClaimAxioms.Context;
import org.exokg.reasoning.ClaimAxioms.Statement;
import org.exokg.reasoning.ConflictExplanation.Kind;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owl.explanation.api.Explanation;
import org.semanticweb.owl.explanation.api.ExplanationGenerator;
import org.semanticweb.owl.explanation.api.ExplanationGeneratorInterruptedException;
import org.semanticweb.owl.explanation.api.ExplanationGeneratorFactory;
import org.semanticweb.owl.explanation.impl.blackbox.Configuration;
import org.semanticweb.owl.explanation.impl.blackbox.EntailmentCheckerFactory;
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
import org.semanticweb.owlapi.model.OWLSubClassOfAxiom;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import uk.ac.manchester.cs.owlapi.modularity.ModuleType;
import uk.ac.manchester.cs.owlapi.modularity.SyntacticLocalityModuleExtractor;

/**
 * Finds the sets of claims that cannot all hold together. One HermiT reasoner over the ontology plus every
 * claim statement (each guarded by a selector class) answers every question. Kinds are taken broadest first;
 * a kind whose open statements (those not refuted for a kind it falls under) cannot all hold is settled by
 * accepting its statements in priority order (a maximal satisfiable set, found with QuickXplain) and refuting
 * each statement left out with every minimal set of accepted statements it cannot hold with (a small
 * hitting-set tree per refuted statement). Sets that contain another one (e.g. a claim about milk exosomes
 * dragged in because exosomes in general are already impossible) are dropped: every conflict reported is
 * minimal. The ontology axioms of each reported conflict come from owlexplanation on the locality module of its
 * kind. Answers are kept in a {@link ConflictCache}, so a run after an ingest searches only the kinds whose
 * statements changed (docs/reasoning.md).
 */
public final class ConflictFinder {

    private final long maxTestsPerSearch;
    private final int maxJustificationsPerKind;
    private final long maxChecksPerExplanation;
    private final Duration safetyNet;
    private int justifications = 1;
    private int searchesCutByClock;
    private int explanationsCut;
    private int explanationsCutByClock;
    private long mostTestsInASearch;
    private final AxiomRenderer renderer = new AxiomRenderer();
    private long lastSearchMillis;
    private long lastExplanationMillis;
    private int kindsTested;
    private int kindsSearched;
    private int kindsReused;
    private long satisfiabilityTests;
    private boolean primedTests = true;
    /** Per phase of the search: HermiT tests, of them on the unguarded statements, nanoseconds, answers "cannot hold". */
    private final Map<String, long[]> testsByPhase = new java.util.TreeMap<>();
    private String phase = "1-kind";
    private int searchesCut;
    private int groupsSearched;
    private int groupingFallbacks;
    private int explanationsComputed;
    private int explanationsReused;
    private boolean grouping = true;
    private boolean explanationsByShape = true;
    private boolean explanations = true;
    private boolean guardedExplanations = true;
    private int explanationsUnguarded;
    private long explanationTests;
    /** Whether the accepted statements of a kind's groups are tested together (see {@link #withUnionCheck}). */
    private boolean unionCheck = false;
    /** Whether locality modules come from {@link StarModules} (the same modules as OWL API's extractor, cheaper). */
    private boolean starModules = true;
    /** The STAR modules of the current {@link #find}'s ontology axioms, or null for OWL API's extractor. */
    private StarModules modules;
    /** The guarded reasoner over the ontology and every claim of the current {@link #find}, built on first use. */
    private GuardedEntailmentChecker.Factory sharedGuards;

    /**
     * @param maxTestsPerSearch HermiT tests one kind's search may ask (counted, so the same input is cut at the same
     *     place on any machine, whatever its load)
     * @param maxJustificationsPerKind refutations kept per refuted statement
     * @param maxChecksPerExplanation entailment checks the ontology axioms of one conflict may ask
     * @param safetyNet wall-clock time after which a search or an explanation is stopped anyway: a last resort for
     *     a machine far slower than the work bounds assume; a run it stops is reported ({@link #lastSearchesCutByClock},
     *     {@link #lastExplanationsCutByClock}), as its result depends on the machine
     */
    public ConflictFinder(long maxTestsPerSearch, int maxJustificationsPerKind, long maxChecksPerExplanation, Duration safetyNet) {
        this.maxTestsPerSearch = maxTestsPerSearch;
        this.maxJustificationsPerKind = maxJustificationsPerKind;
        this.maxChecksPerExplanation = maxChecksPerExplanation;
        this.safetyNet = safetyNet;
    }

    /**
     * At most 50,000 HermiT tests per kind (about a minute of HermiT on the development machine), 64 refutations per
     * refuted statement, 5,000 entailment checks for the ontology axioms of one conflict (about 150 times what one
     * takes), and a wall-clock safety net of 10 minutes for each: generous bounds that real corpora do not reach.
     */
    public ConflictFinder() {
        this(50_000, 64, 5_000, Duration.ofMinutes(10));
    }

    /**
     * How many justifications owlexplanation is asked for per conflict, of which the smallest is kept (ties: the first
     * in rendered order). One by default: each further one costs a hitting-set tree over the module; the statements
     * of a conflict do not depend on it, only which of several equally valid sets of ontology axioms is reported.
     */
    public ConflictFinder withJustifications(int justifications) {
        if (justifications < 1) {
            throw new IllegalArgumentException("at least one justification per conflict: " + justifications);
        }
        this.justifications = justifications;
        return this;
    }

    /** Searches of the last {@link #find} stopped by the wall-clock safety net (their result depends on the machine). */
    public int lastSearchesCutByClock() {
        return searchesCutByClock;
    }

    /** Ontology-axiom explanations of the last {@link #find} stopped by their bound in checks or by the safety net. */
    public int lastExplanationsCut() {
        return explanationsCut;
    }

    /** Ontology-axiom explanations of the last {@link #find} stopped by the wall-clock safety net. */
    public int lastExplanationsCutByClock() {
        return explanationsCutByClock;
    }

    /** The most HermiT tests one kind's search asked in the last {@link #find} (against the bound per search). */
    public long lastMostTestsInASearch() {
        return mostTestsInASearch;
    }

    /**
     * The work a search or an explanation may still do: a count of tests (the bound that decides where the same input
     * is cut, on any machine), and a wall-clock deadline as the last resort.
     */
    private static final class Budget {
        private final long maxTests;
        private final long deadline;
        private long tests;
        private boolean byClock;

        Budget(long maxTests, Duration safetyNet) {
            this.maxTests = maxTests;
            this.deadline = System.nanoTime() + safetyNet.toNanos();
        }

        boolean exhausted() {
            if (tests >= maxTests) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                byClock = true;
                return true;
            }
            return false;
        }
    }

    private java.io.PrintStream progress;
    private ConflictCache cache = ConflictCache.empty();

    /** Answers kept from earlier runs (see {@link ConflictCache}); each {@link #find} reads and fills it. */
    public ConflictFinder withCache(ConflictCache cache) {
        this.cache = cache;
        return this;
    }

    /**
     * Whether a kind's statements are searched in groups that cannot share a conflict ({@link StatementGroups}) and
     * the ontology axioms of conflicts of the same shape are computed once (on by default; off gives the search of
     * one group per kind, to compare).
     */
    public ConflictFinder withGrouping(boolean grouping) {
        this.grouping = grouping;
        this.explanationsByShape = grouping;
        return this;
    }

    /** Whether the ontology axioms of each conflict are computed (on by default; off measures the search alone). */
    public ConflictFinder withExplanations(boolean explanations) {
        this.explanations = explanations;
        return this;
    }

    /**
     * Whether the ontology axioms of a conflict are found with one guarded reasoner per conflict
     * ({@link GuardedEntailmentChecker}, on by default) or with owlexplanation's black-box checker (a reasoner per
     * question; off, to compare: both give the same justifications).
     */
    public ConflictFinder withGuardedExplanations(boolean guarded) {
        this.guardedExplanations = guarded;
        return this;
    }

    /**
     * Whether the statements accepted per group of a kind ({@link StatementGroups}) are tested together with HermiT,
     * and the kind searched whole if they cannot hold (off by default: groups share no conflict, so they always hold;
     * on, to check the grouping: {@link #lastGroupingFallbacks} counts the kinds where they did not).
     */
    public ConflictFinder withUnionCheck(boolean check) {
        this.unionCheck = check;
        return this;
    }

    /**
     * Whether the locality module of each conflict is extracted by {@link StarModules} (on by default) or by OWL API's
     * {@code SyntacticLocalityModuleExtractor}, which builds an OWL ontology of the whole ontology per conflict (off,
     * to compare: the modules are the same).
     */
    public ConflictFinder withStarModules(boolean star) {
        this.starModules = star;
        return this;
    }

    /** Ontology-axiom explanations of the last {@link #find} whose module the guards did not support (black box). */
    public int lastExplanationsUnguarded() {
        return explanationsUnguarded;
    }

    /** Satisfiability tests of the guarded reasoners in the last {@link #find} (ontology-axiom explanations). */
    public long lastExplanationTests() {
        return explanationTests;
    }

    /** Shows a progress bar over the kinds searched on {@code progress} when it is a terminal (see WorkProgress). */
    public ConflictFinder withProgress(java.io.PrintStream progress) {
        this.progress = progress;
        return this;
    }

    /**
     * @param ontology the ontology (consistent)
     * @param baseReasoner a reasoner over {@code ontology}, used to compare kinds (exception vs conflict)
     */
    public List<ConflictExplanation> find(OWLOntology ontology, OWLReasoner baseReasoner, ClaimAxioms claims) {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLDataFactory df = manager.getOWLDataFactory();
        OWLOntology merged;
        try {
            merged = manager.createOntology();
        } catch (OWLOntologyCreationException e) {
            throw new IllegalStateException(e);
        }
        // Each statement "A ⊑ B" is guarded by a fresh selector class: "A ⊓ Sel ⊑ B". Asking whether
        // "K ⊓ Sel1 ⊓ ... ⊓ Seln" is satisfiable switches exactly statements 1..n on for the kind K, so one
        // reasoner answers every subset question of the search (no reasoner per pair or per subset).
        Map<OWLAxiom, OWLClass> selectors = new LinkedHashMap<>();
        manager.addAxioms(merged, ontology.axioms());
        int n = 0;
        for (OWLAxiom a : claims.axioms()) {
            if (claims.statementOf(a) == null) {
                manager.addAxiom(merged, a); // the definition of a narrowed kind holds unconditionally
                continue;
            }
            OWLSubClassOfAxiom sub = (OWLSubClassOfAxiom) a;
            OWLClass selector = df.getOWLClass(IRI.create(ClaimAxioms.SELECTOR_NS + (n++)));
            selectors.put(a, selector);
            manager.addAxiom(merged, df.getOWLSubClassOfAxiom(
                    df.getOWLObjectIntersectionOf(sub.getSubClass(), selector), sub.getSuperClass()));
        }

        Set<OWLAxiom> background = new HashSet<>(ontology.getLogicalAxioms(Imports.INCLUDED));
        modules = starModules ? new StarModules(background) : null;
        // what every cached answer depends on besides its own kind and statements: ExoKG's code and the ontology
        String ontologyKey = ContentHash.of(Stream.concat(Stream.of(ExoKg.VERSION),
                ontology.axioms().map(Object::toString).sorted()).toArray(String[]::new));
        Map<String, OWLAxiom> byKey = new HashMap<>();
        selectors.keySet().forEach(a -> byKey.put(key(claims.statementOf(a)), a));
        ExplanationGeneratorFactory<OWLAxiom> factory = justificationFactory();
        List<OWLClass> kinds = new ArrayList<>(claims.checkedClasses());
        // subjects first, then narrowed kinds, then witnesses: a conflict is named after the broadest impossible kind
        // (among subjects, fewer named superclasses = broader: Exosome before EngineeredExosome, so the explanation
        // does not drag in a subclass axiom the conflict does not need)
        Map<OWLClass, Integer> group = new HashMap<>();
        Map<OWLClass, Long> depth = new HashMap<>();
        for (OWLClass c : kinds) {
            String iri = c.getIRI().toString();
            int g = iri.startsWith(ClaimAxioms.WITNESS_NS) ? 2 : iri.startsWith(ClaimAxioms.CONTEXT_NS) ? 1 : 0;
            group.put(c, g);
            depth.put(c, g == 0 ? baseReasoner.getSuperClasses(c, false).entities().count() : 0L);
        }
        kinds.sort(Comparator.comparingInt((OWLClass c) -> group.get(c)).thenComparingLong(depth::get)
                .thenComparing(c -> c.getIRI().toString()));

        Map<Set<Statement>, Found> found = new LinkedHashMap<>();
        Map<String, Shape> shapes = new HashMap<>();
        kindsTested = 0;
        kindsSearched = 0;
        kindsReused = 0;
        satisfiabilityTests = 0;
        testsByPhase.clear();
        searchesCut = 0;
        searchesCutByClock = 0;
        explanationsCut = 0;
        explanationsCutByClock = 0;
        mostTestsInASearch = 0;
        ancestors.clear();
        groupsSearched = 0;
        groupingFallbacks = 0;
        explanationsComputed = 0;
        explanationsReused = 0;
        explanationsUnguarded = 0;
        explanationTests = 0;
        long start = System.nanoTime();
        long startCpu = threadCpu();
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(merged);
        // the same statements unguarded, "Sel ⊑ B", for the questions whose statements all hold of the kind's individual
        // anyway (see PrimedStatements): HermiT then evaluates only the clauses of the statements switched on
        PrimedStatements primed = primedTests ? new PrimedStatements(ontology, claims, selectors, baseReasoner, df) : null;
        try (org.exokg.store.WorkProgress bar = org.exokg.store.WorkProgress.start(progress, "conflict search", "kinds", kinds.size())) {
            if (!reasoner.isConsistent()) {
                // cannot happen for a consistent ontology: with every selector empty all statements hold trivially
                throw new IllegalStateException("the ontology with the claims is inconsistent");
            }
            Map<String, Set<String>> reachable = new HashMap<>();
            // statements refuted for a subject or narrowed kind: their refutations are reported there, and every
            // kind that falls under it would only find them again
            Map<Context, Set<OWLAxiom>> refuted = new HashMap<>();
            Comparator<OWLAxiom> priority = ranked(priority(claims), selectors.keySet());
            Map<OWLAxiom, Integer> number = new HashMap<>();
            selectors.keySet().forEach(a -> number.put(a, number.size()));
            StatementGroups groups = new StatementGroups(ontology, baseReasoner, claims);
            for (OWLClass kind : kinds) {
                Context context = claims.kindOf(kind);
                // a kind falls under its superclasses and under whatever classification claims put it in (and their
                // superclasses): claims about all of these can bear on it
                Set<String> under = reachable.computeIfAbsent(context.subject(), s -> reachable(s, claims, baseReasoner, df));
                // asked for every statement's context: answered once per context (a kind meets few contexts)
                Map<Context, Boolean> bearing = new HashMap<>();
                Predicate<Context> bears = k -> bearing.computeIfAbsent(k, x -> x.equals(context) || narrower(context, x, baseReasoner, df)
                        || under.contains(x.subject()) && (!x.specific() || context.specific()));
                Set<OWLAxiom> settled = new HashSet<>();
                refuted.forEach((k, axioms) -> {
                    if (bears.test(k)) {
                        settled.addAll(axioms);
                    }
                });
                List<OWLAxiom> open = claims.axiomsFor(kind, bears).stream()
                        .filter(a -> selectors.containsKey(a) && !settled.contains(a)).sorted(priority).toList();
                bar.step();
                kindsTested++;
                // the search asks some sets twice (a hitting-set tree meets a set QuickXplain tested): answer once
                // keyed by the statements' numbers: hashing sets of OWL axioms for every question cost 4 % of the search
                Map<java.util.BitSet, Boolean> answered = new HashMap<>();
                Budget budget = new Budget(maxTestsPerSearch, safetyNet);
                SubsetCheck check = statements -> answered.computeIfAbsent(numbers(statements, number), key -> {
                    Set<OWLAxiom> set = new HashSet<>(statements);
                    budget.tests++;
                    satisfiabilityTests++;
                    long[] counts = testsByPhase.computeIfAbsent(phase, k -> new long[4]);
                    counts[0]++;
                    long t0 = System.nanoTime();
                    // only the small sets of acceptance and refutation: on the sets of all a kind's (or groups')
                    // statements the unguarded reasoner was measured slower (ReasoningBenchmark, 5,000 statements)
                    boolean small = !phase.equals("1-kind") && !phase.equals("2-groups") && !phase.equals("7-union");
                    List<OWLClass> unguarded = primed == null || !small ? null : primed.selectorsFor(kind, set);
                    boolean holds;
                    if (unguarded != null) {
                        counts[1]++;
                        holds = ClassConjunction.satisfiable(primed.reasoner(), unguarded, df);
                    } else {
                        holds = ClassConjunction.satisfiable(reasoner,
                                Stream.concat(Stream.of(kind), set.stream().map(selectors::get)).collect(Collectors.toSet()), df);
                    }
                    counts[2] += System.nanoTime() - t0;
                    if (!holds) {
                        counts[3]++;
                    }
                    return holds;
                });
                String answerKey = ContentHash.of(Stream.concat(Stream.of(ontologyKey, kind.getIRI().toString()),
                        open.stream().map(a -> key(claims.statementOf(a)))).toArray(String[]::new));
                ConflictCache.KindAnswer cached = cache.kind(answerKey);
                Refutations r;
                if (cached != null) {
                    kindsReused++;
                    if (cached.refuted().isEmpty()) {
                        continue;
                    }
                    r = refutations(cached, byKey);
                } else {
                    phase = "1-kind";
                    if (check.satisfiable(open) || !check.satisfiable(List.of())) {
                        // the usual case: nothing new can be impossible for this kind (or the ontology alone makes it
                        // impossible, which no set of statements explains)
                        cache.putKind(answerKey, new ConflictCache.KindAnswer(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                        continue;
                    }
                    kindsSearched++;
                    r = grouping ? refuteByGroup(kind, open, check, groups, budget) : refute(open, check, budget);
                    mostTestsInASearch = Math.max(mostTestsInASearch, budget.tests);
                    if (budget.byClock) {
                        searchesCutByClock++;
                    }
                    if (r.searches().stream().allMatch(Search::complete)) {
                        cache.putKind(answerKey, answer(r, claims));
                    }
                }
                if (group.get(kind) < 2) { // a witness's refutations concern that witness only
                    refuted.computeIfAbsent(context, k -> new HashSet<>()).addAll(r.refuted());
                }
                for (Search search : r.searches()) {
                    if (!search.complete()) {
                        searchesCut++;
                    }
                    for (List<OWLAxiom> justification : search.justifications()) {
                        Set<Statement> statements = justification.stream().map(claims::statementOf)
                                .collect(Collectors.toCollection(LinkedHashSet::new));
                        found.putIfAbsent(statements, new Found(kind, justification, search.complete()));
                    }
                }
            }
        } finally {
            reasoner.dispose();
            if (primed != null) {
                primed.reasoner().dispose();
            }
        }

        long searched = System.nanoTime();
        long searchedCpu = threadCpu();
        // the conflicts in batches of a few hundred claim axioms, each explained on one guarded reasoner over the
        // ontology and the claim axioms of its batch: a subset's answer does not depend on the other axioms guarded
        // beside it, and HermiT evaluates every clause of a class an individual is in, so a reasoner over every
        // claim (thousands about Exosome) made each test pay for all of them
        Map<Found, Integer> batchOf = new HashMap<>();
        List<Set<OWLAxiom>> batches = new ArrayList<>();
        for (Found f : found.values()) {
            if (batches.isEmpty() || batches.get(batches.size() - 1).size() >= EXPLANATION_BATCH) {
                batches.add(new HashSet<>());
            }
            batches.get(batches.size() - 1).addAll(claimAxiomsOf(f, claims));
            batchOf.put(f, batches.size() - 1);
        }
        int batch = -1;
        List<ConflictExplanation> result = new ArrayList<>();
        // a smaller set inside this one shares a statement with it: only the sets of its statements are compared
        Map<Statement, List<Set<Statement>>> setsOf = new HashMap<>();
        found.keySet().forEach(set -> set.forEach(st -> setsOf.computeIfAbsent(st, k -> new ArrayList<>()).add(set)));
        Map<OWLClass, String> labels = new HashMap<>();
        for (Statement st : claims.statements().keySet()) {
            labels.putIfAbsent(claims.contextClass(st.context()), st.context().label());
        }
        for (Map.Entry<Set<Statement>, Found> entry : found.entrySet()) {
            Set<Statement> statements = entry.getKey();
            boolean minimal = statements.stream().flatMap(st -> setsOf.get(st).stream())
                    .noneMatch(other -> other.size() < statements.size() && statements.containsAll(other));
            if (minimal) {
                Found f = entry.getValue();
                // the number of justifications asked decides which of equally small ones is kept
                String axiomsKey = ContentHash.of(Stream.concat(Stream.of(ontologyKey, "justifications " + justifications,
                                f.impossible().getIRI().toString()),
                        statements.stream().map(ConflictFinder::key).sorted()).toArray(String[]::new));
                List<String> rendered = cache.axioms(axiomsKey);
                String subject = claims.kindOf(f.impossible()).subject();
                String shapeKey = explanationsByShape ? shape(f, statements, subject, claims, group.get(f.impossible())) : null;
                Shape shape = shapeKey == null ? null : shapes.get(shapeKey);
                if (rendered == null && shape != null && !shape.signature().contains(subject)) {
                    // the same statements about another subject: the ontology axioms (which name neither subject)
                    // refute these as they refuted those, renaming the subject (docs/reasoning.md)
                    rendered = shape.rendered();
                    explanationsReused++;
                    cache.putAxioms(axiomsKey, rendered);
                }
                if (rendered == null && !explanations) {
                    rendered = List.of("(ontology axioms not computed)");
                }
                if (rendered == null) {
                    if (guardedExplanations && batchOf.get(f) != batch) {
                        if (sharedGuards != null) {
                            sharedGuards.close();
                        }
                        batch = batchOf.get(f);
                        Set<OWLAxiom> axioms = new HashSet<>(background);
                        axioms.addAll(batches.get(batch));
                        sharedGuards = GuardedEntailmentChecker.over(axioms);
                    }
                    Set<OWLAxiom> ontologyAxioms = ontologyAxioms(f, background, claims, factory, manager);
                    explanationsComputed++;
                    if (ontologyAxioms != null) {
                        rendered = ontologyAxioms.stream().map(renderer::render).sorted().distinct().toList();
                        cache.putAxioms(axiomsKey, rendered);
                        Set<String> signature = ontologyAxioms.stream().flatMap(OWLAxiom::signature)
                                .map(e -> e.getIRI().toString()).collect(Collectors.toSet());
                        if (shapeKey != null && !signature.contains(subject)) {
                            shapes.putIfAbsent(shapeKey, new Shape(rendered, signature));
                        }
                    }
                }
                result.add(explain(statements, f, rendered, claims, baseReasoner, df, labels));
            }
        }
        result.sort(Comparator.comparing((ConflictExplanation x) -> x.kind())
                .thenComparing(x -> x.statements().get(0).label()));
        lastSearchMillis = (searched - start) / 1_000_000;
        lastExplanationMillis = (System.nanoTime() - searched) / 1_000_000;
        if (sharedGuards != null) {
            sharedGuards.close();
            sharedGuards = null;
        }
        lastSearchCpuMillis = (searchedCpu - startCpu) / 1_000_000;
        lastExplanationCpuMillis = (threadCpu() - searchedCpu) / 1_000_000;
        return result;
    }

    /** The subject's named superclasses and the classes claims say it is a kind of, with their superclasses, transitively. */
    private static Set<String> reachable(String subject, ClaimAxioms claims, OWLReasoner reasoner, OWLDataFactory df) {
        Set<String> found = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(subject));
        while (!todo.isEmpty()) {
            String s = todo.pop();
            if (!found.add(s)) {
                continue;
            }
            reasoner.getSuperClasses(df.getOWLClass(IRI.create(s)), false).entities()
                    .forEach(c -> todo.add(c.getIRI().toString()));
            todo.addAll(claims.claimedKinds(s));
        }
        return found;
    }

    private long lastSearchCpuMillis;
    private long lastExplanationCpuMillis;

    /** CPU time of this thread (HermiT runs in it), less sensitive than elapsed time to other jobs on the machine. */
    private static long threadCpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** CPU time of the last {@link #find}'s search (see {@link #lastSearchMillis}). */
    public long lastSearchCpuMillis() {
        return lastSearchCpuMillis;
    }

    /** CPU time of the last {@link #find}'s ontology axioms (see {@link #lastExplanationMillis}). */
    public long lastExplanationCpuMillis() {
        return lastExplanationCpuMillis;
    }

    /** Time of the last {@link #find}: finding the impossible kinds and their minimal statement sets. */
    public long lastSearchMillis() {
        return lastSearchMillis;
    }

    /** Time of the last {@link #find}: the ontology axioms of the reported conflicts (owlexplanation). */
    public long lastExplanationMillis() {
        return lastExplanationMillis;
    }

    /** Kinds asked about in the last {@link #find} (one satisfiability test each, on all their open statements). */
    public int lastKindsTested() {
        return kindsTested;
    }

    /** Kinds of the last {@link #find} whose open statements could not all hold, so were searched. */
    public int lastKindsSearched() {
        return kindsSearched;
    }

    /** Kinds of the last {@link #find} answered from the cache (their statements unchanged since the run that saved it). */
    public int lastKindsReused() {
        return kindsReused;
    }

    /** The ontology axioms found for a conflict shape, and the IRIs they name. */
    private record Shape(List<String> rendered, Set<String> signature) {}

    /**
     * A conflict with the subject of its impossible kind left out: the kind's sort and scope, and its statements
     * (the witness's own for a witness), each with that subject replaced by a mark. Conflicts of one shape differ
     * only by that subject, so ontology axioms that do not name it explain each of them. Null (no sharing) when
     * the subject also appears as a qualifier or object, where renaming it would change more than the subject.
     */
    private static String shape(Found f, Set<Statement> statements, String subject, ClaimAxioms claims, int group) {
        Context kind = claims.kindOf(f.impossible());
        List<Statement> all = new ArrayList<>(statements);
        if (group == 2) {
            claims.axiomsFor(f.impossible(), k -> false).stream().map(claims::statementOf)
                    .filter(java.util.Objects::nonNull).forEach(all::add);
        }
        List<String> parts = new ArrayList<>();
        for (Statement st : all) {
            if (subject.equals(st.object()) || subject.equals(st.context().qualifier())) {
                return null;
            }
            String k = key(st);
            parts.add(st.context().subject().equals(subject) ? "\u0000" + k.substring(subject.length()) : k);
        }
        if (subject.equals(kind.qualifier())) {
            return null;
        }
        java.util.Collections.sort(parts.subList(0, statements.size()));
        return String.join("\u001e", Stream.concat(Stream.of(String.valueOf(group), String.valueOf(kind.specific()),
                String.valueOf(kind.qualifier())), parts.stream()).toList());
    }

    /** A statement as the cache names it: every field, full IRIs. */
    private static String key(Statement s) {
        return String.join("\u001f", s.context().subject(), String.valueOf(s.context().specific()),
                String.valueOf(s.context().qualifier()), s.predicate(), s.object(), String.valueOf(s.positive()));
    }

    private static ConflictCache.KindAnswer answer(Refutations r, ClaimAxioms claims) {
        ArrayList<String> refuted = new ArrayList<>();
        r.refuted().forEach(a -> refuted.add(key(claims.statementOf(a))));
        ArrayList<ArrayList<ArrayList<String>>> refutations = new ArrayList<>();
        ArrayList<Boolean> complete = new ArrayList<>();
        for (Search search : r.searches()) {
            ArrayList<ArrayList<String>> sets = new ArrayList<>();
            for (List<OWLAxiom> j : search.justifications()) {
                sets.add(j.stream().map(a -> key(claims.statementOf(a))).collect(Collectors.toCollection(ArrayList::new)));
            }
            refutations.add(sets);
            complete.add(search.complete());
        }
        return new ConflictCache.KindAnswer(refuted, refutations, complete);
    }

    private static Refutations refutations(ConflictCache.KindAnswer a, Map<String, OWLAxiom> byKey) {
        List<Search> searches = new ArrayList<>();
        for (int i = 0; i < a.refutations().size(); i++) {
            searches.add(new Search(a.refutations().get(i).stream().map(j -> j.stream().map(byKey::get).toList()).toList(),
                    a.complete().get(i)));
        }
        return new Refutations(a.refuted().stream().map(byKey::get).toList(), searches);
    }

    /**
     * Per phase of the last {@link #find}'s search ("1-kind": all open statements of each kind; "2-groups": unions of
     * groups; "3-accept": acceptance in priority order; "4-takeback"; "5-single"; "6-justify": refutations; "7-union":
     * the accepted statements of all groups): HermiT tests, of them asked on the unguarded statements, nanoseconds,
     * and answers "cannot hold".
     */
    public Map<String, long[]> lastTestsByPhase() {
        return testsByPhase;
    }

    /**
     * Whether tests whose statements all hold of the kind's individual are asked of a reasoner over the statements
     * without their guards ({@link PrimedStatements}; on by default, the answers are the same; off, to compare).
     */
    public ConflictFinder withPrimedTests(boolean primed) {
        this.primedTests = primed;
        return this;
    }

    /** HermiT satisfiability tests of the last {@link #find}. */
    public long lastSatisfiabilityTests() {
        return satisfiabilityTests;
    }

    /** Searches of the last {@link #find} stopped by a bound: tests per search, refutations per statement, or the safety net. */
    public int lastSearchesCut() {
        return searchesCut;
    }

    /**
     * The order in which statements are accepted for a kind: statements some claim makes without hedging first,
     * then those made by more documents, then by label (so the result does not depend on the order of the store).
     */
    private static Comparator<OWLAxiom> priority(ClaimAxioms claims) {
        Map<OWLAxiom, Long> documents = new HashMap<>();
        Map<OWLAxiom, Boolean> hedged = new HashMap<>();
        Map<OWLAxiom, String> label = new HashMap<>();
        Comparator<OWLAxiom> order = Comparator.comparing((OWLAxiom a) -> hedged.computeIfAbsent(a,
                        x -> claims.claimsOf(claims.statementOf(x)).stream().allMatch(StoredClaim::hedged)))
                .thenComparing(a -> -documents.computeIfAbsent(a,
                        x -> claims.claimsOf(claims.statementOf(x)).stream().map(StoredClaim::document).distinct().count()))
                .thenComparing(a -> label.computeIfAbsent(a, x -> claims.statementOf(x).label()));
        return order;
    }

    /**
     * {@code order} over {@code axioms} as a rank computed once per axiom: every kind's statements are sorted, and the
     * order's three lookups per comparison were 4 % of the search's samples at 10,000 statements. Axioms equal under
     * {@code order} share a rank, so a (stable) sort leaves them in the order it did before.
     */
    private static Comparator<OWLAxiom> ranked(Comparator<OWLAxiom> order, Set<OWLAxiom> axioms) {
        List<OWLAxiom> sorted = axioms.stream().sorted(order).toList();
        Map<OWLAxiom, Integer> rank = new HashMap<>();
        int r = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0 && order.compare(sorted.get(i - 1), sorted.get(i)) != 0) {
                r = i;
            }
            rank.put(sorted.get(i), r);
        }
        return Comparator.comparingInt(rank::get);
    }

    /** A set of statements as the set of their numbers. */
    private static java.util.BitSet numbers(List<OWLAxiom> statements, Map<OWLAxiom, Integer> number) {
        java.util.BitSet key = new java.util.BitSet();
        for (OWLAxiom a : statements) {
            key.set(number.get(a));
        }
        return key;
    }

    private record Refutations(List<OWLAxiom> refuted, List<Search> searches) {}

    /**
     * The statements of a kind that cannot all hold, settled without enumerating every subset: the statements
     * are accepted in priority order as long as they can hold together (a maximal satisfiable set, found by
     * QuickXplain: each conflict found gives up its lowest-priority statement, and statements given up are taken
     * back if they fit once the search is over); every statement left out is then refuted by each minimal set of
     * accepted statements it cannot hold with. As the accepted set can hold, each of these sets plus the refuted
     * statement is a minimal set of statements that cannot hold; a statement usually has few refutations, so
     * the hitting-set tree over them stays small where one tree over all the kind's statements would branch on
     * every pair of the other conflicts.
     */
    private Refutations refute(List<OWLAxiom> open, SubsetCheck check, Budget budget) {
        List<OWLAxiom> accepted = new ArrayList<>(open);
        List<OWLAxiom> refuted = new ArrayList<>();
        // for each statement given up, the rest of the conflict it was given up for: while those stay accepted
        // they refute it, without asking again
        Map<OWLAxiom, List<OWLAxiom>> refutedBy = new HashMap<>();
        try {
            phase = "3-accept";
            while (!check.satisfiable(accepted)) {
                List<OWLAxiom> conflict = quickXplain(List.of(), accepted, false, check, budget);
                OWLAxiom last = conflict.stream().max(Comparator.comparingInt(accepted::indexOf)).orElseThrow();
                accepted.remove(last);
                refuted.add(last);
                refutedBy.put(last, conflict.stream().filter(a -> !a.equals(last)).toList());
            }
        } catch (TimedOut t) {
            return new Refutations(List.of(), List.of(new Search(List.of(), false)));
        }
        // a statement given up for a conflict whose other statements were given up later may fit after all
        phase = "4-takeback";
        for (OWLAxiom x : refuted.stream().sorted(Comparator.comparingInt(open::indexOf)).toList()) {
            if (accepted.containsAll(refutedBy.get(x))) {
                continue;
            }
            List<OWLAxiom> with = open.stream().filter(a -> a.equals(x) || accepted.contains(a)).toList();
            if (check.satisfiable(with)) {
                accepted.clear();
                accepted.addAll(with);
            }
        }
        List<OWLAxiom> out = refuted.stream().filter(a -> !accepted.contains(a)).sorted(Comparator.comparingInt(open::indexOf)).toList();
        List<Search> searches = new ArrayList<>();
        for (OWLAxiom x : out) {
            phase = "5-single";
            if (!check.satisfiable(List.of(x))) {
                searches.add(new Search(List.of(List.of(x)), true)); // the ontology alone refutes it
                continue;
            }
            List<OWLAxiom> known = refutedBy.get(x);
            phase = "6-justify";
            Search search = justify(accepted, statements -> check.satisfiable(concat(statements, List.of(x))), budget,
                    accepted.containsAll(known) && !known.isEmpty() ? List.of(known) : List.of());
            List<List<OWLAxiom>> withX = search.justifications().stream().map(j -> concat(j, List.of(x))).toList();
            searches.add(new Search(withX, search.complete()));
        }
        return new Refutations(out, searches);
    }

    /**
     * {@link #refute} per group of statements that cannot share a conflict ({@link StatementGroups}): a group that
     * can hold costs one small test, and the trees of a refuted statement range over its group only. Accepting in
     * priority order is greedy (a statement is given up when it cannot hold with the better-supported statements
     * accepted before it), so when no conflict spans two groups the statements accepted per group are those the
     * search over the whole kind accepts, and so are the refutations. That the accepted statements of all groups
     * hold together is checked (one test); if they do not, the kind is searched as one group.
     */
    private Refutations refuteByGroup(OWLClass kind, List<OWLAxiom> open, SubsetCheck check, StatementGroups groups,
                                      Budget budget) {
        List<List<OWLAxiom>> parts = groups.split(kind, open);
        if (parts.size() < 2) {
            return refute(open, check, budget);
        }
        Map<OWLAxiom, Search> searchOf = new HashMap<>();
        List<OWLAxiom> accepted = new ArrayList<>();
        Set<List<OWLAxiom>> unsatisfiable = new HashSet<>();
        phase = "2-groups";
        impossibleGroups(parts, check, true, unsatisfiable);
        for (List<OWLAxiom> part : parts) {
            if (!unsatisfiable.contains(part)) {
                accepted.addAll(part);
                continue;
            }
            groupsSearched++;
            Refutations r = refute(part, check, budget);
            if (r.refuted().isEmpty() && !r.searches().isEmpty()) {
                return r; // timed out
            }
            for (int i = 0; i < r.refuted().size(); i++) {
                searchOf.put(r.refuted().get(i), r.searches().get(i));
            }
            part.stream().filter(a -> !searchOf.containsKey(a)).forEach(accepted::add);
        }
        // each group's accepted statements hold with the kind, and groups share no conflict (StatementGroups), so
        // all of them hold together: HermiT is asked only when told to check the grouping (it never disagreed)
        phase = "7-union";
        if (unionCheck && !check.satisfiable(accepted)) {
            groupingFallbacks++;
            return refute(open, check, budget);
        }
        List<OWLAxiom> out = open.stream().filter(searchOf::containsKey).toList();
        return new Refutations(out, out.stream().map(searchOf::get).toList());
    }

    /**
     * The groups whose statements cannot hold, found by halving: groups that hold together each hold, so most
     * groups are answered by a few tests on their union rather than one test each.
     */
    private static void impossibleGroups(List<List<OWLAxiom>> parts, SubsetCheck check, boolean knownImpossible,
                                         Set<List<OWLAxiom>> into) {
        if (!knownImpossible && check.satisfiable(parts.stream().flatMap(List::stream).toList())) {
            return;
        }
        if (parts.size() == 1) {
            into.add(parts.get(0));
            return;
        }
        impossibleGroups(parts.subList(0, parts.size() / 2), check, false, into);
        impossibleGroups(parts.subList(parts.size() / 2, parts.size()), check, false, into);
    }

    /** Searches of the last {@link #find} that ran per group of statements (see {@link StatementGroups}). */
    public int lastGroupsSearched() {
        return groupsSearched;
    }

    /** Kinds of the last {@link #find} whose groups' accepted statements did not hold together (searched whole). */
    public int lastGroupingFallbacks() {
        return groupingFallbacks;
    }

    /** Ontology-axiom explanations (owlexplanation) computed by the last {@link #find}. */
    public int lastExplanationsComputed() {
        return explanationsComputed;
    }

    /** Ontology-axiom explanations of the last {@link #find} taken from a conflict of the same shape. */
    public int lastExplanationsReused() {
        return explanationsReused;
    }

    /**
     * owlexplanation's black-box generator with HermiT, configured explicitly: the default factory of
     * owlexplanation 5.0.0 leaves the expansion strategy's initial-check setting null and fails with a
     * NullPointerException.
     */
    static ExplanationGeneratorFactory<OWLAxiom> justificationFactory() {
        return justificationFactory(new SatisfiabilityEntailmentCheckerFactory(new ReasonerFactory(), OWLManager::createOWLOntologyManager));
    }

    /** The same generator with another entailment checker (e.g. {@link GuardedEntailmentChecker}). */
    static ExplanationGeneratorFactory<OWLAxiom> justificationFactory(EntailmentCheckerFactory<OWLAxiom> checkers) {
        Supplier<OWLOntologyManager> managers = OWLManager::createOWLOntologyManager;
        return new BlackBoxExplanationGeneratorFactory<>(new Configuration<>(
                checkers,
                new StructuralTypePriorityExpansionStrategy<>(InitialEntailmentCheckStrategy.PERFORM, managers),
                new DivideAndConquerContractionStrategy<>(), managers));
    }

    @FunctionalInterface
    private interface SubsetCheck {
        boolean satisfiable(List<OWLAxiom> statements);
    }

    private record Found(OWLClass impossible, List<OWLAxiom> statementAxioms, boolean complete) {}

    private record Search(List<List<OWLAxiom>> justifications, boolean complete) {}

    /**
     * Minimal sets of statements that cannot hold (with whatever {@code check} adds), up to the cap and before
     * the deadline, starting from the sets already {@code known}: a hitting-set tree over statements (each node drops one more statement of a set already found), each
     * node contracted to a minimal set by {@link #quickXplain}.
     */
    private Search justify(List<OWLAxiom> relevant, SubsetCheck check, Budget budget, List<List<OWLAxiom>> known) {
        List<List<OWLAxiom>> found = new ArrayList<>(known);
        ArrayDeque<Set<OWLAxiom>> queue = new ArrayDeque<>();
        Set<Set<OWLAxiom>> seen = new HashSet<>();
        queue.add(Set.of());
        while (!queue.isEmpty()) {
            if (found.size() >= maxJustificationsPerKind || budget.exhausted()) {
                return new Search(found, false);
            }
            Set<OWLAxiom> removed = queue.poll();
            List<OWLAxiom> remaining = relevant.stream().filter(a -> !removed.contains(a)).toList();
            Optional<List<OWLAxiom>> survivor = found.stream().filter(j -> j.stream().noneMatch(removed::contains)).findFirst();
            if (survivor.isPresent()) {
                // a set already found survives this node's removals: reuse it instead of asking again
                expand(queue, seen, removed, survivor.get());
                continue;
            }
            if (check.satisfiable(remaining)) {
                continue;
            }
            List<OWLAxiom> minimal;
            try {
                minimal = quickXplain(List.of(), remaining, false, check, budget);
            } catch (TimedOut t) {
                return new Search(found, false);
            }
            found.add(List.copyOf(minimal));
            expand(queue, seen, removed, minimal);
        }
        return new Search(found, true);
    }

    private static final class TimedOut extends Exception {}

    /**
     * Junker's QuickXplain: a minimal subset M of {@code candidates} such that {@code base} ∪ M is
     * unsatisfiable (given that base ∪ candidates is), in O(|M| log |candidates|) tests, most of them on
     * small sets; deleting statements one by one would test large sets as often as there are statements.
     */
    private static List<OWLAxiom> quickXplain(List<OWLAxiom> base, List<OWLAxiom> candidates, boolean baseGrew,
                                              SubsetCheck check, Budget budget) throws TimedOut {
        if (budget.exhausted()) {
            throw new TimedOut();
        }
        if (baseGrew && !check.satisfiable(base)) {
            return List.of();
        }
        if (candidates.size() == 1) {
            return candidates;
        }
        List<OWLAxiom> c1 = candidates.subList(0, candidates.size() / 2);
        List<OWLAxiom> c2 = candidates.subList(candidates.size() / 2, candidates.size());
        List<OWLAxiom> d2 = quickXplain(concat(base, c1), c2, !c1.isEmpty(), check, budget);
        List<OWLAxiom> d1 = quickXplain(concat(base, d2), c1, !d2.isEmpty(), check, budget);
        return concat(d1, d2);
    }

    private static List<OWLAxiom> concat(List<OWLAxiom> a, List<OWLAxiom> b) {
        List<OWLAxiom> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static void expand(ArrayDeque<Set<OWLAxiom>> queue, Set<Set<OWLAxiom>> seen,
                               Set<OWLAxiom> removed, List<OWLAxiom> justification) {
        for (OWLAxiom a : justification) {
            Set<OWLAxiom> next = new HashSet<>(removed);
            next.add(a);
            if (seen.add(next)) {
                queue.add(next);
            }
        }
    }

    /**
     * The ontology axioms behind one minimal set of statements: one owlexplanation justification of
     * "K ⊑ owl:Nothing" over the locality module of K in the ontology plus just those statements (small,
     * so quick); bounded by a number of entailment checks (and the wall-clock safety net).
     */
    private Set<OWLAxiom> ontologyAxioms(Found f, Set<OWLAxiom> background, ClaimAxioms claims,
                                        ExplanationGeneratorFactory<OWLAxiom> factory, OWLOntologyManager manager) {
        Set<OWLAxiom> claimAxioms = claimAxiomsOf(f, claims);
        Set<OWLAxiom> extracted;
        if (modules != null) {
            extracted = modules.module(claimAxioms, Set.of(f.impossible()));
        } else {
            Set<OWLAxiom> axioms = new HashSet<>(background);
            axioms.addAll(claimAxioms);
            extracted = new SyntacticLocalityModuleExtractor(manager, axioms.stream().sorted(), ModuleType.STAR)
                    .extract(Set.of(f.impossible()));
        }
        // in a fixed order: owlexplanation returns the first justifications it meets, and which those are should
        // depend on the conflict, not on the order in which the search happened to find its statements
        Set<OWLAxiom> module = new java.util.TreeSet<>(extracted);
        Budget budget = new Budget(maxChecksPerExplanation, safetyNet);
        // owlexplanation asks whether it is cancelled between its checks: the checks asked so far are the work done
        // (counted by the guarded checkers; with owlexplanation's own checker only the safety net applies)
        GuardedEntailmentChecker.Factory[] counting = new GuardedEntailmentChecker.Factory[1];
        long[] questionsBefore = new long[1];
        ExplanationProgressMonitor<OWLAxiom> monitor = new ExplanationProgressMonitor<>() {
            @Override
            public void foundExplanation(ExplanationGenerator<OWLAxiom> g, Explanation<OWLAxiom> e, Set<Explanation<OWLAxiom>> all) {
            }

            @Override
            public boolean isCancelled() {
                budget.tests = counting[0] == null ? 0 : counting[0].questions() - questionsBefore[0];
                return budget.exhausted();
            }
        };
        OWLDataFactory df = manager.getOWLDataFactory();
        // a few justifications, keep the smallest (ties: the first in rendered order), so that the report does
        // not depend on which one the search meets first (an exosome is a vesicle both by its taxonomy and by
        // the domain of originatesIn)
        Set<OWLAxiom> best = null;
        String bestKey = null;
        // one guarded reasoner answers every subset question of this explanation (GuardedEntailmentChecker), where
        // the black-box checker would build a reasoner per question; the answers, hence the justifications, are equal
        // (the one over the ontology and all claims when the guards support it: a subset's answer does not depend on
        // the other axioms guarded beside it, so one reasoner serves every conflict)
        boolean shared = sharedGuards != null && sharedGuards.guarded();
        try (GuardedEntailmentChecker.Factory own = shared ? null : GuardedEntailmentChecker.over(module)) {
            GuardedEntailmentChecker.Factory checkers = shared ? sharedGuards : own;
            long testsBefore = checkers.tests();
            questionsBefore[0] = checkers.questions();
            counting[0] = guardedExplanations ? checkers : null;
            ExplanationGeneratorFactory<OWLAxiom> generators = guardedExplanations ? justificationFactory(checkers) : factory;
            if (guardedExplanations && !checkers.guarded()) {
                explanationsUnguarded++;
            }
            for (Explanation<OWLAxiom> e : generators.createExplanationGenerator(module, monitor)
                    .getExplanations(df.getOWLSubClassOfAxiom(f.impossible(), df.getOWLNothing()), justifications)) {
                Set<OWLAxiom> found = new LinkedHashSet<>();
                for (OWLAxiom a : e.getAxioms()) {
                    // only the statements of this conflict are claims here: a claim that restates an ontology axiom
                    // ("exosomes are small extracellular vesicles") leaves that axiom an ontology axiom
                    if (!f.statementAxioms().contains(a) && claims.contextOf(a) == null) {
                        found.add(a);
                    }
                }
                String key = String.format("%04d", found.size()) + String.join("\n",
                        found.stream().map(renderer::render).sorted().toList());
                if (bestKey == null || key.compareTo(bestKey) < 0) {
                    best = found;
                    bestKey = key;
                }
            }
            explanationTests += checkers.tests() - testsBefore;
        } catch (ExplanationGeneratorInterruptedException cut) {
            // stopped by the bound (null: the report says that the ontology axioms were not found)
            explanationsCut++;
            if (budget.byClock) {
                explanationsCutByClock++;
            }
            return null;
        }
        return best;
    }

    /** Claim axioms in a conflict's explanation: its statements and the definitions of the narrowed kinds they speak of. */
    private static Set<OWLAxiom> claimAxiomsOf(Found f, ClaimAxioms claims) {
        // looked up by context: asking axiomsFor per context scanned every context of the corpus per conflict
        Set<OWLAxiom> axioms = new HashSet<>(f.statementAxioms());
        axioms.addAll(claims.contextAxioms(claims.kindOf(f.impossible())));
        f.statementAxioms().stream().map(claims::statementOf).map(Statement::context).distinct()
                .forEach(k -> axioms.addAll(claims.contextAxioms(k)));
        return axioms;
    }

    /** Claim axioms per guarded reasoner of the explanations (see {@link #find}). */
    private static final int EXPLANATION_BATCH = 200;

    private ConflictExplanation explain(Set<Statement> statements, Found found, List<String> ontologyAxioms,
                                        ClaimAxioms claims, OWLReasoner baseReasoner, OWLDataFactory df,
                                        Map<OWLClass, String> labels) {
        List<Statement> sorted = statements.stream().sorted(Comparator.comparing(Statement::label)).toList();
        List<Statement> narrower = sorted.stream()
                .filter(s -> sorted.stream().anyMatch(t -> narrower(s.context(), t.context(), baseReasoner, df)))
                .toList();
        Kind kind = narrower.isEmpty() ? Kind.CONFLICT : Kind.EXCEPTION;
        boolean hedged = sorted.stream().anyMatch(s -> claims.claimsOf(s).stream().allMatch(StoredClaim::hedged));
        List<StoredClaim> involved = sorted.stream().flatMap(s -> claims.claimsOf(s).stream())
                .sorted(Comparator.comparing(StoredClaim::iri)).toList();
        String impossible = label(found.impossible(), labels);
        List<String> rendered = ontologyAxioms == null ? List.of("(ontology axioms not found within the bound)") : ontologyAxioms;
        List<StoredClaim> opposing = kind == Kind.CONFLICT && sorted.size() == 1
                ? opposing(sorted.get(0), claims, baseReasoner, df) : List.of();
        return new ConflictExplanation(kind, impossible, sorted, narrower, involved, rendered,
                hedged, found.complete(), opposing);
    }

    /**
     * Claims that side with the ontology against a classification it contradicts on its own: positive
     * classification claims about the same or a broader subject that the ontology entails, into a class that
     * excludes the conflicting one's ("exosomes are small extracellular vesicles" against "exosomes are molecules"),
     * or, against a denial, that includes the denied class ("exosomes are small EVs" against "exosomes are not EVs").
     */
    private List<StoredClaim> opposing(Statement conflicting, ClaimAxioms claims, OWLReasoner reasoner, OWLDataFactory df) {
        List<StoredClaim> found = new ArrayList<>();
        if (!conflicting.predicate().equals(ClaimAxioms.IS_KIND_OF)) {
            return found;
        }
        String subject = conflicting.context().subject();
        OWLClass claimed = df.getOWLClass(IRI.create(conflicting.object()));
        claims.statements().forEach((s, made) -> {
            OWLClass object = df.getOWLClass(IRI.create(s.object()));
            String other = s.context().subject();
            if (s.equals(conflicting) || !s.positive() || !s.predicate().equals(ClaimAxioms.IS_KIND_OF)
                    || !(other.equals(subject) || isA(reasoner, df, subject, other)) || !isA(reasoner, df, other, s.object())) {
                return;
            }
            boolean opposes = conflicting.positive()
                    ? !reasoner.isSatisfiable(df.getOWLObjectIntersectionOf(object, claimed))
                    : object.equals(claimed) || isA(reasoner, df, s.object(), conflicting.object());
            if (opposes) {
                found.addAll(made);
            }
        });
        found.sort(Comparator.comparing(StoredClaim::iri));
        return found;
    }

    /** A kind's label: that of the first statement about it ({@code labels}), else from its IRI. */
    private static String label(OWLClass c, Map<OWLClass, String> labels) {
        String known = labels.get(c);
        if (known != null) {
            return known;
        }
        String iri = c.getIRI().toString();
        if (iri.startsWith(ClaimAxioms.WITNESS_NS)) {
            return "some " + iri.substring(ClaimAxioms.WITNESS_NS.length()).replace('-', ' ');
        }
        return ClaimAxioms.local(iri);
    }

    /** Whether kind {@code a} is strictly narrower than kind {@code b} (a subclass subject, or b narrowed less). */
    boolean narrower(Context a, Context b, OWLReasoner reasoner, OWLDataFactory df) {
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

    private boolean isA(OWLReasoner reasoner, OWLDataFactory df, String sub, String sup) {
        // the reasoner builds a new set of all superclasses per call; the search asks about few classes many times
        return ancestors.computeIfAbsent(sub, k -> reasoner.getSuperClasses(df.getOWLClass(IRI.create(k)), false)
                .entities().map(c -> c.getIRI().toString()).collect(Collectors.toSet())).contains(sup);
    }

    /** Superclasses of the classes asked about in the current {@link #find} (over its base reasoner). */
    private final Map<String, Set<String>> ancestors = new HashMap<>();

}
