package org.exokg.reasoning;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.exokg.ExoKg;
import org.exokg.ontology.OntologyLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owl.explanation.impl.blackbox.EntailmentChecker;
import org.semanticweb.owl.explanation.impl.blackbox.checker.SatisfiabilityEntailmentCheckerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import uk.ac.manchester.cs.owlapi.modularity.ModuleType;
import uk.ac.manchester.cs.owlapi.modularity.SyntacticLocalityModuleExtractor;

/**
 * The guarded checker answers "does this subset entail K ⊑ ⊥?" as owlexplanation's black-box checker does (a
 * reasoner per subset), on the ExoKG ontology with claim statements, including a sub-property axiom; and the
 * conflict search gives the same ontology axioms with either checker.
 */
class GuardedEntailmentCheckerTest {

    private static OWLOntology ontology;
    private static OWLReasoner base;
    private static OWLDataFactory df;

    @BeforeAll
    static void load() throws Exception {
        ontology = OntologyLoader.load(Path.of(ExoKg.ONTOLOGY_FILE));
        base = new ReasonerFactory().createReasoner(ontology);
        base.precomputeInferences(InferenceType.CLASS_HIERARCHY);
        df = ontology.getOWLOntologyManager().getOWLDataFactory();
    }

    @AfterAll
    static void dispose() {
        base.dispose();
    }

    private static StoredClaim claim(int i, String subject, String relation, String object, boolean positive) {
        return new StoredClaim(ExoKg.RESOURCE_NS + "claim/guarded-" + i, ExoKg.NS + subject, ExoKg.NS + relation,
                ExoKg.NS + object, positive, false, false, null, ExoKg.RESOURCE_NS + "document/guarded", null, null, "claim " + i);
    }

    /** The locality module of {@code kind} in the ontology plus the claims' axioms (what ConflictFinder explains over). */
    private static Set<OWLAxiom> module(ClaimAxioms claims, OWLClass kind) {
        Set<OWLAxiom> axioms = new HashSet<>(ontology.getLogicalAxioms(Imports.INCLUDED));
        axioms.addAll(claims.axioms());
        return new TreeSet<>(new SyntacticLocalityModuleExtractor(OWLManager.createOWLOntologyManager(),
                axioms.stream().sorted(), ModuleType.STAR).extract(Set.of(kind)));
    }

    /** The answers of both checkers on the whole module, the module without each axiom, and random subsets. */
    private static void assertSameAnswers(Set<OWLAxiom> module, OWLClass kind, boolean expectGuarded) {
        OWLAxiom entailment = df.getOWLSubClassOfAxiom(kind, df.getOWLNothing());
        List<Set<OWLAxiom>> subsets = new ArrayList<>();
        subsets.add(module);
        for (OWLAxiom a : module) {
            Set<OWLAxiom> without = new HashSet<>(module);
            without.remove(a);
            subsets.add(without);
        }
        Random random = new Random(16);
        List<OWLAxiom> all = new ArrayList<>(module);
        for (int i = 0; i < 40; i++) {
            Set<OWLAxiom> some = new HashSet<>();
            all.forEach(a -> {
                if (random.nextInt(4) != 0) {
                    some.add(a);
                }
            });
            subsets.add(some);
        }
        EntailmentChecker<OWLAxiom> blackBox = new SatisfiabilityEntailmentCheckerFactory(new ReasonerFactory(),
                OWLManager::createOWLOntologyManager).createEntailementChecker(entailment);
        List<Boolean> expected = new ArrayList<>();
        List<Boolean> actual = new ArrayList<>();
        List<Set<OWLAxiom>> expectedEntailing = new ArrayList<>();
        List<Set<OWLAxiom>> actualEntailing = new ArrayList<>();
        try (GuardedEntailmentChecker.Factory factory = GuardedEntailmentChecker.over(module)) {
            assertEquals(expectGuarded, factory.guarded(), "unsupported: " + GuardedEntailmentChecker.Guards.unsupported(module));
            EntailmentChecker<OWLAxiom> guarded = factory.createEntailementChecker(entailment);
            for (Set<OWLAxiom> subset : subsets) {
                expected.add(blackBox.isEntailed(subset));
                expectedEntailing.add(within(blackBox.getEntailingAxioms(subset), subset));
                actual.add(guarded.isEntailed(subset));
                actualEntailing.add(within(guarded.getEntailingAxioms(subset), subset));
            }
            assertEquals(expectGuarded ? subsets.size() : 0, factory.tests());
        }
        assertEquals(expected, actual);
        assertEquals(expectedEntailing, actualEntailing);
        // the subsets are varied enough that both answers occur (else equal answers would prove little)
        assertTrue(expected.contains(true) && expected.contains(false), expected.toString());
    }

    /** Entailing axioms among those asked about (both checkers add an axiom naming C with a time-stamped IRI). */
    private static Set<OWLAxiom> within(Set<OWLAxiom> entailing, Set<OWLAxiom> asked) {
        Set<OWLAxiom> out = new HashSet<>(entailing);
        out.retainAll(asked);
        return out;
    }

