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
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
