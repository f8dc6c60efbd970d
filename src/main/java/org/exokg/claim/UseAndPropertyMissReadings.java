package org.exokg.claim;

/**
 * Switches of the readings of branch usedfor39 (issue 15, thirty-ninth session; docs/extraction.md, "Uptake by named cells
 * and inflammation absent as a harm"), built from the census of the design sets' missed usedFor and hasProperty rows
 * (developer tool UseAndPropertyMissCensus, test scope). Entries of claim-rules.yaml with ids {@code usedfor39-...}:
 * <ul>
 * <li>{@code -Dexokg.absentInflammation} (OFF; {@code =true}): inflammation or an inflammatory infiltrate named first as
 * a harm that was not seen is LowToxicity of the vesicles under discussion, as the absent harms of convention cc ("No
 * inflammation was seen at the injection sites", "no middle-ear inflammation or perforation of the tympanic membrane was
 * seen"; challenge events {@code usedfor39-absent-inflammation-...});</li>
 * <li>{@code -Dexokg.cellsTakeUpVesicles} (OFF; {@code =true}): cells that take up, internalise or engulf the vesicles
 * with a quantity, a relative pronoun or a label between ("Kupffer cells took up fewer F-EVs", "microglia took up most
 * of the NSC-EVs", "macrophages that engulfed the OMVs", "myotubes internalised the labelled EVs") are targeted, and the
 * vesicles have CellularUptake (the lead's convention of the eleventh session), also after cells named in a place
 * ("dendritic cells in the draining lymph nodes took up the engineered OMVs", whose targets row was read without the
 * uptake); rule {@code usedfor39-uptake-...} and implied property {@code usedfor39-uptake-...};</li>
 * <li>{@code -Dexokg.harmAbsentWithVesicle} (OFF; {@code =true}): an absent harm (LowToxicity, LowImmunogenicity) said
 * with the vesicles named after it as what was given ("No liver or kidney toxicity was seen after 14 daily doses of the
 * exosomes", "no weight loss was seen in mice given LjMVs"); rule {@code usedfor39-given-...};</li>
 * <li>{@code -Dexokg.tinyCalledVesicles} (OFF; {@code =true}): a lay naming phrase, "tiny particles / bubbles / sacs
 * called extracellular vesicles", states SmallSize as "tiny vesicles" does; rule {@code usedfor39-tiny-...}.</li>
 * </ul>
 * Read at each use, not when a class loads, so that a test can turn them on and off.
 */
public final class UseAndPropertyMissReadings {

    /** The id prefix of the branch's entries. */
    static final String PREFIX = "usedfor39-";
    static final String INFLAMMATION = PREFIX + "absent-inflammation-";
    static final String UPTAKE = PREFIX + "uptake-";
    static final String GIVEN = PREFIX + "given-";
    static final String TINY = PREFIX + "tiny-";

    /** The default of {@code exokg.tinyCalledVesicles}. */
    static final boolean TINY_CALLED_DEFAULT = false;

    /** The default of {@code exokg.harmAbsentWithVesicle}. */
    static final boolean HARM_ABSENT_WITH_VESICLE_DEFAULT = false;

    /** The default of {@code exokg.absentInflammation}. */
    static final boolean ABSENT_INFLAMMATION_DEFAULT = false;

    /** The default of {@code exokg.cellsTakeUpVesicles}. */
    static final boolean CELLS_TAKE_UP_DEFAULT = false;

    private UseAndPropertyMissReadings() {}

    static boolean absentInflammation() {
        return switchedOn("exokg.absentInflammation", ABSENT_INFLAMMATION_DEFAULT);
    }

    static boolean cellsTakeUpVesicles() {
        return switchedOn("exokg.cellsTakeUpVesicles", CELLS_TAKE_UP_DEFAULT);
    }

    static boolean harmAbsentWithVesicle() {
        return switchedOn("exokg.harmAbsentWithVesicle", HARM_ABSENT_WITH_VESICLE_DEFAULT);
    }

    static boolean tinyCalledVesicles() {
        return switchedOn("exokg.tinyCalledVesicles", TINY_CALLED_DEFAULT);
    }

    /** True when {@code id} (an event, a rule or an implied property) belongs to a reading of this branch switched off. */
    static boolean off(String id) {
        if (!id.startsWith(PREFIX)) {
            return false;
        }
        if (id.startsWith(INFLAMMATION)) {
            return !absentInflammation();
        }
        if (id.startsWith(UPTAKE)) {
            return !cellsTakeUpVesicles();
        }
        if (id.startsWith(GIVEN)) {
            return !harmAbsentWithVesicle();
        }
        if (id.startsWith(TINY)) {
            return !tinyCalledVesicles();
        }
        return false;
    }

    private static boolean switchedOn(String name, boolean byDefault) {
        String value = System.getProperty(name);
        return value == null ? byDefault : Boolean.parseBoolean(value);
    }
}
