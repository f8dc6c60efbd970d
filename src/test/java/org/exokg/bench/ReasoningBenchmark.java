package org.exokg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.exokg.ExoKg;
import org.exokg.ontology.OntologyLoader;
import org.exokg.reasoning.ClaimAxioms;
import org.exokg.reasoning.ConflictCache;
import org.exokg.reasoning.ConflictExplanation;
import org.exokg.reasoning.ConflictFinder;
import org.exokg.reasoning.Corroboration;
import org.exokg.reasoning.StoredClaim;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * How the time of conflict finding grows with the number of claims (not a test). Synthetic claims recombine
 * real ontology terms: a kind of vesicle, a claim relation, a class within the relation's range; about 10 %
 * negated, 15 % hedged, 20 % narrowed to a vesicle source; spread over documents so that some are corroborated.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.bench.ReasoningBenchmark \
 *     -Dexec.args="625 1250 2500 5000 10000"</pre>
 * The arguments are numbers of distinct statements; claims are drawn until the corpus holds that many. It prints
 * the time per size and the growth exponent fitted to it.
 */
public final class ReasoningBenchmark {

    private static final long SEED = 20261124L;

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        boolean compare = false;
        boolean grouping = true;
        boolean searchOnly = false;
        boolean primed = true;
        boolean blackBox = false;
        boolean starModules = true;
        boolean unionCheck = false;
        Path dump = null;
        int justifications = 1;
        for (String a : args) {
            if (a.startsWith("--justifications=")) {
                // ontology-axiom justifications asked per conflict (the smallest kept); main before issue 16 asked 3
                justifications = Integer.parseInt(a.substring("--justifications=".length()));
            } else if (a.startsWith("--dump=")) {
                // the conflicts as content, one file per size, to compare runs of different versions
                dump = Path.of(a.substring("--dump=".length()));
            } else if (a.equals("--compare")) {
                compare = true; // also run the search without groups and compare what both find
            } else if (a.equals("--black-box")) {
                blackBox = true; // ontology axioms with owlexplanation's black-box checker (a reasoner per question)
            } else if (a.equals("--check-unions")) {
                unionCheck = true; // test the accepted statements of a kind's groups together (fallbacks: where they fail)
            } else if (a.equals("--owlapi-modules")) {
                starModules = false; // locality modules by OWL API's extractor (an OWL ontology per conflict), as before
            } else if (a.equals("--guarded-only")) {
                primed = false; // every search test on the guarded reasoner, as before issue 16's second pass
            } else if (a.equals("--no-groups")) {
                grouping = false;
            } else if (a.equals("--search-only")) {
                searchOnly = true; // the ontology axioms of the conflicts are not computed
            } else {
                sizes.add(Integer.parseInt(a));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(625, 1250, 2500, 5000, 10000);
        }
        OWLOntology ontology = OntologyLoader.load(Path.of(ExoKg.ONTOLOGY_FILE));
        OWLReasoner base = new ReasonerFactory().createReasoner(ontology);
        base.precomputeInferences(InferenceType.CLASS_HIERARCHY);
        String[][] relations = {
                {"hasProperty", "VesicleProperty"}, {"carries", "Molecule"}, {"loadedBy", "LoadingTechnique"},
                {"usedFor", "Application"}, {"treats", "Disease"}, {"hasChallenge", "ClinicalChallenge"},
                {"derivedFrom", "Cell"}, {"contributesTo", "Disease"}, {"crosses", "BiologicalBarrier"}};
        List<String> vesicles = below(base, ontology, "ExtracellularVesicle");
        // cargo and vesicle source are roles: the kinds that play them are the ranges of carries and derivedFrom
        List<String> sources = new ArrayList<>(below(base, ontology, "Cell"));
        sources.addAll(below(base, ontology, "BodyFluid"));

        System.out.println("statements  claims  kinds-tested  kinds-searched  sat-tests  searches-cut  impossible-kinds  conflicts  exceptions  corroborated  axioms-ms  find-ms (search + ontology-axioms)  total-ms  groups-searched  fallbacks  explanations (computed + by shape)  explanation-tests (guarded, unguarded explanations)  find-cpu-ms (search + ontology-axioms)  load  cut-by-clock (searches, explanations)  explanations-cut  most-tests-in-a-search");
        ConflictFinder finder = new ConflictFinder().withGrouping(grouping).withExplanations(!searchOnly)
                .withGuardedExplanations(!blackBox).withJustifications(justifications).withPrimedTests(primed)
                .withStarModules(starModules).withUnionCheck(unionCheck);
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        List<double[]> points = new ArrayList<>();
        for (int target : sizes) {
            // claims are drawn until the corpus holds the target number of distinct statements
            Random random = new Random(SEED);
            List<StoredClaim> claims = new ArrayList<>();
            Set<String> distinct = new HashSet<>();
            for (int i = 0; distinct.size() < target; i++) {
                if (i > 50 * target) {
                    throw new IllegalStateException("the terms give fewer than " + target + " distinct statements (" + distinct.size() + ")");
                }
                String[] rel = relations[random.nextInt(relations.length)];
                List<String> objects = below(base, ontology, rel[1]);
                boolean specific = random.nextInt(5) == 0;
                String doc = ExoKg.RESOURCE_NS + "document/bench-" + random.nextInt(Math.max(2, target / 10));
                StoredClaim claim = new StoredClaim(ExoKg.RESOURCE_NS + "claim/bench-" + i,
                        pick(random, vesicles), ExoKg.NS + rel[0], pick(random, objects),
                        random.nextInt(10) != 0, random.nextInt(100) < 15, specific,
                        specific ? pick(random, sources) : null, doc, null, null, "synthetic claim " + i);
                claims.add(claim);
                distinct.add(claim.statementKey());
            }
            long t0 = System.nanoTime();
            ClaimAxioms axioms = new ClaimAxioms(ontology, base, claims);
            long t1 = System.nanoTime();
            // a fresh cache per size: answers kept from the smaller corpus would be reused
            List<ConflictExplanation> found = finder.withCache(ConflictCache.empty()).find(ontology, base, axioms);
            long t2 = System.nanoTime();
            int corroborated = Corroboration.find(claims, 2).size();
            long t3 = System.nanoTime();
            long kinds = found.stream().map(ConflictExplanation::unsatisfiable).distinct().count();
            System.out.println(String.format(Locale.ROOT, "%10d  %6d  %12d  %14d  %9d  %12d  %16d  %9d  %10d  %12d  %9d  %7d (%6d + %6d)  %8d  %15d  %9d  %12d + %d  %d, %d  %d (%d + %d)  %.1f  %d, %d  %d  %d",
                    axioms.statements().size(), claims.size(), finder.lastKindsTested(), finder.lastKindsSearched(),
                    finder.lastSatisfiabilityTests(), finder.lastSearchesCut(), kinds,
                    found.stream().filter(c -> c.kind() == ConflictExplanation.Kind.CONFLICT).count(),
                    found.stream().filter(c -> c.kind() == ConflictExplanation.Kind.EXCEPTION).count(),
                    corroborated, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, finder.lastSearchMillis(), finder.lastExplanationMillis(),
                    (t3 - t0) / 1_000_000, finder.lastGroupsSearched(), finder.lastGroupingFallbacks(),
                    finder.lastExplanationsComputed(), finder.lastExplanationsReused(), finder.lastExplanationTests(),
                    finder.lastExplanationsUnguarded(), finder.lastSearchCpuMillis() + finder.lastExplanationCpuMillis(),
                    finder.lastSearchCpuMillis(), finder.lastExplanationCpuMillis(), os.getSystemLoadAverage(),
                    finder.lastSearchesCutByClock(), finder.lastExplanationsCutByClock(), finder.lastExplanationsCut(),
                    finder.lastMostTestsInASearch()));
            // where the search's tests go: per phase, the tests, those asked without guards, their time, "cannot hold"
            System.out.println(String.format(Locale.ROOT, "  phase        hermit-tests  unguarded  hermit-ms  ms/test  cannot-hold"));
            finder.lastTestsByPhase().forEach((phase, c) -> System.out.println(String.format(Locale.ROOT,
                    "  %-11s  %12d  %9d  %9d  %7.3f  %11d", phase, c[0], c[1], c[2] / 1_000_000, c[0] == 0 ? 0.0 : c[2] / 1e6 / c[0], c[3])));
            if (dump != null) {
                java.nio.file.Files.createDirectories(dump);
                java.nio.file.Files.write(dump.resolve("conflicts-" + target + ".txt"), render(found));
            }
            if (compare) {
                long c0 = System.nanoTime();
                ConflictFinder whole = new ConflictFinder().withGrouping(false).withJustifications(justifications)
                        .withCache(ConflictCache.empty());
                List<ConflictExplanation> expected = whole.find(ontology, base, axioms);
                List<String> a = render(found);
                List<String> b = render(expected);
                System.out.println(String.format(Locale.ROOT, "  without groups: %d ms (%d + %d), %d HermiT tests, %d explanations; same conflicts: %s%s",
                        (System.nanoTime() - c0) / 1_000_000, whole.lastSearchMillis(), whole.lastExplanationMillis(),
                        whole.lastSatisfiabilityTests(), whole.lastExplanationsComputed(),
                        a.equals(b), a.equals(b) ? "" : differences(a, b)));
            }
            points.add(new double[] {axioms.statements().size(), Math.max(1, t2 - t1) / 1e6});
        }
        if (points.size() >= 2) {
            // least squares on log(time) = a + b log(statements): b is the growth exponent
            double n = points.size(), sx = 0, sy = 0, sxx = 0, sxy = 0;
            for (double[] p : points) {
                double x = Math.log(p[0]), y = Math.log(p[1]);
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
            }
            System.out.println(String.format(Locale.ROOT, "growth exponent of find-ms in statements: %.2f",
                    (n * sxy - sx * sy) / (n * sxx - sx * sx)));
        }
        base.dispose();
    }

