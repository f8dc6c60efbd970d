package org.exokg.server;

import java.util.ArrayList;
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
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.exokg.ClasspathText;

/**
 * Describes one IRI from the store with the SPARQL queries in {@code org/exokg/server/linkeddata/*.rq}
 * (each query has the IRI bound to {@code $this}). Every call is one read transaction over all named
 * graphs, so a description never mixes two versions of the store.
 */
public final class ResourceDescriber {

    private static final String QUERY_DIR = "/org/exokg/server/linkeddata/";

    /** One row of a SELECT: variable name to value (unbound variables absent). */
    public record Row(Map<String, RDFNode> values) {
        /** Every row of the SELECT {@code qe} runs. */
        public static List<Row> all(QueryExecution qe) {
            List<Row> rows = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, RDFNode> values = new LinkedHashMap<>();
                s.varNames().forEachRemaining(v -> {
                    if (s.get(v) != null) {
                        values.put(v, s.get(v));
                    }
                });
                rows.add(new Row(values));
            }
            return rows;
        }

        public RDFNode get(String var) {
            return values.get(var);
        }

        public String text(String var) {
            RDFNode n = values.get(var);
            if (n == null) {
                return "";
            }
            return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : "";
        }

        public boolean has(String var) {
            return values.containsKey(var);
        }
    }

    private final Supplier<DatasetGraph> dataset;
    private final Map<String, Query> queries = new ConcurrentHashMap<>();

    /** @param dataset the store's dataset, looked up on each request (the server builds it after this) */
    public ResourceDescriber(Supplier<DatasetGraph> dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** Whether the store says anything about {@code iri} (it is the subject of a triple in some graph). */
    public boolean exists(String iri) {
        Dataset ds = ds();
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = exec(ds, "exists", iri)) {
                return qe.execAsk();
            }
        });
    }

    /** The concise bounded description of {@code iri}, from all named graphs. */
    public Model describe(String iri) {
        Dataset ds = ds();
        return Txn.calculateRead(ds, () -> {
            Model m = ModelFactory.createDefaultModel();
            try (QueryExecution qe = exec(ds, "describe", iri)) {
                m.add(qe.execConstruct());
            }
            return m;
        });
    }

    /** Runs the SELECT query {@code name}.rq with {@code $this} = {@code iri}. */
    public List<Row> select(String name, String iri) {
        Dataset ds = ds();
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = exec(ds, name, iri)) {
                return Row.all(qe);
            }
        });
    }

    private Dataset ds() {
        return DatasetFactory.wrap(dataset.get());
    }

    private QueryExecution exec(Dataset ds, String name, String iri) {
        return QueryExecution.dataset(ds).query(query(name))
                .substitution("this", ResourceFactory.createResource(iri)).build();
    }

    /** The parsed query {@code name}.rq (cached). */
    Query query(String name) {
        return queries.computeIfAbsent(name, n -> QueryFactory.create(ClasspathText.read(QUERY_DIR + n + ".rq")));
    }
}
