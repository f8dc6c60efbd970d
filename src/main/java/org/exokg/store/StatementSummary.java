package org.exokg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.exokg.ClasspathText;
import org.exokg.ExoKg;

/**
 * The statements graph: what the library's questions about statements need, counted once at build time
 * instead of on every query. A distinct statement (subject, relation, object, polarity) made by one or more
 * claims is an {@code exokg:ClaimedStatement} with its numbers of claims, of documents and of hedged claims,
 * and one example claim (of the first document by IRI, its first claim by IRI) and one example hedged claim; every
 * document gets its numbers of claims and of hedged claims. A claim read from a Methods section
 * ({@code exokg:methodsStatement true}) reports what a study did, not a finding: it counts for its document only,
 * never for a statement, relation, source, study setting or loading technique. Every relation gets an {@code exokg:RelationSummary}
 * and every object of a positive {@code derivedFrom} claim an {@code exokg:VesicleSourceSummary}, with their
 * distinct documents and sentences, which cannot be summed from the statements' counts (documents overlap).
 * Three more groupings answer the library's questions that would otherwise list one row per claim or reported
 * value (issue 16): an {@code exokg:QuantityReportSummary} per distinct reported value (quantity statements that
 * agree on everything but their sentence), an {@code exokg:StudySettingSummary} per statement made in one study
 * setting other than a review, and an {@code exokg:LoadingTechniqueSummary} per loading technique and cargo named
 * in the same sentence; each with its counts and one example, from which a query reads the values it shows.
 * Computed from the document graphs alone (one
 * streamed pass over the claims, and one each over the quantity statements, the claims with a study setting and
 * the loading claims), so it is refreshed wherever VoID is: after {@code build} and {@code ingest}.
 * See docs/graph-model.md.
 */
public final class StatementSummary {
    private StatementSummary() {}

    static final Resource CLAIMED_STATEMENT = term("ClaimedStatement");
    static final Property POLARITY = prop("polarity");
    static final Property CLAIM_COUNT = prop("claimCount");
    static final Property DOCUMENT_COUNT = prop("documentCount");
    static final Property HEDGED_CLAIM_COUNT = prop("hedgedClaimCount");
    static final Property EXAMPLE_CLAIM = prop("exampleClaim");
    static final Property EXAMPLE_HEDGED_CLAIM = prop("exampleHedgedClaim");
    static final Resource RELATION_SUMMARY = term("RelationSummary");
    static final Resource VESICLE_SOURCE_SUMMARY = term("VesicleSourceSummary");
    static final Property SUMMARISED_RELATION = prop("summarisedRelation");
    static final Property SUMMARISED_SOURCE = prop("summarisedSource");
    static final Property DISTINCT_SENTENCE_COUNT = prop("distinctSentenceCount");
    static final Resource QUANTITY_REPORT_SUMMARY = term("QuantityReportSummary");
    static final Resource STUDY_SETTING_SUMMARY = term("StudySettingSummary");
    static final Resource LOADING_TECHNIQUE_SUMMARY = term("LoadingTechniqueSummary");
    static final Property SUMMARISED_PROPERTY = prop("summarisedProperty");
    static final Property SUMMARISED_TECHNIQUE = prop("summarisedTechnique");
    static final Property SUMMARISED_CARGO = prop("summarisedCargo");
    static final Property QUANTITY_STATEMENT_COUNT = prop("quantityStatementCount");
    static final Property EXAMPLE_QUANTITY_STATEMENT = prop("exampleQuantityStatement");
    static final Resource DERIVED_FROM = term("derivedFrom");
    static final Resource POSITIVE = term("PositivePolarity");

    private static final String CLAIMS = "/org/exokg/store/summary-claims.rq";
    private static final String QUANTITIES = "/org/exokg/store/summary-quantities.rq";
    private static final String STUDY_SETTINGS = "/org/exokg/store/summary-study-settings.rq";
    private static final String LOADINGS = "/org/exokg/store/summary-loadings.rq";
    private static final String DOCUMENTS = "/org/exokg/store/summary-documents.rq";

