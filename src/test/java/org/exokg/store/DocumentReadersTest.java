package org.exokg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.exokg.reasoning.ClaimReader;
import org.exokg.reasoning.StoredClaim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claims and the statements summary read from the documents while a build streams them through the rules
 * ({@link DocumentRuleFeed} readers, a batch of whole documents at a time) are what reading the loaded store gives
 * (issue 16: reading them back out of a 10,000-document store took minutes after the load).
 */
class DocumentReadersTest {

    @TempDir
    Path dir;

    // StatementSummaryTest's two documents and a third whose values are written as TDB2 does not give them back
    // ("07.50" is read back as "7.5"): the summary's keys and IRIs come from the values as the store holds them
    static final String DATA = StatementSummaryTest.DATA + """
            GRAPH <https://w3id.org/exokg/graph/document/doc-c> {
              r:doc-c a exokg:Document .
              r:qc1 a exokg:QuantityStatement ; exokg:measuredProperty exokg:VesicleSize ; rdf:subject exokg:Exosome ;
                  exokg:valueAsWritten "7.5 nm" ; exokg:lowValue "07.50"^^<http://www.w3.org/2001/XMLSchema#decimal> ;
                  exokg:highValue "0100"^^<http://www.w3.org/2001/XMLSchema#integer> ; exokg:hedged "1"^^<http://www.w3.org/2001/XMLSchema#boolean> ;
                  dcterms:source r:doc-c ; prov:wasDerivedFrom r:u1 .
              r:cc1 a exokg:Claim ; rdf:subject exokg:Exosome ; rdf:predicate exokg:carries ; rdf:object exokg:Doxorubicin ;
                  exokg:polarity exokg:PositivePolarity ; exokg:hedged true ; exokg:subjectQualifier exokg:Milk ;
                  dcterms:source r:doc-c ; prov:wasDerivedFrom r:u3, r:u2 .
              r:cm1 a exokg:Claim ; rdf:subject exokg:Exosome ; rdf:predicate exokg:loadedBy ; rdf:object exokg:Sonication ;
                  exokg:polarity exokg:PositivePolarity ; exokg:methodsStatement true ; dcterms:source r:doc-c ; prov:wasDerivedFrom r:u4 .
            }
            """;

    /** Streams DATA's quads (as parsed, graph by graph) into a bulk load through a feed with the two readers. */
    private record Streamed(ClaimReader.Tally claims, StatementSummary.Tally summary, List<Set<String>> batches, DocumentRuleFeed feed) {}

    private static Dataset parsed() {
        Dataset parsed = DatasetFactory.createTxnMem();
        RDFParser.create().source(new StringReader(DATA)).lang(Lang.TRIG).parse(parsed.asDatasetGraph());
        return parsed;
    }

    private Streamed stream(GraphStore store, int batchSize) {
        Dataset parsed = parsed();
        ClaimReader.Tally claims = new ClaimReader.Tally();
        StatementSummary.Tally summary = new StatementSummary.Tally();
        List<Set<String>> batches = new ArrayList<>();
        java.util.function.Consumer<Dataset> graphsOfEachBatch = batch -> {
            Set<String> graphs = new TreeSet<>();
            batch.asDatasetGraph().listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI().substring(g.getURI().lastIndexOf('/') + 1)));
            batches.add(graphs);
        };
        DocumentRuleFeed feed = new DocumentRuleFeed(m -> ModelFactory.createDefaultModel(), List.of(graphsOfEachBatch, claims, summary),
                batchSize, 100);
        List<Quad> quads = new ArrayList<>();
        Txn.executeRead(parsed, () -> parsed.asDatasetGraph().find().forEachRemaining(quads::add));
        quads.sort(java.util.Comparator.comparing(q -> q.getGraph().getURI())); // whole documents, one after another
        BulkLoad.into(store, loader -> {
            var out = feed.wrap(loader);
            quads.forEach(out::quad);
            feed.finish(loader);
        }, () -> 0L);
        return new Streamed(claims, summary, batches, feed);
    }

    @Test
    void claimsAndSummaryReadWhileStreamingAreThoseReadFromTheLoadedStore() {
        for (int batchSize : List.of(1, 2, 200)) {
            try (GraphStore store = GraphStore.open(dir.resolve("store-" + batchSize))) {
                Streamed s = stream(store, batchSize);
                assertFalse(s.feed().failed());
                // every document given once, whole, in batches of at most batchSize
                assertEquals(batchSize == 1 ? List.of(Set.of("doc-a"), Set.of("doc-b"), Set.of("doc-c"))
                        : batchSize == 2 ? List.of(Set.of("doc-a", "doc-b"), Set.of("doc-c"))
                        : List.of(Set.of("doc-a", "doc-b", "doc-c")), s.batches());

                List<StoredClaim> fromStore = ClaimReader.read(store.dataset());
                assertEquals(fromStore, s.claims().claims(), "batches of " + batchSize);
                assertEquals(12, fromStore.size(), "the Methods statement is not a claim the reasoning reads");
                StoredClaim twoSentences = fromStore.stream().filter(c -> c.iri().endsWith("/cc1")).findFirst().orElseThrow();
                assertTrue(twoSentences.sentence().endsWith("/u2") && twoSentences.hedged() && twoSentences.specific(), twoSentences.toString());

                Model summaryOfStore = StatementSummary.describe(store.dataset());
                Model summaryStreamed = s.summary().summary();
                assertTrue(summaryOfStore.size() > 50, "the summary counts something: " + summaryOfStore.size());
                assertTrue(summaryOfStore.isIsomorphicWith(summaryStreamed), "batches of " + batchSize + ": the streamed summary differs");
                store.release();
            }
        }
    }

    @Test
    void readersSeeLiteralsAsTheStoreGivesThemBack() {
        Node written = NodeFactory.createLiteralDT("07.50", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal);
        assertEquals("7.5", DocumentRuleFeed.asStored(written).getLiteralLexicalForm());
        Node text = NodeFactory.createLiteralLang("About 70 %", "en");
        assertSame(text, DocumentRuleFeed.asStored(text));
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            Streamed s = stream(store, 1);
            Model summary = s.summary().summary();
            Model ofStore = StatementSummary.describe(store.dataset());
            // read as written, the values key the size report differently: a reader given them would differ
            assertFalse(StatementSummary.describe(parsed()).isIsomorphicWith(ofStore));
            assertTrue(ofStore.isIsomorphicWith(summary));
            store.release();
        }
    }

    @Test
    void aFailingReaderStopsTheFeedSoTheBuildReadsTheStore() {
        DocumentRuleFeed feed = new DocumentRuleFeed(m -> ModelFactory.createDefaultModel(), List.of(batch -> {
            throw new IllegalStateException("reader broken");
        }), 1, 100);
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            BulkLoad.into(store, loader -> {
                var out = feed.wrap(loader);
                out.quad(Quad.create(NodeFactory.createURI(GraphStore.DOCUMENT_GRAPH_PREFIX + "a"), NodeFactory.createURI("https://example.org/a"),
                        NodeFactory.createURI("https://example.org/p"), NodeFactory.createURI("https://example.org/x")));
                feed.finish(loader);
            }, () -> 0L);
            assertTrue(feed.failed());
            assertEquals("reader broken", feed.failure().getMessage());
            assertEquals(1, store.tripleCount(), "the documents are loaded all the same");
            store.release();
        }
    }
}
