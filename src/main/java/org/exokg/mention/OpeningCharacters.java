package org.exokg.mention;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The characters a match of an expression can open with, put first as a lookahead: {@code \b(?:but|whereas|while)}
 * becomes {@code (?=[bw])(?:\b(?:but|whereas|while))}. {@code find} tries an expression at every position of the text;
 * java.util.regex tests a leading word boundary (two Unicode category look-ups) or lookaround there, once per branch,
 * before the branch's first letter turns most positions away. The lookahead is one character test per position, and the
 * expression runs as before wherever it passes. The match and its groups are the same: every match of the expression
 * consumes at least one character, and that character is one of the listed openings (each copied as written into one
 * class, a union, compiled with the expression's flags, so case folding is the expression's own); at a position where none is, the expression
 * could not match. Profiled in branch speed22: word boundaries tried at every position were 15 % of extraction.
 *
 * <p>Only what this reader follows is rewritten: literal characters, escaped punctuation, {@code \d \s \t \n \r \f},
 * character classes that are not negated, groups (capturing, named, non-capturing, atomic) and quantifiers; zero-width
 * parts ({@code \b}, {@code \B}, {@code ^}, {@code \A}, lookarounds) are passed over. Anything else where a match can open
 * ({@code .}, {@code \w}, a negated class, a back-reference, inline flags, an expression that can match nothing) leaves
 * the expression as it is, and so does one that opens plainly (no boundary or lookaround before its first character,
 * fewer than three openings: java.util.regex turns those positions away as fast).
 */
final class OpeningCharacters {

    private OpeningCharacters() {}

