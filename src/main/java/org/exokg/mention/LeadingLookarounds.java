package org.exokg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An expression that opens with lookarounds ("(?<=\b(?:toxic|safe)\b[^.;]{0,200})\bno\s+...") makes {@code find} run
 * those lookarounds, often a long lookbehind, at every position of the text, though the part after them can start at
 * few positions. The same expression with a lookahead of that part put first, {@code (?=REST)LOOKAROUNDS REST}, is
 * the same expression (a zero-width test of REST at a position where REST cannot match fails what followed it too;
 * where it can, the lookarounds and REST run as before, so the match and its groups are the same), and tries the
 * lookarounds only where REST can start. Used where an expression is searched ({@link RequiredWords#matcher}): one
 * no-harm challenge event was 80 % of all challenge-event time in the generated corpus, its lookbehind tried at every
 * position of 587 of 11,600 sentences.
 *
 * <p>Only expressions whose rest has no capturing group or back-reference are rewritten (the copy in the lookahead
 * would renumber or duplicate groups); anything this reader does not follow is left as it is.
 */
public final class LeadingLookarounds {

    private static final Map<Pattern, Pattern> GUARDED = new ConcurrentHashMap<>();

    private LeadingLookarounds() {}

    /**
     * {@code pattern}, or the same expression with its rest tested first when it opens with lookarounds, and with the
     * characters its matches can open with tested first when it opens with a word boundary or lookaround
     * ({@link OpeningCharacters}).
     */
    public static Pattern guarded(Pattern pattern) {
        Pattern known = GUARDED.get(pattern);
        return known != null ? known : GUARDED.computeIfAbsent(pattern, LeadingLookarounds::rewrite);
    }

    private static Pattern rewrite(Pattern pattern) {
        String guarded = guardedExpression(pattern.pattern(), pattern.flags());
        // then the characters a match can open with, tested first (branch speed22: OpeningCharacters)
        String opened = OpeningCharacters.guardedExpression(guarded != null ? guarded : pattern.pattern(), pattern.flags());
        if (opened != null) {
            guarded = opened;
        }
        return guarded == null ? pattern : Pattern.compile(guarded, pattern.flags());
    }

    /** The rewritten expression, or null when it stays as it is. */
    public static String guardedExpression(String regex, int flags) {
        if ((flags & (Pattern.COMMENTS | Pattern.LITERAL)) != 0) {
            return null;
        }
        int i = 0;
        // inline flags at the start apply to the whole expression: they stay first
        if (regex.startsWith("(?") && regex.length() > 2 && Character.isLetter(regex.charAt(2))) {
            int close = regex.indexOf(')');
            if (close < 0 || !regex.substring(2, close).matches("[a-zA-Z\\-]+")) {
                return null;
            }
            if (regex.substring(2, close).indexOf('x') >= 0) {
                return null; // comments mode: white space would read differently
            }
            i = close + 1;
        }
        String flagsPrefix = regex.substring(0, i);
        String body = regex.substring(i);
        String guarded = guardedBranch(body);
        if (guarded != null) {
            return flagsPrefix + guarded;
        }
        // "(?:(?<=storage[^.;]{0,80})\bretained\b|\bretained\b(?=[^.;]{0,60}?storage))": one group holds the whole
        // expression and a branch opens with lookarounds; each branch is guarded on its own (branch speed16). Nothing
        // follows the group, so a branch matches as before exactly where its rest can start.
        List<Integer> bars = new ArrayList<>();
        if (!body.startsWith("(?:") || scan(body, 0, false, bars) != body.length()) {
            return null;
        }
        StringBuilder out = new StringBuilder(flagsPrefix).append("(?:");
        boolean changed = false;
        int from = 3;
        bars.add(body.length() - 1);
        for (int bar : bars) {
            String branch = body.substring(from, bar);
            String g = guardedBranch(branch);
            changed |= g != null;
            out.append(g != null ? g : branch).append(bar == body.length() - 1 ? ")" : "|");
            from = bar + 1;
        }
        return changed ? out.toString() : null;
    }

    /** {@code (?=REST)LOOKAROUNDS REST} for an expression {@code LOOKAROUNDS REST}, or null when it stays as it is. */
    private static String guardedBranch(String regex) {
        int i = 0;
        while (i < regex.length()) {
            int end = zeroWidthGroupEnd(regex, i);
            if (end < 0) {
                break;
            }
            i = end;
        }
        String rest = regex.substring(i);
        if (i == 0 || rest.isEmpty() || !plainRest(rest)) {
            return null;
        }
        return "(?=" + rest + ")" + regex;
    }

    /**
     * If a zero-width group opens at {@code i} (a lookaround, or a non-capturing group each of whose branches is a
     * sequence of lookarounds), the index after it; else -1.
     */
    private static int zeroWidthGroupEnd(String regex, int i) {
        if (regex.startsWith("(?=", i) || regex.startsWith("(?!", i) || regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i)) {
            return groupEnd(regex, i);
        }
        if (regex.startsWith("(?:", i)) {
            int end = groupEnd(regex, i);
            if (end < 0) {
                return -1;
            }
            int j = i + 3;
            int inner = end - 1;
            while (j < inner) {
                int next = zeroWidthGroupEnd(regex, j);
                if (next < 0 || next > inner) {
                    return -1;
                }
                j = next;
                if (j < inner && regex.charAt(j) == '|') {
                    j++;
                    if (j == inner) {
                        return -1; // an empty branch
                    }
                } else if (j < inner && regex.charAt(j) != '(') {
                    return -1;
                }
            }
            return j == inner && inner > i + 3 ? end : -1;
        }
        return -1;
    }

    /** The index after the group that opens at {@code open}, escapes, quoting and character classes skipped; -1 if unbalanced. */
    static int groupEndOf(String regex, int open) {
        return groupEnd(regex, open);
    }

    private static int groupEnd(String regex, int open) {
        return scan(regex, open, false, null);
    }

    /** Whether {@code rest} holds no capturing group and no back-reference, and its brackets balance. */
    private static boolean plainRest(String rest) {
        return scan(rest, 0, true, null) >= 0;
    }

    /**
     * One reader for both questions, escapes ({@code \Q...\E} quoting too) and character classes skipped: with
     * {@code wholeRest} false, the index after the group that opens at {@code from} (-1 if it does not close); with it
     * true, the length of {@code regex} if from {@code from} on it holds no capturing or named group and no
     * back-reference and its brackets balance, else -1. {@code bars}, if not null, gets the offsets of the {@code |} that
     * separate the branches of the group (or, with {@code wholeRest}, of the rest).
     */
    private static int scan(String regex, int from, boolean wholeRest, List<Integer> bars) {
        int depth = 0;
        int classDepth = 0;
        for (int i = from; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 >= regex.length()) {
                    return -1;
                }
                char n = regex.charAt(i + 1);
                if (wholeRest && (Character.isDigit(n) || n == 'k')) {
                    return -1; // a back-reference
                }
                if (n == 'Q') {
                    int e = regex.indexOf("\\E", i + 2);
                    if (e < 0) {
                        return -1;
                    }
                    i = e + 1;
                } else {
                    i++;
                }
            } else if (classDepth > 0) {
                if (c == '[') {
                    classDepth++;
                } else if (c == ']') {
                    classDepth--;
                }
            } else if (c == '[') {
                classDepth = 1;
                // a ']' right after '[' or '[^' is a literal
                if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
                    i++;
                }
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == '(') {
                depth++;
                if (wholeRest && (i + 1 >= regex.length() || regex.charAt(i + 1) != '?')) {
                    return -1; // a capturing group
                }
                if (wholeRest && regex.startsWith("(?<", i) && !regex.startsWith("(?<=", i) && !regex.startsWith("(?<!", i)) {
                    return -1; // a named group
                }
            } else if (c == '|' && bars != null && depth == (wholeRest ? 0 : 1)) {
                bars.add(i);
            } else if (c == ')') {
                depth--;
                if (!wholeRest && depth == 0) {
                    return i + 1;
                }
                if (depth < 0) {
                    return -1;
                }
            }
        }
        return wholeRest && depth == 0 && classDepth == 0 ? regex.length() : -1;
    }
}
