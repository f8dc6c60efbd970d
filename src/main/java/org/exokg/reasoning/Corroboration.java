package org.exokg.reasoning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exokg.ExoKg;
import org.exokg.rdf.ContentHash;

/**
 * The same claim (subject, relation, object, polarity and scope) made by several independent documents.
 * Documents are independent when they are different documents: the repeated text of one document is one
 * sentence (and so one claim) already, and two claims of one document count once.
 */
public record Corroboration(StoredClaim example, List<String> documents, List<StoredClaim> claims) {

    public int supportingDocumentCount() {
        return documents.size();
    }

    /** True when every claim making it is hedged. */
    public boolean hedged() {
        return claims.stream().allMatch(StoredClaim::hedged);
    }

    public String iri() {
        return ExoKg.RESOURCE_NS + "corroboration/" + ContentHash.of(example.statementKey());
    }

    /** Statements made by at least {@code minDocuments} different documents, most supported first. */
    public static List<Corroboration> find(List<StoredClaim> claims, int minDocuments) {
        Map<String, List<StoredClaim>> byStatement = new LinkedHashMap<>();
        for (StoredClaim c : claims) {
            byStatement.computeIfAbsent(c.statementKey(), k -> new ArrayList<>()).add(c);
        }
        List<Corroboration> result = new ArrayList<>();
        for (List<StoredClaim> group : byStatement.values()) {
            List<String> documents = group.stream().map(StoredClaim::document).distinct().sorted().toList();
            if (documents.size() >= minDocuments) {
                List<StoredClaim> sorted = group.stream().sorted(Comparator.comparing(StoredClaim::iri)).toList();
                result.add(new Corroboration(sorted.get(0), documents, sorted));
            }
        }
        result.sort(Comparator.comparing(Corroboration::supportingDocumentCount).reversed()
                .thenComparing(c -> c.example().statementKey()));
        return result;
    }
}
