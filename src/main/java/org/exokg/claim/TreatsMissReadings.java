package org.exokg.claim;

/**
 * Switch of the family of branch treatsmisses37 (issue 15, thirty-seventh session; docs/extraction.md, "Treatments and
 * disease contributions the extractor missed"): the disease named as the study's setting. Rules of claim-rules.yaml
 * with ids "treatsmisses37-", left out by {@link MissedClaimReadings#ruleOff} while the switch is off:
 * <ul>
 * <li>the setting opens the sentence, the vesicles after its comma act on an outcome ("In rats with induced colitis,
 * the vesicles lowered ...").</li>
 * </ul>
 * {@code -Dexokg.diseaseSetting=true/false}; read at each use, so that a test can turn it on and off.
 */
public final class TreatsMissReadings {

    /** The id prefix of the family's rules. */
    static final String PREFIX = "treatsmisses37-";

    /** The default of {@code exokg.diseaseSetting} (decided by the brief's rule; docs/switches.md). */
    static final boolean DISEASE_SETTING_DEFAULT = false;

    private TreatsMissReadings() {}

    /** True when the family is switched on. */
    static boolean diseaseSettingOn() {
        String value = System.getProperty("exokg.diseaseSetting");
        return value == null ? DISEASE_SETTING_DEFAULT : Boolean.parseBoolean(value);
    }
}
