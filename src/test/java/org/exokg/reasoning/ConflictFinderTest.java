package org.exokg.reasoning;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.exokg.ExoKg;
import org.exokg.reasoning.ConflictExplanation.Kind;
import org.exokg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conflicts, exceptions, hedging and corroboration on small corpora run through the real extractor and HermiT. */
class ConflictFinderTest {

    @TempDir
    Path dir;

    private ReasoningResult reason(String corpus) throws Exception {
        try (GraphStore store = ReasoningFixtures.build(dir.resolve(corpus), corpus)) {
            ReasoningResult result = new StoreReasoning().reason(store);
            StoreReasoning.write(store, result);
            return result;
        }
    }

    private static Set<String> sentences(ConflictExplanation c) {
        return c.claims().stream().map(StoredClaim::sentenceText).collect(Collectors.toSet());
    }

    @Test
    void oppositeClaimsInTwoDocumentsAreOneConflictWithTheMinimalExplanation() throws Exception {
        ReasoningResult result = reason("contradiction");

        assertEquals(1, result.conflicts().size(), result.conflicts().toString());
        ConflictExplanation c = result.conflicts().get(0);
        assertEquals(Kind.CONFLICT, c.kind());
        assertFalse(c.hedged());
        assertEquals(List.of("Exosome hasProperty HighImmunogenicity", "Exosome hasProperty LowImmunogenicity"),
                c.statements().stream().map(ClaimAxioms.Statement::label).toList());
        assertEquals(Set.of("Exosomes are highly immunogenic.", "Exosomes are poorly immunogenic."), sentences(c));
        assertEquals(Set.of(ExoKg.RESOURCE_NS + "document/immunogenic", ExoKg.RESOURCE_NS + "document/stealthy"),
                c.claims().stream().map(StoredClaim::document).collect(Collectors.toSet()));
        assertEquals(List.of("hasProperty some HighImmunogenicity DisjointWith hasProperty some LowImmunogenicity"),
                c.ontologyAxioms());
        assertEquals("Exosome", c.unsatisfiable());
    }

