package org.exokg.reasoning;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.exokg.ExoKg;
import org.exokg.ontology.OntologyLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import uk.ac.manchester.cs.owlapi.modularity.ModuleType;
import uk.ac.manchester.cs.owlapi.modularity.SyntacticLocalityModuleExtractor;

/**
 * {@link StarModules} gives OWL API's STAR module, axiom for axiom, on the ExoKG ontology with claim axioms
 * (classifications, negations, witnesses, narrowed kinds), for every class of the ontology and every claim class as
 * seed; and the conflict search reports the same conflicts, with the same ontology axioms, with either extractor.
 */
class StarModulesTest {

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

    private static StoredClaim claim(int i, String subject, String relation, String object, boolean positive,
                                     String qualifier) {
        return new StoredClaim(ExoKg.RESOURCE_NS + "claim/star-" + i, ExoKg.NS + subject, ExoKg.NS + relation,
                ExoKg.NS + object, positive, false, qualifier != null, qualifier == null ? null : ExoKg.NS + qualifier,
                ExoKg.RESOURCE_NS + "document/star", null, null, "claim " + i);
    }

    /** Claims that conflict in several ways: a classification against the taxonomy, negations, a witness, a narrowed kind. */
    private static ClaimAxioms claims() {
        List<StoredClaim> made = List.of(
                claim(1, "Exosome", "isKindOf", "Molecule", true, null),
                claim(2, "Exosome", "hasProperty", "LowImmunogenicity", true, null),
                claim(3, "Exosome", "hasProperty", "LowImmunogenicity", false, null),
                claim(4, "ExtracellularVesicle", "crosses", "BloodBrainBarrier", false, null),
                claim(5, "Exosome", "crosses", "BloodBrainBarrier", true, null),
                claim(6, "Exosome", "derivedFrom", "MesenchymalStemCell", true, null),
                claim(7, "Exosome", "carries", "MicroRNA", true, "MesenchymalStemCell"),
                claim(8, "Exosome", "isKindOf", "ExtracellularVesicle", false, null));
        ClaimAxioms claims = new ClaimAxioms(ontology, base, made);
        assertEquals(0, claims.skipped(), "every fixture claim names ontology terms");
        return claims;
    }

    private static Set<OWLAxiom> owlApi(Set<OWLAxiom> axioms, Set<OWLEntity> seed) {
        return new SyntacticLocalityModuleExtractor(OWLManager.createOWLOntologyManager(), axioms.stream().sorted(),
                ModuleType.STAR).extract(seed);
    }

    @Test
    void sameModuleAsOwlApiForEverySeed() {
        ClaimAxioms claims = claims();
        Set<OWLAxiom> background = new HashSet<>(ontology.getLogicalAxioms(Imports.INCLUDED));
        StarModules modules = new StarModules(background);
        Set<OWLAxiom> all = new HashSet<>(background);
        all.addAll(claims.axioms());
        List<OWLClass> seeds = new ArrayList<>(ontology.classesInSignature(Imports.INCLUDED).sorted().toList());
        seeds.addAll(claims.checkedClasses());
        int nonEmpty = 0;
        int withClaims = 0;
        for (OWLClass seed : seeds) {
            Set<OWLAxiom> expected = owlApi(all, Set.of(seed));
            Set<OWLAxiom> actual = modules.module(claims.axioms(), Set.of(seed));
            assertEquals(expected, actual, "module of " + seed);
            nonEmpty += expected.isEmpty() ? 0 : 1;
            withClaims += expected.stream().anyMatch(claims.axioms()::contains) ? 1 : 0;
        }
        // the comparison is not vacuous: most modules hold ontology axioms, and some the claims' axioms
        assertTrue(nonEmpty > seeds.size() / 2, nonEmpty + " of " + seeds.size());
        assertTrue(withClaims >= claims.checkedClasses().size(), withClaims + " modules with claim axioms");
    }

    @Test
    void claimAxiomsAlreadyInTheBackgroundCountOnce() {
        Set<OWLAxiom> background = new HashSet<>(ontology.getLogicalAxioms(Imports.INCLUDED));
        OWLClass exosome = df.getOWLClass(IRI.create(ExoKg.NS + "Exosome"));
        // a claim restating an ontology axiom ("exosomes are extracellular vesicles"), and one axiom twice
        OWLAxiom restated = background.stream().filter(a -> a.containsEntityInSignature(exosome)).sorted().findFirst().orElseThrow();
        OWLAxiom extra = df.getOWLSubClassOfAxiom(exosome, df.getOWLObjectComplementOf(
                df.getOWLClass(IRI.create(ExoKg.NS + "ExtracellularVesicle"))));
        Set<OWLAxiom> all = new HashSet<>(background);
        all.add(extra);
        Set<OWLAxiom> actual = new StarModules(background).module(List.of(restated, extra, extra), Set.of(exosome));
        assertEquals(owlApi(all, Set.of(exosome)), actual);
        assertTrue(actual.contains(extra));
    }

    @Test
    void searchReportsTheSameConflictsWithEitherExtractor() {
        ClaimAxioms claims = claims();
        List<ConflictExplanation> star = new ConflictFinder().withStarModules(true).find(ontology, base, claims);
        List<ConflictExplanation> owl = new ConflictFinder().withStarModules(false).find(ontology, base, claims);
        assertFalse(star.isEmpty(), "the fixture claims conflict");
        assertEquals(render(owl), render(star));
        // some conflicts need ontology axioms (taken from the modules compared), e.g. exosomes are not molecules
        assertTrue(star.stream().anyMatch(c -> !c.ontologyAxioms().isEmpty()), render(star).toString());
    }

    private static List<String> render(List<ConflictExplanation> found) {
        return found.stream().map(c -> c.kind() + " | " + c.unsatisfiable() + " | "
                + c.statements().stream().map(ClaimAxioms.Statement::label).toList() + " | " + c.ontologyAxioms()
                + " | " + c.hedged() + " | " + c.complete()).sorted().toList();
    }
}
