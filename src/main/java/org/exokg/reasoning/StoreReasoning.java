package org.exokg.reasoning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.jena.Jena;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.exokg.ExoKg;
import org.exokg.ontology.OntologyException;
import org.exokg.ontology.OntologyLoader;
import org.exokg.rdf.ContentHash;
import org.exokg.store.BuildPhases;
import org.exokg.store.GraphStore;
import static org.exokg.rdf.GraphVocabulary.PROV;
import static org.exokg.rdf.GraphVocabulary.PROV_ACTIVITY;
import static org.exokg.rdf.GraphVocabulary.PROV_SOFTWARE_AGENT;
import static org.exokg.rdf.GraphVocabulary.PROV_USED;
import static org.exokg.rdf.GraphVocabulary.PROV_WAS_ASSOCIATED_WITH;
import static org.exokg.rdf.GraphVocabulary.PROV_WAS_GENERATED_BY;
import org.semanticweb.owlapi.model.OWLOntology;

/**
 * The reasoning stage over a store: HermiT classification of the ontology graph, the Jena rules over the
 * ontology and document graphs, conflicts and corroborations between the claims. {@link #reason} only
 * reads; {@link #write} replaces the inferred and the conflicts graph, each in one write transaction.
 */
public final class StoreReasoning {

    private final Path rulesFile;
    private final ConflictFinder conflictFinder;

    /** @param rulesFile the Jena rules file; if it does not exist, no rules are applied */
    public StoreReasoning(Path rulesFile, ConflictFinder conflictFinder) {
        this.rulesFile = rulesFile;
        this.conflictFinder = conflictFinder;
    }

    public StoreReasoning() {
        this(Path.of(ExoKg.RULES_FILE), new ConflictFinder());
    }

    /** Document graphs given to the rules at a time: memory holds the ontology and this many documents. */
    private int ruleBatch = 200;

    /** The same reasoning with another number of documents per rule batch (for tests). */
    StoreReasoning withRuleBatch(int documents) {
        this.ruleBatch = Math.max(1, documents);
        return this;
    }

    private BuildPhases phases = new BuildPhases();
    private Model ruleTriples;
    private List<StoredClaim> claims;

    /**
     * The rules' triples already derived from the store's documents (by {@link #documentRules} while a build
     * streamed them, less those a document graph states): {@link #reason(GraphStore)} uses them instead of
     * deriving them again.
     */
    public StoreReasoning withRuleTriples(Model derived) {
        this.ruleTriples = derived;
        return this;
    }

    /**
     * The claims of the store's documents already read (by {@link ClaimReader.Tally} while a build streamed them,
     * ordered by IRI): {@link #reason(GraphStore)} uses them instead of reading them from the store. Null: read them.
     */
    public StoreReasoning withClaims(List<StoredClaim> claims) {
        this.claims = claims;
        return this;
    }

    /**
     * The rules as a function from a batch of document graphs (one model, whole documents) to the triples they
     * derive from the {@code ontology} plus the batch that neither holds: what {@link #reason(GraphStore)}
     * computes for each batch of documents before dropping the triples a document graph states. The function adds
     * the ontology to the model it is given. Empty without a rules file or an ontology.
     */
    public java.util.Optional<java.util.function.UnaryOperator<Model>> documentRules(Model ontology) {
        if (!Files.isRegularFile(rulesFile) || ontology.isEmpty()) {
            return java.util.Optional.empty();
        }
        RuleMaterialiser rules = new RuleMaterialiser(rulesFile);
        // the ontology is added to the batch (the function's to change) rather than the batch copied
        return java.util.Optional.of(batch -> rules.derive(batch.add(ontology)));
    }

    /** Times the parts of {@link #reason(GraphStore)} as phases of {@code phases} ({@code exokg build}'s summary). */
    public StoreReasoning withPhases(BuildPhases phases) {
        this.phases = phases;
        return this;
    }

