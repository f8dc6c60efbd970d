package org.exokg.mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every word of one kind that {@link RequiredWords} tests (case-sensitive words, or case-insensitive ones), found in a
 * text by one pass (branch enginespeed7): an Aho-Corasick automaton over the words, built once for the words known when
 * it is made. A text tested against many words (every rule's exception against the sentence, every trigger against a
 * zone) was searched once per word; after one pass here each of those tests is a bit look-up.
 *
 * <p>Exactness. A case-sensitive word is found where {@code text.contains(word)} finds it: the automaton reads the text's
 * characters as they are. A case-insensitive word (lower-case ASCII, every character below 128) is found where
 * {@code RequiredWords.containsIgnoringCase} finds it: at a position whose first character is the word's first in
 * either ASCII case and whose other characters equal the word's ignoring case as {@code regionMatches(true, ...)}
 * compares them. For an ASCII character that is equality of the lower-cased character; a character beyond ASCII can
 * equal an ASCII letter that way (the Kelvin sign, the long s, the dotless and the dotted capital i), and only at a
 * word's second character or later. Such a text ({@link #foldsOntoAscii}) is left to the word-by-word searches; every
 * other character beyond ASCII matches no case-insensitive word and is read as a character no word holds. Immutable
 * and thread-safe once made.
 */
final class WordAutomaton {

    /** Characters no word holds. */
    private static final int OTHER = 0;
    /** Which characters beyond ASCII {@code regionMatches(true, ...)} takes for an ASCII character. */
    private static final long[] FOLDS_ONTO_ASCII = new long[1 << 10];

    static {
        for (int c = 128; c < 65536; c++) {
            char x = (char) c;
            if (Character.toLowerCase(Character.toUpperCase(x)) < 128 || Character.toUpperCase(x) < 128) {
                FOLDS_ONTO_ASCII[c >>> 6] |= 1L << c;
            }
        }
    }

    /** Whether the words are tested ignoring case (then they are lower-case ASCII). */
    final boolean ignoresCase;
    /** Word numbers (as {@code RequiredWords} numbers them) below this are all in the automaton if of its kind. */
    final int covered;
    /** For each character (folded to lower case for case-insensitive words), its column: {@link #OTHER} if no word holds it. */
    private final char[] column;
    private final int columns;
    /** {@link #column} of the ASCII characters, a small table read for most characters of a text. */
    private final char[] asciiColumn = new char[128];
    /**
     * The transitions, {@code next[state * columns + column]}: the automaton's full table (no failure links at run time).
     */
    private final int[] next;
    /** For each state, the numbers of the words that end there (its own, not its suffixes'), or null. */
    private final int[][] ends;
    /**
     * For each state, the state itself if words end there, else its longest proper suffix state where words end (0:
     * none); {@link #nextOutput}: the same for the state's longest proper suffix. A pass marks the words of each such
     * state once per text: a state met again was marked with all its suffixes' words the first time.
     */
    private final int[] output;
    private final int[] nextOutput;
    /** The empty words' numbers (every text holds them; none is expected). */
    private final int[] empty;

