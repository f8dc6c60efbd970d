package org.exokg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentGraphBuilderTest {

    private static final String PREFIXES = """
            PREFIX exokg: <https://w3id.org/exokg/ontology/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;

    private final DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(TestSupport.fixtureOntology());

    private static Path corpus(String name) {
        return Path.of("corpus", name);
    }

    private static List<QuerySolution> select(Model m, String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(m).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void repeatedTextYieldsEachSentenceOnceAndClaimsOnce() throws Exception {
        DocumentExtraction e = builder.extract(corpus("exosome-nanocarriers-summary.txt")).get(0);
        assertEquals(7, e.sentences().size());
        assertEquals(14, e.sentenceOccurrences());
        e.sentences().forEach(s -> assertEquals(2, s.occurrences(), s.first().text()));
        Model m = e.graph().model();
        assertEquals(7, select(m, "SELECT ?s WHERE { ?s a exokg:Sentence }").size());
        assertEquals(7, select(m, "SELECT ?s WHERE { ?s a exokg:Sentence ; exokg:occurrenceCount 2 }").size());
        // every claim once, from the first occurrence
        List<QuerySolution> claims = select(m, "SELECT ?c ?start WHERE { ?c a exokg:Claim ; exokg:hasEvidence/oa:hasTarget/oa:hasSelector ?sel . ?sel oa:start ?start }");
        assertEquals(e.claims().size(), claims.size());
        int half = Files.readString(corpus("exosome-nanocarriers-summary.txt")).length() / 2;
        claims.forEach(row -> assertTrue(row.getLiteral("start").getInt() < half, "first occurrence"));
        assertTrue(e.claims().size() >= 8, "claims: " + e.claims().size());
    }

    @Test
    void quotesAndOffsetsMatchTheText() throws Exception {
        for (String name : List.of("exosome-nanocarriers-summary.txt", "exosome-drug-carriers-cancer-review.txt")) {
            String text = Files.readString(corpus(name), StandardCharsets.UTF_8);
            Model m = builder.build(corpus(name)).get(0).model();
            List<QuerySolution> rows = select(m, """
                    SELECT ?exact ?start ?end ?prefix ?suffix ?value ?s0 ?s1 WHERE {
                      ?c a exokg:Claim ; exokg:hasEvidence ?ev ; prov:wasDerivedFrom ?sentence .
                      ?sentence rdf:value ?value ; exokg:startOffset ?s0 ; exokg:endOffset ?s1 .
                      ?ev oa:hasTarget ?t . ?t oa:hasSelector ?p, ?q .
                      ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                      ?q a oa:TextQuoteSelector ; oa:exact ?exact ; oa:prefix ?prefix ; oa:suffix ?suffix . }""");
            assertFalse(rows.isEmpty());
            for (QuerySolution r : rows) {
                int start = r.getLiteral("start").getInt();
                int end = r.getLiteral("end").getInt();
                assertEquals(r.getLiteral("exact").getString(), text.substring(start, end));
                assertEquals(r.getLiteral("value").getString(), text.substring(r.getLiteral("s0").getInt(), r.getLiteral("s1").getInt()));
                assertEquals(r.getLiteral("prefix").getString(), text.substring(Math.max(0, start - 32), start));
                assertEquals(r.getLiteral("suffix").getString(), text.substring(end, Math.min(text.length(), end + 32)));
            }
        }
    }

    @Test
    void extractionIsDeterministic() throws Exception {
        for (String file : List.of("corpus/exosome-drug-carriers-cancer-review.txt", "src/test/resources/documents/pubmed-two-articles.xml")) {
            List<DocumentGraph> a = builder.build(Path.of(file));
            List<DocumentGraph> b = DocumentGraphBuilder.fromOntology(TestSupport.fixtureOntology()).build(Path.of(file));
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.get(i).graphIri(), b.get(i).graphIri());
                assertTrue(a.get(i).model().isIsomorphicWith(b.get(i).model()));
                assertEquals(sortedNTriples(a.get(i).model()), sortedNTriples(b.get(i).model()), "identical, not just isomorphic");
                assertFalse(a.get(i).model().listSubjects().toList().stream().anyMatch(RDFNode::isAnon), "no blank nodes");
            }
        }
    }

    private static List<String> sortedNTriples(Model m) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, Lang.NTRIPLES);
        List<String> lines = new ArrayList<>(List.of(w.toString().split("\n")));
        Collections.sort(lines);
        return lines;
    }

    @Test
    void claimHasTheContractShapeAndPositiveClaimsStateTheFact() throws Exception {
        Model m = builder.build(corpus("exosome-drug-carriers-cancer-review.txt")).get(0).model();
        List<QuerySolution> rows = select(m, """
                SELECT ?c ?s ?p ?o ?pol ?hedged ?scope ?rule ?act ?doc ?sentence WHERE {
                  ?c a exokg:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; exokg:polarity ?pol ;
                     exokg:hedged ?hedged ; exokg:subjectScope ?scope ; exokg:extractionRule ?rule ;
                     prov:wasGeneratedBy ?act ; dcterms:source ?doc ; prov:wasDerivedFrom ?sentence ;
                     exokg:hasEvidence ?ev .
                  ?ev a oa:Annotation, exokg:Evidence ; oa:hasBody ?c ; oa:hasTarget/oa:hasSource ?doc .
                  ?act a prov:Activity ; prov:used ?doc ; prov:wasAssociatedWith ?agent .
                  ?agent a prov:SoftwareAgent ; rdfs:label ?l .
                  ?doc a exokg:Document ; dcterms:identifier "exosome-drug-carriers-cancer-review" ;
                       dcterms:title ?title ; exokg:documentFormat "text" ; exokg:contentSha256 ?sha ; exokg:sentenceCount ?n .
                  ?sentence a exokg:Sentence ; dcterms:isPartOf ?doc ; exokg:occurrenceCount ?k . }""");
        long claims = m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, m.createResource(ExoKg.NS + "Claim")).toList().size();
        assertEquals(claims, rows.stream().map(r -> r.getResource("c")).distinct().count(), "every claim has the full shape");
        for (QuerySolution r : rows) {
            boolean positive = r.getResource("pol").getURI().endsWith("PositivePolarity");
            boolean fact = m.contains(r.getResource("s"), m.createProperty(r.getResource("p").getURI()), r.getResource("o"));
            if (positive) {
                assertTrue(fact, "positive claim states its fact");
            }
        }
        // cited references resolve to reference resources of the document
        List<QuerySolution> cites = select(m, "SELECT ?r ?n WHERE { ?c exokg:citesReference ?r . ?r a exokg:BibliographicReference ; exokg:referenceNumber ?n }");
        assertFalse(cites.isEmpty());
        assertTrue(select(m, "SELECT ?t WHERE { ?d exokg:mentionsTerm ?t }").size() > 10);
    }

    @Test
    void negatedClaimHasNoFactTriple(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("neg.txt");
        Files.writeString(f, "Exosomes cannot cross the blood-brain barrier. Exosomes may carry curcumin.");
        Model m = builder.build(f).get(0).model();
        List<QuerySolution> rows = select(m, "SELECT ?cue WHERE { ?c exokg:polarity exokg:NegativePolarity ; exokg:negationCue ?cue ; rdf:predicate exokg:crosses }");
        assertEquals(1, rows.size());
        assertEquals("cannot", rows.get(0).getLiteral("cue").getString());
        assertFalse(m.contains(m.createResource(ExoKg.NS + "Exosome"), m.createProperty(ExoKg.NS + "crosses")));
        assertTrue(m.contains(m.createResource(ExoKg.NS + "Exosome"), m.createProperty(ExoKg.NS + "carries"), m.createResource(ExoKg.NS + "Curcumin")),
                "hedged positive claims state the fact too");
        assertEquals(1, select(m, "SELECT ?c WHERE { ?c exokg:hedged true ; exokg:hedgeCue \"may\" }").size());
    }

    @Test
    void jatsAndPubmedDocumentsBecomeGraphs() throws Exception {
        List<DocumentExtraction> jats = builder.extract(TestSupport.resource("documents/jats-milk-exosomes.xml"));
        Model m = jats.get(0).graph().model();
        assertEquals(ExoKg.GRAPH_NS + "document/pmc-PMC9900001", jats.get(0).graph().graphIri());
        assertEquals(3, select(m, "SELECT ?r WHERE { ?r a exokg:BibliographicReference }").size());
        assertEquals(1, select(m, "SELECT ?t WHERE { ?d exokg:documentFormat \"jats\" ; exokg:text ?t ; exokg:doi \"10.9999/jtv.2022.001\" ; exokg:pmcid \"PMC9900001\" }").size());
        // a claim from a sentence with xref citations cites those references
        List<QuerySolution> cited = select(m, "SELECT ?n WHERE { ?c rdf:predicate exokg:crosses ; exokg:polarity exokg:NegativePolarity ; exokg:citesReference/exokg:referenceNumber ?n } ORDER BY ?n");
        assertEquals(List.of(2, 3), cited.stream().map(r -> r.getLiteral("n").getInt()).toList());
        List<QuerySolution> milk = select(m, "SELECT ?c WHERE { ?c rdf:predicate exokg:crosses ; exokg:polarity exokg:PositivePolarity ; exokg:subjectScope exokg:SpecificScope ; exokg:subjectQualifier exokg:Milk }");
        assertEquals(1, milk.size());

        List<DocumentGraph> pubmed = builder.build(TestSupport.resource("documents/pubmed-two-articles.xml"));
        assertEquals(2, pubmed.size());
        assertEquals(List.of(ExoKg.GRAPH_NS + "document/pmid-99000001", ExoKg.GRAPH_NS + "document/pmid-99000002"),
                pubmed.stream().map(DocumentGraph::graphIri).toList());
        assertEquals(1, select(pubmed.get(0).model(), "SELECT ?d WHERE { ?d exokg:pmid \"99000001\" ; dcterms:date ?y ; dcterms:creator \"Nakamura, Yuki\" }").size());
    }

    @Test
    void trigOutputParsesBackIntoNamedGraphs() throws Exception {
        List<DocumentGraph> graphs = new ArrayList<>();
        graphs.addAll(builder.build(corpus("exosome-nanocarriers-summary.txt")));
        graphs.addAll(builder.build(TestSupport.resource("documents/pubmed-two-articles.xml")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TrigOutput.write(graphs, out);
        String trig = out.toString(StandardCharsets.UTF_8);
        assertTrue(trig.contains("PREFIX exokg:") || trig.contains("@prefix exokg:"), "written with prefixes");
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, new java.io.ByteArrayInputStream(out.toByteArray()), Lang.TRIG);
        for (DocumentGraph g : graphs) {
            assertTrue(ds.getNamedModel(g.graphIri()).isIsomorphicWith(g.model()), g.graphIri());
        }
    }
}
