package org.exokg.claim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text that counts the characters a regular expression reads from it and stops the search past a limit: the tests of
 * the rules' worst cases (MaskedTermRunsTest, SpaceRunsTest) count reads instead of timing, so that the machine's load
 * cannot make them fail or pass.
 */
final class ReadCountingText implements CharSequence {

    /** Thrown when a search has read more characters than it may (no stack trace: it is thrown often). */
    private static final class TooManyReads extends RuntimeException {
        TooManyReads() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final long[] reads;
    private final long limit;

    private ReadCountingText(String text, long[] reads, long limit) {
        this.text = text;
        this.reads = reads;
        this.limit = limit;
    }

    /**
     * How many characters one search of {@code text} with {@code p} reads ({@code find}, or {@code lookingAt} when
     * {@code atStart}); {@code limit + 1} when it reads more than {@code limit}.
     */
    static long reads(Pattern p, String text, boolean atStart, long limit) {
        long[] reads = {0};
        try {
            Matcher m = p.matcher(new ReadCountingText(text, reads, limit));
            if (atStart) {
                m.lookingAt();
            } else {
                m.find();
            }
        } catch (TooManyReads e) {
            return limit + 1;
        }
        return reads[0];
    }

    @Override
    public char charAt(int index) {
        if (++reads[0] > limit) {
            throw new TooManyReads();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new ReadCountingText(text.substring(start, end), reads, limit);
    }

    @Override
    public String toString() {
        return text;
    }
}
