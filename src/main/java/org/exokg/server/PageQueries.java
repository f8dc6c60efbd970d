package org.exokg.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.exokg.ClasspathText;
import org.exokg.server.ResourceDescriber.Row;

/**
 * The SELECT queries behind the pages for people ({@code org/exokg/server/pages/*.rq}), run over the
 * store with the caller's values bound to the query's {@code $variables} (never pasted into the text),
 * each in one read transaction.
 */
public final class PageQueries {

    private static final String QUERY_DIR = "/org/exokg/server/pages/";

    private final Supplier<DatasetGraph> dataset;
    private final Map<String, Query> queries = new ConcurrentHashMap<>();

    public PageQueries(Supplier<DatasetGraph> dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** Runs {@code name}.rq with nothing bound. */
    public List<Row> select(String name) {
        return select(name, Map.of());
    }

    /** Runs {@code name}.rq with {@code $var} bound to the IRI {@code iri}. */
    public List<Row> select(String name, String var, String iri) {
        return select(name, Map.of(var, ResourceFactory.createResource(iri)));
    }

    /** Runs {@code name}.rq with each {@code $variable} of {@code bindings} bound to its value. */
    public List<Row> select(String name, Map<String, RDFNode> bindings) {
        Dataset ds = DatasetFactory.wrap(dataset.get());
        return Txn.calculateRead(ds, () -> {
            QueryExecutionBuilder b = QueryExecution.dataset(ds).query(query(name));
            bindings.forEach(b::substitution);
            try (QueryExecution qe = b.build()) {
                return Row.all(qe);
            }
        });
    }

    /**
     * The rows with {@code ?qualifierIsSource} and {@code ?qualifierIsKind} added where {@code ?qualifier} is
     * bound ({@code qualifier-reading.rq}, asked once per subject and qualifier: a per-claim EXISTS in the page
     * queries cost more than the rest of them).
     */
    public List<Row> withQualifierReadings(List<Row> rows) {
        Map<String, Row> readings = new HashMap<>();
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            if (!r.has("qualifier") || !r.get("qualifier").isURIResource() || !r.has("subject")) {
                out.add(r);
                continue;
            }
            Row reading = readings.computeIfAbsent(r.text("subject") + " " + r.text("qualifier"), k -> {
                List<Row> found = select("qualifier-reading", Map.of("qualifier", r.get("qualifier"), "subject", r.get("subject")));
                return found.isEmpty() ? new Row(Map.of()) : found.get(0);
            });
            Map<String, RDFNode> values = new LinkedHashMap<>(r.values());
            if (reading.has("isSource")) {
                values.put("qualifierIsSource", reading.get("isSource"));
            }
            if (reading.has("isKind")) {
                values.put("qualifierIsKind", reading.get("isKind"));
            }
            out.add(new Row(values));
        }
        return out;
    }

    private Query query(String name) {
        return queries.computeIfAbsent(name, n -> QueryFactory.create(ClasspathText.read(QUERY_DIR + n + ".rq")));
    }
}
