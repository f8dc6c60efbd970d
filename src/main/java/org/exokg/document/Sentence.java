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
        if (isNormal(s)) {
            return s; // the common case, without copying
        }
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

    /** No white space but single ASCII spaces between other characters: normalize would return the same text. */
    private static boolean isNormal(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || s.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }
}
