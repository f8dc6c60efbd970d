package org.exokg.claim;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Cargo said of the discourse's vesicles in a sentence that names none (issue 15, branch cargosubjects38, thirty-eighth
 * session; docs/extraction.md, "Cargo of the vesicles under discussion"): "CD63, CD81 and TSG101 were detected by western
 * blot", "siRNA was loaded by electroporation", "The cargo includes microRNAs such as miR-21" after a sentence that named
 * the vesicles. The words are data (discourse-cargo.yaml); {@link ClaimExtractor} applies them where the sentence names no
 * vesicle and a vesicle of its section is the antecedent. Switch {@code -Dexokg.discourseCargo} (OFF unless decided ON),
 * read at each use so that a test can turn it on and off.
 */
public final class DiscourseCargo {

    /** The default of {@code exokg.discourseCargo}. */
    static final boolean DEFAULT = false;

    static final String RESOURCE = "discourse-cargo.yaml";

    /** One entry of the file: its id and pattern. */
    record Cue(String id, Pattern pattern) {}

    private final List<Cue> openings;
    private final List<Cue> predicatesAfter;
    private final List<Cue> leadIns;
    private final List<Cue> guards;
    private List<Cue> compounds = List.of();

    private static DiscourseCargo defaults;

    private DiscourseCargo(List<Cue> openings, List<Cue> predicatesAfter, List<Cue> leadIns, List<Cue> guards) {
        this.openings = openings;
        this.predicatesAfter = predicatesAfter;
        this.leadIns = leadIns;
        this.guards = guards;
    }

    /** True when the reading is switched on. */
    static boolean on() {
        String value = System.getProperty("exokg.discourseCargo");
        return value == null ? DEFAULT : Boolean.parseBoolean(value);
    }

    static synchronized DiscourseCargo defaults() {
        if (defaults == null) {
            defaults = RuleFile.read(RESOURCE, DiscourseCargo::parse);
        }
        return defaults;
    }

    static DiscourseCargo parse(InputStream in, String name) {
        Map<?, ?> root = RuleFile.sections(in, name, "cue lists");
        Set<String> ids = new HashSet<>();
        DiscourseCargo d = new DiscourseCargo(cues(RuleFile.section(root, "openings", name), "opening", name, ids),
                cues(RuleFile.section(root, "predicates-after", name), "predicate", name, ids),
                cues(RuleFile.section(root, "lead-ins", name), "lead-in", name, ids),
                cues(RuleFile.section(root, "guards", name), "guard", name, ids));
        d.compounds = cues(RuleFile.optionalSection(root, "compounds", name), "compound", name, ids);
        return d;
    }

    private static List<Cue> cues(List<?> items, String label, String name, Set<String> ids) {
        List<Cue> out = new ArrayList<>();
        for (RuleFile.Entry e : RuleFile.entries(items, label, name, ids, Set.of("pattern", "example"))) {
            Pattern p;
            try {
                p = Pattern.compile(e.text("pattern"));
            } catch (PatternSyntaxException x) {
                throw new IllegalStateException(e.where() + ": pattern is no regular expression: " + x.getDescription(), x);
            }
            String example = e.optionalText("example");
            if (example != null && !p.matcher(example).find()) {
                throw new IllegalStateException(e.where() + ": pattern does not find its example");
            }
            out.add(new Cue(e.id(), p));
        }
        return List.copyOf(out);
    }

    /** Whether the lower-case words before an opening cargo list may stand before the clause's cargo subject. */
    boolean opening(String before) {
        return openings.stream().anyMatch(c -> c.pattern().matcher(before).matches());
    }

    /** The predicate after an opening cargo list (lower-case words after its last item), or null. */
    Match predicateAfter(String after) {
        for (Cue c : predicatesAfter) {
            Matcher m = c.pattern().matcher(after);
            if (m.lookingAt()) {
                return new Match(c.id(), m.end());
            }
        }
        return null;
    }

    /** The noun of the cargo's loading or content right after a cargo term (lower-case words after it), or null. */
    Match compound(String after) {
        for (Cue c : compounds) {
            Matcher m = c.pattern().matcher(after);
            if (m.lookingAt()) {
                return new Match(c.id(), m.end());
            }
        }
        return null;
    }

    /** The lead-in that ends right before a cargo term (lower-case words from the sentence start), or null. */
    Match leadIn(String before) {
        for (Cue c : leadIns) {
            Matcher m = c.pattern().matcher(before);
            if (m.matches()) {
                return new Match(c.id(), m.end());
            }
        }
        return null;
    }

    /** The guard the lower-case sentence holds, or null. */
    String guard(String sentenceLower) {
        for (Cue c : guards) {
            if (c.pattern().matcher(sentenceLower).find()) {
                return c.id();
            }
        }
        return null;
    }

    /** An entry that matched: its id and the end of its match (relative to the text it was matched on). */
    record Match(String id, int end) {}
}
