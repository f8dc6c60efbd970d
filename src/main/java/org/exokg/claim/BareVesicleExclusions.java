package org.exokg.claim;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * (branch barevesicles, issue 15) The words that make a bare "vesicles" other vesicles than the extracellular ones a
 * text discusses (synaptic, intraluminal, liposomes, vesicles of the cell's own traffic), read from
 * {@code bare-vesicles.yaml}.
 */
final class BareVesicleExclusions {

    static final String RESOURCE = "bare-vesicles.yaml";

    record Exclusion(String id, Pattern pattern) {}

    private static BareVesicleExclusions defaults;

    private final List<Exclusion> before;
    private final List<Exclusion> after;
    private final List<Exclusion> sentence;

    private BareVesicleExclusions(List<Exclusion> before, List<Exclusion> after, List<Exclusion> sentence) {
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
        return new BareVesicleExclusions(entries(RuleFile.section(root, "other-before", name), name, ids),
                entries(RuleFile.section(root, "other-after", name), name, ids),
                entries(RuleFile.section(root, "other-sentence", name), name, ids));
    }

    private static List<Exclusion> entries(List<?> items, String name, Set<String> ids) {
        List<Exclusion> out = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> e) || !(e.get("id") instanceof String id) || !(e.get("pattern") instanceof String p)
                    || !(e.get("example") instanceof String)) {
                throw new IllegalStateException(name + ": each entry needs an id, a pattern and an example: " + item);
            }
            if (!ids.add(id)) {
                throw new IllegalStateException(name + ": duplicate id '" + id + "'");
            }
            out.add(new Exclusion(id, ClaimPatterns.compile(p, name + ": '" + id + "'")));
        }
        return out;
    }

    /**
     * Whether the lower-case sentence, its words before a bare "vesicles" and its words after make them other vesicles;
     * the sentence-wide entries first.
     */
    boolean otherVesicles(String sentenceLower, String wordsBefore, String wordsAfter) {
        return matches(sentence, sentenceLower) || matches(before, wordsBefore) || matches(after, wordsAfter);
    }

    private static boolean matches(List<Exclusion> list, String words) {
        for (Exclusion x : list) {
            if (x.pattern().matcher(words).find()) {
                return true;
            }
        }
        return false;
    }
}
