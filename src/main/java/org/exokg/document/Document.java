package org.exokg.document;

import java.nio.file.Path;
import java.util.List;

/**
 * One document as a reader produced it: its text (the thing offsets index into), its sections
 * and paragraphs, its reference list and the citation markers a reader located in the text.
 *
 * @param id stable slug (docs/graph-model.md): pmid-…, pmc-…, else the file name
 * @param citations citation markers the reader found structurally (JATS xref); bracketed
 *     markers such as "[12]" in the text are found later by {@link CitationMarkers}
 */
public record Document(String id, DocumentFormat format, Path file, String text,
        DocumentMetadata metadata, List<Section> sections, List<Reference> references,
        List<Citation> citations) {

    public Document {
        sections = List.copyOf(sections);
        references = List.copyOf(references);
        citations = List.copyOf(citations);
    }
}