    @Test
    void answersEverySubsetAsTheBlackBoxCheckerDoes() {
        // microRNA is RNA: "exosomes carry microRNA" and "exosomes carry no RNA" cannot hold together
        ClaimAxioms claims = new ClaimAxioms(ontology, base, List.of(
                claim(0, "Exosome", "carries", "MicroRNA", true), claim(1, "Exosome", "carries", "RNA", false)));
        OWLClass exosome = df.getOWLClass(IRI.create(ExoKg.NS + "Exosome"));
        Set<OWLAxiom> module = module(claims, exosome);
        assertTrue(module.containsAll(claims.axioms()));
        assertSameAnswers(module, exosome, true);
    }

    @Test
    void aSubPropertyAxiomIsGuardedThroughTheUniversalsItCarries() {
        // a sub-property axiom of the ontology cannot be guarded by a class: it is replaced by the universals it carries
        Set<OWLAxiom> subProperties = ontology.getAxioms(AxiomType.SUB_OBJECT_PROPERTY, Imports.INCLUDED)
                .stream().map(a -> (OWLAxiom) a).collect(java.util.stream.Collectors.toSet());
        assertFalse(subProperties.isEmpty());
        org.semanticweb.owlapi.model.OWLSubObjectPropertyOfAxiom sp =
                (org.semanticweb.owlapi.model.OWLSubObjectPropertyOfAxiom) subProperties.stream().sorted().findFirst().orElseThrow();
        String sub = sp.getSubProperty().asOWLObjectProperty().getIRI().getShortForm();
        String sup = sp.getSuperProperty().asOWLObjectProperty().getIRI().getShortForm();
        // a kind with a sub-property successor and a denial on the super-property: only the sub-property axiom links them
        OWLClass kind = df.getOWLClass(IRI.create(ExoKg.NS + "GuardedTestKind"));
        OWLClass filler = df.getOWLClass(IRI.create(ExoKg.NS + "GuardedTestFiller"));
        Set<OWLAxiom> module = new TreeSet<>(List.of(
                df.getOWLSubClassOfAxiom(kind, df.getOWLObjectSomeValuesFrom(sp.getSubProperty(), filler)),
                df.getOWLSubClassOfAxiom(kind, df.getOWLObjectComplementOf(df.getOWLObjectSomeValuesFrom(sp.getSuperProperty(), filler))),
                sp,
                df.getOWLDeclarationAxiom(kind)));
        assertNotEquals(sub, sup);
        assertSameAnswers(module, kind, true);
    }

    @Test
    void anAxiomTheGuardsAreNotSoundForLeavesEveryQuestionToTheBlackBox() {
        OWLClass kind = df.getOWLClass(IRI.create(ExoKg.NS + "GuardedTestKind"));
        OWLClass other = df.getOWLClass(IRI.create(ExoKg.NS + "GuardedTestOther"));
        org.semanticweb.owlapi.model.OWLObjectProperty p = df.getOWLObjectProperty(IRI.create(ExoKg.NS + "guardedTestLink"));
        // an inverse property: the individual that excludes the kind is a predecessor, which no guard reaches
        Set<OWLAxiom> module = new TreeSet<>(List.of(
                df.getOWLSubClassOfAxiom(kind, df.getOWLObjectSomeValuesFrom(df.getOWLObjectInverseOf(p), other)),
                df.getOWLSubClassOfAxiom(other, df.getOWLObjectAllValuesFrom(p, df.getOWLObjectComplementOf(kind)))));
        assertSameAnswers(module, kind, false);
    }

    @Test
    void theConflictSearchFindsTheSameOntologyAxiomsWithEitherChecker() {
        List<StoredClaim> claims = List.of(
                claim(0, "Exosome", "carries", "MicroRNA", true), claim(1, "Exosome", "carries", "RNA", false),
                claim(2, "Exosome", "hasProperty", "HighImmunogenicity", true),
                claim(3, "Exosome", "hasProperty", "LowImmunogenicity", true),
                claim(4, "Exosome", "isKindOf", "Molecule", true),
                claim(5, "Microvesicle", "carries", "MicroRNA", true), claim(6, "Microvesicle", "carries", "RNA", false),
                claim(7, "Exosome", "derivedFrom", "TumorCell", true), claim(8, "Exosome", "derivedFrom", "Cell", false));
        ClaimAxioms axioms = new ClaimAxioms(ontology, base, claims);
        ConflictFinder guarded = new ConflictFinder();
        List<String> withGuards = StatementGroupsTest.content(guarded.find(ontology, base, axioms));
        ConflictFinder blackBox = new ConflictFinder().withGuardedExplanations(false);
        List<String> withBlackBox = StatementGroupsTest.content(blackBox.find(ontology, base, axioms));
        assertEquals(withBlackBox, withGuards);
        assertTrue(withGuards.stream().anyMatch(c -> c.contains("MicroRNA SubClassOf") || c.contains("MicroRNA")), withGuards.toString());
        assertTrue(withGuards.stream().noneMatch(c -> c.contains("not found")), withGuards.toString());
        assertTrue(guarded.lastExplanationTests() > 0);
        assertEquals(0, guarded.lastExplanationsUnguarded());
        assertEquals(0, blackBox.lastExplanationTests());
    }
}
