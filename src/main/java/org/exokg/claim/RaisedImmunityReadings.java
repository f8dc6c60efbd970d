package org.exokg.claim;

/**
 * Switch of the reading of branch immunogenicity40 (issue 15, fortieth session; docs/extraction.md, "Antibodies the
 * vesicles raised in immunised animals"): antibodies an immunised or vaccinated group produced, made, developed or
 * mounted, and antibodies named as raised, induced or elicited by the vesicles, are hasProperty Immunogenicity of the
 * vesicles (convention ttttt, the positive of u). Challenge events {@code raisedimmunity40-*} in claim-rules.yaml,
 * which ClaimExtractor asks about through {@link MissedClaimReadings#off}.
 * <ul>
 * <li>{@code -Dexokg.raisedImmunity} (OFF; {@code =true} turns it on).</li>
 * </ul>
 * Read at each use, not when a class loads, so that a test can turn it on and off.
 */
public final class RaisedImmunityReadings {

    /** The id prefix of the branch's challenge events. */
    static final String PREFIX = "raisedimmunity40-";

    /**
     * The words that open a sentence before the antibodies an immunised or vaccinated group raised, lower case
     * ("immunised chinchillas ", "vaccinated aged mice ", "the immunised animals "); the group and nothing else of its
     * own: no denial, no comparison ("than", "whereas"), no look-alike particle or adjuvant given.
     */
    static final java.util.regex.Pattern IMMUNISED_GROUP = java.util.regex.Pattern.compile(
            "(?:the\\s+|all\\s+|both\\s+)?(?:immuni[sz]ed|vaccinated)\\s+(?:(?:aged|young|adult|healthy|naive|naïve|female|male)\\s+)?"
            + "(?:mice|rats|rabbits|hamsters|chinchillas|guinea\\s+pigs|pigs|piglets|macaques|monkeys|primates|ferrets|chickens|chicks"
            + "|cattle|calves|sheep|goats|dogs|cats|animals|people|persons|individuals|volunteers|participants|subjects|patients"
            + "|children|adults|infants)\\b(?!\\s+(?:of|with|and)\\b)"
            + "(?:(?!\\b(?:not|no|never|neither|nor|than|whereas|while|but|liposom\\w*|nanoparticles?|lnps?|vlps?|adjuvant\\w*|alum)\\b)[^.;:,]){0,60}");

    private RaisedImmunityReadings() {}

    static boolean raisedImmunity() {
        return Boolean.parseBoolean(System.getProperty("exokg.raisedImmunity", "false"));
    }

    /** True when {@code id} names an event of this branch whose switch is off. */
    static boolean off(String id) {
        return id.startsWith(PREFIX) && !raisedImmunity();
    }
}
