package org.exokg.claim;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * (branch enginespeed4, issue 16) A document's text lower-cased once per thread, so that the words between two
 * mentions, or from the sentence start to a mention, are searched in lower case without a copy per mention: a copy per
 * mention over a stretch of the sentence grows with mentions times length. A piece of the whole text lower-cased is the
 * piece lower-cased alone (what the callers did before) unless the text holds a capital sigma (its small form depends
 * on the letters around it), a surrogate (a character outside the basic plane, which a piece's edge could cut in two) or
 * a character whose small form is longer (the dotted capital I); for such a text every piece is lower-cased alone, as
 * before.
 */
final class LowerCaseText {

    /** The last text lower-cased on this thread and its lower case (null: pieces are lower-cased alone). */
    private static final ThreadLocal<String[]> LAST = new ThreadLocal<>();

    private LowerCaseText() {}

    /** The text lower-cased whole, or null when its pieces must be lower-cased alone (see the class comment). */
    static String of(String text) {
        String[] cached = LAST.get();
        if (cached != null && cached[0] == text) {
            return cached[1];
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean piecewise = lower.length() == text.length();
        for (int i = 0; piecewise && i < text.length(); i++) {
            char c = text.charAt(i);
            piecewise = c != '\u03A3' && !Character.isSurrogate(c);
        }
        LAST.set(new String[] {text, piecewise ? lower : null});
        return piecewise ? lower : null;
    }

    /** {@code text.substring(from, to).toLowerCase(Locale.ROOT)}. */
    static String substring(String text, int from, int to) {
        String lower = of(text);
        return lower != null ? lower.substring(from, to) : text.substring(from, to).toLowerCase(Locale.ROOT);
    }

    /**
     * A matcher of {@code pattern} over {@code text.substring(from, to).toLowerCase(Locale.ROOT)}, for its yes-or-no
     * answers ({@code matches}, {@code lookingAt}, {@code find}; its positions are the text's when it is a region): a
     * region of the lower-cased text, its bounds opaque and anchoring (the defaults), so that {@code \A}, {@code \z},
     * {@code ^}, {@code $}, {@code \b} and lookarounds see what they see in the copy.
     */
    static Matcher matcher(Pattern pattern, String text, int from, int to) {
        String lower = of(text);
        return lower != null && 0 <= from && from <= to && to <= text.length() ? pattern.matcher(lower).region(from, to)
                : pattern.matcher(text.substring(from, to).toLowerCase(Locale.ROOT));
    }
}
