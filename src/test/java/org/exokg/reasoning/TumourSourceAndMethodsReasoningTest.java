package org.exokg.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.exokg.ExoKg;
import org.exokg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLDataFactory;

/**
 * The gold conventions of branch goldconv on the reasoning side: a kind narrowed by tumour cells ("tumour-derived
 * exosomes") is a consistent kind derived from tumour cells, so what is said of it is an exception to what is said of
 * exosomes in general; a claim read in a Methods section takes part in no conflict and supports no rule.
 */
class TumourSourceAndMethodsReasoningTest {

    @TempDir
    Path dir;

    @Test
    void tumourDerivedExosomesAreAnExceptionAndAMethodsClaimIsNoEvidence() throws Exception {
        ReasoningResult result;
        try (GraphStore store = ReasoningFixtures.build(dir.resolve("s"), "tumour-source")) {
            result = new StoreReasoning().reason(store);
        }
        assertEquals(List.of(), result.contradictions());
        assertEquals(1, result.exceptions().size(), result.conflicts().toString());
        ConflictExplanation e = result.exceptions().get(0);
        assertEquals(List.of("Exosome (TumorCell) hasProperty HighImmunogenicity"),
                e.exceptional().stream().map(ClaimAxioms.Statement::label).toList());
        // the Methods sentence says the opposite of the general claim, but it is no finding: it is in no conflict
        Set<String> sentences = result.conflicts().stream().flatMap(c -> c.claims().stream()).map(StoredClaim::sentenceText)
                .collect(Collectors.toSet());
        assertEquals(Set.of("Exosomes are poorly immunogenic.", "Tumour-derived exosomes are highly immunogenic."), sentences);
    }

    @Test
    void aKindDerivedFromTumourCellsIsSatisfiableOneDerivedFromTheDiseaseIsNot() throws Exception {
        OWLDataFactory df = ReasoningFixtures.ontology().getOWLOntologyManager().getOWLDataFactory();
        var derivedFrom = df.getOWLObjectProperty(IRI.create(ExoKg.NS + "derivedFrom"));
        var secretedBy = df.getOWLObjectProperty(IRI.create(ExoKg.NS + "secretedBy"));
        var exosome = df.getOWLClass(IRI.create(ExoKg.NS + "Exosome"));
        var tumourCell = df.getOWLClass(IRI.create(ExoKg.NS + "TumorCell"));
        var cancer = df.getOWLClass(IRI.create(ExoKg.NS + "Cancer"));
        var reasoner = ReasoningFixtures.classified();
        // the narrowed kind of ClaimAxioms: Exosome narrowed by a source Q is under derivedFrom some Q
        assertTrue(reasoner.isSatisfiable(df.getOWLObjectIntersectionOf(exosome, df.getOWLObjectSomeValuesFrom(derivedFrom, tumourCell))));
        assertTrue(reasoner.isSatisfiable(df.getOWLObjectIntersectionOf(exosome, df.getOWLObjectSomeValuesFrom(secretedBy, tumourCell))));
        // a disease is no vesicle source (the range of derivedFrom): the old qualifier could not have been read as one
        assertFalse(reasoner.isSatisfiable(df.getOWLObjectIntersectionOf(exosome, df.getOWLObjectSomeValuesFrom(derivedFrom, cancer))));
    }

    @Test
    void theRulesDeriveNothingFromAMethodsStatement() {
        String claims = """
                PREFIX exokg: <https://w3id.org/exokg/ontology/>
                PREFIX r: <https://w3id.org/exokg/resource/>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                r:bbbMethods a exokg:Claim ; rdf:subject exokg:Microvesicle ; rdf:predicate exokg:crosses ;
                    rdf:object exokg:BloodBrainBarrier ; exokg:polarity exokg:PositivePolarity ; exokg:methodsStatement true .
                r:resistanceMethods a exokg:Claim ; rdf:subject exokg:Exosome ; rdf:predicate exokg:contributesTo ;
                    rdf:object exokg:DrugResistance ; exokg:polarity exokg:PositivePolarity ; exokg:methodsStatement true ;
                    exokg:subjectScope exokg:SpecificScope ; exokg:subjectQualifier exokg:Macrophage .
                r:bbbFinding a exokg:Claim ; rdf:subject exokg:ApoptoticBody ; rdf:predicate exokg:crosses ;
                    rdf:object exokg:BloodBrainBarrier ; exokg:polarity exokg:PositivePolarity .
                """;
        Model data = org.exokg.OntologyFiles.load(Path.of(ExoKg.ONTOLOGY_FILE));
        data.read(new StringReader(claims), null, "TURTLE");
        Model derived = new RuleMaterialiser(Path.of(ExoKg.RULES_FILE)).derive(data);
        var candidateFor = derived.createProperty(ExoKg.NS + "candidateFor");
        var brainTumour = derived.createResource(ExoKg.NS + "BrainTumor");
        // the finding counts, the Methods statement does not (R7)
        assertTrue(derived.contains(derived.createResource(ExoKg.NS + "ApoptoticBody"), candidateFor, brainTumour));
        assertFalse(derived.contains(derived.createResource(ExoKg.NS + "Microvesicle"), candidateFor, brainTumour));
        // no generalisation along the object's hierarchy (R3) and no safety flag (R6) from it
        assertTrue(derived.contains(derived.createResource(ExoKg.NS + "ApoptoticBody"), derived.createProperty(ExoKg.NS + "crosses"),
                (org.apache.jena.rdf.model.RDFNode) null));
        assertFalse(derived.contains(derived.createResource(ExoKg.NS + "Microvesicle"), derived.createProperty(ExoKg.NS + "crosses"),
                (org.apache.jena.rdf.model.RDFNode) null));
        assertFalse(derived.contains(derived.createResource(ExoKg.NS + "Macrophage"), derived.createProperty(ExoKg.NS + "safetyFlaggedBy"),
                (org.apache.jena.rdf.model.RDFNode) null));
    }
}
