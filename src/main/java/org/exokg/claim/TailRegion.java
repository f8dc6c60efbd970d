package org.exokg.claim;

/**
 * (branch enginespeed8, issue 16) Where the search for an expression that must end at the end of its region ({@code \z})
 * may begin, when what it matches holds a bounded number of white-space runs. Such expressions ("NAME, a ... " right
 * before a vesicle) were searched with {@code find} from the sentence start to each mention: every start position tried,
 * so a long sentence cost its mentions times its length. If every match of the expression's body (what follows its one
 * leading character, a {@code [\s(;]}-like class or {@code \A}, or a look-behind of one character) opens with a character
 * that is not white space and holds at most {@code runs} maximal runs of white space ({@code \s}: space, tab, line
 * feed, vertical tab, form feed, carriage return), then no match can begin before the last white-space character of the
 * ({@code runs}+1)-th run counted from the region's end. The region may then start just after that run: a match there
 * begins either at the same place, or at the new region's start through {@code \A}, which stands for the white-space
 * character before it (the leading class takes white space), so the expression finds the same match and the same groups.
 * A one-character look-behind at the new start sees nothing (opaque bounds) where it saw white space: the same answer for
 * the look-behinds the callers use (no letter, digit or dash before). Each caller states its expression's count;
 * {@code TailRegionTest} compares every such expression searched from the sentence start and from the tail.
 */
final class TailRegion {

    private TailRegion() {}

    /**
     * The start for a search of {@code from..to} whose matches hold at most {@code runs} runs of white space (see the
     * class comment): just after the ({@code runs}+1)-th white-space run counted back from {@code to}, or {@code from}.
     */
    static int start(CharSequence text, int from, int to, int runs) {
        int seen = 0;
        int i = to;
        while (i > from) {
            if (space(text.charAt(i - 1))) {
                if (++seen == runs + 1) {
                    return i;
                }
                while (i > from && space(text.charAt(i - 1))) {
                    i--;
                }
            } else {
                i--;
            }
        }
        return from;
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
