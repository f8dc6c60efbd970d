package org.exokg.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.exokg.document.Section;
import org.exokg.document.Sentence;

/**
 * (branch anaphors12, lead decision uu) "Both preparations survived gastric fluid", "Neither preparation was toxic", "with
 * either preparation" after two named preparations: the anaphor stands for each of them, so a claim read through it is
 * one row per preparation, each with its own kind and qualifier. The anaphora layer resolves the phrase to the last
 * vesicles under discussion only; this keeps, per section, the last two preparations the affirmed claims named (kind and
 * qualifier, not read through an anaphor) and gives the other one its copy of each claim the anaphor gave. One instance
 * per document, fed every sentence's claims in text order.
 */
public final class EachPreparation {

    /** Measurement switch: -Dexokg.noEachPreparation: "both preparations" stays the last preparation alone. */
    public static final boolean ON = !Boolean.getBoolean("exokg.noEachPreparation");
    /** A distributive phrase over two preparations: "both preparations", "neither preparation", "either formulation", "the two isolates". */
    private static final Pattern EACH_OF_TWO = Pattern.compile(
            "(?i)\\b(?:both|neither|either|the\\s+two)\\s+(?:[\\p{L}\\-‐]+\\s+)?(?:preparations?|formulations?|isolates?|products?)\\b");

    /** (branch subjects33) Whether a sentence names two preparations with a distributive phrase ("both preparations"). */
    static boolean namesEachOfTwo(String sentence) {
        return EACH_OF_TWO.matcher(sentence).find();
    }

    private String section;
    private boolean started;
    /** The section's preparations named by affirmed claims, "subject|qualifier" -> {subject, qualifier}, the latest last. */
    private final Map<String, String[]> recent = new LinkedHashMap<>();

    /** The claims of sentence {@code s}, those read through "both/neither preparation(s)" given once per preparation. */
    public List<Claim> claims(Sentence s, List<Claim> claims) {
        if (!started || !Objects.equals(section, s.section())) {
            started = true;
            section = s.section();
            recent.clear();
        }
        List<Claim> out = claims;
        if (ON && recent.size() >= 2 && EACH_OF_TWO.matcher(s.text()).find()) {
            List<String[]> two = new ArrayList<>(recent.values()).subList(recent.size() - 2, recent.size());
            Map<String, Claim> each = new LinkedHashMap<>();
            for (Claim c : claims) {
                boolean ofOne = c.rule().contains("+anaphor") && c.relation() != Relation.DERIVED_FROM
                        && two.stream().anyMatch(p -> p[0].equals(c.subjectIri()) && Objects.equals(p[1], c.qualifierIri()));
                if (!ofOne) {
                    each.putIfAbsent(c.identity(), c);
                    continue;
                }
                for (String[] p : two) {
                    Claim copy = new Claim(p[0], c.relation(), c.objectIri(), c.negationCue(), c.hedgeCue(), c.scope(), p[1],
                            c.rule(), c.sentence(), null);
                    each.putIfAbsent(copy.identity(), copy);
                }
            }
            out = List.copyOf(each.values());
        }
        remember(s, claims);
        return out;
    }

    /** The preparations a sentence's own affirmed claims name; a kind with a qualifier in it outranks the kind without. */
    private void remember(Sentence s, List<Claim> claims) {
        if (Section.isMethods(s.section())) {
            return;
        }
        Map<String, String[]> here = new LinkedHashMap<>();
        for (Claim c : claims) {
            if (c.negated() || c.rule().contains("+anaphor") || c.relation() == Relation.DERIVED_FROM) {
                continue;
            }
            here.putIfAbsent(c.subjectIri() + "|" + c.qualifierIri(), new String[] {c.subjectIri(), c.qualifierIri()});
        }
        here.values().removeIf(p -> p[1] == null && here.values().stream().anyMatch(q -> q[0].equals(p[0]) && q[1] != null));
        for (Map.Entry<String, String[]> e : here.entrySet()) {
            recent.remove(e.getKey());
            recent.put(e.getKey(), e.getValue());
        }
    }
}
