package org.exokg.document;

import java.util.List;

/**
 * A titled part of a document and its paragraphs (spans of the document text that hold
 * running prose). The title is null when the text before the first heading has none.
 */
public record Section(String title, List<TextSpan> paragraphs) {
    public Section {
        paragraphs = List.copyOf(paragraphs);
    }
}