    /** Counts of one statement while the claims stream by. */
    private static final class Counts {
        long claims;
        long hedged;
        final Set<RDFNode> documents = new HashSet<>();
        String example;
        String exampleHedged;

        /** Is (document, claim) before the example's? The first document by IRI, then its first claim by IRI. */
        static boolean before(String document, String claim, String example, String exampleDocument) {
            int byDocument = document.compareTo(exampleDocument);
            return byDocument < 0 || byDocument == 0 && claim.compareTo(example) < 0;
        }

        String exampleDocument;
        String exampleHedgedDocument;
    }

    /** Claims, distinct documents and distinct sentences of a relation or of a vesicle source. */
    private static final class Distinct {
        long claims;
        final Set<RDFNode> documents = new HashSet<>();
        final Set<RDFNode> sentences = new HashSet<>();

        void add(RDFNode document, RDFNode sentence) {
            claims++;
            documents.add(document);
            if (sentence != null) {
                sentences.add(sentence);
            }
        }
    }

    /**
     * Items (quantity statements, claims) grouped by every value a library query shows of them: how many, from how
     * many documents and sentences, and one example (of the first document by IRI, its first item by IRI), from
     * which the query reads the shown values (they are the same for every item of the group).
     */
    private static final class Group {
        long items;
        final Set<RDFNode> documents = new HashSet<>();
        final Set<RDFNode> sentences = new HashSet<>();
        String example;
        String exampleDocument;

        void add(String item, RDFNode document, RDFNode sentence) {
            items++;
            documents.add(document);
            if (sentence != null) {
                sentences.add(sentence);
            }
            String doc = document.isURIResource() ? document.asResource().getURI() : document.toString();
            if (example == null || Counts.before(doc, item, example, exampleDocument)) {
                example = item;
                exampleDocument = doc;
            }
        }
    }

