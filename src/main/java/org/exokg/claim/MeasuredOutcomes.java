package org.exokg.claim;

/**
 * Switch of the measured-outcome reading of branch outcomes34 (issue 15, thirty-fourth session; docs/extraction.md,
 * "Outcomes stated as a measured change"): {@code -Dexokg.measuredOutcomes=false|true} leaves out or keeps the outcome
 * measures and the rules with ids "outcomes34-" in claim-rules.yaml. The measures are general heads of a measure of
 * the studied disease (a body part the vesicles protect, preserve or restore; swelling; a scar; an infiltrate; the
 * strength of a repaired tissue) read as the disease under discussion, as recall2's measures are; the rule gives the
 * verbs of protection to measures better higher. Read at each use, not when a class loads, so that a test can turn it on
 * and off. OFF by default since the lead's decision on the pool 30-32 + 36 + 37 (thirty-fourth session: +1 right on blind
 * 36, +2 wrong on blind 37, the pool's precision lower).
 */
public final class MeasuredOutcomes {

    /** The id prefix of the branch's outcome measures and rules. */
    static final String PREFIX = "outcomes34-";

    private MeasuredOutcomes() {}

    /** True when the switch is on (its default: see docs/switches.md). */
    static boolean on() {
        return Boolean.parseBoolean(System.getProperty("exokg.measuredOutcomes", "false"));
    }

    /** True when {@code id} names an outcome measure or rule of this branch and the switch is off. */
    static boolean off(String id) {
        return id.startsWith(PREFIX) && !on();
    }
}
