package org.exokg.document;

/**
 * The hyphen-like characters a text may write where ASCII text writes "-", read alike (issue 15, branch hyphens):
 * the hyphen U+2010, the non-breaking hyphen U+2011, the small and fullwidth hyphen-minus U+FE63 and U+FF0D always;
 * the figure dash U+2012 and the minus sign U+2212 only inside a word ("blood−brain", "gem‒OM"), where they stand for
 * a hyphen (elsewhere "−24 mV" is a minus sign). The en dash U+2013 is not a hyphen: it joins ranges ("2–4") and
 * pairs ("EV–liposome") and the rules spell it where they mean it. The soft hyphen U+00AD is left: it marks a break
 * inside one word, which a same-length text cannot remove.
 *
 * <p>{@link #asAscii(String)} keeps the text's length, so every offset read in the result points at the same place of
 * the original text (evidence offsets and quotes stay those of the document).
 */
public final class HyphenCharacters {

    private HyphenCharacters() {
    }

    /** A regular-expression class body of every hyphen the readers accept, for patterns that read original text. */
    public static final String CLASS_BODY = "\\-\\u2010\\u2011\\u2012\\uFE63\\uFF0D";

    /** A hyphen in any of its spellings, everywhere. */
    public static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\uFE63' || c == '\uFF0D';
    }

    /** A character that stands for a hyphen only between two letters or digits. */
    private static boolean isHyphenInsideWord(char c) {
        return c == '\u2012' || c == '\u2212';
    }

    /**
     * The text with every hyphen spelled "-" (see the class comment); the same length. The text itself (same object)
     * when it holds none, the common case.
     */
    public static String asAscii(String text) {
        char[] chars = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                continue;
            }
            boolean hyphen = isHyphen(c) || isHyphenInsideWord(c) && i > 0 && i + 1 < n
                    && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
            if (hyphen) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = '-';
            }
        }
        return chars == null ? text : new String(chars);
    }
}