    /** {@code (?=OPENINGS)(?:regex)}, or null when the expression stays as it is. */
    static String guardedExpression(String regex, int flags) {
        if ((flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return null;
        }
        try {
            Reader reader = new Reader(regex);
            Opening whole = reader.alternation();
            if (reader.pos != regex.length() || whole.mayBeEmpty || whole.atoms.isEmpty()) {
                return null;
            }
            if (!whole.costly && whole.atoms.size() < 3) {
                return null;
            }
            // one character class (a union of the openings), a single test per position
            StringBuilder union = new StringBuilder("(?=[");
            for (String atom : whole.atoms) {
                char c = atom.charAt(0);
                union.append(atom.length() == 1 && !Character.isLetterOrDigit(c) ? "\\" + atom : atom);
            }
            return union.append("])(?:").append(regex).append(')').toString();
        } catch (Unsupported e) {
            return null;
        }
    }

    /** What opens the matches of a part: the atoms its first character matches, whether it can match nothing. */
    private static final class Opening {
        final Set<String> atoms = new LinkedHashSet<>();
        /** Whether the part can match the empty string (then what follows it can open the match too). */
        boolean mayBeEmpty;
        /** Whether a word boundary or lookaround is tested before the first character. */
        boolean costly;
    }

    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** A recursive-descent reader of the expression's opening, which gives up ({@link Unsupported}) on what it does not follow. */
    private static final class Reader {
        final String regex;
        int pos;

        Reader(String regex) {
            this.regex = regex;
        }

        Opening alternation() {
            Opening all = new Opening();
            while (true) {
                Opening branch = sequence();
                all.atoms.addAll(branch.atoms);
                all.mayBeEmpty |= branch.mayBeEmpty;
                all.costly |= branch.costly;
                if (pos < regex.length() && regex.charAt(pos) == '|') {
                    pos++;
                } else {
                    return all;
                }
            }
        }

        /** The opening of a branch: its atoms up to and including the first that must consume a character. */
        Opening sequence() {
            Opening seq = new Opening();
            boolean open = true; // nothing consumed for sure yet
            while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
                if (!open) {
                    skipRest();
                    break;
                }
                Atom atom = atom();
                boolean optional = quantifier();
                if (atom.zeroWidth) {
                    seq.costly |= atom.costly;
                    continue;
                }
                seq.atoms.addAll(atom.opening.atoms);
                seq.costly |= atom.opening.costly;
                if (!optional && !atom.opening.mayBeEmpty) {
                    open = false;
                }
            }
            seq.mayBeEmpty = open;
            return seq;
        }

        /**
         * Past the rest of the branch (to the {@code |} or {@code )} that ends it), escapes, quoting, classes and groups
         * skipped. Inline flags there would reach the later branches too: given up.
         */
        void skipRest() {
            int depth = 0;
            while (pos < regex.length()) {
                char c = regex.charAt(pos);
                if (c == '\\') {
                    if (regex.startsWith("\\Q", pos)) {
                        int e = regex.indexOf("\\E", pos + 2);
                        if (e < 0) {
                            throw new Unsupported();
                        }
                        pos = e + 2;
                    } else {
                        pos += 2;
                    }
                } else if (c == '[') {
                    pos = classEnd(pos);
                } else if (c == '(') {
                    if (regex.startsWith("(?", pos) && pos + 2 < regex.length()
                            && (Character.isLetter(regex.charAt(pos + 2)) || regex.charAt(pos + 2) == '-')) {
                        throw new Unsupported(); // inline flags
                    }
                    depth++;
                    pos++;
                } else if (c == ')') {
                    if (depth == 0) {
                        return;
                    }
                    depth--;
                    pos++;
                } else if (c == '|' && depth == 0) {
                    return;
                } else {
                    pos++;
                }
            }
        }

        /** The index after the character class opening at {@code open} (nested classes, escapes, a leading {@code ]}). */
        int classEnd(int open) {
            int depth = 0;
            int i = open;
            while (i < regex.length()) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    if (regex.startsWith("\\Q", i)) {
                        throw new Unsupported();
                    }
                    i += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    i++;
                    if (i < regex.length() && regex.charAt(i) == '^') {
                        i++;
                    }
                    if (i < regex.length() && regex.charAt(i) == ']') {
                        i++; // a ']' right after '[' or '[^' is a literal
                    }
                    continue;
                }
                if (c == ']' && --depth == 0) {
                    return i + 1;
                }
                i++;
            }
            throw new Unsupported();
        }

        private record Atom(boolean zeroWidth, boolean costly, Opening opening) {}

        private Atom single(String source) {
            Opening o = new Opening();
            o.atoms.add(source);
            return new Atom(false, false, o);
        }

        private static final Atom BOUNDARY = new Atom(true, true, null);
        private static final Atom ANCHOR = new Atom(true, false, null);

        Atom atom() {
            char c = regex.charAt(pos);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return characterClass();
                case '\\':
                    return escape();
                case '^':
                case '$':
                    pos++;
                    return ANCHOR;
                case '.':
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new Unsupported();
                default:
                    pos++;
                    if (Character.isSurrogate(c)) {
                        throw new Unsupported();
                    }
                    return single(String.valueOf(c));
            }
        }

        Atom group() {
            int start = pos;
            if (regex.startsWith("(?=", pos) || regex.startsWith("(?!", pos) || regex.startsWith("(?<=", pos)
                    || regex.startsWith("(?<!", pos)) {
                int end = LeadingLookarounds.groupEndOf(regex, start);
                if (end < 0) {
                    throw new Unsupported();
                }
                pos = end;
                return BOUNDARY; // zero width, and tried at every position
            }
            if (regex.startsWith("(?:", pos) || regex.startsWith("(?>", pos)) {
                pos += 3;
            } else if (regex.startsWith("(?<", pos)) {
                int close = regex.indexOf('>', pos);
                if (close < 0 || !regex.substring(pos + 3, close).matches("[a-zA-Z][a-zA-Z0-9]*")) {
                    throw new Unsupported();
                }
                pos = close + 1;
            } else if (regex.startsWith("(?", pos)) {
                throw new Unsupported(); // inline flags
            } else {
                pos++;
            }
            Opening inner = alternation();
            if (pos >= regex.length() || regex.charAt(pos) != ')') {
                throw new Unsupported();
            }
            pos++;
            return new Atom(false, false, inner);
        }

        Atom characterClass() {
            int start = pos;
            if (regex.startsWith("[^", pos)) {
                throw new Unsupported(); // a negated class opens almost anywhere
            }
            int end = classEnd(start);
            pos = end;
            return single(regex.substring(start, end));
        }

        Atom escape() {
            if (pos + 1 >= regex.length()) {
                throw new Unsupported();
            }
            char n = regex.charAt(pos + 1);
            String source = regex.substring(pos, pos + 2);
            pos += 2;
            switch (n) {
                case 'b':
                case 'B':
                    return BOUNDARY;
                case 'A':
                case 'G':
                    return ANCHOR;
                case 'd':
                case 's':
                case 't':
                case 'n':
                case 'r':
                case 'f':
                    return single(source);
                default:
                    if (n < 128 && !Character.isLetterOrDigit(n)) {
                        return single(source); // escaped punctuation: the character itself
                    }
                    throw new Unsupported(); // \w, \z, \p{..}, \Q, back-references, code points, ...
            }
        }

        /** Reads a quantifier if one follows; whether it allows none. */
        boolean quantifier() {
            if (pos >= regex.length()) {
                return false;
            }
            char c = regex.charAt(pos);
            boolean optional;
            if (c == '?' || c == '*') {
                optional = true;
                pos++;
            } else if (c == '+') {
                optional = false;
                pos++;
            } else if (c == '{') {
                int close = regex.indexOf('}', pos);
                if (close < 0 || !regex.substring(pos + 1, close).matches("\\d+(?:,\\d*)?")) {
                    throw new Unsupported();
                }
                optional = Integer.parseInt(regex.substring(pos + 1, close).split(",")[0]) == 0;
                pos = close + 1;
            } else {
                return false;
            }
            if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
                pos++; // lazy or possessive: the same strings
            }
            return optional;
        }
    }
}
