package org.exokg.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * "The disease" / "this disease" refers back to the disease the text named last ("exosomes from patients with
 * osteoarthritis ... may aggravate the disease"): the claim is about that disease, not about disease in general.
 * A plural or indefinite "diseases", "a disease" names the general class and is left alone (branch hedged2).
 */
public final class DefiniteDisease {

    private static final String DISEASE = MentionType.DISEASE.branchIri();
    private static final Pattern DEFINITE = Pattern.compile("(?:the|this|that)\\s+\\z");

    private DefiniteDisease() {}

    /**
     * The mentions with each definite "the disease" read as {@code antecedent} or, nearer, a specific disease named
     * before it in the same sentence; unchanged when there is neither.
     */
    public static List<Mention> resolve(String text, List<Mention> mentions, Mention antecedent) {
        List<Mention> out = null;
        Mention last = antecedent;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (specific(m)) {
                last = m;
            } else if (last != null && m.iri().equals(DISEASE) && m.surface().toLowerCase(Locale.ROOT).equals("disease")
                    && DEFINITE.matcher(text.substring(Math.max(0, m.start() - 8), m.start()).toLowerCase(Locale.ROOT)).find()) {
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.set(i, new Mention(last.term(), m.start(), m.end(), m.surface()));
            }
        }
        return out == null ? mentions : out;
    }

    /** The last disease more specific than "disease" among {@code mentions}, else {@code previous}. */
    public static Mention lastSpecific(List<Mention> mentions, Mention previous) {
        Mention last = previous;
        for (Mention m : mentions) {
            if (specific(m)) {
                last = m;
            }
        }
        return last;
    }

    private static boolean specific(Mention m) {
        return m.is(MentionType.DISEASE) && !m.iri().equals(DISEASE);
    }
}
