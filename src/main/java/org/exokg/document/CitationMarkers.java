package org.exokg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numeric citation markers in running text: "[12]", "[1,3]", "[2-4]", "[2–4, 7]". */
public final class CitationMarkers {

    private static final String NUMBER_OR_RANGE = "\\d{1,4}(?:\\s*[-–—]\\s*\\d{1,4})?";
    /**
     * Most numbers in one marker. The bound matters: Java matches each repetition of a group one stack
     * frame deeper, so an unbounded list ("[1, 1, 1, ..." of a few thousand) overflows the stack.
     */
    private static final int MAX_NUMBERS = 200;
    private static final Pattern MARKER =
            Pattern.compile("\\[\\s*(" + NUMBER_OR_RANGE + "(?:\\s*[,;]\\s*" + NUMBER_OR_RANGE + "){0," + MAX_NUMBERS + "})\\s*]");
    /** A range wider than this is more likely a typo than a citation of 200 papers. */
    private static final int MAX_RANGE = 100;

    private CitationMarkers() {}

    /** All markers within text[start, end). */
    public static List<Citation> find(String text, int start, int end) {
        List<Citation> found = new ArrayList<>();
        Matcher m = MARKER.matcher(text).region(start, end);
        while (m.find()) {
            found.add(new Citation(m.start(), m.end(), numbers(m.group(1))));
        }
        return found;
    }

    /** True if a marker starts exactly at {@code offset}; returns its end, else -1. */
    public static int markerEndAt(String text, int offset) {
        Matcher m = MARKER.matcher(text).region(offset, text.length());
        return m.lookingAt() ? m.end() : -1;
    }

    private static final Pattern NUMBER_SEPARATOR = Pattern.compile("[,;]");
    private static final Pattern RANGE_DASH = Pattern.compile("\\s*[-–—]\\s*");

    /** "1, 3-5" → [1, 3, 4, 5]. */
    public static List<Integer> numbers(String inside) {
        TreeSet<Integer> numbers = new TreeSet<>();
        for (String part : NUMBER_SEPARATOR.split(inside)) {
            String[] ends = RANGE_DASH.split(part.strip());
            int from = Integer.parseInt(ends[0].strip());
            int to = ends.length > 1 ? Integer.parseInt(ends[1].strip()) : from;
            if (to < from || to - from > MAX_RANGE) {
                to = from;
            }
            for (int n = from; n <= to; n++) {
                numbers.add(n);
            }
        }
        return new ArrayList<>(numbers);
    }
}