    public ReasoningResult reason(GraphStore store) throws InconsistentOntologyException {
        // the inputs from one read transaction, so that they come from the same state of the store
        Inputs in = Txn.calculateRead(store.dataset(), () -> {
            Model ontologyGraph = store.graph(ExoKg.ONTOLOGY_GRAPH);
            long t = System.nanoTime();
            Model derived = ruleTriples != null ? ruleTriples
                    : phases.time("reasoning: Jena rules", () -> Files.isRegularFile(rulesFile) && !ontologyGraph.isEmpty()
                    ? deriveInBatches(store, ontologyGraph) : ModelFactory.createDefaultModel());
            // the reported values and the ontology, not a copy of the whole store
            Model quantities = phases.time("reasoning: quantities read", () ->
                    ModelFactory.createDefaultModel().add(ontologyGraph).add(QuantityCheck.statements(store.dataset())));
            long ruleMillis = (System.nanoTime() - t) / 1_000_000;
            return new Inputs(ontologyGraph, derived, ruleMillis,
                    claims != null ? claims : phases.time("reasoning: claims read", () -> ClaimReader.read(store.dataset())), quantities);
        });
        if (in.ontologyGraph().isEmpty()) {
            throw new IllegalStateException("the store " + store.location() + " has no ontology graph (run 'exokg build' first)");
        }
        // the conflict search's answers from the last run on this store: only kinds whose statements changed are searched
        Path cacheFile = store.location() == null ? null : store.location().resolve(ConflictCache.FILE_NAME);
        ConflictCache cache = cacheFile == null ? ConflictCache.empty() : ConflictCache.load(cacheFile);
        conflictFinder.withCache(cache);
        long t = System.nanoTime();
        ReasoningResult r = reason(in.ontologyGraph(), in.claims(), in.derived(), in.ruleMillis(), in.quantities());
        phases.add("reasoning: classification, conflicts, corroborations, quantity check", System.nanoTime() - t);
        if (cacheFile != null && Files.isDirectory(store.location())) {
            try {
                cache.save(cacheFile);
            } catch (IOException e) {
                // a cache that could not be saved only means that the next run searches every kind
            }
        }
        return new ReasoningResult(r.ontology(), r.reasoner(), r.inferredGraph(), r.conflictsGraph(), r.claims(), r.statements(),
                r.skippedClaims(), r.ruleTriples(), withEvidence(store, r.conflicts()), r.corroborations(),
                r.classificationMillis(), r.rulesMillis(), r.conflictMillis());
    }

    /** The conflicts with the titles and sentence texts of their claims, read for those claims only. */
    private static List<ConflictExplanation> withEvidence(GraphStore store, List<ConflictExplanation> conflicts) {
        Map<String, StoredClaim> shown = new java.util.LinkedHashMap<>();
        conflicts.forEach(c -> {
            c.claims().forEach(x -> shown.put(x.iri(), x));
            c.opposing().forEach(x -> shown.put(x.iri(), x));
        });
        Map<String, StoredClaim> read = new java.util.HashMap<>();
        ClaimReader.withEvidence(store.dataset(), shown.values()).forEach(x -> read.put(x.iri(), x));
        return conflicts.stream().map(c -> new ConflictExplanation(c.kind(), c.unsatisfiable(), c.statements(), c.exceptional(),
                c.claims().stream().map(x -> read.get(x.iri())).toList(), c.ontologyAxioms(), c.hedged(), c.complete(),
                c.opposing().stream().map(x -> read.get(x.iri())).toList())).toList();
    }

    private record Inputs(Model ontologyGraph, Model derived, long ruleMillis, List<StoredClaim> claims, Model quantities) {}

    /**
     * The rules over the ontology and the document graphs, a batch of documents at a time instead of one copy
     * of the whole store in memory. This gives what one run over everything gives because every rule joins
     * one resource's triples (a claim, a typed node) with the ontology's, never triples of two documents;
     * a derived triple is kept only if neither the ontology nor any document graph states it already.
     */
    private Model deriveInBatches(GraphStore store, Model ontologyGraph) {
        RuleMaterialiser rules = new RuleMaterialiser(rulesFile);
        Model derived = ModelFactory.createDefaultModel();
        List<String> documents = store.documentGraphNames();
        var dsg = store.dataset().asDatasetGraph();
        for (int from = 0; from < documents.size() || from == 0; from += ruleBatch) {
            Model data = ModelFactory.createDefaultModel().add(ontologyGraph);
            for (String g : documents.subList(from, Math.min(documents.size(), from + ruleBatch))) {
                data.add(store.dataset().getNamedModel(g));
            }
            rules.derive(data).listStatements().forEachRemaining(st -> {
                if (!GraphStore.statedInDocument(dsg, st.asTriple())) {
                    derived.add(st);
                }
            });
            if (documents.isEmpty()) {
                break;
            }
        }
        return derived;
    }

    /** Reasoning over an ontology graph, the data the rules see (ontology + documents), and the claims. */
    public ReasoningResult reason(Model ontologyGraph, Model data, List<StoredClaim> claims)
            throws InconsistentOntologyException {
        long t = System.nanoTime();
        Model derived = Files.isRegularFile(rulesFile)
                ? new RuleMaterialiser(rulesFile).derive(data) : ModelFactory.createDefaultModel();
        return reason(ontologyGraph, claims, derived, (System.nanoTime() - t) / 1_000_000, data);
    }

