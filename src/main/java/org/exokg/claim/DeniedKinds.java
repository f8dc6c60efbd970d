package org.exokg.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * (issue 15, branch plainsubjects, thirty-second session) A vesicle kind the sentence denies to its subject ("Yeast and
 * milk vesicles are not human exosomes, and their regulatory classification may differ") is what the subject is not:
 * the object of a NOT isKindOf row, never the subject of the sentence's other claims. The golds of every development
 * set write the other rows of such sentences for the copula's subject ("They are not human exosomes, so we are
 * discussing with the regulators": the plant nanovesicles' challenge). The words that deny are data
 * (denied-kinds.tsv). A sentence that also names the kind without a denial ("Exosomes carry CD63, whereas liposomes are
 * not exosomes") keeps its claims. Read once per document on the final claims. Switch {@code -Dexokg.deniedKinds}
 * (default below).
 */
public final class DeniedKinds {

    /** Measurement switch: -Dexokg.deniedKinds=true|false. */
    public static boolean ON = Boolean.parseBoolean(System.getProperty("exokg.deniedKinds", "true"));

    private static final List<Pattern> DENIALS = PatternEntries.load(DeniedKinds.class, "denied-kinds.tsv");

    private DeniedKinds() {}

    /** The claims without those, other than isKindOf, whose subject is a kind only denied in their sentence. */
    public static List<Claim> withoutDeniedSubjects(String text, List<Claim> claims, Function<Claim, List<Mention>> sentenceMentions) {
        List<Claim> kept = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            if (c.relation() == Relation.IS_KIND_OF || !onlyDenied(text, c, sentenceMentions.apply(c))) {
                kept.add(c);
            }
        }
        return kept.size() == claims.size() ? claims : kept;
    }

    /** True when the claim's subject kind is named in its sentence, and only right after a denying word. */
    static boolean onlyDenied(String text, Claim claim, List<Mention> mentions) {
        boolean denied = false;
        for (Mention m : mentions) {
            if (!m.is(MentionType.VESICLE) || !m.iri().equals(claim.subjectIri())) {
                continue;
            }
            if (!deniedAt(text, claim.sentence().start(), m.start())) {
                return false;
            }
            denied = true;
        }
        return denied;
    }

    /** Whether the words from the sentence's start up to {@code at} end in a denial of a kind. */
    static boolean deniedAt(String text, int sentenceStart, int at) {
        if (at < sentenceStart || at > text.length()) {
            return false;
        }
        String before = text.substring(Math.max(sentenceStart, at - 60), at);
        for (Pattern p : DENIALS) {
            if (p.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }
}
