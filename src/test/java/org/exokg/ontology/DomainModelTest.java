package org.exokg.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.ExoKg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLClassExpression;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The domain model with HermiT: what ordinary statements about carriers other than extracellular vesicles
 * do to the ontology (nothing inconsistent), how MISEV2023's axes of size and biogenesis combine, and which
 * exclusions still make contradictions detectable.
 */
class DomainModelTest {

    private static final String OBO = "http://purl.obolibrary.org/obo/";
    private static OWLOntology ontology;
    private static OWLDataFactory df;
    /** A buffering reasoner over the ontology as loaded (axioms added by a test are not flushed to it). */
    private static OWLReasoner reasoner;

    @BeforeAll
    static void load() throws Exception {
        ontology = OntologyLoader.load(Path.of(ExoKg.ONTOLOGY_FILE));
        df = ontology.getOWLOntologyManager().getOWLDataFactory();
        reasoner = new ReasonerFactory().createReasoner(ontology);
        reasoner.precomputeInferences(org.semanticweb.owlapi.reasoner.InferenceType.CLASS_HIERARCHY);
    }

    private static OWLClass c(String local) {
        return df.getOWLClass(IRI.create(ExoKg.NS + local));
    }

    private static OWLObjectProperty p(String local) {
        return df.getOWLObjectProperty(IRI.create(ExoKg.NS + local));
    }

    private static OWLNamedIndividual i(String local) {
        return df.getOWLNamedIndividual(IRI.create("urn:exokg:test:" + local));
    }

