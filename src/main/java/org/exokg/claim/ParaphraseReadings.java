package org.exokg.claim;

/**
 * Switch of the paraphrase readings of branch paraphrase33 (issue 15, thirty-third session; docs/extraction.md,
 * "Benefits stated in other words"): the challenge events with ids "paraphrase33-" in claim-rules.yaml, which read the
 * vesicles' Stability from what they came through ("survived simulated gastric fluid", "resisted gastric acid") and from
 * the cargo they shield from degradation ("protected the siRNA from RNase"), and the rule of that prefix that reads immune
 * cells whose proliferation or activation the vesicles curb (targets, and usedFor Immunomodulation by its implied
 * property). ClaimExtractor asks {@link MissedClaimReadings#off} for the events, ClaimPatterns#rules for the rules. {@code -Dexokg.paraphrasedBenefits=false|true}
 * turns them off or on; read at each use, not when a class loads, so that a test can turn it on and off.
 */
public final class ParaphraseReadings {

    /** The default of {@code -Dexokg.paraphrasedBenefits} (decided on the decision sets, docs/extraction.md). */
    static final boolean ON_BY_DEFAULT = true;

    /** The id prefix of the branch's challenge events and rules. */
    static final String PREFIX = "paraphrase33-";

    private ParaphraseReadings() {}

    /** True when {@code id} names a reading of this branch and its switch is off. */
    public static boolean off(String id) {
        return id.startsWith(PREFIX) && !Boolean.parseBoolean(
                System.getProperty("exokg.paraphrasedBenefits", String.valueOf(ON_BY_DEFAULT)));
    }
}