    /** Streams {@code queryFile} (rows with ?item, ?document, ?sentence and the key variables) into {@code groups} by key. */
    private static void grouped(Dataset dataset, String queryFile, List<String> key, Map<List<RDFNode>, Group> groups) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(QueryFactory.create(ClasspathText.read(queryFile))).build()) {
            ResultSet rows = qe.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                List<RDFNode> values = new ArrayList<>(key.size());
                key.forEach(k -> values.add(row.get(k))); // an unbound value is null, and part of the key
                groups.computeIfAbsent(Collections.unmodifiableList(values), k -> new Group())
                        .add(row.getResource("item").getURI(), row.get("document"), row.get("sentence"));
            }
        }
    }

    /** The summary of the store as it is now (one read transaction). */
    public static Model describe(Dataset dataset) {
        Tally tally = new Tally();
        tally.add(dataset);
        return tally.summary();
    }

    /**
     * The summary of datasets read one after another (a build's batches of whole document graphs, read while they
     * stream into the store): {@link #summary} is what {@link #describe} gives on a dataset holding all of their
     * graphs, since every query matches within one graph and every figure is a count, a set or the first example
     * by IRI, whatever order the rows come in. Not thread-safe: one thread adds.
     */
    public static final class Tally implements CorpusLoader.StreamedGraph {
        private final Map<List<RDFNode>, Counts> statements = new HashMap<>();
        private final Map<RDFNode, long[]> documents = new HashMap<>();
        private final Map<RDFNode, Distinct> relations = new HashMap<>();
        private final Map<RDFNode, Distinct> sources = new HashMap<>();
        private final Map<String, Map<List<RDFNode>, Group>> groupings = new HashMap<>(Map.of(
                QUANTITY_KEY, new HashMap<>(), STUDY_SETTING_KEY, new HashMap<>(), LOADING_KEY, new HashMap<>()));

        @Override
        public void accept(Dataset dataset) {
            add(dataset);
        }

        /** Adds the document graphs of {@code dataset} (one read transaction). */
        public void add(Dataset dataset) {
            Txn.executeRead(dataset, () -> addRows(dataset));
        }

        private void addRows(Dataset dataset) {
            grouped(dataset, QUANTITIES, QUANTITY_KEY_VARS, groupings.get(QUANTITY_KEY));
            grouped(dataset, STUDY_SETTINGS, STUDY_SETTING_KEY_VARS, groupings.get(STUDY_SETTING_KEY));
            grouped(dataset, LOADINGS, LOADING_KEY_VARS, groupings.get(LOADING_KEY));
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(QueryFactory.create(ClasspathText.read(DOCUMENTS))).build()) {
                // a document may already have counts (its claims came first in another dataset): keep them
                qe.execSelect().forEachRemaining(row -> documents.computeIfAbsent(row.get("document"), d -> new long[2]));
            }
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(QueryFactory.create(ClasspathText.read(CLAIMS))).build()) {
                ResultSet rows = qe.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    List<RDFNode> key = List.of(row.get("subject"), row.get("predicate"), row.get("object"), row.get("polarity"));
                    String claim = row.getResource("claim").getURI();
                    RDFNode document = row.get("document");
                    String doc = document.isURIResource() ? document.asResource().getURI() : document.toString();
                    boolean hedged = row.contains("hedged") && row.get("hedged").isLiteral() && row.getLiteral("hedged").getBoolean();
                    long[] ofDocument = documents.computeIfAbsent(document, d -> new long[2]);
                    ofDocument[0]++;
                    if (hedged) {
                        ofDocument[1]++;
                    }
                    if (row.contains("methods") && row.get("methods").isLiteral() && row.getLiteral("methods").getBoolean()) {
                        continue; // a Methods statement: the document has it, but no finding is counted
                    }
                    Counts c = statements.computeIfAbsent(key, k -> new Counts());
                    RDFNode sentence = row.get("sentence");
                    relations.computeIfAbsent(row.get("predicate"), r -> new Distinct()).add(document, sentence);
                    if (DERIVED_FROM.equals(row.get("predicate")) && POSITIVE.equals(row.get("polarity"))) {
                        sources.computeIfAbsent(row.get("object"), o -> new Distinct()).add(document, sentence);
                    }
                    c.claims++;
                    c.documents.add(document);
                    if (c.example == null || Counts.before(doc, claim, c.example, c.exampleDocument)) {
                        c.example = claim;
                        c.exampleDocument = doc;
                    }
                    if (hedged) {
                        c.hedged++;
                        if (c.exampleHedged == null || Counts.before(doc, claim, c.exampleHedged, c.exampleHedgedDocument)) {
                            c.exampleHedged = claim;
                            c.exampleHedgedDocument = doc;
                        }
                    }
                }
            }
        }

        @Override
        public Model graph() {
            return summary();
        }

        /** The statements graph of everything added so far. */
        public Model summary() {
            Model m = ModelFactory.createDefaultModel();
            m.setNsPrefix("exokg", ExoKg.NS);
            statements.forEach((key, c) -> {
                Resource s = m.createResource(statementIri(key), CLAIMED_STATEMENT)
                        .addProperty(RDF.subject, key.get(0)).addProperty(RDF.predicate, key.get(1))
                        .addProperty(RDF.object, key.get(2)).addProperty(POLARITY, key.get(3))
                        .addLiteral(CLAIM_COUNT, integer(m, c.claims))
                        .addLiteral(DOCUMENT_COUNT, integer(m, c.documents.size()))
                        .addLiteral(HEDGED_CLAIM_COUNT, integer(m, c.hedged))
                        .addProperty(EXAMPLE_CLAIM, m.createResource(c.example));
                if (c.exampleHedged != null) {
                    s.addProperty(EXAMPLE_HEDGED_CLAIM, m.createResource(c.exampleHedged));
                }
            });
            documents.forEach((document, counts) -> m.add(document.asResource(), CLAIM_COUNT, integer(m, counts[0]))
                    .add(document.asResource(), HEDGED_CLAIM_COUNT, integer(m, counts[1])));
            relations.forEach((relation, d) -> distinct(m, summaryIri("relation", relation), RELATION_SUMMARY, SUMMARISED_RELATION, relation, d));
            sources.forEach((source, d) -> distinct(m, summaryIri("vesicle-source", source), VESICLE_SOURCE_SUMMARY, SUMMARISED_SOURCE, source, d));
            groupings.get(QUANTITY_KEY).forEach((key, g) -> m.createResource(digestIri("summary/" + QUANTITY_KEY + "/", key), QUANTITY_REPORT_SUMMARY)
                    .addProperty(SUMMARISED_PROPERTY, key.get(0))
                    .addLiteral(QUANTITY_STATEMENT_COUNT, integer(m, g.items))
                    .addLiteral(DOCUMENT_COUNT, integer(m, g.documents.size()))
                    .addProperty(EXAMPLE_QUANTITY_STATEMENT, m.createResource(g.example)));
            groupings.get(STUDY_SETTING_KEY).forEach((key, g) -> m.createResource(digestIri("summary/" + STUDY_SETTING_KEY + "/", key), STUDY_SETTING_SUMMARY)
                    .addLiteral(CLAIM_COUNT, integer(m, g.items))
                    .addLiteral(DOCUMENT_COUNT, integer(m, g.documents.size()))
                    .addProperty(EXAMPLE_CLAIM, m.createResource(g.example)));
            groupings.get(LOADING_KEY).forEach((key, g) -> {
                Resource r = m.createResource(digestIri("summary/" + LOADING_KEY + "/", key), LOADING_TECHNIQUE_SUMMARY)
                        .addProperty(SUMMARISED_TECHNIQUE, key.get(0))
                        .addLiteral(DISTINCT_SENTENCE_COUNT, integer(m, g.sentences.size()))
                        .addLiteral(DOCUMENT_COUNT, integer(m, g.documents.size()))
                        .addProperty(EXAMPLE_CLAIM, m.createResource(g.example));
                if (key.get(1) != null) {
                    r.addProperty(SUMMARISED_CARGO, key.get(1));
                }
            });
            return m;
        }
    }

    // what each grouping's rows are grouped by (the columns of its query), and a name for it
    private static final List<String> QUANTITY_KEY_VARS = List.of("property", "kind", "qualifier", "object", "written", "low", "high",
            "words", "hedged", "stage");
    private static final List<String> STUDY_SETTING_KEY_VARS = List.of("stage", "phase", "registry", "species", "subject", "predicate",
            "object", "polarity");
    private static final List<String> LOADING_KEY_VARS = List.of("technique", "cargo");
    private static final String QUANTITY_KEY = "quantity-report";
    private static final String STUDY_SETTING_KEY = "study-setting";
    private static final String LOADING_KEY = "loading";

    /** Writes the summary into the store's statements graph ({@link ExoKg#STATEMENTS_GRAPH}); returns it. */
    public static Model store(GraphStore store) {
        Model summary = describe(store.dataset());
        store.replaceGraph(ExoKg.STATEMENTS_GRAPH, summary);
        return summary;
    }

    private static void distinct(Model m, String iri, Resource type, Property summarised, RDFNode of, Distinct d) {
        m.createResource(iri, type).addProperty(summarised, of)
                .addLiteral(CLAIM_COUNT, integer(m, d.claims))
                .addLiteral(DOCUMENT_COUNT, integer(m, d.documents.size()))
                .addLiteral(DISTINCT_SENTENCE_COUNT, integer(m, d.sentences.size()));
    }

    /** The summary of one relation or source: {@code summary/{kind}/{digest of its term}}, the same in every build. */
    static String summaryIri(String kind, RDFNode of) {
        return digestIri("summary/" + kind + "/", List.of(of));
    }

    /** The same statement gets the same IRI in every build: a digest of its four terms. */
    static String statementIri(List<RDFNode> key) {
        return digestIri("statement/", key);
    }

    private static String digestIri(String path, List<RDFNode> key) {
        StringBuilder text = new StringBuilder();
        for (RDFNode n : key) {
            text.append(n == null ? "" : n.isURIResource() ? n.asResource().getURI() : n.toString()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(ExoKg.RESOURCE_NS).append(path);
            for (int i = 0; i < 12; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Resource term(String local) {
        return ModelFactory.createDefaultModel().createResource(ExoKg.NS + local);
    }

    private static Property prop(String local) {
        return ModelFactory.createDefaultModel().createProperty(ExoKg.NS + local);
    }
}
