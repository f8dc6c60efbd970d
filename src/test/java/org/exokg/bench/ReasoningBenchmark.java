package org.exokg.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.exokg.ExoKg;
import org.exokg.ontology.OntologyLoader;
import org.exokg.reasoning.ClaimAxioms;
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
 *     -Dexec.args="100 200 400 800 1600"</pre>
 */
public final class ReasoningBenchmark {

    private static final long SEED = 20261124L;

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(100, 200, 400, 800, 1600);
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

        System.out.println("claims  statements  impossible-kinds  conflicts  exceptions  corroborated  axioms-ms  find-ms (search + ontology-axioms)  total-ms");
        ConflictFinder finder = new ConflictFinder(Duration.ofSeconds(10), 8);
        for (int n : sizes) {
            Random random = new Random(SEED);
            List<StoredClaim> claims = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String[] rel = relations[random.nextInt(relations.length)];
                List<String> objects = below(base, ontology, rel[1]);
                boolean specific = random.nextInt(5) == 0;
                String doc = ExoKg.RESOURCE_NS + "document/bench-" + random.nextInt(Math.max(2, n / 10));
                claims.add(new StoredClaim(ExoKg.RESOURCE_NS + "claim/bench-" + i,
                        pick(random, vesicles), ExoKg.NS + rel[0], pick(random, objects),
                        random.nextInt(10) != 0, random.nextInt(100) < 15, specific,
                        specific ? pick(random, sources) : null, doc, null, null, "synthetic claim " + i));
            }
            long t0 = System.nanoTime();
            ClaimAxioms axioms = new ClaimAxioms(ontology, base, claims);
            long t1 = System.nanoTime();
            List<ConflictExplanation> found = finder.find(ontology, base, axioms);
            long t2 = System.nanoTime();
            int corroborated = Corroboration.find(claims, 2).size();
            long t3 = System.nanoTime();
            long kinds = found.stream().map(ConflictExplanation::unsatisfiable).distinct().count();
            System.out.println(String.format(Locale.ROOT, "%6d  %10d  %16d  %9d  %10d  %12d  %9d  %7d (%6d + %6d)  %8d",
                    n, axioms.statements().size(), kinds,
                    found.stream().filter(c -> c.kind() == ConflictExplanation.Kind.CONFLICT).count(),
                    found.stream().filter(c -> c.kind() == ConflictExplanation.Kind.EXCEPTION).count(),
                    corroborated, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, finder.lastSearchMillis(), finder.lastExplanationMillis(),
                    (t3 - t0) / 1_000_000));
        }
        base.dispose();
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
