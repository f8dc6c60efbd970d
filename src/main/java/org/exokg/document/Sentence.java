package org.exokg.document;

import java.util.List;

/**
 * A sentence of a document: {@code document.text().substring(start, end).equals(text)}.
 *
 * @param section title of the enclosing section, or null
 * @param referenceNumbers the references its citation markers cite, ascending
 */
public record Sentence(int start, int end, String text, String section, List<Integer> referenceNumbers) {

    public Sentence {
        referenceNumbers = List.copyOf(referenceNumbers);
    }

    /** The text with runs of white space made single spaces: two occurrences of a sentence compare equal. */
    public String normalizedText() {
        return normalize(text);
    }

    public static String normalize(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
