package org.exokg.reasoning;

/**
 * A claim as stored in a document graph (docs/graph-model.md): subject, relation and object are ontology
 * IRIs; {@code qualifier} narrows the subject of a specific-scope claim (e.g. milk for milk-derived exosomes).
 */
public record StoredClaim(String iri, String subject, String predicate, String object, boolean positive,
                          boolean hedged, boolean specific, String qualifier, String document,
                          String documentTitle, String sentence, String sentenceText) {

    /** What makes two claims "the same claim": the statement, not the wording or the document. */
    public String statementKey() {
        return String.join("\u001f", subject, predicate, object, positive ? "+" : "-",
                specific ? "specific" : "general", qualifier == null ? "" : qualifier);
    }
}
