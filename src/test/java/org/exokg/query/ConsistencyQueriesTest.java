package org.exokg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.exokg.TestSupport;
import org.exokg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consistency and negation queries against a fixture in the documented shape of the conflicts graph,
 * with cases the seed corpus lacks (an exception, a negated claim): they must return
 * the right claims.
 */
class ConsistencyQueriesTest {

    @TempDir
    static Path dir;
    static GraphStore store;
    static QueryRunner runner;
    static QueryLibrary library;

    @BeforeAll
    static void load() {
        store = GraphStore.open(dir.resolve("tdb2"));
        store.write(() -> RDFDataMgr.read(store.dataset(), TestSupport.resource("queries/consistency.trig").toString()));
        org.exokg.store.StatementSummary.store(store); // as build and ingest write it after the documents
        runner = QueryRunner.local(store.dataset());
        library = QueryLibrary.load(QueryLibrary.DEFAULT_DIR);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> run(String name, String... vars) {
        return QueryLibraryTest.rows(runner.run(library.byName(name).orElseThrow().query()), vars);
    }

    @Test
    void conflictsListEveryClaimWithItsSentenceAndDocument() {
        assertEquals(List.of(
                        "c1 true hasProperty HighImmunogenicity | Exosomes may be highly immunogenic. | doc-b",
                        "c1 true hasProperty LowImmunogenicity | Exosomes have low immunogenicity. | doc-a"),
                run("conflicting-claims", "conflict", "hedgedConflict", "relation", "object", "sentence", "document")
                        .stream().map(r -> r.replace(" Exosomes", " | Exosomes").replace(". doc", ". | doc")).toList());
        assertEquals(List.of("c1 Conflict DisjointClasses(HighImmunogenicity LowImmunogenicity) 2",
                        "c1 HedgedConflict DisjointClasses(HighImmunogenicity LowImmunogenicity) 2"),
                run("conflict-axioms", "conflict", "kind", "axiom", "claims"));
    }

    @Test
    void exceptionsShowTheSpecificAndTheGeneralClaim() {
        assertEquals(List.of(
                        "e1 GeneralScope  PositivePolarity 1 doc-b Exosomes can cross the blood-brain barrier.",
                        "e1 SpecificScope Milk NegativePolarity 1 doc-a Milk exosomes do not cross the blood-brain barrier."),
                run("exceptions-to-general-claims", "exception", "scope", "qualifier", "polarity", "claims", "document", "sentence"));
    }

    @Test
    void corroborationsGiveTheirCountsAndAnExampleSentence() {
        assertEquals(List.of("crosses BloodBrainBarrier 2 2 doc-a Milk exosomes do not cross the blood-brain barrier."),
                run("corroborated-claims", "relation", "object", "supportingDocuments", "claims", "document", "sentence"));
    }

    @Test
    void negatedClaimsCarryTheirCue() {
        assertEquals(List.of("crosses BloodBrainBarrier 1 1 do not Milk exosomes do not cross the blood-brain barrier. doc-a"),
                run("negated-claims", "relation", "object", "documents", "claims", "negationCue", "sentence", "document"));
    }
}
