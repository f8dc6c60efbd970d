package org.exokg.claim;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private BareVesicleExclusions(List<TopicPreparation.Cue> before, List<TopicPreparation.Cue> after, List<TopicPreparation.Cue> sentence) {
        this.before = before;
        this.after = after;
        this.sentence = sentence;
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
                || matches(before, text, sentenceStart, from) || matches(after, text, to, sentenceEnd);
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
