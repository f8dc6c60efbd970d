package org.exokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.exokg.server.ResourceDescriber.Row;
import org.junit.jupiter.api.Test;

/** Claims and axioms in words: conjugation for a plural subject, scope, negation, and the axiom forms. */
class PhrasingTest {

    static final String NS = "https://w3id.org/exokg/ontology/";

    static Row claim(String subject, String relation, String object, boolean negated, String qualifier, String reading) {
        Map<String, RDFNode> v = new LinkedHashMap<>();
        v.put("subject", ResourceFactory.createResource(NS + "S"));
        v.put("subjectLabel", ResourceFactory.createStringLiteral(subject));
        v.put("predicate", ResourceFactory.createResource(NS + "p"));
        v.put("predicateLabel", ResourceFactory.createStringLiteral(relation));
        v.put("object", ResourceFactory.createResource(NS + "O"));
        v.put("objectLabel", ResourceFactory.createStringLiteral(object));
        v.put("polarity", ResourceFactory.createResource(NS + (negated ? "NegativePolarity" : "PositivePolarity")));
        if (qualifier != null) {
            v.put("qualifier", ResourceFactory.createResource(NS + "Q"));
            v.put("qualifierLabel", ResourceFactory.createStringLiteral(qualifier));
            v.put("qualifierIsSource", ResourceFactory.createTypedLiteral(reading.equals("source")));
            v.put("qualifierIsKind", ResourceFactory.createTypedLiteral(reading.equals("kind")));
        }
        return new Row(v);
    }

    @Test
    void relationsAgreeWithAPluralSubjectAndAreNegatedInEnglish() {
        assertEquals("carry", ClaimPhrasing.verb("carries", false));
        assertEquals("do not cross", ClaimPhrasing.verb("crosses", true));
        assertEquals("are derived from", ClaimPhrasing.verb("derived from", false));
        assertEquals("are not loaded by", ClaimPhrasing.verb("loaded by", true));
        assertEquals("do not have property", ClaimPhrasing.verb("has property", true));
        assertEquals("are a kind of", ClaimPhrasing.verb("is a kind of", false));
        assertEquals("contribute to", ClaimPhrasing.verb("contributes to", false));
        assertEquals("target", ClaimPhrasing.verb("targets", false));
        assertEquals("exosomes", ClaimPhrasing.plural("exosome"));
        assertEquals("exosomes", ClaimPhrasing.plural("exosomes"));
        assertEquals("apoptotic bodies", ClaimPhrasing.plural("apoptotic body"));
    }

    @Test
    void theScopeOfAClaimReadsAsWords() {
        assertEquals("Milk-derived exosomes do not cross blood-brain barrier",
                ClaimPhrasing.statement(claim("exosome", "crosses", "blood-brain barrier", true, "milk", "source")));
        assertEquals("Milk exosomes carry microRNA",
                ClaimPhrasing.statement(claim("extracellular vesicle", "carries", "microRNA", false, "milk exosome", "kind")));
        assertEquals("Exosomes in cancer contribute to drug resistance",
                ClaimPhrasing.statement(claim("exosome", "contributes to", "drug resistance", false, "cancer", "other")));
        assertEquals("Exosomes have property low immunogenicity",
                ClaimPhrasing.statement(claim("exosome", "has property", "low immunogenicity", false, null, null)));
    }

    @Test
    void axiomsReadAsSentencesWithLabels() {
        AxiomInWords words = new AxiomInWords(Map.of("Exosome", "exosome", "SmallExtracellularVesicle",
                "small extracellular vesicle", "ExtracellularVesicle", "extracellular vesicle", "Organelle", "organelle",
                "hasProperty", "has property", "ImmuneEvasion", "immune evasion", "Cargo", "cargo", "derivedFrom",
                "derived from", "VesicleSource", "vesicle source"));
        assertEquals("Every exosome is a small extracellular vesicle.", words.words("Exosome SubClassOf SmallExtracellularVesicle"));
        assertEquals("Nothing is both an extracellular vesicle and an organelle.",
                words.words("ExtracellularVesicle DisjointWith Organelle"));
        assertEquals("Nothing is both something that has property immune evasion and a cargo.",
                words.words("hasProperty some ImmuneEvasion DisjointWith Cargo"));
        assertEquals("Nothing is more than one of: cargos, extracellular vesicles, organelles.",
                words.words("DisjointClasses: Cargo, ExtracellularVesicle, Organelle"));
        assertEquals("Whatever something is derived from is a vesicle source.", words.words("derivedFrom Range VesicleSource"));
        assertEquals("Only extracellular vesicles can be derived from something.",
                words.words("derivedFrom Domain ExtracellularVesicle"));
        // a form it does not know keeps its syntax, with labels for names
        assertEquals("exosome SubClassOf not (organelle or cargo)", words.words("Exosome SubClassOf not (Organelle or Cargo)"));
    }
}
