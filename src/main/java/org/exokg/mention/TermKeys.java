package org.exokg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tokens and matching keys shared by the lexicon and the recogniser, so that labels and text
 * are normalised the same way.
 *
 * <p>A term's key is the concatenation of its tokens' keys with no separator: "blood-brain
 * barrier", "blood brain barrier" and "bloodbrain barrier" meet, as do "bio-compatibility" and
 * "biocompatibility" and "freeze–thaw". Word boundaries are enforced afterwards (a match must
 * start and end on token boundaries). A token's key is:
 * <ul>
 *   <li>for abbreviation-like tokens (two or more capitals: "EV", "CSF", "miRNA", "CD63"): the
 *       token itself, case kept, without a plural "s" ("EVs", "DCs") — abbreviations are case
 *       sensitive;</li>
 *   <li>otherwise lower case with a crude stem that maps singular and plural to the same key
 *       (vesicle/vesicles, body/bodies, disease/diseases, process/processes) and British to
 *       American spelling (tumour/tumor, -isation/-ization).</li>
 * </ul>
 */
public final class TermKeys {

    private TermKeys() {}

    /** A run of letters and digits; a possessive "'s" after it is not part of it. */
    public record Token(int start, int end, String text) {}

    public static List<Token> tokenize(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        int i = start;
        while (i < end) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            tokens.add(new Token(s, i, text.substring(s, i)));
            // skip a possessive 's / ’s
            if (i + 1 < end && (text.charAt(i) == '\'' || text.charAt(i) == '’') && text.charAt(i + 1) == 's'
                    && (i + 2 >= end || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                i += 2;
            }
        }
        return tokens;
    }

    public static boolean isAbbreviationLike(String token) {
        int upper = 0;
        boolean lowerOrDigit = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c) || Character.isDigit(c)) {
                lowerOrDigit = true;
            }
        }
        // "EXOSOMES" in an all-caps heading is a word, not an abbreviation.
        return upper >= 2 && (lowerOrDigit || token.length() <= 5);
    }

    public static String key(String token) {
        if (isAbbreviationLike(token)) {
            int n = token.length();
            if (n >= 3 && token.charAt(n - 1) == 's' && Character.isUpperCase(token.charAt(n - 2))) {
                return token.substring(0, n - 1);
            }
            return token;
        }
        return fold(token);
    }

    /** Lower case, plural and spelling variants folded. Applied to labels and text alike. */
    static String fold(String token) {
        String w = token.toLowerCase(Locale.ROOT);
        if (w.length() >= 4) {
            if (w.endsWith("ies")) {
                w = w.substring(0, w.length() - 3) + "i";
            } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
                w = w.substring(0, w.length() - 1);
            }
        }
        if (w.length() >= 7 && w.endsWith("isation")) {
            w = w.substring(0, w.length() - 7) + "ization";
        } else if (w.length() >= 6 && w.endsWith("ise")) {
            w = w.substring(0, w.length() - 3) + "ize";
        } else if (w.length() >= 5 && w.endsWith("our")) {
            w = w.substring(0, w.length() - 3) + "or";
        }
        if (w.length() >= 4 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() >= 3 && w.endsWith("y")) {
            w = w.substring(0, w.length() - 1) + "i";
        }
        return w;
    }

    /** The key of a whole label, or null if it has no token. */
    public static String labelKey(String label) {
        StringBuilder key = new StringBuilder();
        for (Token t : tokenize(label, 0, label.length())) {
            key.append(key(t.text()));
        }
        return key.length() == 0 ? null : key.toString();
    }

    /**
     * Whether two adjacent tokens may belong to one term: only spaces, hyphens, dashes, a slash
     * or a possessive between them — not a comma, a full stop or a bracket.
     */
    public static boolean joinable(String text, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        int newlines = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                newlines++;
            } else if (!(c == ' ' || c == '\t' || c == '\r' || c == '\u00A0' || c == '-' || c == '‐' || c == '‑'
                    || c == '‒' || c == '–' || c == '—' || c == '−' || c == '/' || c == '\'' || c == '’' || c == 's' && i > from)) {
                return false;
            }
        }
        return newlines <= 1;
    }
}
