package org.exokg.claim;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.exokg.mention.RequiredWords;

/**
 * (branch topicprep, issue 15) The cues of the study's preparation across bare mentions, read from
 * {@code topic-preparation.yaml}: which words before a bare vesicle noun make it the preparation under discussion
 * ("the exosomes", "injected exosomes"), and which words in a sentence make it speak of other vesicles or of vesicles
 * in general, so that it carries no preparation and ends the chain.
 */
final class TopicPreparation {

    static final String RESOURCE = "topic-preparation.yaml";

    /** A cue; {@code fromCue}: it breaks only the mentions after it (branch chains), else the whole sentence. */
    record Cue(String id, Pattern pattern, boolean fromCue) {}

    private static TopicPreparation defaults;

    private final List<Cue> carriers;
    private final List<Cue> breaks;
    private final List<Cue> introducers;
    /** (branch subjects) Cues of bare "vesicles" whose producer or subject role the sentence states (optional sections). */
    private final Map<String, List<Cue>> bareVesicleCues;

    /** (branch subjects) The optional sections of cues for bare "vesicles" (see the file's header). */
    static final List<String> BARE_VESICLE_SECTIONS = List.of("possessed", "produced-after", "bare-subjects", "vesicle-compounds");

    private TopicPreparation(List<Cue> carriers, List<Cue> breaks, List<Cue> introducers, Map<String, List<Cue>> bareVesicleCues) {
        this.carriers = carriers;
        this.breaks = breaks;
        this.introducers = introducers;
        this.bareVesicleCues = bareVesicleCues;
    }

    static synchronized TopicPreparation defaults() {
        if (defaults == null) {
            defaults = RuleFile.read(RESOURCE, TopicPreparation::parse);
        }
        return defaults;
    }

    /** Reads a cue file; an entry it cannot run with is refused with an error naming the file and the entry. */
    static TopicPreparation parse(InputStream in, String name) {
        Map<?, ?> root = RuleFile.sections(in, name, "cue lists");
        List<?> carriers = RuleFile.section(root, "carriers", name);
        List<?> breaks = RuleFile.section(root, "breaks", name);
        Set<String> ids = new HashSet<>();
        // (branch chains) optional: sources stated by a verb
        Object introducers = root.get("introducers");
        if (introducers != null && !(introducers instanceof List<?>)) {
            throw new IllegalStateException(name + ": 'introducers' must be a list");
        }
        Map<String, List<Cue>> bare = new java.util.HashMap<>();
        for (String section : BARE_VESICLE_SECTIONS) {
            Object items = root.get(section);
            if (items != null && !(items instanceof List<?>)) {
                throw new IllegalStateException(name + ": '" + section + "' must be a list");
            }
            bare.put(section, items == null ? List.of() : cues((List<?>) items, name, ids));
        }
        return new TopicPreparation(cues(carriers, name, ids), cues(breaks, name, ids),
                introducers == null ? List.of() : cues((List<?>) introducers, name, ids), Map.copyOf(bare));
    }

    private static List<Cue> cues(List<?> items, String name, Set<String> ids) {
        List<Cue> cues = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> e) || !(e.get("id") instanceof String id) || !(e.get("pattern") instanceof String p)
                    || !(e.get("example") instanceof String)) {
                throw new IllegalStateException(name + ": each entry needs an id, a pattern and an example: " + item);
            }
            if (!ids.add(id)) {
                throw new IllegalStateException(name + ": duplicate id '" + id + "'");
            }
            Object fromCue = e.get("from-cue");
            if (fromCue != null && !(fromCue instanceof Boolean)) {
                throw new IllegalStateException(name + ": 'from-cue' of '" + id + "' must be true or false");
            }
            cues.add(new Cue(id, ClaimPatterns.compile(p, name + ": '" + id + "'"), Boolean.TRUE.equals(fromCue)));
        }
        return cues;
    }

    /** Whether the lower-case words of a sentence right before a bare vesicle noun make it the preparation under discussion. */
    boolean carries(String before) {
        for (Cue c : carriers) {
            if (c.pattern().matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * (branch chains) Whether the lower-case words between a source and the vesicle noun after it state the source by a
     * verb ("colostrum| yielded ten times more |EVs", "tears| were collected and their |EVs").
     */
    boolean introduces(String between) {
        for (Cue c : introducers) {
            if (c.pattern().matcher(between).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * (branch chains) Where in a lower-case sentence its vesicles stop being the preparation under discussion: 0 for a
     * cue that breaks the whole sentence, the start of the earliest cue that breaks only what follows it ("the
     * peptide-displaying vesicles crossed the barrier, whereas unmodified exosomes ..."), -1 for none.
     */
    int breakAt(String sentence) {
        return breakAt(sentence, RequiredWords.Answers.ofThread());
    }

    /**
     * As {@link #breakAt(String)}, each cue tested against its words first ({@link RequiredWords}, the answers kept in
     * {@code answers}): (branch speed20) the cues were searched at every position of every sentence after a topic.
     */
    int breakAt(String sentence, RequiredWords.Answers answers) {
        int at = -1;
        for (Cue c : breaks) {
            java.util.regex.Matcher m = RequiredWords.matcher(c.pattern(), sentence, answers);
            if (m.find()) {
                int here = c.fromCue() ? m.start() : 0;
                at = at < 0 ? here : Math.min(at, here);
            }
        }
        return at;
    }

    /**
     * (branch subjects) Whether a cue of one of the bare-vesicle sections ({@link #BARE_VESICLE_SECTIONS}) is found in
     * the given lower-case text (the words before or after a bare "vesicles", as the section says).
     */
    boolean bareVesicleCue(String section, String words) {
        for (Cue c : bareVesicleCues.getOrDefault(section, List.of())) {
            if (c.pattern().matcher(words).find()) {
                return true;
            }
        }
        return false;
    }
}