    /** A conflict as content: kind, impossible kind, statements, ontology axioms, flags. */
    static List<String> render(List<ConflictExplanation> found) {
        return found.stream().map(c -> c.kind() + " | " + c.unsatisfiable() + " | "
                + c.statements().stream().map(ClaimAxioms.Statement::label).toList() + " | " + c.ontologyAxioms()
                + " | hedged " + c.hedged() + " | complete " + c.complete()).sorted().toList();
    }

    private static String differences(List<String> a, List<String> b) {
        List<String> onlyA = a.stream().filter(x -> !b.contains(x)).limit(5).toList();
        List<String> onlyB = b.stream().filter(x -> !a.contains(x)).limit(5).toList();
        return "\n  only with groups: " + onlyA + "\n  only without: " + onlyB;
    }

    private static List<String> below(OWLReasoner reasoner, OWLOntology ontology, String local) {
        OWLClass top = ontology.getOWLOntologyManager().getOWLDataFactory().getOWLClass(IRI.create(ExoKg.NS + local));
        List<String> out = new ArrayList<>();
        out.add(top.getIRI().toString());
        reasoner.getSubClasses(top, false).entities().filter(c -> !c.isOWLNothing())
                .map(c -> c.getIRI().toString()).sorted().forEach(out::add);
        return out;
    }

    private static String pick(Random random, List<String> items) {
        return items.get(random.nextInt(items.size()));
    }
}
