package org.exokg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;
import org.exokg.ExoKg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * ExoKG merged as an integrator would merge it: the ontology, its import modules (external terms with the
 * parents their source ontologies give them) and every SSSOM exact match read as an equivalence. HermiT must
 * find it consistent with no unsatisfiable class, while ExoKG's own exclusions still bite.
 */
class OntologyMergeTest {

    private static final String OBO = "http://purl.obolibrary.org/obo/";
    private static Model merged;
    private static OWLOntology ontology;

    @BeforeAll
    static void merge() throws Exception {
        OntologyMerge merge = OntologyMerge.ofProject(Path.of("."));
        merged = merge.withEquivalences();
        ontology = OntologyLoader.fromModel(merged);
    }

    private static boolean subClass(String child, String parent) {
        return merged.contains(ResourceFactory.createResource(child), RDFS.subClassOf, ResourceFactory.createResource(parent));
    }

    @Test
    void theMergeHoldsTheSourceOntologiesParentsAndTheEquivalences() {
        // GO's vesicle branch, as GO states it: an extracellular vesicle is a vesicle, a membrane-bounded organelle
        assertTrue(subClass(OBO + "GO_0070062", OBO + "GO_1903561"));
        assertTrue(subClass(OBO + "GO_1903561", OBO + "GO_0031982"));
        assertTrue(subClass(OBO + "GO_0031982", OBO + "GO_0043227"));
        assertTrue(subClass(OBO + "GO_0043227", OBO + "GO_0043226"));
        assertTrue(subClass(OBO + "GO_0043229", OBO + "GO_0043226"));
        // a CL parent and a UBERON parent of mapped terms
        assertTrue(subClass(OBO + "CL_0000084", OBO + "CL_0000542"));
        assertTrue(merged.contains(ResourceFactory.createResource(ExoKg.NS + "ExtracellularVesicle"),
                OWL2.equivalentClass, ResourceFactory.createResource(OBO + "GO_1903561")));
        assertTrue(merged.contains(ResourceFactory.createResource(ExoKg.NS + "Organelle"),
                OWL2.equivalentClass, ResourceFactory.createResource(OBO + "GO_0043229")));
    }

    @Test
    void hermitFindsTheMergeConsistentWithNoUnsatisfiableClass() {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            assertTrue(reasoner.isConsistent());
            List<String> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom().stream()
                    .map(c -> c.getIRI().toString()).sorted().toList();
            assertEquals(List.of(), unsatisfiable);
            OWLDataFactory df = OWLManager.getOWLDataFactory();
            // the ExoKG exosome is, through GO, an organelle, but not an intracellular one
            assertTrue(reasoner.getSuperClasses(df.getOWLClass(IRI.create(ExoKg.NS + "Exosome")), false)
                    .containsEntity(df.getOWLClass(IRI.create(OBO + "GO_0043226"))));
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void sayingThatExosomesAreIntracellularOrganellesStillContradictsTheMerge() throws Exception {
        // what the seed review's "exosomes are organelles" means in ExoKG's sense of organelle
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(merged);
        m.add(m.createResource(ExoKg.NS + "Exosome"), RDFS.subClassOf, m.createResource(ExoKg.NS + "Organelle"));
        OWLOntology withClaim = OntologyLoader.fromModel(m);
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(withClaim);
        try {
            assertTrue(reasoner.isConsistent());
            OWLDataFactory df = OWLManager.getOWLDataFactory();
            assertFalse(reasoner.isSatisfiable(df.getOWLClass(IRI.create(ExoKg.NS + "Exosome"))));
            assertFalse(reasoner.isSatisfiable(df.getOWLClass(IRI.create(OBO + "GO_0070062"))));
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void theMergeHasNoQualityErrorsAndDuplicateLabelsAcrossOntologiesAreCaught() throws Exception {
        OntologyReport report = new OntologyCheck().checkMerge(ontology);
        assertTrue(report.isClean(), () -> report.errors().toString());
        assertTrue(report.consistent());
        // BFO's own disjointness is part of the merge
        assertTrue(merged.contains(ResourceFactory.createResource(OBO + "BFO_0000016"), OWL2.disjointWith,
                ResourceFactory.createResource(OBO + "BFO_0000023")));
        // two ontologies' terms with one label, as DOID:162 and MONDO:0004992 ("cancer") were, are an error
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(merged);
        m.add(m.createResource(OBO + "DOID_162"), org.apache.jena.vocabulary.RDF.type, OWL2.Class)
                .add(m.createResource(OBO + "DOID_162"), RDFS.label, "cancer")
                .add(m.createResource(OBO + "MONDO_0004992"), RDFS.label, "cancer");
        OntologyReport duplicated = new OntologyCheck().checkMerge(OntologyLoader.fromModel(m));
        assertEquals(List.of(OBO + "DOID_162", OBO + "MONDO_0004992"), duplicated.errors().stream()
                .filter(f -> f.rule().equals("duplicate_label")).map(Finding::subject).sorted().toList());
    }
}
