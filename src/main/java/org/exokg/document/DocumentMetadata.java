package org.exokg.document;

import java.util.List;

/**
 * Bibliographic facts about a document; any of them may be null (unknown).
 *
 * @param type kind of document as the publisher calls it ("review", "research article", ...)
 * @param language a BCP 47 tag such as "en"
 * @param year the publication year, e.g. "2021"
 */
public record DocumentMetadata(String title, String type, String language, List<String> creators,
        String year, String pmid, String pmcid, String doi) {

    public DocumentMetadata {
        creators = creators == null ? List.of() : List.copyOf(creators);
    }

    public static DocumentMetadata empty() {
        return new DocumentMetadata(null, null, null, List.of(), null, null, null, null);
    }

    public DocumentMetadata withTitle(String newTitle) {
        return new DocumentMetadata(newTitle, type, language, creators, year, pmid, pmcid, doi);
    }
}
