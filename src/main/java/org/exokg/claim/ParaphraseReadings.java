package org.exokg.claim;

/**
 * Switches of the two paraphrase readings of branch paraphrase33 (issue 15, thirty-third session; docs/extraction.md,
 * "Benefits stated in other words"), both ON by default (each gained right claims on the decision sets, none wrong):
 * <ul>
 * <li>{@code -Dexokg.stabilityParaphrases=false}: leaves out the challenge events with ids "paraphrase33-" in
 * claim-rules.yaml, which read the vesicles' Stability from what they came through ("survived simulated gastric fluid",
 * "resisted gastric acid") and from the cargo they shield from degradation ("protected the siRNA from RNase");
 * ClaimExtractor asks through {@link MissedClaimReadings#off};</li>
 * <li>{@code -Dexokg.curbedImmuneCells=false}: leaves out the rules with ids "paraphrase33-", which read immune cells whose
 * proliferation or activation the vesicles curb (targets, and usedFor Immunomodulation by its implied property);
 * {@link ClaimPatterns#rules} asks {@link #rulesOff}.</li>
 * </ul>
 * Read at each use, not when a class loads, so that a test can turn them on and off.
 */
public final class ParaphraseReadings {

    /** The id prefix of the branch's challenge events and rules. */
    static final String PREFIX = "paraphrase33-";

    private ParaphraseReadings() {}

    /** True when {@code eventId} names a challenge event of this branch and its switch is off. */
    public static boolean off(String eventId) {
        return eventId.startsWith(PREFIX) && !switchedOn("exokg.stabilityParaphrases");
    }

    /** True when the rules of this branch (ids {@link #PREFIX}) are switched off. */
    static boolean rulesOff() {
        return !switchedOn("exokg.curbedImmuneCells");
    }

    private static boolean switchedOn(String name) {
        return Boolean.parseBoolean(System.getProperty(name, "true"));
    }
}
