package org.exokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dereferencing ExoKG IRIs on a running server with an HTTP client: RDF forms, HTML, 404, 406, VoID. */
class LinkedDataServerTest {

    static final String ONT = "https://w3id.org/exokg/ontology/";
    static final String RES = "https://w3id.org/exokg/resource/";

    @TempDir
    static Path dir;
    static LinkedDataFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new LinkedDataFixture(dir);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    static Model parse(HttpResponse<String> r, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).parse(m);
        return m;
    }

    static Resource res(String iri) {
        return ModelFactory.createDefaultModel().createResource(iri);
    }

    static Property prop(String iri) {
        return ModelFactory.createDefaultModel().createProperty(iri);
    }

    @Test
    void anOntologyTermAnswersInTurtle() {
        HttpResponse<String> r = fixture.get("/ontology/Exosome", "text/turtle");
        assertEquals(200, r.statusCode());
        assertEquals("text/turtle;charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
        Model m = parse(r, Lang.TURTLE);
        Resource exosome = res(ONT + "Exosome");
        assertTrue(m.contains(exosome, RDFS.label, m.createLiteral("exosome", "en")), r.body());
        assertTrue(m.contains(exosome, RDFS.subClassOf, res(ONT + "ExtracellularVesicle")), r.body());
        assertTrue(m.contains(exosome, prop(ONT + "unverifiedDbXref"), "GO:0070062"), r.body());
        // from the import module graph, also about the term
        assertTrue(m.contains(exosome, prop("http://www.w3.org/2004/02/skos/core#closeMatch"),
                res("http://purl.obolibrary.org/obo/GO_0070062")), r.body());
        assertTrue(r.body().contains("exokg:Exosome"), "prefixes are used: " + r.body());
        assertTrue(!r.body().contains("PREFIX void:") && !r.body().contains("PREFIX oa:"), "only used prefixes: " + r.body());
    }

    @Test
    void allRdfFormsCarryTheSameTriples() {
        Model turtle = parse(fixture.get("/ontology/Exosome", "text/turtle"), Lang.TURTLE);
        HttpResponse<String> jsonld = fixture.get("/ontology/Exosome", "application/ld+json");
        HttpResponse<String> rdfxml = fixture.get("/ontology/Exosome", "application/rdf+xml");
        HttpResponse<String> ntriples = fixture.get("/ontology/Exosome", "application/n-triples");
        assertEquals("application/ld+json;charset=utf-8", jsonld.headers().firstValue("Content-Type").orElse(""));
        assertEquals("application/rdf+xml;charset=utf-8", rdfxml.headers().firstValue("Content-Type").orElse(""));
        assertEquals("application/n-triples;charset=utf-8", ntriples.headers().firstValue("Content-Type").orElse(""));
        assertTrue(turtle.isIsomorphicWith(parse(jsonld, Lang.JSONLD)), jsonld.body());
        assertTrue(turtle.isIsomorphicWith(parse(rdfxml, Lang.RDFXML)), rdfxml.body());
        assertTrue(turtle.isIsomorphicWith(parse(ntriples, Lang.NTRIPLES)), ntriples.body());
        assertTrue(turtle.size() >= 8, "size " + turtle.size());
    }

    @Test
    void aClaimAnswersWithItsReifiedStatementAndProvenance() {
        HttpResponse<String> r = fixture.get("/resource/claim/c1", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = parse(r, Lang.TURTLE);
        Resource claim = res(RES + "claim/c1");
        assertTrue(m.contains(claim, RDF.type, res(ONT + "Claim")));
        assertTrue(m.contains(claim, RDF.subject, res(ONT + "Exosome")));
        assertTrue(m.contains(claim, RDF.predicate, res(ONT + "crosses")));
        assertTrue(m.contains(claim, RDF.object, res(ONT + "BloodBrainBarrier")));
        assertTrue(m.contains(claim, prop("http://www.w3.org/ns/prov#wasDerivedFrom"), res(RES + "sentence/a1")));
        assertTrue(m.contains(claim, prop(ONT + "hasEvidence"), res(RES + "evidence/e1")));
    }

    @Test
    void evidenceComesWithItsOwnTargetAndSelectors() {
        Model m = parse(fixture.get("/resource/evidence/e1", "application/n-triples"), Lang.NTRIPLES);
        Literal start = m.createTypedLiteral(0);
        assertTrue(m.contains(null, prop("http://www.w3.org/ns/oa#start"), start), m.toString());
        assertTrue(m.contains(null, prop("http://www.w3.org/ns/oa#exact"),
                "Exosomes can cross the blood-brain barrier [12]."), m.toString());
        assertTrue(m.contains(res(RES + "evidence/e1/target"), prop("http://www.w3.org/ns/oa#hasSource"),
                res(RES + "document/pmid-12345")), m.toString());
        // but not the document's own statements: it is not part of the evidence
        assertTrue(!m.contains(res(RES + "document/pmid-12345"), null, (org.apache.jena.rdf.model.RDFNode) null));
        // blank-node targets (older graphs) are followed too
        Model e2 = parse(fixture.get("/resource/evidence/e2", "text/turtle"), Lang.TURTLE);
        assertTrue(e2.contains(null, prop("http://www.w3.org/ns/oa#end"), e2.createTypedLiteral(101)), e2.toString());
        // a sub-resource answers on its own too
        assertEquals(200, fixture.get("/resource/evidence/e1/quote", "text/turtle").statusCode());
    }

    @Test
    void theOntologyIriItselfAnswers() {
        HttpResponse<String> r = fixture.get("/ontology", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(parse(r, Lang.TURTLE).contains(res("https://w3id.org/exokg/ontology"), RDF.type,
                res("http://www.w3.org/2002/07/owl#Ontology")));
    }

    @Test
    void anUnknownIriIs404() {
        HttpResponse<String> r = fixture.get("/ontology/NoSuchTerm", "text/turtle");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("no description of " + ONT + "NoSuchTerm"), r.body());
        assertEquals(404, fixture.get("/resource/claim/unknown", "text/html").statusCode());
        assertTrue(fixture.get("/resource/claim/unknown", "text/html").body().contains("<h1 id=\"label\">Not found</h1>"));
    }

    @Test
    void anUnsupportedTypeIs406() {
        HttpResponse<String> r = fixture.get("/ontology/Exosome", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle, application/ld+json, application/rdf+xml, application/n-triples, text/html"),
                r.body());
        assertEquals(406, fixture.get("/ontology/Exosome", "text/html;q=0, */*;q=0").statusCode());
        assertEquals(406, fixture.get("/ontology/Exosome?format=pdf", "text/turtle").statusCode());
    }

    @Test
    void browsersGetHtmlAndCurlGetsTurtle() {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
        assertEquals("text/html;charset=utf-8",
                fixture.get("/ontology/Exosome", browser).headers().firstValue("Content-Type").orElse(""));
        assertEquals("text/turtle;charset=utf-8",
                fixture.get("/ontology/Exosome", "*/*").headers().firstValue("Content-Type").orElse(""));
        assertEquals("application/ld+json;charset=utf-8",
                fixture.get("/ontology/Exosome?format=jsonld", browser).headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void theHtmlPageOfATermShowsWhatIsKnownAboutIt() {
        String html = fixture.get("/ontology/Exosome", "text/html").body();
        assertTrue(html.contains("<h1 id=\"label\">exosome</h1>"), html);
        assertTrue(html.contains("An extracellular vesicle of endosomal origin"), html);
        assertTrue(html.contains("<li class=\"synonym\">small extracellular vesicle <small>(related)</small></li>"), html);
        assertTrue(html.contains("<section id=\"superclasses\">") && html.contains(">extracellular vesicle</a>"), html);
        assertTrue(html.contains("<section id=\"subclasses\">") && html.contains(">milk exosome</a>"), html);
        assertTrue(html.contains("<tr class=\"mapping unverified\"><td>xref</td><td>GO:0070062</td>"), html);
        assertTrue(html.contains(">GO:0000178</a></td><td>exosome (RNase complex)</td>"), html);
        assertTrue(html.contains("NOT the same as"), html);
        // claims are summarised by statement (FrontDoorServerTest reads the summary and its evidence pages)
        assertTrue(html.contains("What the literature says (7 claims, 6 statements)"), html);
        assertTrue(html.contains("<tr class=\"statement negated hedged\">"), html);
        assertTrue(html.contains("href=\"/ontology/BloodBrainBarrier\""), "ExoKG IRIs link locally: " + html);
    }

    @Test
    void theHtmlPageOfAClaimShowsItsEvidence() {
        String html = fixture.get("/resource/claim/c2", "text/html").body();
        assertTrue(html.contains("<h1 id=\"label\">Claim (negated): exosome crosses blood-brain barrier (hedged)</h1>"), html);
        assertTrue(html.contains("<section id=\"evidence\">"), html);
        assertTrue(html.contains("<blockquote class=\"evidence\">Milk exosomes may not cross the blood-brain barrier.</blockquote>"), html);
        assertTrue(html.contains("characters 49–101"), html);
        assertTrue(html.contains(">Exosomes as drug carriers</a>"), html);
    }

    @Test
    void theDatasetDescriptionIsServedAtWellKnownVoid() {
        HttpResponse<String> r = fixture.get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = parse(r, Lang.TURTLE);
        String voidNs = "http://rdfs.org/ns/void#";
        Resource dataset = res("https://w3id.org/exokg/dataset");
        assertTrue(m.contains(dataset, prop(voidNs + "sparqlEndpoint"), res(fixture.base + "/exokg/sparql")), r.body());
        assertTrue(m.contains(dataset, prop("http://purl.org/dc/terms/license"),
                res("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(m.contains(dataset, prop(voidNs + "subset"), res("https://w3id.org/exokg/graph/document/pmid-12345")));
        assertEquals(8, m.getProperty(res("https://w3id.org/exokg/graph/imports"), prop(voidNs + "triples")).getLong(),
                r.body());
        assertTrue(m.contains(dataset, prop(voidNs + "vocabulary"), res("http://www.w3.org/ns/oa#")), r.body());
        assertTrue(m.contains(dataset, prop(voidNs + "exampleResource"), res(ONT + "Exosome")), r.body());
        assertTrue(m.contains(dataset, prop(voidNs + "exampleResource"), res(RES + "claim/c1")), r.body());
        assertTrue(m.getProperty(dataset, prop(voidNs + "triples")).getLong() > 100, r.body());
        assertTrue(r.body().contains("void:class     exokg:Claim") || r.body().contains("void:class exokg:Claim"), r.body());
    }
}
