package org.exokg.reasoning;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.exokg.ExoKg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each rule of ontology/rules/exokg.rules, applied to the real ontology plus a few claims, and what it derives. */
class RuleMaterialiserTest {

    static final String CLAIMS = """
            PREFIX exokg: <https://w3id.org/exokg/ontology/>
            PREFIX r: <https://w3id.org/exokg/resource/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            r:electro a exokg:Claim ; rdf:subject exokg:Exosome ; rdf:predicate exokg:loadedBy ;
                rdf:object exokg:Electroporation ; exokg:polarity exokg:PositivePolarity .
            r:incubation a exokg:Claim ; rdf:subject exokg:MilkDerivedExosome ; rdf:predicate exokg:loadedBy ;
                rdf:object exokg:Incubation ; exokg:polarity exokg:PositivePolarity .
            r:notElectro a exokg:Claim ; rdf:subject exokg:Microvesicle ; rdf:predicate exokg:loadedBy ;
                rdf:object exokg:Electroporation ; exokg:polarity exokg:NegativePolarity .
            r:resistance a exokg:Claim ; rdf:subject exokg:Exosome ; rdf:predicate exokg:contributesTo ;
                rdf:object exokg:DrugResistance ; exokg:polarity exokg:PositivePolarity ;
                exokg:subjectScope exokg:SpecificScope ; exokg:subjectQualifier exokg:TumorCell .
            r:concern a exokg:Claim ; rdf:subject exokg:Exosome ; rdf:predicate exokg:hasChallenge ;
                rdf:object exokg:HorizontalMiRNATransfer ; exokg:polarity exokg:PositivePolarity ;
                exokg:subjectScope exokg:SpecificScope ; exokg:subjectQualifier exokg:Cell .
            r:generalResistance a exokg:Claim ; rdf:subject exokg:Exosome ; rdf:predicate exokg:contributesTo ;
                rdf:object exokg:DrugResistance ; exokg:polarity exokg:PositivePolarity .
            r:bbb a exokg:Claim ; rdf:subject exokg:Exosome ; rdf:predicate exokg:crosses ;
                rdf:object exokg:BloodBrainBarrier ; exokg:polarity exokg:PositivePolarity .
            r:bbbProperty a exokg:Claim ; rdf:subject exokg:ApoptoticBody ; rdf:predicate exokg:hasProperty ;
                rdf:object exokg:BloodBrainBarrierCrossing ; exokg:polarity exokg:PositivePolarity .
            r:noBbb a exokg:Claim ; rdf:subject exokg:Microvesicle ; rdf:predicate exokg:crosses ;
                rdf:object exokg:BloodBrainBarrier ; exokg:polarity exokg:NegativePolarity .
            """;

    static Model data;
    static Model derived;

    @BeforeAll
    static void derive() {
        data = org.exokg.OntologyFiles.load(java.nio.file.Path.of(ExoKg.ONTOLOGY_FILE));
        data.read(new StringReader(CLAIMS), null, "TURTLE");
        derived = new RuleMaterialiser(Path.of(ExoKg.RULES_FILE)).derive(data);
    }

    static Resource x(String local) {
        return ModelFactory.createDefaultModel().createResource(ExoKg.NS + local);
    }

    static Resource r(String local) {
        return ModelFactory.createDefaultModel().createResource(ExoKg.RESOURCE_NS + local);
    }

    static Property p(String local) {
        return ModelFactory.createDefaultModel().createProperty(ExoKg.NS + local);
    }

    static boolean derives(Resource s, Property p, RDFNode o) {
        return derived.contains(s, p, o);
    }

    @Test
    void onlyNewTriplesAreKept() {
        assertFalse(derived.isEmpty());
        derived.listStatements().forEachRemaining(st -> assertFalse(data.contains(st), st.toString()));
    }

    @Test
    void r1SubClassTransitivity() {
        assertTrue(derives(x("Milk"), RDFS.subClassOf, x("MaterialEntity")));
        assertTrue(derives(x("Electroporation"), RDFS.subClassOf, x("LoadingTechnique")));
    }

    @Test
    void r2TypeInheritance() {
        assertTrue(derives(r("electro"), RDF.type, ModelFactory.createDefaultModel().createResource("http://www.w3.org/ns/prov#Entity")));
    }

    @Test
    void r3PositiveClaimsGeneraliseAlongTheObjectHierarchyNegativeOnesDoNot() {
        assertTrue(derives(x("Exosome"), p("crosses"), x("BiologicalBarrier")));
        assertTrue(derives(x("Exosome"), p("loadedBy"), x("ActiveLoading")));
        assertFalse(derives(x("Microvesicle"), p("loadedBy"), x("ActiveLoading")));
        // not up to the upper-level classes the ontology is aligned to ("crosses a material entity", BFO:0000040)
        assertTrue(data.contains(x("MaterialEntity"), RDFS.subClassOf,
                ModelFactory.createDefaultModel().createResource("http://purl.obolibrary.org/obo/BFO_0000040")));
        derived.listStatements(x("Exosome"), null, (RDFNode) null).forEachRemaining(st -> {
            if (st.getPredicate().getURI().startsWith(ExoKg.NS) && st.getObject().isURIResource()) {
                assertTrue(st.getObject().asResource().getURI().startsWith(ExoKg.NS), st.toString());
            }
        });
    }

    @Test
    void r4TechniquesInheritTheirLoadingMode() {
        assertTrue(derives(x("Electroporation"), p("loadingMode"), x("ActiveLoading")));
        assertTrue(derives(x("Sonication"), p("loadingMode"), x("ActiveLoading")));
        assertTrue(derives(x("Incubation"), p("loadingMode"), x("PassiveLoading")));
        assertFalse(derives(x("Electroporation"), p("loadingMode"), x("PassiveLoading")));
        assertTrue(derives(x("ActiveLoading"), p("loadingMode"), x("ActiveLoading")));
    }

    @Test
    void r5ClaimsOfLoadingRecordTheMode() {
        assertTrue(derives(r("electro"), p("loadingMode"), x("ActiveLoading")));
        assertTrue(derives(r("incubation"), p("loadingMode"), x("PassiveLoading")));
        assertFalse(derived.contains(r("notElectro"), p("loadingMode"), (RDFNode) null), "negated claims get no mode");
    }

    @Test
    void r6SourcesAreFlaggedByClaimsOfHarmOrSafetyConcern() {
        assertTrue(derives(x("TumorCell"), p("safetyFlaggedBy"), r("resistance")));
        assertTrue(derives(x("Cell"), p("safetyFlaggedBy"), r("concern")));
        assertEquals(java.util.Set.of("TumorCell resistance", "Cell concern"),
                derived.listStatements(null, p("safetyFlaggedBy"), (RDFNode) null)
                        .mapWith(st -> st.getSubject().getLocalName() + " " + st.getResource().getLocalName()).toSet(),
                "a general claim (no source) flags nothing");
    }

    @Test
    void r7VesiclesThatCrossTheBloodBrainBarrierAreCandidatesForBrainTumours() {
        assertTrue(derives(x("Exosome"), p("candidateFor"), x("BrainTumor")));
        assertTrue(derives(x("ApoptoticBody"), p("candidateFor"), x("BrainTumor")));
        assertFalse(derives(x("Microvesicle"), p("candidateFor"), x("BrainTumor")), "a negated claim is no reason");
    }
}
