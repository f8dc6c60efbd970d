package org.exokg.claim;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * (branch barevesicles, issue 15) The words that make a bare "vesicles" other vesicles than the extracellular ones a
 * text discusses (synaptic, intraluminal, liposomes, vesicles of the cell's own traffic), read from
 * {@code bare-vesicles.yaml}.
 */
final class BareVesicleExclusions {

    static final String RESOURCE = "bare-vesicles.yaml";

    private static BareVesicleExclusions defaults;

    private final List<TopicPreparation.Cue> before;
    private final List<TopicPreparation.Cue> after;
    private final List<TopicPreparation.Cue> sentence;

    /** (branch enginespeed8) Per "before" entry: its opening words alone (null: none read), and whether a character leads them. */
    private final Pattern[] openings;
    private final boolean[] led;
    /** (branch enginespeed8) Per "after" entry: whether it is anchored at its start as a whole (then {@code lookingAt}). */
    private final boolean[] anchored;

    private BareVesicleExclusions(List<TopicPreparation.Cue> before, List<TopicPreparation.Cue> after, List<TopicPreparation.Cue> sentence) {
        this.before = before;
        this.after = after;
        this.sentence = sentence;
        openings = new Pattern[before.size()];
        led = new boolean[before.size()];
        for (int i = 0; i < openings.length; i++) {
            String regex = before.get(i).pattern().pattern();
            led[i] = regex.startsWith(LEAD);
            openings[i] = opening(before.get(i).pattern(), led[i] ? LEAD.length() : 0);
        }
        anchored = new boolean[after.size()];
        for (int i = 0; i < anchored.length; i++) {
            anchored[i] = anchoredAtStart(after.get(i).pattern());
        }
    }

    static synchronized BareVesicleExclusions defaults() {
        if (defaults == null) {
            defaults = RuleFile.read(RESOURCE, BareVesicleExclusions::parse);
        }
        return defaults;
    }

    /** Reads an exclusion file; an entry without an id, a pattern and an example, or with an id given before, is refused. */
    static BareVesicleExclusions parse(InputStream in, String name) {
        Map<?, ?> root = RuleFile.sections(in, name, "exclusion lists");
        Set<String> ids = new HashSet<>();
        return new BareVesicleExclusions(entries(root, "other-before", name, ids), entries(root, "other-after", name, ids),
                entries(root, "other-sentence", name, ids));
    }

    /** Entries have the shape of topic-preparation.yaml's cues (id, pattern, example), read the same way. */
    private static List<TopicPreparation.Cue> entries(Map<?, ?> root, String section, String name, Set<String> ids) {
        return TopicPreparation.cues(RuleFile.entries(RuleFile.section(root, section, name), section, name, ids, Set.of("pattern", "example")));
    }

    /**
     * Whether the lower-case sentence, its words before a bare "vesicles" and its words after make them other vesicles;
     * the sentence-wide entries first.
     */
    boolean otherVesicles(String sentenceLower, String wordsBefore, String wordsAfter) {
        return matches(sentence, sentenceLower) || matches(before, wordsBefore) || matches(after, wordsAfter);
    }

    /**
     * (branch enginespeed4, issue 16) As {@link #otherVesicles(String, String, String)} for the bare "vesicles" at
     * {@code from..to} of the sentence {@code sentenceStart..sentenceEnd} of {@code text}, its words searched as regions
     * of the text lower-cased once ({@link LowerCaseText}) instead of three lower-cased copies per "vesicles", and the
     * sentence-wide entries' answer kept for the sentence (the same for each "vesicles" in it): a sentence with many bare
     * "vesicles" cost their number times its length. The same answers: {@code sentenceWide} false searches the
     * sentence-wide entries in an empty text, as the caller's "" did.
     */
    boolean otherVesicles(String text, int sentenceStart, int sentenceEnd, int from, int to, boolean sentenceWide) {
        return (sentenceWide ? sentenceWideMatch(text, sentenceStart, sentenceEnd) : matches(sentence, ""))
                || beforeMatch(text, sentenceStart, sentenceEnd, from) || afterMatch(text, to, sentenceEnd);
    }

    /**
     * (branch enginespeed8, issue 16) The "before" entries, each searched from where its opening words first occur in the
     * sentence instead of from the sentence start, and not at all when they first occur at or after the "vesicles". An
     * entry opens with its words in a group ({@code (?:intraluminal|synaptic|...)}), optionally led by one character
     * ({@code (?:^|[^\p{L}])}); a match of the entry at m holds a match of the group alone at m (or m+1 after the
     * leading character), inside the stretch before the "vesicles", so at or after the group's first match in the
     * sentence (the group holds no anchor or look-around, see {@link #opening}: a match of it in the shorter stretch is
     * one in the sentence). From one character before that first match, the entry's {@code ^} can match only at a place
     * where the group does not (the first match is the first), so the search finds a match exactly when the whole stretch
     * holds one. An entry whose opening is not of that shape is searched from the sentence start, as before; so is every
     * entry of a text that is lower-cased piece by piece ({@link LowerCaseText}). The first matches are found once per
     * sentence (the same for each "vesicles" in it).
     */
    private boolean beforeMatch(String text, int sentenceStart, int sentenceEnd, int from) {
        if (LowerCaseText.of(text) == null || from < sentenceStart || from > sentenceEnd) {
            return matches(before, text, sentenceStart, from);
        }
        int[] first = firstOpenings(text, sentenceStart, sentenceEnd);
        for (int i = 0; i < first.length; i++) {
            if (first[i] >= from) {
                continue;
            }
            int start = Math.max(sentenceStart, first[i] - (led[i] ? 1 : 0));
            if (LowerCaseText.matcher(before.get(i).pattern(), text, start, from).find()) {
                return true;
            }
        }
        return false;
    }

    /** The "after" entries; an entry anchored at its start is tried there only ({@code lookingAt}: what its find finds). */
    private boolean afterMatch(String text, int from, int to) {
        for (int i = 0; i < anchored.length; i++) {
            Matcher m = LowerCaseText.matcher(after.get(i).pattern(), text, from, to);
            if (anchored[i] ? m.lookingAt() : m.find()) {
                return true;
            }
        }
        return false;
    }

    /** How many "before" entries are searched from the sentence start (no opening read); for the tests. */
    int unreadOpenings() {
        return (int) java.util.Arrays.stream(openings).filter(java.util.Objects::isNull).count();
    }

    /** How many "after" entries are searched with {@code find} (not anchored as a whole); for the tests. */
    int unanchoredAfter() {
        int n = 0;
        for (boolean a : anchored) {
            n += a ? 0 : 1;
        }
        return n;
    }

    /** The last sentence whose first openings were found on this thread: its text, start, end, this, and the places. */
    private static final ThreadLocal<Object[]> LAST_OPENINGS = new ThreadLocal<>();

    /** Per "before" entry, where its opening words first match in the sentence (lower case), past the end if nowhere. */
    private int[] firstOpenings(String text, int start, int end) {
        Object[] last = LAST_OPENINGS.get();
        if (last != null && last[0] == text && (Integer) last[1] == start && (Integer) last[2] == end && last[3] == this) {
            return (int[]) last[4];
        }
        int[] first = new int[openings.length];
        for (int i = 0; i < first.length; i++) {
            if (openings[i] == null) {
                first[i] = start;
            } else {
                Matcher m = LowerCaseText.matcher(openings[i], text, start, end);
                first[i] = m.find() ? m.start() : Integer.MAX_VALUE;
            }
        }
        LAST_OPENINGS.set(new Object[] {text, start, end, this, first});
        return first;
    }

    /** The one character that may lead an entry's opening words: the stretch's start or a character that is no letter. */
    static final String LEAD = "(?:^|[^\\p{L}])";

    /**
     * The group that opens {@code pattern} at {@code at} ({@code (?:...)}, not quantified), compiled alone with the
     * pattern's flags; null if there is none or it holds an anchor, a boundary, a look-around, a back-reference or an
     * inline flag (characters whose match depends on what lies outside the group's own match), or if the pattern holds a
     * look-behind, {@code \G} or a quotation anywhere, or is compiled with COMMENTS or LITERAL.
     */
    static Pattern opening(Pattern pattern, int at) {
        String regex = pattern.pattern();
        if (!regex.startsWith("(?:", at) || regex.contains("(?<") || regex.contains("\\G") || regex.contains("\\Q")
                || (pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0) {
            return null;
        }
        int close = closing(regex, at);
        if (close < 0 || close + 1 < regex.length() && "?*+{".indexOf(regex.charAt(close + 1)) >= 0) {
            return null;
        }
        String group = regex.substring(at, close + 1);
        for (int i = 0; i < group.length(); i++) {
            char c = group.charAt(i);
            if (c == '^' || c == '$' || c == '(' && !group.startsWith("(?:", i)
                    || c == '\\' && i + 1 < group.length() && "bBAzZGk0123456789QE".indexOf(group.charAt(i + 1)) >= 0) {
                return null;
            }
            if (c == '\\') {
                i++;
            }
        }
        return Pattern.compile(group, pattern.flags());
    }

    /** Whether {@code pattern} opens with {@code ^} that holds for all of it (no alternative outside a group, no MULTILINE). */
    static boolean anchoredAtStart(Pattern pattern) {
        String regex = pattern.pattern();
        if (!regex.startsWith("^") || regex.contains("\\Q") || (pattern.flags() & (Pattern.MULTILINE | Pattern.COMMENTS | Pattern.LITERAL)) != 0) {
            return false;
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
                    i++;
                }
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == '(') {
                if (regex.startsWith("(?", i) && !regex.startsWith("(?:", i) && !regex.startsWith("(?=", i) && !regex.startsWith("(?!", i)
                        && !regex.startsWith("(?<=", i) && !regex.startsWith("(?<!", i)) {
                    return false;
                }
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }

    /** The index of the parenthesis that closes the one at {@code open}, or -1 (classes and escapes skipped; no nested class). */
    private static int closing(String regex, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == '[') {
                    return -1;
                }
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
                    i++;
                }
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The last sentence whose sentence-wide answer was asked on this thread: its text, start and end, and the answer. */
    private static final ThreadLocal<Object[]> LAST_SENTENCE = new ThreadLocal<>();

    private boolean sentenceWideMatch(String text, int start, int end) {
        Object[] last = LAST_SENTENCE.get();
        if (last != null && last[0] == text && (Integer) last[1] == start && (Integer) last[2] == end && last[3] == this) {
            return (Boolean) last[4];
        }
        boolean answer = matches(sentence, text, start, end);
        LAST_SENTENCE.set(new Object[] {text, start, end, this, answer});
        return answer;
    }

    private static boolean matches(List<TopicPreparation.Cue> list, String text, int from, int to) {
        for (TopicPreparation.Cue x : list) {
            if (LowerCaseText.matcher(x.pattern(), text, from, to).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<TopicPreparation.Cue> list, String words) {
        for (TopicPreparation.Cue x : list) {
            if (x.pattern().matcher(words).find()) {
                return true;
            }
        }
        return false;
    }
}
