package org.exokg.claim;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.document.Sentence;

/**
 * A hedge reading of branch hedges39 (issue 15, thirty-ninth session; docs/extraction.md, "A doubt the writer states after
 * the claim"): a claim whose own scope holds no hedge cue is hedged when, later in its sentence, after "but / yet /
 * although / though", "however" or a semicolon, the writer says of what was just stated that it is not confirmed, remains
 * to be shown or needs validation ("A long noncoding RNA carried by these exosomes may explain why ..., but this has not
 * been confirmed"; "Their microRNA signature could help identify patients ..., but it requires validation"). The doubt
 * words are data (cues.yaml section {@code followingDoubts}); each entry opens with an anaphor for the clause before
 * ("this", "that", "it", "these findings"), so a doubt on another noun ("although this assay has not been validated") is
 * not read. It changes a claim's hedge flag, never which claims are read.
 * <p>Not read: an origin (derivedFrom, what the noun phrase presupposes, convention g), a relation the noun phrase
 * presupposes (attributive rules), a denied claim, a stated knowledge gap (its challenge is what the doubt states), a
 * finding others "could not reproduce / have not replicated" (convention mmmmmmm: not among the entries), and a doubt
 * narrowed to people ("but this has not been confirmed in humans": the finding in the model is stated).
 * <p>Switch {@code -Dexokg.doubtAfterClaim=true} (OFF by default), read at each use. Measured in the thirty-ninth
 * session: deciding pool found hedged +0, wrongly hedged +0; design +2 found hedged (blind 14, 29), 0 wrongly hedged:
 * OFF by the hedge-only rule.
 */
public final class FollowingDoubtHedges {

    private FollowingDoubtHedges() {}

    static boolean on() {
        return Boolean.parseBoolean(System.getProperty("exokg.doubtAfterClaim", "false"));
    }

    /**
     * Where the writer turns to a comment on the clause before: ", but", ", yet", ", although", ", though", ", while",
     * "; (however,)", ", however,". Group 0 ends where the comment's anaphor starts.
     */
    private static final Pattern OPENER = Pattern.compile(
            "(?:,\\s*|\\s+)(?:but|yet|although|though)\\s+|;\\s*(?:(?:but|however,?)\\s+)?|,\\s*however,\\s*");

    /** A clause between the claim and the opener: the comment would be on that clause, not the claim's. */
    private static final Pattern OTHER_CLAUSE = Pattern.compile(
            "[;:()]|,\\s*(?:and|which|while|whereas|so|because|since|as|where|when|who)\\b|\\b(?:that|which)\\b");

    /** A doubt narrowed to people: what the model showed is stated, only its transfer is open. */
    private static final Pattern IN_PEOPLE = Pattern.compile(
            "\\A\\s+(?:in|for|to)\\s+(?:people|humans?|patients|man|the\\s+clinic|clinical\\s+\\w+|human\\s+\\w+)\\b");

    /**
     * The hedge of a claim spanning [{@code claimStart}, {@code claimEnd}) in {@code sentence} when the writer's doubt on
     * its clause follows in the sentence; null otherwise (or when the switch is off).
     */
    static Cues.Match hedge(String text, Sentence sentence, int claimStart, int claimEnd) {
        if (!on() || claimStart < sentence.start() || claimEnd > sentence.end() || claimEnd < claimStart) {
            return null;
        }
        String rest = text.substring(claimEnd, sentence.end());
        String lower = rest.toLowerCase(Locale.ROOT);
        Matcher m = OPENER.matcher(lower);
        if (!m.find() || OTHER_CLAUSE.matcher(lower.substring(0, m.start())).find()) {
            return null;
        }
        Cues.Match doubt = Cues.followingDoubtAt(rest.substring(m.end()));
        if (doubt == null) {
            return null;
        }
        int doubtEnd = m.end() + doubt.text().length();
        if (IN_PEOPLE.matcher(lower.substring(doubtEnd)).lookingAt()) {
            return null;
        }
        return doubt;
    }
}
