package org.exokg.claim;

/**
 * Switches of the readings of branch misses36 (issue 15, thirty-fifth session; docs/extraction.md, "Challenges the
 * extractor missed"), all OFF by default, read once:
 * <ul>
 * <li>{@code -Dexokg.contaminantEvents=true}: challenge event {@code misses36-preparations-hold-contaminants}, a
 * preparation said to hold a known contaminant (free or serum proteins, albumin, polymer, debris, fat globules,
 * endotoxin, uromodulin) as LowPurity;</li>
 * <li>{@code -Dexokg.whetherGaps=true}: challenge event {@code misses36-whether-unknown} and rule
 * {@code misses36-whether-vesicle-gap}, an open question closed by "is unknown / remains to be shown / has not been
 * tested" as the vesicles' LackOfCharacterisation (gold conventions aaaaa, aaaaaa);</li>
 * <li>{@code -Dexokg.untestedGaps=true}: challenge event {@code misses36-untested-vesicles}, vesicles that "have not been
 * tested / studied" as LackOfCharacterisation (gold conventions aaaaa: an untested matter with no claim of its own).</li>
 * <li>{@code -Dexokg.treatmentBeforeChallenge=true}: a loading technique or treatment named before a challenge event
 * of loading, aggregation or storage in a sentence that names no vesicle ("Electroporation also caused some
 * aggregation") is the event's cause, and the event is said of the vesicles under discussion as a lone event is. (The
 * older switch noLoaderBeforeLoadingEvent, branch challenges8, meant this for loading events, but its test compares the
 * class IRI with "#LowLoadingEfficiency" while the namespace ends with "/", so it never applies.)</li>
 * </ul>
 */
public final class ChallengeMissReadings {

    /** The id prefix of the branch's challenge events and rules. */
    static final String PREFIX = "misses36-";

    static final boolean CONTAMINANT_EVENTS = Boolean.getBoolean("exokg.contaminantEvents");

    static final boolean WHETHER_GAPS = Boolean.getBoolean("exokg.whetherGaps");

    static final boolean UNTESTED_GAPS = Boolean.getBoolean("exokg.untestedGaps");

    static final boolean TREATMENT_BEFORE_CHALLENGE = Boolean.getBoolean("exokg.treatmentBeforeChallenge");

    private static final java.util.Set<String> CAUSED_CHALLENGES = java.util.Set.of(org.exokg.ExoKg.NS + "LowLoadingEfficiency",
            org.exokg.ExoKg.NS + "VesicleAggregation", org.exokg.ExoKg.NS + "StorageStability");

    private ChallengeMissReadings() {}

    /**
     * True when {@code m}, a loading technique or treatment named before a lone challenge event of class
     * {@code objectIri} (a loading, aggregation or storage challenge), is the event's cause and not a rival subject.
     */
    static boolean causeBeforeEvent(org.exokg.mention.Mention m, String objectIri) {
        return TREATMENT_BEFORE_CHALLENGE && m.is(org.exokg.mention.MentionType.LOADING_TECHNIQUE)
                && CAUSED_CHALLENGES.contains(objectIri);
    }

    /** True when {@code id} names a challenge event or rule of this branch whose switch is off. */
    static boolean off(String id) {
        if (!id.startsWith(PREFIX)) {
            return false;
        }
        if (id.startsWith(PREFIX + "whether")) {
            return !WHETHER_GAPS;
        }
        if (id.startsWith(PREFIX + "untested")) {
            return !UNTESTED_GAPS;
        }
        return !CONTAMINANT_EVENTS;
    }
}
