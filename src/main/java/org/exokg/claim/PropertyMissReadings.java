package org.exokg.claim;

/**
 * Switches of the two readings of branch propertymisses35 (issue 15, thirty-fifth session; docs/extraction.md,
 * "Properties and targets the extractor missed"): challenge events of claim-rules.yaml with ids "propertymisses35-"
 * that ClaimExtractor asks about through {@link MissedClaimReadings#off}, and one rule. Defaults by the brief's decision
 * rule: stored stability OFF (decision pool +1 wrong, none right), agentless uptake ON (+3 right, none wrong), cells
 * setting ON (+6 right, none wrong):
 * <ul>
 * <li>{@code -Dexokg.storedStability}: Stability kept through storage ("kept their immunogenicity for three months at
 * 4 °C", "lost no immunogenicity after six months at 4 °C"; event propertymisses35-stored-stability);</li>
 * <li>{@code -Dexokg.agentlessUptake}: CellularUptake stated by the passive uptake verb with no agent ("were taken up
 * within one hour"; event propertymisses35-agentless-uptake);</li>
 * <li>{@code -Dexokg.cellsSetting}: cells named as the setting that opens the sentence are the vesicles' target ("In
 * cultured rat cardiomyocytes, BMNVs were taken up"; rule propertymisses35-cells-setting-opens-sentence, through
 * {@link MissedClaimReadings#ruleSwitches}).</li>
 * </ul>
 * Read at each use, not when a class loads, so that a test can turn them on and off.
 */
public final class PropertyMissReadings {

    /** The id prefix of the branch's challenge events. */
    static final String PREFIX = "propertymisses35-";

    private PropertyMissReadings() {}

    /** True when {@code eventId} names an event of this branch whose switch is off. */
    static boolean off(String eventId) {
        if (eventId.startsWith(PREFIX + "stored-")) {
            return !switchedOn("exokg.storedStability", STORED_STABILITY_DEFAULT);
        }
        if (eventId.startsWith(PREFIX + "agentless-")) {
            return !switchedOn("exokg.agentlessUptake", AGENTLESS_UPTAKE_DEFAULT);
        }
        return false;
    }

    /** True when the rule of this branch (cells named as the setting that opens the sentence) is switched on. */
    static boolean cellsSettingOn() {
        return switchedOn("exokg.cellsSetting", CELLS_SETTING_DEFAULT);
    }

    /** The default of {@code exokg.cellsSetting}. */
    static final boolean CELLS_SETTING_DEFAULT = true;

    /** The default of {@code exokg.storedStability}. */
    static final boolean STORED_STABILITY_DEFAULT = false;

    /** The default of {@code exokg.agentlessUptake}. */
    static final boolean AGENTLESS_UPTAKE_DEFAULT = true;

    private static boolean switchedOn(String name, boolean byDefault) {
        String value = System.getProperty(name);
        return value == null ? byDefault : Boolean.parseBoolean(value);
    }
}