    @Test
    void theConflictIsStoredSoThatSparqlListsBothSentencesAndDocuments() throws Exception {
        try (GraphStore store = ReasoningFixtures.build(dir.resolve("s"), "contradiction")) {
            StoreReasoning.write(store, new StoreReasoning().reason(store));
            String q = """
                    PREFIX exokg: <https://w3id.org/exokg/ontology/>
                    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                    PREFIX dcterms: <http://purl.org/dc/terms/>
                    PREFIX prov: <http://www.w3.org/ns/prov#>
                    SELECT ?text ?doc ?axiom WHERE {
                      GRAPH <https://w3id.org/exokg/graph/conflicts> { ?x a exokg:Conflict ; exokg:involvesClaim ?c ; exokg:involvesAxiom ?axiom }
                      GRAPH ?g { ?c prov:wasDerivedFrom ?s ; dcterms:source ?doc . ?s rdf:value ?text }
                    } ORDER BY ?text""";
            List<String> rows = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                    List<String> out = new java.util.ArrayList<>();
                    qe.execSelect().forEachRemaining(r -> out.add(r.getLiteral("text").getString() + " | "
                            + r.getResource("doc").getLocalName() + " | " + r.getLiteral("axiom").getString()));
                    return out;
                }
            });
            assertEquals(List.of(
                    "Exosomes are highly immunogenic. | immunogenic | hasProperty some HighImmunogenicity DisjointWith hasProperty some LowImmunogenicity",
                    "Exosomes are poorly immunogenic. | stealthy | hasProperty some HighImmunogenicity DisjointWith hasProperty some LowImmunogenicity"),
                    rows);
        }
    }

    @Test
    void aClaimAboutMilkExosomesAgainstOneAboutExosomesIsAnException() throws Exception {
        ReasoningResult result = reason("exception");

        assertEquals(List.of(), result.contradictions());
        assertEquals(1, result.exceptions().size(), result.conflicts().toString());
        ConflictExplanation e = result.exceptions().get(0);
        assertEquals(List.of("Exosome (Milk) hasProperty HighImmunogenicity"),
                e.exceptional().stream().map(ClaimAxioms.Statement::label).toList());
        assertEquals(Set.of("Milk-derived exosomes are highly immunogenic.", "Exosomes are poorly immunogenic."), sentences(e));
        assertTrue(result.conflictsGraph().contains(result.conflictsGraph().createResource(e.iri()),
                org.apache.jena.vocabulary.RDF.type, result.conflictsGraph().createResource(ExoKg.NS + "Exception")));
        // one statement resource per side, each with an example claim of its own scope, which the exceptions query shows
        var g = result.conflictsGraph();
        List<String> statements = g.listObjectsOfProperty(g.createResource(e.iri()), g.createProperty(ExoKg.NS, "involvesStatement"))
                .toList().stream().map(st -> {
                    String example = st.asResource().getPropertyResourceValue(g.createProperty(ExoKg.NS, "exampleClaim")).getURI();
                    StoredClaim claim = e.claims().stream().filter(c -> c.iri().equals(example)).findFirst().orElseThrow();
                    return ClaimAxioms.local(claim.object()) + " " + (claim.specific() ? "specific " + ClaimAxioms.local(claim.qualifier()) : "general")
                            + " " + st.asResource().getProperty(g.createProperty(ExoKg.NS, "claimCount")).getInt();
                }).sorted().toList();
        assertEquals(List.of("HighImmunogenicity specific Milk 1", "LowImmunogenicity general 1"), statements);
    }

    @Test
    void aConflictWithATentativeClaimIsMarkedHedged() throws Exception {
        ReasoningResult result = reason("hedged");

        assertEquals(1, result.conflicts().size(), result.conflicts().toString());
        ConflictExplanation c = result.conflicts().get(0);
        assertTrue(c.hedged());
        assertEquals(Set.of("Exosomes may have high toxicity.", "Exosomes have low toxicity."), sentences(c));
        var g = result.conflictsGraph();
        assertTrue(g.contains(g.createResource(c.iri()), org.apache.jena.vocabulary.RDF.type,
                g.createResource(ExoKg.NS + "HedgedConflict")));
    }

    @Test
    void aConsistentCorpusHasNoConflictsAndCountsIndependentDocumentsOnce() throws Exception {
        ReasoningResult result = reason("consistent");

        assertEquals(List.of(), result.conflicts());
        // "poorly immunogenic" twice in the first paper is one piece of evidence; with the second paper, two documents.
        // "low toxicity" twice in the second paper only: one document, not corroborated.
        assertEquals(1, result.corroborations().size(), result.corroborations().toString());
        Corroboration c = result.corroborations().get(0);
        assertEquals(ExoKg.NS + "LowImmunogenicity", c.example().object());
        assertEquals(2, c.supportingDocumentCount());
        assertEquals(List.of(ExoKg.RESOURCE_NS + "document/first", ExoKg.RESOURCE_NS + "document/second"), c.documents());
    }

    @Test
    void aClassificationTheOntologyExcludesIsAConflictWithTheOntologyAlone() throws Exception {
        ReasoningResult result = reason("kinds");

        assertEquals(1, result.conflicts().size(), result.conflicts().toString());
        ConflictExplanation c = result.conflicts().get(0);
        assertEquals(Kind.CONFLICT, c.kind());
        assertTrue(c.withOntology());
        // the minimal explanation is the one claim plus ontology axioms: exosomes are small extracellular vesicles,
        // those are extracellular vesicles, which are disjoint with molecules (cargo is a role, not a kind)
        assertEquals(List.of("Exosome isKindOf Molecule"), c.statements().stream().map(ClaimAxioms.Statement::label).toList());
        assertEquals(Set.of("Exosomes are a type of molecule produced by many cells."), sentences(c));
        assertEquals(List.of("DisjointClasses: ArtificialVesicle, BiologicalBarrier, BodyFluid, Cell, ExtracellularVesicle, "
                        + "MacromolecularComplex, Molecule, MultivesicularBody, Nanoparticle, NonVesicularExtracellularParticle, "
                        + "Organism, PlantStructure, Tissue",
                "Exosome SubClassOf SmallExtracellularVesicle",
                "SmallExtracellularVesicle SubClassOf ExtracellularVesicle"), c.ontologyAxioms());
        assertEquals("Exosome", c.unsatisfiable());
        // the other paper's classifications agree with the ontology: they oppose the conflict but are not part of it
        assertEquals(Set.of("Exosomes are small extracellular vesicles.",
                        "Most cells secrete exosomes, a subclass of extracellular vesicles (EVs) that carry proteins."),
                c.opposing().stream().map(StoredClaim::sentenceText).collect(Collectors.toSet()));
        var g = result.conflictsGraph();
        var r = g.createResource(c.iri());
        assertTrue(g.contains(r, org.apache.jena.vocabulary.RDF.type, g.createResource(ExoKg.NS + "OntologyConflict")));
        assertTrue(g.contains(r, org.apache.jena.vocabulary.RDF.type, g.createResource(ExoKg.NS + "Conflict")));
        assertEquals(c.opposing().stream().map(StoredClaim::iri).collect(Collectors.toSet()),
                g.listObjectsOfProperty(r, g.createProperty(ExoKg.NS + "opposingClaim")).mapWith(n -> n.asResource().getURI()).toSet());
        String report = ReasoningReport.markdown(result);
        assertTrue(report.contains("Conflict with the ontology"), report);
        assertTrue(report.contains("\"Exosomes are a type of molecule produced by many cells.\""), report);
        assertTrue(report.contains("Claims that agree with the ontology here"), report);
    }

    @Test
    void claimsAboutTheClassAVesicleIsSaidToBeBearOnIt() throws Exception {
        // plant-derived nanovesicles are not exosomes in the ontology; a paper says they are, so what another
        // paper says of exosomes applies to them, and contradicts what the first paper says of them
        ReasoningResult result = reason("kind-chain");

        assertEquals(1, result.conflicts().size(), result.conflicts().toString());
        ConflictExplanation c = result.conflicts().get(0);
        assertEquals(Kind.CONFLICT, c.kind());
        assertFalse(c.withOntology());
        assertEquals(List.of("Exosome hasProperty HighImmunogenicity", "PlantDerivedNanovesicle hasProperty LowImmunogenicity",
                        "PlantDerivedNanovesicle isKindOf Exosome"),
                c.statements().stream().map(ClaimAxioms.Statement::label).toList());
        assertEquals(List.of("hasProperty some HighImmunogenicity DisjointWith hasProperty some LowImmunogenicity"),
                c.ontologyAxioms());
        assertEquals(List.of(), c.opposing());
    }

    @Test
    void rulesRunADocumentAtATimeDeriveWhatOneRunOverTheWholeStoreDerives() throws Exception {
        try (GraphStore store = ReasoningFixtures.build(dir.resolve("batches"), "kinds")) {
            assertTrue(store.documentGraphNames().size() > 1, store.documentGraphNames().toString());
            ReasoningResult whole = new StoreReasoning().reason(store);
            ReasoningResult perDocument = new StoreReasoning().withRuleBatch(1).reason(store);

            assertTrue(whole.ruleTriples() > 0, "the rules derive something from this corpus");
            assertEquals(whole.ruleTriples(), perDocument.ruleTriples());
            // the provenance carries a time stamp: compare everything else
            org.apache.jena.rdf.model.Model a = whole.inferredGraph().difference(perDocument.inferredGraph());
            org.apache.jena.rdf.model.Model b = perDocument.inferredGraph().difference(whole.inferredGraph());
            assertTrue(a.listStatements().toList().stream().allMatch(st -> st.getPredicate().getLocalName().equals("endedAtTime")), a.toString());
            assertTrue(b.listStatements().toList().stream().allMatch(st -> st.getPredicate().getLocalName().equals("endedAtTime")), b.toString());
        }
    }

    @Test
    void reasoningAfterAnIngestSearchesOnlyTheKindsItTouchedAndGivesWhatAFullRunGives() throws Exception {
        Path location = dir.resolve("incremental");
        try (GraphStore store = ReasoningFixtures.build(location, "incremental")) {
            ReasoningResult before = new StoreReasoning().reason(store);
            StoreReasoning.write(store, before);
            assertTrue(java.nio.file.Files.isRegularFile(location.resolve(ConflictCache.FILE_NAME)));
            assertEquals(List.of("Exosome hasProperty HighImmunogenicity / Exosome hasProperty LowImmunogenicity"), labels(before));

            var report = new org.exokg.store.CorpusLoader(store, ReasoningFixtures::extractor, null)
                    .ingest(List.of(org.exokg.TestSupport.resource("reasoning/incremental-new/microvesicles.txt")));
            assertTrue(report.ok(), report.errors().toString());
            ConflictFinder incrementalFinder = new ConflictFinder();
            ReasoningResult incremental = new StoreReasoning(Path.of(ExoKg.RULES_FILE), incrementalFinder).reason(store);
            // the exosome kinds did not change: answered from the cache; the microvesicle kinds were searched
            assertTrue(incrementalFinder.lastKindsReused() > 0, "reused " + incrementalFinder.lastKindsReused());
            assertTrue(incrementalFinder.lastKindsReused() < incrementalFinder.lastKindsTested(),
                    incrementalFinder.lastKindsReused() + " of " + incrementalFinder.lastKindsTested());

            java.nio.file.Files.delete(location.resolve(ConflictCache.FILE_NAME));
            ConflictFinder fullFinder = new ConflictFinder();
            ReasoningResult full = new StoreReasoning(Path.of(ExoKg.RULES_FILE), fullFinder).reason(store);
            assertEquals(0, fullFinder.lastKindsReused());

            assertEquals(List.of("Exosome hasProperty HighImmunogenicity / Exosome hasProperty LowImmunogenicity",
                    "Microvesicle hasProperty HighToxicity / Microvesicle hasProperty LowToxicity"), labels(full));
            assertEquals(labels(full), labels(incremental));
            assertEquals(full.conflicts().stream().map(ConflictExplanation::ontologyAxioms).toList(),
                    incremental.conflicts().stream().map(ConflictExplanation::ontologyAxioms).toList());
            assertTrue(full.conflictsGraph().isIsomorphicWith(incremental.conflictsGraph()),
                    "the conflicts graph after the ingest is the one a full run writes");
        }
    }

    private static List<String> labels(ReasoningResult result) {
        return result.conflicts().stream()
                .map(c -> String.join(" / ", c.statements().stream().map(ClaimAxioms.Statement::label).toList())).sorted().toList();
    }
}
