package org.exokg.reasoning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.system.Txn;
import org.exokg.ClasspathText;
import org.exokg.ExoKg;

/**
 * Reads the claims of every document graph of a dataset with the query {@code claims.rq}: what the conflict
 * search needs (terms, polarity, scope, document, sentence), not the texts; {@link #withEvidence} adds the
 * document titles and sentence texts to the few claims a report shows ({@code evidence.rq}).
 */
public final class ClaimReader {

    private static final Query QUERY = QueryFactory.create(ClasspathText.read("/org/exokg/reasoning/claims.rq"));
    private static final Query EVIDENCE = QueryFactory.create(ClasspathText.read("/org/exokg/reasoning/evidence.rq"));

    private ClaimReader() {}

    /** All claims, ordered by IRI (a read transaction is started if none is active). */
    public static List<StoredClaim> read(Dataset dataset) {
        if (dataset.isInTransaction()) {
            return select(dataset);
        }
        return Txn.calculateRead(dataset, () -> select(dataset));
    }

    private static List<StoredClaim> select(Dataset dataset) {
        Tally tally = new Tally();
        tally.add(dataset);
        return tally.claims();
    }

    /**
     * The claims of datasets read one after another (a build's batches of whole document graphs, read while they
     * stream into the store): {@link #claims} gives what {@link #read} gives on a dataset holding all of those
     * graphs, since {@code claims.rq} matches within one graph and a claim is kept by its IRI whatever order its
     * rows come in. Not thread-safe: one thread adds.
     */
    public static final class Tally implements java.util.function.Consumer<Dataset> {
        private final Map<String, StoredClaim> claims = new HashMap<>();
        // the terms, documents and polarities recur in every claim: one string each
        private final Map<String, String> shared = new HashMap<>();

        /** Reads the claims of {@code dataset}'s document graphs (a read transaction is started if none is active). */
        @Override
        public void accept(Dataset dataset) {
            add(dataset);
        }

        public void add(Dataset dataset) {
            if (dataset.isInTransaction()) {
                addRows(dataset);
            } else {
                Txn.executeRead(dataset, () -> addRows(dataset));
            }
        }

        private void addRows(Dataset dataset) {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(QUERY).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    String iri = row.getResource("claim").getURI();
                    String sentence = uri(row, "sentence", shared);
                    StoredClaim before = claims.get(iri);
                    if (before != null && (sentence == null || before.sentence() != null && before.sentence().compareTo(sentence) <= 0)) {
                        continue; // a claim with two sentences: keep the first sentence IRI, whatever order the store gives
                    }
                    claims.put(iri, new StoredClaim(iri,
                            uri(row, "subject", shared), uri(row, "predicate", shared), uri(row, "object", shared),
                            !(ExoKg.NS + "NegativePolarity").equals(uri(row, "polarity", shared)),
                            row.contains("hedged") && row.getLiteral("hedged").getBoolean(),
                            (ExoKg.NS + "SpecificScope").equals(uri(row, "scope", shared)) || row.contains("qualifier"),
                            uri(row, "qualifier", shared), uri(row, "document", shared), null,
                            sentence, null));
                }
            }
        }

        /** Every claim read so far with its subject, relation and object, ordered by IRI. */
        public List<StoredClaim> claims() {
            List<StoredClaim> out = new ArrayList<>(claims.values());
            out.removeIf(c -> c.subject() == null || c.predicate() == null || c.object() == null);
            out.sort(Comparator.comparing(StoredClaim::iri));
            return out;
        }
    }

    /**
     * The same claims with their document's title and their sentence's text, read for these claims only (a
     * read transaction is started if none is active).
     */
    public static List<StoredClaim> withEvidence(Dataset dataset, Collection<StoredClaim> claims) {
        if (claims.isEmpty()) {
            return List.of();
        }
        Map<String, String[]> evidence = dataset.isInTransaction() ? evidence(dataset, claims)
                : Txn.calculateRead(dataset, () -> evidence(dataset, claims));
        List<StoredClaim> out = new ArrayList<>();
        for (StoredClaim c : claims) {
            String[] e = evidence.get(c.iri() + "\u001f" + (c.sentence() == null ? "" : c.sentence()));
            out.add(e == null ? c : new StoredClaim(c.iri(), c.subject(), c.predicate(), c.object(), c.positive(), c.hedged(),
                    c.specific(), c.qualifier(), c.document(), e[0], c.sentence(), e[1]));
        }
        return out;
    }

    private static Map<String, String[]> evidence(Dataset dataset, Collection<StoredClaim> claims) {
        Var claim = Var.alloc("claim");
        List<Binding> rows = new TreeSet<>(claims.stream().map(StoredClaim::iri).toList()).stream()
                .map(iri -> BindingFactory.binding(claim, ResourceFactory.createResource(iri).asNode())).toList();
        Map<String, String[]> found = new LinkedHashMap<>();
        Query query = EVIDENCE.cloneQuery();
        query.setValuesDataBlock(List.of(claim), rows);
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                String key = row.getResource("claim").getURI() + "\u001f" + (row.contains("sentence") ? row.getResource("sentence").getURI() : "");
                String title = text(row, "title");
                String text = text(row, "text");
                found.merge(key, new String[] {title, text}, (a, b) -> new String[] {min(a[0], b[0]), min(a[1], b[1])});
            }
        }
        return found;
    }

    private static String min(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }

    private static String uri(QuerySolution row, String var, Map<String, String> shared) {
        RDFNode n = row.get(var);
        return n != null && n.isURIResource() ? shared.computeIfAbsent(n.asResource().getURI(), k -> k) : null;
    }

    private static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n != null && n.isLiteral() ? n.asLiteral().getLexicalForm() : null;
    }
}
