package org.exokg.claim;

import java.util.Locale;
import java.util.regex.Pattern;
import org.exokg.document.Sentence;
import org.exokg.mention.Mention;

/**
 * Hedge readings of branch hedges36 (issue 15, thirty-sixth session; docs/extraction.md, "Hedges on matched claims"):
 * they change a matched claim's hedge flag, never which claims are read. Each has a switch, read at each use (not when a
 * class loads) so that a test can turn it on and off:
 * <ul>
 * <li>{@code -Dexokg.attributedDoubtInText=false} turns off (ON by default): a statement attributed to a party ("the
 * chapter asserts that", "annex B states that", "the leaflet also states that", "the claim in the abstract that", "claim
 * 17 recites") that the writer doubts or rejects after it, in the same sentence or later in the text ("is not supported
 * by", "should be removed", "please cite evidence or soften", "gives little space to", "no ... study is described",
 * "misleading", "unproven") is hedged (conventions ii and xxxx). The cues are data: cues.yaml sections
 * attributedStatements and statedDoubts. An origin (derivedFrom) stays what the noun phrase presupposes (g); a neutral
 * attribution in a text without such doubt stays unhedged (f); an emphatic "do carry" grants the statement.
 * Decided in the thirty-sixth session: deciding pool +4 hedged claims found hedged, no wrong hedge added; design +7, +1
 * wrong.</li>
 * <li>{@code -Dexokg.attributedDoubt=true} (OFF): the same with the doubt in the attribution's own sentence only (a part
 * of the reading above; moved nothing on the deciding pool).</li>
 * <li>{@code -Dexokg.releaseQuality=true} (OFF): "&lt;cells&gt; may / might release vesicles that are better suited to
 * ..., unlike those of ..., of different composition": the modal hedges the quality the relative clause or comparison
 * gives, not the release (convention ccccc): the derivedFrom claim is unhedged. Design -3 wrong hedges; no pool
 * change.</li>
 * <li>{@code -Dexokg.pronounClauseBoundary=true} (OFF; cues.yaml hedgeBoundaries and-pronoun-clause, {@code onlyWith}):
 * ", and they / it &lt;verb&gt;" opens a clause of its own, which a cue before it does not reach. Design -3 wrong hedges
 * (one sentence); no pool change.</li>
 * </ul>
 */
public final class MatchedHedgeReadings {

    private MatchedHedgeReadings() {}

    static boolean attributedDoubt() {
        return Boolean.parseBoolean(System.getProperty("exokg.attributedDoubt", "false"));
    }

    /** -Dexokg.attributedDoubtInText: the writer's doubt anywhere in the text after the attribution, not only in its sentence. */
    static boolean attributedDoubtInText() {
        return Boolean.parseBoolean(System.getProperty("exokg.attributedDoubtInText", "true"));
    }

    static boolean releaseQuality() {
        return Boolean.parseBoolean(System.getProperty("exokg.releaseQuality", "false"));
    }

    /** The hedge id a claim's rule names for the attributed-and-doubted reading. */
    static final String ATTRIBUTED_DOUBT_ID = "hedge-attributed-doubt";

    /**
     * The hedge of a claim spanning [{@code claimStart}, {@code claimEnd}) in its sentence when an attribution stands
     * before it (no semicolon or colon between) and the writer's doubt after it; null otherwise.
     */
    static Cues.Match attributedDoubt(String text, Sentence sentence, int claimStart, int claimEnd) {
        if (!attributedDoubt() && !attributedDoubtInText() || claimStart < sentence.start() || claimEnd > sentence.end() || claimEnd < claimStart) {
            return null;
        }
        String before = text.substring(sentence.start(), claimStart);
        Cues.Match attribution = Cues.attributionMatch(before);
        if (attribution == null) {
            return null;
        }
        String lower = before.toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf(attribution.text().toLowerCase(Locale.ROOT));
        if (at < 0 || CLAUSE_BREAK.matcher(lower.substring(at)).find()
                || EMPHATIC_DO.matcher(text.substring(sentence.start() + at, claimEnd).toLowerCase(Locale.ROOT)).find()) {
            return null;
        }
        boolean doubted = attributedDoubtInText() ? lastDoubtStart(text) >= claimEnd
                : Cues.statedDoubtMatch(text.substring(claimEnd, sentence.end())) != null;
        return doubted ? new Cues.Match(ATTRIBUTED_DOUBT_ID, attribution.text()) : null;
    }

    /** Per thread, the last text searched for a doubt and where its last doubt starts (-1: none). */
    private static final ThreadLocal<Object[]> LAST_DOUBT = ThreadLocal.withInitial(() -> new Object[] {null, -1});

    /**
     * Where the last doubt of {@code text} starts, or -1: a doubt after a claim exists when it starts at or after the claim's
     * end (the text is searched once, not once per claim).
     */
    private static int lastDoubtStart(String text) {
        Object[] memo = LAST_DOUBT.get();
        if (memo[0] != text) {
            memo[1] = Cues.statedDoubtStart(text);
            memo[0] = text;
        }
        return (Integer) memo[1];
    }

    /**
     * An emphatic "do / does / did &lt;verb&gt;" in the attributed clause: the writer grants what the party says ("the expert
     * stated that vesicles from amniotic fluid do carry growth factors, but that their effect ... has not been shown").
     */
    private static final Pattern EMPHATIC_DO = Pattern.compile("\\b(?:do|does|did)\\s+(?!not\\b|n't\\b)[a-z]{3,}\\b");

    /** A break between an attribution and the claim: the statement after it is no longer the attributed one. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:]");

    /** A modal and a verb of release right before the vesicles (at most two words of theirs between). */
    private static final Pattern MODAL_RELEASE_BEFORE = Pattern.compile(
            "\\b(?:may|might|could)\\s+(?:(?:also|even|well|themselves)\\s+)?(?:release|secrete|shed|produce|give\\s+off)\\s+(?:[\\p{L}\\p{N}\\-]+\\s+){0,2}\\z");

    /** What a quality of the released vesicles opens with: a relative clause, a comparison, a composition. */
    private static final Pattern QUALITY_AFTER = Pattern.compile(
            "\\s*(?:that|which|unlike\\b|of\\s+(?:a\\s+)?(?:different|distinct|varying|variable|other|altered|another)\\b"
                    + "|with\\s+(?:a\\s+)?(?:different|distinct|altered|other|varying)\\b"
                    + "|(?:better|more|less|richer|poorer|different|distinct)\\b)");

    /**
     * Whether derivedFrom claim's vesicles {@code v} stand after "may / might / could release" and before a quality of
     * theirs: the modal is on the quality (convention ccccc).
     */
    static boolean releaseWithQuality(String text, Sentence sentence, Mention v) {
        if (!releaseQuality() || v.start() < sentence.start() || v.end() > sentence.end()) {
            return false;
        }
        String before = text.substring(Math.max(sentence.start(), v.start() - 60), v.start()).toLowerCase(Locale.ROOT);
        if (!MODAL_RELEASE_BEFORE.matcher(before).find()) {
            return false;
        }
        return QUALITY_AFTER.matcher(text.substring(v.end(), sentence.end()).toLowerCase(Locale.ROOT)).lookingAt();
    }
}
