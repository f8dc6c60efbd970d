package org.exokg.claim;

import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The vesicles' safety stated as a gap, and adjuvant named as their own property ({@code safety-gaps.yaml}, data; gold
 * conventions vvvvv and xxxxx; issue 15, branch conventionreadings). A SafetyConcern term that names only the matter of
 * safety ("their long-term safety") with a negation of examining ("has not been tested for safety", "has not been
 * studied") or an unsettled predicate ("is unknown", "remains to be shown") states the gap: positive and unhedged.
 *
 * @param safety surfaces of a SafetyConcern term that name safety and no harm
 * @param untested words right after a negation cue that say the matter was not examined
 */
record SafetyGaps(Pattern safety, Pattern untested) {

    static final String RESOURCE = "safety-gaps.yaml";

    /**
     * Switch (branch conventionreadings), ON by default: a safety gap is read as stated (vvvvv); -Dexokg.safetyGaps=false
     * reads as before. On after the protocol's check: blind 30-32 +1 right, -1 wrong (a denied SafetyConcern of "has not
     * been tested for safety" now the stated gap); seed..29 +4 right, -1 wrong. Not final: the fixture test sets it.
     */
    static boolean SAFETY_GAPS = Boolean.parseBoolean(System.getProperty("exokg.safetyGaps", "true"));

    private static final SafetyGaps DEFAULT = RuleFile.read(RESOURCE, SafetyGaps::parse);

    /** The shipped words. */
    static SafetyGaps defaults() {
        return DEFAULT;
    }

    /** Reads a safety-gap file; a missing or empty section, or a word that is no regular expression, is an error naming it. */
    static SafetyGaps parse(InputStream in, String name) {
        Map<?, ?> root = RuleFile.sections(in, name, "word lists");
        return new SafetyGaps(Pattern.compile("(?:" + RuleFile.words(root, "safety", name) + ")"),
                Pattern.compile("\\A\\s*(?:,[^,]{0,40},)?\\s*(?:" + RuleFile.words(root, "untested", name) + ")\\b"));
    }

    /** Whether a SafetyConcern term's surface names the matter of safety and no harm ("long-term safety"). */
    boolean namesSafetyOnly(String surface) {
        return safety.matcher(surface.toLowerCase(java.util.Locale.ROOT).strip()).matches();
    }

    /** Whether the text right after a negation cue says the matter was not examined ("been tested", "yet been studied"). */
    boolean untestedAfter(String afterCue) {
        return untested.matcher(afterCue.toLowerCase(java.util.Locale.ROOT)).lookingAt();
    }
}
