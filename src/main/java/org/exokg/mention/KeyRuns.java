package org.exokg.mention;

import java.util.Collection;

/**
 * The lexicon's keys and every beginning of one, looked up by a range of a string without copying it (issue 16,
 * branch enginespeed6): {@link MentionRecognizer} grows a run of words while the joined keys begin a lexicon key, and
 * asked a set with a new substring per run. Here the caller passes the range and its {@link String#hashCode()} (grown
 * character by character as the run grows), and the table compares characters in place. An open-addressed table of the
 * same strings a {@code HashSet} held, with per string whether it is a whole key; the answers are those of
 * {@code beginnings.contains(run)} and {@code keys.contains(run)}.
 */
final class KeyRuns {

    /** The range begins (or is) some key. */
    static final int BEGINNING = 1;
    /** The range is a whole key. */
    static final int KEY = 2;

    private final String[] strings;
    private final byte[] kinds;
    private final int mask;

    /** Every key (empty keys are left out: an empty run begins no key) and every beginning of one. */
    KeyRuns(Collection<String> keys) {
        long beginnings = 0;
        for (String k : keys) {
            beginnings += k.length();
        }
        int capacity = Integer.highestOneBit((int) Math.max(16, Math.min(1 << 29, beginnings * 2)) - 1) << 1;
        strings = new String[capacity];
        kinds = new byte[capacity];
        mask = capacity - 1;
        for (String k : keys) {
            for (int i = 1; i <= k.length(); i++) {
                add(k.substring(0, i), i == k.length() ? BEGINNING | KEY : BEGINNING);
            }
        }
    }

    private void add(String s, int kind) {
        int slot = spread(s.hashCode()) & mask;
        while (strings[slot] != null) {
            if (strings[slot].equals(s)) {
                kinds[slot] |= (byte) kind;
                return;
            }
            slot = (slot + 1) & mask;
        }
        strings[slot] = s;
        kinds[slot] = (byte) kind;
    }

    /**
     * {@link #BEGINNING} and {@link #KEY} bits for text[from, to), 0 if the range begins no key; {@code hash} must be the
     * range's {@link String#hashCode()} ({@link #hash}).
     */
    int kind(String text, int from, int to, int hash) {
        int length = to - from;
        int slot = spread(hash) & mask;
        String s;
        while ((s = strings[slot]) != null) {
            if (s.length() == length && s.hashCode() == hash && text.regionMatches(from, s, 0, length)) {
                return kinds[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    /** {@code hash} grown by text[from, to): the {@link String#hashCode()} of a string followed by those characters. */
    static int hash(int hash, String text, int from, int to) {
        int h = hash;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
