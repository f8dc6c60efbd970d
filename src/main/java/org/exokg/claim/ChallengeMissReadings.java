package org.exokg.claim;

/**
 * Switch of the reading of branch misses36 (issue 15, thirty-fifth session; docs/extraction.md, "Challenges the
 * extractor missed"): {@code -Dexokg.contaminantEvents=true} reads the challenge events with ids {@link #PREFIX} in
 * claim-rules.yaml, a preparation said to hold a known contaminant (free or serum proteins, albumin, polymer, debris,
 * fat globules, endotoxin, uromodulin) as LowPurity. OFF by default. Read once.
 */
public final class ChallengeMissReadings {

    /** The id prefix of the branch's challenge events. */
    static final String PREFIX = "misses36-";

    static final boolean CONTAMINANT_EVENTS = Boolean.getBoolean("exokg.contaminantEvents");

    private ChallengeMissReadings() {}

    /** True when {@code eventId} names a challenge event of this branch and its switch is off. */
    static boolean off(String eventId) {
        return eventId.startsWith(PREFIX) && !CONTAMINANT_EVENTS;
    }
}
