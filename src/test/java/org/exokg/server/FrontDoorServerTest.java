package org.exokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages for people on a running server (the linked-data fixture store): home page, search and its JSON,
 * term summary and evidence, conflicts list and pages, document pages; hostile document text escaped
 * everywhere; and the time each page takes (printed, not asserted).
 */
class FrontDoorServerTest {

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

    static String html(String path) {
        HttpResponse<String> r = fixture.get(path, "text/html");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertEquals("text/html;charset=utf-8", r.headers().firstValue("Content-Type").orElse(""), path);
        return r.body();
    }

    static List<String> labels(String json) {
        JsonArray terms = JSON.parseAny(json).getAsArray();
        List<String> labels = new ArrayList<>();
        for (JsonValue t : terms) {
            labels.add(t.getAsObject().get("label").getAsString().value());
        }
        return labels;
    }

    /** The href of the first link whose class is {@code cls}, unescaped. */
    static String firstLink(String html, String cls) {
        Matcher m = Pattern.compile("<a class=\"" + cls + "\" href=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "no link of class " + cls + " in " + html);
        return m.group(1).replace("&amp;", "&");
    }

    @Test
    void theHomePageSaysWhatExoKgIsAndHowBigItIs() {
        String home = html("/");
        assertTrue(home.contains("<h1>ExoKG — an open knowledge graph of exosome therapeutics</h1>"), home);
        // counted from the store's VoID description (computed: the fixture has no stored VoID graph)
        assertTrue(home.contains("<li id=\"count-documents\"><strong>2</strong>documents</li>"), home);
        assertTrue(home.contains("<li id=\"count-claims\"><strong>7</strong>claims with evidence</li>"), home);
        assertTrue(home.contains("<li id=\"count-conflicts\"><strong>2</strong><a href=\"/conflicts?kind=conflict\">"), home);
        assertTrue(home.contains("<li id=\"count-exceptions\"><strong>1</strong>"), home);
        // the search box and its type-ahead
        assertTrue(home.contains("<input type=\"search\" id=\"q\" name=\"q\""), home);
        assertTrue(home.contains("fetch('/api/terms?q='"), home);
        // entry points from the claims: kinds of vesicle, then each relation's objects
        assertTrue(home.contains("<h3>Kinds of vesicle</h3>") && home.contains("<a href=\"/ontology/Exosome\">exosome</a>"), home);
        assertTrue(home.contains("<h3>Vesicles have property …</h3>"), home);
        assertTrue(home.contains("<a href=\"/ontology/BloodBrainBarrier\">blood-brain barrier</a> <span class=\"muted\">2 documents"),
                home);
        // the library query opens in the query editor with its text (escaped in the attribute)
        assertTrue(home.contains("<a class=\"example-query\" href=\"/fuseki/#/dataset/exokg/query?query=SELECT+%3Fsource"), home);
        assertTrue(home.contains(">Sources of exosomes by kind</a>"), home);
        assertTrue(home.contains("href=\"/download/exokg.trig\"") && home.contains("href=\"/exokg/sparql\"")
                && home.contains("href=\"/.well-known/void\""), home);
    }

    @Test
    void searchFindsLabelsAndSynonymsBestFirst() {
        HttpResponse<String> r = fixture.get("/api/terms?q=exosome", "application/json");
        assertEquals(200, r.statusCode());
        assertEquals("application/json;charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        List<String> exosome = labels(r.body());
        assertEquals("exosome", exosome.get(0), r.body());
        assertTrue(exosome.contains("milk exosome"), r.body());
        assertTrue(exosome.contains("RNA exosome complex"), r.body());
        assertEquals(List.of("milk", "milk exosome"), labels(fixture.get("/api/terms?q=MILK", null).body()));
        // the JSON lists the first few; the header says how many match in all
        assertEquals(String.valueOf(exosome.size()), r.headers().firstValue(TermSearch.TOTAL_HEADER).orElse(""));
        // a synonym finds its term, and says which synonym matched
        String small = fixture.get("/api/terms?q=small%20extracellular", null).body();
        assertEquals(List.of("exosome"), labels(small));
        assertTrue(small.contains("\"match\" : \"small extracellular vesicle\"") || small.contains("\"match\":\"small extracellular vesicle\""),
                small);
        assertEquals(List.of(), labels(fixture.get("/api/terms?q=e", null).body()), "too short to search");
        assertEquals(400, fixture.get("/api/terms?q=" + "x".repeat(101), null).statusCode());
        // the same search without script: the form's target page
        String page = html("/search?q=milk");
        assertTrue(page.contains("2 terms match “milk”"), page);
        assertTrue(page.contains("<li class=\"result\"><a href=\"/ontology/MilkExosome\">milk exosome</a>"), page);
        // what is searched for is text, never markup or SPARQL
        String hostile = html("/search?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertFalse(hostile.contains("<script>alert(1)"), hostile);
        assertTrue(hostile.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), hostile);
        assertEquals("[ ]", fixture.get("/api/terms?q=%22)%20%7D%20%23", null).body().strip().replaceAll("\\s+", " "));
    }

    @Test
    void aTermPageSummarisesItsClaimsByRelationWithEvidenceOneClickAway() {
        String page = html("/ontology/Exosome");
        assertTrue(page.contains("What the literature says (7 claims, 6 statements)"), page);
        assertTrue(page.contains("<h3 id=\"relation-exokg-crosses\">Crosses"), page);
        assertTrue(page.contains("<h3 id=\"relation-exokg-hasProperty\">Has property"), page);
        // the statement in words, scope in words, negated and hedged shown as such
        assertTrue(page.contains("<tr class=\"statement\"><td>Exosomes cross blood-brain barrier"), page);
        assertTrue(page.contains("<tr class=\"statement negated hedged\"><td>Milk-derived exosomes do not cross blood-brain barrier"),
                page);
        assertTrue(page.contains("<span class=\"badge negated\">negated</span><span class=\"badge hedged\">hedged</span>"), page);
        assertFalse(page.contains("(exokg:Milk)"), "no raw codes for a scope");
        // a chart of claims per relation
        assertTrue(page.contains("<figure class=\"chart\" id=\"chart-relations\">") && page.contains("<svg"), page);
        assertTrue(page.contains(">crosses</text>") && page.contains(">has property</text>"), page);
        // mappings say what their relation means
        assertTrue(page.contains("<td>close match</td><td><a href=\"http://purl.obolibrary.org/obo/GO_0070062\""), page);
        assertTrue(page.contains("nearly the same meaning: interchangeable for most uses"), page);
        assertTrue(page.contains("a different thing that shares a name: do not confuse them"), page);

        // the evidence behind the negated milk statement
        String milk = page.substring(page.indexOf("Milk-derived exosomes do not cross"));
        String evidence = html(firstLink(milk, "evidence-link"));
        assertTrue(evidence.contains("<h1 id=\"label\">Milk-derived exosomes do not cross blood-brain barrier</h1>"), evidence);
        assertTrue(evidence.contains("<blockquote class=\"sentence\">Milk exosomes may not cross the blood-brain barrier.</blockquote>"),
                evidence);
        assertTrue(evidence.contains("<span class=\"badge negated\">negated: “not”</span><span class=\"badge hedged\">hedged: “may”</span>"),
                evidence);
        assertTrue(evidence.contains(">Exosomes as drug carriers</a>"), evidence);
        assertFalse(evidence.contains("Exosomes can cross the blood-brain barrier"), "only this statement's claims");
        // the positive general statement has its own evidence, with the cited reference
        String general = html(firstLink(page.substring(page.indexOf("Exosomes cross blood-brain barrier")), "evidence-link"));
        assertTrue(general.contains("Exosomes can cross the blood-brain barrier [12].") && general.contains("Cites: Smith 2019"), general);
        assertTrue(general.contains("2 claims in 2 documents make this statement"), general);
        // paged: one sentence a page, each page links to the other
        String first = html(firstLink(page.substring(page.indexOf("Exosomes cross blood-brain barrier")), "evidence-link")
                + "&size=1");
        assertTrue(first.contains("Sentences (page 1 of 2)") && first.contains("rel=\"next\""), first);
        String second = html(firstLink(page.substring(page.indexOf("Exosomes cross blood-brain barrier")), "evidence-link")
                + "&size=1&page=2");
        assertTrue(second.contains("Sentences (page 2 of 2)") && second.contains("rel=\"prev\""), second);
        assertTrue(first.contains("<blockquote class=\"sentence\">") && second.contains("<blockquote class=\"sentence\">"));
        assertTrue(first.contains("Exosomes can cross the blood-brain barrier [12].") != second.contains(
                "Exosomes can cross the blood-brain barrier [12]."), "each claim on one page");
    }

    @Test
    void theEvidencePageRefusesBadParameters() {
        String ok = "/evidence?subject=" + Page.url(ONT + "Exosome") + "&predicate=" + Page.url(ONT + "crosses") + "&object="
                + Page.url(ONT + "BloodBrainBarrier");
        assertEquals(200, fixture.get(ok, "text/html").statusCode());
        assertEquals(400, fixture.get(ok + "&page=0", "text/html").statusCode());
        assertEquals(400, fixture.get(ok + "&polarity=maybe", "text/html").statusCode());
        assertEquals(400, fixture.get(ok + "&size=100000", "text/html").statusCode());
        assertEquals(400, fixture.get("/evidence?subject=not%20an%20iri&predicate=x&object=y", "text/html").statusCode());
        assertEquals(400, fixture.get("/evidence", "text/html").statusCode());
        assertEquals(404, fixture.get(ok.replace("crosses", "treats"), "text/html").statusCode());
    }

    @Test
    void theConflictListFiltersByKindDocumentAndHedging() {
        String all = html("/conflicts");
        assertTrue(all.contains("<h2 id=\"list-h\">3 of 3</h2>"), all);
        assertTrue(all.contains("exosome has property low immunogenicity / exosome has property high immunogenicity"),
                "labels in words: " + all);
        String exceptions = html("/conflicts?kind=exception");
        assertTrue(exceptions.contains("1 of 3") && exceptions.contains("href=\"/resource/conflict/k1\""), exceptions);
        assertFalse(exceptions.contains("href=\"/resource/conflict/k2\""), exceptions);
        String hedged = html("/conflicts?hedged=yes");
        assertTrue(hedged.contains("1 of 3") && hedged.contains("href=\"/resource/conflict/k1\""), hedged);
        String notHedged = html("/conflicts?hedged=no");
        assertTrue(notHedged.contains("2 of 3") && notHedged.contains("href=\"/resource/conflict/k2\""), notHedged);
        String hostileDoc = html("/conflicts?document=" + Page.url(RES + "document/hostile"));
        assertTrue(hostileDoc.contains("2 of 3") && hostileDoc.contains("href=\"/resource/conflict/k2\""), hostileDoc);
        assertTrue(all.contains("<option value=\"" + RES + "document/pmid-12345\">Exosomes as drug carriers</option>"), all);
        String ontology = html("/conflicts?kind=ontology");
        assertTrue(ontology.contains("1 of 3") && ontology.contains("href=\"/resource/conflict/k3\"")
                && ontology.contains("<td>conflict with the ontology</td>"), ontology);
        assertEquals(400, fixture.get("/conflicts?kind=bogus", "text/html").statusCode());
    }

    @Test
    void aConflictPageShowsBothSidesTheirSentencesAndTheAxiomsInWords() {
        String page = html("/resource/conflict/k2");
        assertTrue(page.contains("<h1 id=\"label\">exosome has property low immunogenicity / exosome has property high immunogenicity</h1>"),
                page);
        assertTrue(page.contains("<h2 id=\"conflict-h\">Conflict</h2>"), page);
        assertTrue(page.contains("<h2 id=\"sides-h\">The two sides</h2>"), page);
        assertTrue(page.contains("<h3>Exosomes have property low immunogenicity</h3>"), page);
        assertTrue(page.contains("<h3>Exosomes have property high immunogenicity</h3>"), page);
        assertTrue(page.contains("<blockquote class=\"sentence\">Exosomes have low immunogenicity.</blockquote>"), page);
        assertTrue(page.contains("<span class=\"badge\">not hedged</span>"), page);
        assertTrue(page.contains("<li class=\"axiom\">Nothing is both something that has property low immunogenicity and "
                + "something that has property high immunogenicity."), page);
        assertTrue(page.contains("no room for any exosome"), page);

        String exception = html("/resource/conflict/k1");
        assertTrue(exception.contains("<h2 id=\"conflict-h\">Exception</h2>"), exception);
        assertTrue(exception.contains("<h3>The narrower kind: Milk-derived exosomes do not cross blood-brain barrier</h3>"), exception);
        assertTrue(exception.contains("<h3>The broader kind: Exosomes cross blood-brain barrier</h3>"), exception);
        assertTrue(exception.contains("hedged: a statement is made only tentatively") && exception.contains("<span class=\"badge\">exception</span>"),
                exception);
        assertTrue(exception.contains("<li class=\"axiom\">Every milk is a body fluid."), exception);

        // a conflict with the ontology: the statement on one side, the ontology and the claims that agree on the other
        String withOntology = html("/resource/conflict/k3");
        assertTrue(withOntology.contains("<h2 id=\"conflict-h\">Conflict with the ontology</h2>"), withOntology);
        assertTrue(withOntology.contains("Taken with the ontology, it leaves no room for any exosome."), withOntology);
        assertTrue(withOntology.contains("<h3>Exosomes are a kind of organelle</h3>"), withOntology);
        assertTrue(withOntology.contains("<h3>The ontology, and claims that agree with it</h3>"), withOntology);
        assertTrue(withOntology.contains("<td>Exosomes are a kind of extracellular vesicle</td>"), withOntology);
        assertTrue(withOntology.contains("<li class=\"axiom\">Nothing is both an extracellular vesicle and an organelle."),
                withOntology);
    }

    @Test
    void aDocumentPageListsItsClaimsAsStatements() {
        String page = html("/resource/document/pmid-12345");
        assertTrue(page.contains("<h2 id=\"document-claims-h\">Claims in this document (3)</h2>"), page);
        assertTrue(page.contains(">Exosomes cross blood-brain barrier</a>"), page);
        assertTrue(page.contains(">Milk-derived exosomes do not cross blood-brain barrier</a>"), page);
        assertTrue(page.contains("<th scope=\"rowgroup\" colspan=\"2\" class=\"muted\">Section “Advantages”</th>"), page);
        assertTrue(page.contains("3 sentences make them."), page);
        assertFalse(page.contains("claim/c1</a>"), "claims are statements, not raw IDs");
    }

    @Test
    void hostileDocumentTextIsNeverMarkup() {
        for (String path : List.of("/resource/document/hostile", "/resource/conflict/k2", "/conflicts", "/ontology/Exosome",
                "/resource/claim/c4", "/resource/sentence/h1", "/conflicts?document=" + Page.url(RES + "document/hostile"),
                "/evidence?subject=" + Page.url(ONT + "Exosome") + "&predicate=" + Page.url(ONT + "hasProperty") + "&object="
                        + Page.url(ONT + "HighImmunogenicity"))) {
            String page = html(path);
            assertFalse(page.contains("<script>alert"), path + ": " + page);
            assertFalse(page.contains("<img src=x"), path + ": " + page);
            assertFalse(page.contains("<b onmouseover"), path + ": " + page);
        }
        String document = html("/resource/document/hostile");
        assertTrue(document.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Exosomes &amp; &quot;immunity&quot;"), document);
        assertTrue(document.contains("&lt;img src=x onerror=alert(1)&gt;"), document);
        String conflicts = html("/conflicts");
        assertTrue(conflicts.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"), conflicts);
    }

    @Test
    void conflictsAndDocumentsKeepTheirRdfForms() {
        HttpResponse<String> turtle = fixture.get("/resource/conflict/k2", "text/turtle");
        assertEquals("text/turtle;charset=utf-8", turtle.headers().firstValue("Content-Type").orElse(""));
        Model m = LinkedDataServerTest.parse(turtle, Lang.TURTLE);
        assertTrue(m.contains(LinkedDataServerTest.res(RES + "conflict/k2"), RDF.type, LinkedDataServerTest.res(ONT + "Conflict")));
        HttpResponse<String> jsonld = fixture.get("/resource/conflict/k2", "application/ld+json");
        assertTrue(m.isIsomorphicWith(LinkedDataServerTest.parse(jsonld, Lang.JSONLD)), jsonld.body());
        HttpResponse<String> doc = fixture.get("/resource/document/hostile", "application/n-triples");
        assertEquals("application/n-triples;charset=utf-8", doc.headers().firstValue("Content-Type").orElse(""));
        assertTrue(doc.body().contains("<script>alert('title')</script>"), "RDF carries the text as it is");
    }

    @Test
    void downloadsAndUnknownPaths() {
        HttpResponse<String> trig = fixture.get("/download/exokg.trig", null);
        assertEquals(200, trig.statusCode());
        assertTrue(trig.headers().firstValue("Content-Type").orElse("").startsWith("application/trig"));
        org.apache.jena.query.Dataset ds = org.apache.jena.query.DatasetFactory.create();
        org.apache.jena.riot.RDFParser.fromString(trig.body(), Lang.TRIG).parse(ds);
        assertTrue(ds.containsNamedModel("https://w3id.org/exokg/graph/conflicts"), trig.body());
        assertTrue(ds.getDefaultModel().isEmpty(), "named graphs only");
        HttpResponse<String> ttl = fixture.get("/download/ontology.ttl", null);
        assertTrue(ttl.body().contains("exokg:Exosome") || ttl.body().contains("ontology/Exosome"), ttl.body());
        assertEquals(404, fixture.get("/download/secrets.txt", null).statusCode());
        assertEquals(404, fixture.get("/no/such/page", "text/html").statusCode());
    }

    @Test
    void pageTimesOnTheFixtureStore() {
        // printed for the record (figures on the seed store: PageTimingBenchmark); not a timed assertion
        for (String path : List.of("/", "/search?q=exo", "/api/terms?q=exo", "/ontology/Exosome", "/conflicts",
                "/resource/conflict/k2", "/resource/document/pmid-12345")) {
            long[] ms = new long[5];
            HttpResponse<String> r = null;
            fixture.get(path, "text/html"); // warm up
            for (int i = 0; i < ms.length; i++) {
                long start = System.nanoTime();
                r = fixture.get(path, "text/html");
                ms[i] = (System.nanoTime() - start) / 1_000_000;
                assertEquals(200, r.statusCode(), path);
            }
            java.util.Arrays.sort(ms);
            System.out.printf("front door (fixture store): %-32s median %4d ms of %d, %7d bytes%n", path, ms[ms.length / 2],
                    ms.length, r.body().length());
        }
    }
}
