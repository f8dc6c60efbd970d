package org.exokg.mention;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Pattern#compile} for the expressions the readers keep in constants and search over every sentence: the same
 * expression, rewritten as {@link LeadingLookarounds#guarded} rewrites the rule files' expressions (its rest tested first
 * when it opens with lookarounds, the characters its matches can open with tested first when it opens with a word
 * boundary or lookaround, {@link OpeningCharacters}). Every match, group and region behaves as the written expression's;
 * {@code find} turns most positions away with one character test instead of a word boundary's two Unicode category
 * look-ups or a lookbehind (branch enginespeed2: constants that open with {@code \b} were a third of extraction's samples).
 * An expression neither rewrite follows is compiled as written.
 */
public final class GuardedPattern {

    private GuardedPattern() {}

    /** The expression compiled, rewritten where a rewrite applies. */
    public static Pattern compile(String regex) {
        return compile(regex, 0);
    }

    /** The expression compiled with {@code flags}, rewritten where a rewrite applies. */
    public static Pattern compile(String regex, int flags) {
        String guarded = LeadingLookarounds.guardedExpression(regex, flags);
        String written = guarded != null ? guarded : regex;
        // inline flags that open the expression apply to all of it: they stay first, the openings read after them
        Matcher inline = INLINE_FLAGS.matcher(written);
        String prefix = inline.lookingAt() ? inline.group() : "";
        String opened = OpeningCharacters.guardedExpression(written.substring(prefix.length()),
                prefix.indexOf('x') >= 0 ? flags | Pattern.COMMENTS : flags);
        if (opened != null) {
            guarded = prefix + opened;
        }
        return Pattern.compile(guarded != null ? guarded : regex, flags);
    }

    /** Inline flags opening an expression, "(?i)", "(?is)": flags turned on, none turned off. */
    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[a-zA-Z]+\\)");
}