    /** Whether the ontology plus {@code axioms} is consistent (the axioms are removed again). */
    private static boolean consistentWith(List<OWLAxiom> axioms) {
        ontology.addAxioms(axioms);
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            return reasoner.isConsistent();
        } finally {
            reasoner.dispose();
            ontology.removeAxioms(axioms);
        }
    }

    private static boolean satisfiable(OWLClassExpression e) {
        return reasoner.isSatisfiable(e);
    }

    @Test
    void aLiposomeCarryingDoxorubicinIsConsistent() {
        assertTrue(consistentWith(List.of(
                df.getOWLClassAssertionAxiom(c("Liposome"), i("doxil")),
                df.getOWLClassAssertionAxiom(c("Doxorubicin"), i("dox")),
                df.getOWLObjectPropertyAssertionAxiom(p("carries"), i("doxil"), i("dox")),
                df.getOWLObjectPropertyAssertionAxiom(p("loadedBy"), i("doxil"), i("remote-loading")),
                df.getOWLClassAssertionAxiom(c("ActiveLoading"), i("remote-loading")))));
    }

    @Test
    void aNanoparticleTargetingATumourAndALoadedCellAreConsistent() {
        assertTrue(consistentWith(List.of(
                df.getOWLClassAssertionAxiom(c("Nanoparticle"), i("np")),
                df.getOWLClassAssertionAxiom(c("BreastCancer"), i("tumour")),
                df.getOWLObjectPropertyAssertionAxiom(p("targets"), i("np"), i("tumour")),
                df.getOWLClassAssertionAxiom(c("MesenchymalStemCell"), i("msc")),
                df.getOWLObjectPropertyAssertionAxiom(p("carries"), i("msc"), i("ptx")),
                df.getOWLClassAssertionAxiom(c("Paclitaxel"), i("ptx")),
                df.getOWLObjectPropertyAssertionAxiom(p("targets"), i("msc"), i("tumour")),
                df.getOWLClassAssertionAxiom(c("ExtracellularVesicleMimetic"), i("mimetic")),
                df.getOWLObjectPropertyAssertionAxiom(p("hasProperty"), i("mimetic"), i("uptake")),
                df.getOWLClassAssertionAxiom(c("CellularUptake"), i("uptake")))));
    }

    @Test
    void contradictionsAboutKindsOfVesicleAreStillDetectable() {
        // a vesicle that is both strongly and weakly immunogenic; an exosome that is an intracellular organelle,
        // a molecule or the RNA exosome complex
        OWLClassExpression high = df.getOWLObjectSomeValuesFrom(p("hasProperty"), c("HighImmunogenicity"));
        OWLClassExpression low = df.getOWLObjectSomeValuesFrom(p("hasProperty"), c("LowImmunogenicity"));
        assertFalse(satisfiable(df.getOWLObjectIntersectionOf(c("Exosome"), high, low)));
        assertFalse(satisfiable(df.getOWLObjectIntersectionOf(c("Exosome"), c("Organelle"))));
        assertFalse(satisfiable(df.getOWLObjectIntersectionOf(c("Exosome"), c("Molecule"))));
        assertFalse(satisfiable(df.getOWLObjectIntersectionOf(c("Exosome"), c("RnaExosomeComplex"))));
    }

    @Test
    void sizeAndBiogenesisAreSeparateAxes() {
        // MISEV2023: a small ectosome (microvesicle) and a large apoptotic body are fine, a small apoptotic body or an
        // exosome that is also an ectosome is not
        assertTrue(satisfiable(df.getOWLObjectIntersectionOf(c("Microvesicle"), c("SmallExtracellularVesicle"))));
        assertTrue(satisfiable(df.getOWLObjectIntersectionOf(c("Microvesicle"), c("LargeExtracellularVesicle"))));
        assertFalse(satisfiable(df.getOWLObjectIntersectionOf(c("Exosome"), c("Microvesicle"))));
        assertFalse(satisfiable(df.getOWLObjectIntersectionOf(c("ApoptoticBody"), c("SmallExtracellularVesicle"))));
        assertFalse(satisfiable(df.getOWLObjectIntersectionOf(c("SmallExtracellularVesicle"), c("LargeExtracellularVesicle"))));
    }

    @Test
    void artificialVesiclesAndNonVesicularParticlesAreNotExtracellularVesicles() {
        for (String artificial : List.of("Liposome", "ExtracellularVesicleMimetic", "HybridVesicle")) {
            assertFalse(satisfiable(df.getOWLObjectIntersectionOf(c(artificial), c("ExtracellularVesicle"))), artificial);
            assertTrue(satisfiable(c(artificial)), artificial);
        }
        for (String particle : List.of("Exomere", "Supermere")) {
            assertFalse(satisfiable(df.getOWLObjectIntersectionOf(c(particle), c("ExtracellularVesicle"))), particle);
            assertTrue(isSubClass(c(particle), c("ExtracellularParticle")), particle);
        }
        assertTrue(isSubClass(c("ExtracellularVesicle"), c("ExtracellularParticle")));
        for (String kind : List.of("Migrasome", "LargeOncosome", "BacterialOuterMembraneVesicle")) {
            assertTrue(isSubClass(c(kind), c("ExtracellularVesicle")), kind);
        }
    }

    @Test
    void theTopLevelSitsUnderBfoAndCargoAndSourceAreRoles() {
        assertTrue(isSubClass(c("ExtracellularVesicle"), df.getOWLClass(IRI.create(OBO + "BFO_0000040"))));
        assertTrue(isSubClass(c("SmallSize"), df.getOWLClass(IRI.create(OBO + "BFO_0000019"))));
        assertTrue(isSubClass(c("BloodBrainBarrierCrossing"), df.getOWLClass(IRI.create(OBO + "BFO_0000016"))));
        assertTrue(isSubClass(c("CellularUptake"), df.getOWLClass(IRI.create(OBO + "BFO_0000015"))));
        assertTrue(isSubClass(c("Disease"), df.getOWLClass(IRI.create(OBO + "BFO_0000016"))));
        assertTrue(isSubClass(c("CargoRole"), df.getOWLClass(IRI.create(OBO + "BFO_0000023"))));
        // no protein is cargo and no cell is a vesicle source by kind ...
        assertFalse(isSubClass(c("Protein"), c("Cargo")));
        assertFalse(isSubClass(c("Cell"), c("VesicleSource")));
        assertFalse(isSubClass(c("Fruit"), c("Plant")));
        // ... but a protein that has the cargo role is cargo
        OWLClassExpression carried = df.getOWLObjectIntersectionOf(c("Protein"),
                df.getOWLObjectSomeValuesFrom(df.getOWLObjectProperty(IRI.create(OBO + "RO_0000087")), c("CargoRole")));
        assertTrue(isSubClass(carried, c("Cargo")));
    }

    private static boolean isSubClass(OWLClassExpression sub, OWLClassExpression sup) {
        return reasoner.isEntailed(df.getOWLSubClassOfAxiom(sub, sup));
    }
}