    private ReasoningResult reason(Model ontologyGraph, List<StoredClaim> claims, Model derived, long ruleMillis,
                                   Model quantityData)
            throws InconsistentOntologyException {
        OWLOntology ontology = toOwl(ontologyGraph);
        long t0 = System.nanoTime();
        try (OntologyClassifier classifier = new OntologyClassifier(ontology)) {
            if (!classifier.consistent()) {
                throw new InconsistentOntologyException(classifier.inconsistencyExplanation(Duration.ofSeconds(30)));
            }
            Model classification = classifier.classification();
            long t1 = System.nanoTime();
            long t2 = t1;

            ClaimAxioms axioms = new ClaimAxioms(ontology, classifier.reasoner(), claims);
            List<ConflictExplanation> conflicts = conflictFinder.find(ontology, classifier.reasoner(), axioms);
            List<Corroboration> corroborations = Corroboration.find(claims, 2);
            long t3 = System.nanoTime();

            String activity = activityIri(ontologyGraph, claims);
            Model inferred = ModelFactory.createDefaultModel();
            inferred.setNsPrefix("exokg", ExoKg.NS).setNsPrefix("rdfs", RDFS.uri).setNsPrefix("owl", OWL2.NS)
                    .setNsPrefix("prov", PROV);
            inferred.add(classification).add(derived);
            String reasoner = classifier.reasonerName() + " " + classifier.reasonerVersion();
            addProvenance(inferred, activity, ontologyGraph, classifier);
            Model conflictsGraph = ConflictGraph.build(conflicts, corroborations, activity);
            // values that cannot all hold (issue 13); the word-to-share mapping and size classes are data next to the rules
            Path rulesFolder = rulesFile.toAbsolutePath().getParent();
            conflictsGraph.add(QuantityCheck.graph(QuantityCheck.fromFolder(rulesFolder).find(quantityData), activity));
            return new ReasoningResult(classifier.check(), reasoner, inferred, conflictsGraph, claims.size(),
                    axioms.statements().size(), axioms.skipped(), (int) derived.size(), conflicts, corroborations,
                    (t1 - t0) / 1_000_000, ruleMillis + (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        }
    }

    /** Replaces the inferred graph, then the conflicts graph, each in one write transaction. */
    public static void write(GraphStore store, ReasoningResult result) {
        store.replaceGraph(ExoKg.INFERRED_GRAPH, result.inferredGraph());
        store.replaceGraph(ExoKg.CONFLICTS_GRAPH, result.conflictsGraph());
    }

    /** The graphs to store, keyed by graph IRI (for {@code exokg build}'s inference step). */
    public static Map<String, Model> graphs(ReasoningResult result) {
        return Map.of(ExoKg.INFERRED_GRAPH, result.inferredGraph(), ExoKg.CONFLICTS_GRAPH, result.conflictsGraph());
    }

    /** Same inputs, same activity IRI: only the end time differs between two runs over the same store. */
    private String activityIri(Model ontologyGraph, List<StoredClaim> claims) {
        String rules = "";
        try {
            rules = Files.isRegularFile(rulesFile) ? ContentHash.sha256(Files.readString(rulesFile)) : "";
        } catch (IOException e) {
            // the rules were read already; a file vanishing now only changes the hash input
        }
        String[] parts = new String[claims.size() + 4];
        parts[0] = ExoKg.VERSION;
        parts[1] = String.valueOf(ontologyGraph.size());
        parts[2] = versionIri(ontologyGraph);
        parts[3] = rules;
        for (int i = 0; i < claims.size(); i++) {
            parts[i + 4] = claims.get(i).iri();
        }
        return ExoKg.RESOURCE_NS + "activity/reasoning/" + ContentHash.of(parts);
    }

    private void addProvenance(Model m, String activityIri, Model ontologyGraph, OntologyClassifier classifier) {
        Resource activity = m.createResource(activityIri)
                .addProperty(RDF.type, PROV_ACTIVITY)
                .addProperty(RDFS.label, "ExoKG reasoning: HermiT classification, Jena rules, claim conflicts", "en")
                .addProperty(PROV_USED, m.createResource(versionIri(ontologyGraph)))
                .addProperty(m.createProperty(PROV, "endedAtTime"),
                        m.createTypedLiteral(Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), XSDDatatype.XSDdateTime));
        m.add(m.createResource(ExoKg.INFERRED_GRAPH), PROV_WAS_GENERATED_BY, activity);
        activity.addProperty(PROV_WAS_ASSOCIATED_WITH, agent(m, "hermit", classifier.reasonerName(), classifier.reasonerVersion()));
        activity.addProperty(PROV_WAS_ASSOCIATED_WITH, agent(m, "jena", "Apache Jena GenericRuleReasoner", Jena.VERSION));
        activity.addProperty(PROV_WAS_ASSOCIATED_WITH, agent(m, "exokg", "ExoKG", ExoKg.VERSION));
        if (Files.isRegularFile(rulesFile)) {
            activity.addProperty(RDFS.comment, "Jena rules from " + rulesFile, "en");
        }
    }

    private static Resource agent(Model m, String slug, String label, String version) {
        return m.createResource(ExoKg.RESOURCE_NS + "software/" + slug + "/" + version)
                .addProperty(RDF.type, PROV_SOFTWARE_AGENT)
                .addProperty(RDFS.label, label)
                .addProperty(OWL2.versionInfo, version);
    }

    private static String versionIri(Model ontologyGraph) {
        var it = ontologyGraph.listObjectsOfProperty(OWL2.versionIRI);
        return it.hasNext() ? it.next().asResource().getURI() : ExoKg.ONTOLOGY_IRI;
    }

    static OWLOntology toOwl(Model ontologyGraph) {
        try {
            return OntologyLoader.fromModel(ontologyGraph);
        } catch (OntologyException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
