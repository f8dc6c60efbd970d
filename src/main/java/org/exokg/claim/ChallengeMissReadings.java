package org.exokg.claim;

/**
 * Switches of the readings of branch misses36 (issue 15, thirty-fifth session; docs/extraction.md, "Challenges the
 * extractor missed"), all OFF by default, read once:
 * <ul>
 * <li>{@code -Dexokg.contaminantEvents=true}: challenge event {@code misses36-preparations-hold-contaminants}, a
 * preparation said to hold a known contaminant (free or serum proteins, albumin, polymer, debris, fat globules,
 * endotoxin, uromodulin) as LowPurity;</li>
 * <li>{@code -Dexokg.untestedGaps=true}: challenge event {@code misses36-untested-vesicles}, vesicles that "have not been
 * tested / studied" as LackOfCharacterisation (gold conventions aaaaa: an untested matter with no claim of its own).</li>
 * </ul>
 */
public final class ChallengeMissReadings {

    /** The id prefix of the branch's challenge events and rules. */
    static final String PREFIX = "misses36-";

    static final boolean CONTAMINANT_EVENTS = Boolean.getBoolean("exokg.contaminantEvents");

    static final boolean UNTESTED_GAPS = Boolean.getBoolean("exokg.untestedGaps");

    private ChallengeMissReadings() {}

    /** True when {@code id} names a challenge event or rule of this branch whose switch is off. */
    static boolean off(String id) {
        if (!id.startsWith(PREFIX)) {
            return false;
        }
        if (id.startsWith(PREFIX + "untested")) {
            return !UNTESTED_GAPS;
        }
        return !CONTAMINANT_EVENTS;
    }
}