    /**
     * The automaton of the words of {@code words} (indexed by number, null for none) whose kind is {@code ignoresCase}
     * ({@code kinds}); numbers below {@code covered} are all given.
     */
    WordAutomaton(String[] words, boolean[] kinds, int covered, boolean ignoresCase) {
        this.ignoresCase = ignoresCase;
        this.covered = covered;
        column = new char[65536];
        int cols = 1;
        for (int id = 0; id < covered; id++) {
            String w = words[id];
            if (w == null || kinds[id] != ignoresCase) {
                continue;
            }
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (column[c] == 0) {
                    column[c] = (char) cols++;
                }
            }
        }
        if (ignoresCase) {
            // the text is read lower-cased in ASCII: an upper-case letter takes its lower-case letter's column
            for (char c = 'A'; c <= 'Z'; c++) {
                column[c] = column[c + 32];
            }
        }
        columns = cols;
        for (int c = 0; c < 128; c++) {
            asciiColumn[c] = column[c];
        }
        List<Integer> emptyWords = new ArrayList<>();
        for (int id = 0; id < covered; id++) {
            if (words[id] != null && words[id].isEmpty() && kinds[id] == ignoresCase) {
                emptyWords.add(id);
            }
        }
        empty = emptyWords.stream().mapToInt(Integer::intValue).toArray();
        // the trie
        List<int[]> rows = new ArrayList<>();
        List<List<Integer>> wordsAt = new ArrayList<>();
        rows.add(new int[columns]);
        wordsAt.add(new ArrayList<>());
        for (int id = 0; id < covered; id++) {
            String w = words[id];
            if (w == null || w.isEmpty() || kinds[id] != ignoresCase) {
                continue;
            }
            int s = 0;
            for (int i = 0; i < w.length(); i++) {
                int col = column[w.charAt(i)];
                if (rows.get(s)[col] == 0) {
                    rows.add(new int[columns]);
                    wordsAt.add(new ArrayList<>());
                    rows.get(s)[col] = rows.size() - 1;
                }
                s = rows.get(s)[col];
            }
            wordsAt.get(s).add(id);
        }
        int states = rows.size();
        next = new int[states * columns];
        int[] fail = new int[states];
        ends = new int[states][];
        // breadth first: a state's failure state is shallower, so its transitions and words are complete when read
        int[] queue = new int[states];
        int head = 0;
        int tail = 0;
        for (int col = 0; col < columns; col++) {
            int child = col == OTHER ? 0 : rows.get(0)[col];
            next[col] = child;
            if (child != 0) {
                fail[child] = 0;
                queue[tail++] = child;
            }
        }
        output = new int[states];
        nextOutput = new int[states];
        while (head < tail) {
            int s = queue[head++];
            int f = fail[s];
            List<Integer> own = wordsAt.get(s);
            ends[s] = own.isEmpty() ? null : own.stream().mapToInt(Integer::intValue).toArray();
            nextOutput[s] = output[f];
            output[s] = own.isEmpty() ? output[f] : s;
            for (int col = 0; col < columns; col++) {
                int child = col == OTHER ? 0 : rows.get(s)[col];
                if (child != 0) {
                    fail[child] = next[f * columns + col];
                    queue[tail++] = child;
                    next[s * columns + col] = child;
                } else {
                    next[s * columns + col] = next[f * columns + col];
                }
            }
        }

    }

    /** Whether {@code text} holds a character beyond ASCII that a case-insensitive word's letter may equal. */
    static boolean foldsOntoAscii(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 128 && (FOLDS_ONTO_ASCII[c >>> 6] & 1L << c) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks in {@code found} (bits by word number) every word of this automaton that {@code text} holds; returns false,
     * marking nothing, where the automaton cannot answer for the text (a case-insensitive one and a text that {@link
     * #foldsOntoAscii}).
     */
    boolean scan(String text, long[] found, Marks marks) {
        if (ignoresCase && foldsOntoAscii(text)) {
            return false;
        }
        for (int id : empty) {
            found[id >>> 6] |= 1L << id;
        }
        int[] seen = marks.next(ends.length);
        int pass = marks.pass;
        int s = 0;
        char[] column = this.column;
        char[] asciiColumn = this.asciiColumn;
        int[] next = this.next;
        int[] output = this.output;
        int[] nextOutput = this.nextOutput;
        int columns = this.columns;
        int[][] ends = this.ends;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            s = next[s * columns + (c < 128 ? asciiColumn[c] : column[c])];
            for (int o = output[s]; o != 0 && seen[o] != pass; o = nextOutput[o]) {
                seen[o] = pass;
                for (int id : ends[o]) {
                    found[id >>> 6] |= 1L << id;
                }
            }
        }
        return true;
    }

    /** As {@link #scan(String, long[], Marks)} with marks of its own (tests). */
    boolean scan(String text, long[] found) {
        return scan(text, found, new Marks());
    }

    /** The states a pass has marked the words of, by pass number: one per caller and thread, reused from pass to pass. */
    static final class Marks {
        private int[] seen = new int[0];
        private int pass;

        /** The marks for a new pass over an automaton of {@code states} states. */
        int[] next(int states) {
            if (seen.length < states) {
                seen = new int[states];
                pass = 0;
            }
            if (++pass == 0) { // wrapped round
                Arrays.fill(seen, 0);
                pass = 1;
            }
            return seen;
        }
    }

    /** The number of states (for tests and reports). */
    int states() {
        return ends.length;
    }

    @Override
    public String toString() {
        return "WordAutomaton[" + (ignoresCase ? "ignoring case" : "case-sensitive") + ", " + covered + " words known, "
                + states() + " states, " + columns + " columns]";
    }

    static long[] bits(int words) {
        return new long[(words + 63) >>> 6];
    }

    static void clear(long[] bits) {
        Arrays.fill(bits, 0L);
    }
}
