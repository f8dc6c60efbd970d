package org.exokg.store;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.exokg.ClasspathText;
import org.exokg.ExoKg;

/**
 * The VoID/DCAT description of the ExoKG dataset: a fixed part ({@code void/dataset.ttl}) and what the
 * store holds, computed by the CONSTRUCT queries in {@code org/exokg/store/void/} (named graphs with triple
 * counts, totals, class partitions, vocabularies used, example resources, the SPARQL endpoint).
 */
public final class VoidDescription {
    private VoidDescription() {}

    /** The dataset's IRI. */
    public static final String DATASET = "https://w3id.org/exokg/dataset";

    /** Endpoint written into the stored description (where {@code exokg serve} listens by default). */
    public static final String DEFAULT_ENDPOINT = "http://localhost:3030/exokg/sparql";

    private static final String DIR = "/org/exokg/store/void/";
    private static final List<String> QUERIES = List.of("graphs", "totals", "classes", "vocabularies", "examples",
            "endpoint");
    /** The queries whose answers {@link StoreCounts} reads from a TDB2 store's indexes instead. */
    private static final List<String> COUNTED = List.of("graphs", "totals", "classes", "vocabularies");

    /**
     * Describes the dataset as the store is now (one read transaction). On a TDB2 store the counts (graphs,
     * totals, class partitions, vocabularies) are read from its indexes ({@link StoreCounts}): the same answers
     * as the queries, without decoding every term of every quad.
     */
    public static Model describe(Dataset dataset, String sparqlEndpoint) {
        var tdb = org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph());
        if (tdb == null) {
            return describe(dataset, sparqlEndpoint, QUERIES);
        }
        Model m = describe(dataset, sparqlEndpoint, QUERIES.stream().filter(q -> !COUNTED.contains(q)).toList());
        Txn.executeRead(dataset, () -> StoreCounts.describe(tdb, m, m.createResource(DATASET)));
        return m;
    }

    /** The description computed by the CONSTRUCT queries alone (any dataset; the reference for {@link StoreCounts}). */
    static Model describeWithQueries(Dataset dataset, String sparqlEndpoint) {
        return describe(dataset, sparqlEndpoint, QUERIES);
    }

    private static Model describe(Dataset dataset, String sparqlEndpoint, List<String> queries) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(ClasspathText.read(DIR + "dataset.ttl"), Lang.TURTLE).parse(m);
        QuerySolutionMap bindings = new QuerySolutionMap();
        bindings.add("dataset", ResourceFactory.createResource(DATASET));
        bindings.add("endpoint", ResourceFactory.createResource(sparqlEndpoint));
        Txn.executeRead(dataset, () -> {
            for (String name : queries) {
                try (QueryExecution qe = QueryExecution.dataset(dataset)
                        .query(QueryFactory.create(ClasspathText.read(DIR + name + ".rq"))).substitution(bindings).build()) {
                    m.add(qe.execConstruct());
                }
            }
        });
        return m;
    }

    /** Writes the description into the store's void graph ({@link ExoKg#VOID_GRAPH}). */
    public static Model store(GraphStore store, String sparqlEndpoint) {
        Model description = describe(store.dataset(), sparqlEndpoint);
        store.replaceGraph(ExoKg.VOID_GRAPH, description);
        return description;
    }
}
