package org.exokg.reasoning;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.exokg.ClasspathText;
import org.exokg.ExoKg;

/** Reads the claims of every document graph of a dataset with the query {@code claims.rq}. */
public final class ClaimReader {

    private static final Query QUERY = QueryFactory.create(ClasspathText.read("/org/exokg/reasoning/claims.rq"));

    private ClaimReader() {}

    /** All claims, ordered by IRI (a read transaction is started if none is active). */
    public static List<StoredClaim> read(Dataset dataset) {
        if (dataset.isInTransaction()) {
            return select(dataset);
        }
        return Txn.calculateRead(dataset, () -> select(dataset));
    }

    private static List<StoredClaim> select(Dataset dataset) {
        List<StoredClaim> claims = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(QUERY).build()) {
            ResultSet rs = qe.execSelect();
            String previous = null;
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                String iri = row.getResource("claim").getURI();
                if (iri.equals(previous)) {
                    continue; // a claim with two sentences or titles: keep the first row
                }
                previous = iri;
                claims.add(new StoredClaim(iri,
                        uri(row, "subject"), uri(row, "predicate"), uri(row, "object"),
                        !(ExoKg.NS + "NegativePolarity").equals(uri(row, "polarity")),
                        row.contains("hedged") && row.getLiteral("hedged").getBoolean(),
                        (ExoKg.NS + "SpecificScope").equals(uri(row, "scope")) || row.contains("qualifier"),
                        uri(row, "qualifier"), uri(row, "document"), text(row, "title"),
                        uri(row, "sentence"), text(row, "text")));
            }
        }
        claims.removeIf(c -> c.subject() == null || c.predicate() == null || c.object() == null);
        return claims;
    }

    private static String uri(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    private static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n != null && n.isLiteral() ? n.asLiteral().getLexicalForm() : null;
    }
}
