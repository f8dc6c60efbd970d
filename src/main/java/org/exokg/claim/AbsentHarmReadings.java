package org.exokg.claim;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Switch and guards of the reading of branch absentharms40 (issue 15, fortieth session; docs/extraction.md, "Absent
 * harms that name no toxicity word"): after the vesicles were given, a harm that did not happen, named by a harm word
 * that is no toxicity word ("did not cause hair cell loss or inflammation", "no bacteraemia or weight loss was seen",
 * "neither vesicle type caused weight loss", "skin treated with them showed no redness", "lost no weight and had normal
 * kidney function", "cell viability was unaffected"), is LowToxicity of those vesicles (gold convention cc). Challenge
 * events of claim-rules.yaml with ids {@code absentharms40-}, lone as the older absent-harm events. Guards (the
 * convention's exceptions and the brief's): a control arm (controls, sham, saline, PBS, vehicle, placebo, mock or
 * untreated animals named in the harm's clause, other than as what the treated animals are compared with) gives nothing; nor a look-alike carrier (liposomes, lipid or synthetic
 * nanoparticles, micelles) in the harm's clause, unless it is only the comparison ("unlike liposomes"); nor words that
 * hold another challenge or property ("did not induce anti-exosome antibodies or weight loss": its own reading first).
 * For the stated (not caused) harms, a fall of the disease's own marker is efficacy, not safety: the harm is refused when
 * the document's title names its organ or family ("no inflammation was seen" in a colitis text, "no liver damage" in a
 * liver-injury text, "no infections" in a vaccine text) or when the sentence names a disease outside the harm's words.
 * <ul>
 * <li>{@code -Dexokg.absentHarms} (ON since branch decision44, forty-first session: the rule on the deciding pool
 * 30-32 + 36-44, +3 right / -1 wrong, design +14 / +1; {@code =false} turns it off).</li>
 * </ul>
 * Read at each use, not when a class loads, so that a test can turn it on and off.
 */
public final class AbsentHarmReadings {

    /** The id prefix of the branch's entries. */
    static final String PREFIX = "absentharms40-";
    /** The entry whose harm is said with a causal verb ("did not cause"): no title guard. */
    static final String CAUSED = PREFIX + "harm-not-caused";

    /** The default of {@code exokg.absentHarms}: ON since branch decision44 (the rule on the pool 30-32 + 36-44). */
    static final boolean ABSENT_HARMS_DEFAULT = true;

    private AbsentHarmReadings() {}

    static boolean on() {
        String value = System.getProperty("exokg.absentHarms");
        return value == null ? ABSENT_HARMS_DEFAULT : Boolean.parseBoolean(value);
    }

    /** True when {@code id} is an entry of this branch and the switch is off. */
    static boolean off(String id) {
        return id.startsWith(PREFIX) && !on();
    }

    /** A control arm named in the sentence. */
    private static final Pattern CONTROL = Pattern.compile(
            "\\b(?:controls?|sham|saline|pbs|untreated|mock|vehicle|placebo)\\b");
    /** A control named only as what the treated animals are compared with ("did not differ from control mice"). */
    private static final Pattern COMPARED_CONTROL = Pattern.compile(
            "(?:\\bthan|\\bfrom|\\bwith|\\bto|\\bversus|\\bvs\\.?|\\bcompared|\\bover|\\bbetween)\\s+(?:the\\s+|that\\s+of\\s+(?:the\\s+)?|those\\s+of\\s+(?:the\\s+)?)?(?:[a-z0-9\\-‐]+\\s+){0,1}$");
    /** A look-alike carrier. */
    private static final Pattern LOOKALIKE = Pattern.compile(
            "\\b(?:liposom\\w*|lipid\\s+nanoparticles?|lnps?|(?:polymeric|gold|silica|synthetic|plga)\\s+nanoparticles?|micelles?|niosomes?)\\b");
    /** The look-alike named only as what the vesicles are compared with. */
    private static final Pattern COMPARED = Pattern.compile(
            "(?:\\bunlike|\\bthan|\\bcompared\\s+(?:with|to)|\\bversus|\\bvs\\.?|\\bwhereas)\\s+(?:the\\s+)?(?:[a-z0-9\\-‐]+\\s+){0,2}$");
    /**
     * Vesicles named inside the words ("neither LNV-G nor the empty lemon vesicles caused", "no chick given OMVs lost
     * weight"): the words would swallow their names and their source rows; "neither vesicle type" or "neither preparation"
     * name none.
     */
    private static final Pattern NAMED_VESICLES = Pattern.compile(
            "\\b[a-z0-9\\-‐]+\\s+(?:vesicles|evs|exosomes|exos|omvs|sevs|nanovesicles|microvesicles)\\b");
    private static final Pattern VIABILITY = Pattern.compile("viability");
    private static final Pattern CANCER_CELLS = Pattern.compile(
            "\\b(?:tumou?r|cancer|carcinoma|melanoma|glioma|glioblastoma|lymphoma|leuka?emia|sarcoma|neuroblastoma|myeloma)");
    /** Where a clause ends. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ";|:|,\\s*(?:whereas|while|but|although|though)\\b|\\s(?:whereas|but)\\s");

    /** A harm family: the harm's words, and the title words that make it the disease's own marker. */
    private record Family(Pattern harm, Pattern title) {}

    private static Family family(String harm, String title) {
        return new Family(Pattern.compile(harm), Pattern.compile(title));
    }

    private static final List<Family> FAMILIES = List.of(
            family("inflamm|infiltrat|synovitis|neutrophil|o?edema|erythema|redness",
                    "inflamm|itis\\b|arthrit|sepsis|septic|dermatitis|psoria|\\bards\\b|injur"),
            family("infection|bactera?emia",
                    "infect|vaccin|sepsis|septic|bacteri|pathogen|myelitis|tubercul|listeri|salmonell|pneumon|wound"),
            family("tumou?r|teratoma|leuka?emia", "cancer|tumou?r|carcinoma|oma\\b|omas\\b|leuka?emia|metasta|neoplas"),
            family("liver|hepat|transaminase", "liver|hepat"),
            family("kidney|renal|creatinine", "kidney|renal|nephr"),
            family("lung|pulmonary|bronchospasm|oxygen|airway", "lung|pulmonar|respirat|\\bards\\b|covid|asthma|airway|bronch"),
            family("heart|cardiac|arrhythm", "heart|cardi|infarct|myocard"),
            family("retinal\\s+inflamm|ocular|corneal", "retin|ocular|\\beye|macular|cornea|uveal"),
            family("joint|synov|bone", "joint|arthr|synov|osteo|bone|cartilage"),
            family("seizure", "epilep|seizure|stroke|brain"),
            family("diarrh|vomit|feeding|intestin|gut\\b|weight", "colitis|bowel|crohn|\\bgut\\b|intestin|enterocol|gastr|diarr|cachex|wasting|obes|diabet"),
            family("hair", "alopecia|hair|deaf|cochlea|hearing"),
            family("skin|lesion|rash|itching|irritation|scaling",
                    "dermatitis|psoria|acne|eczema|wound|ulcer|burn|scar|photoag|skin\\s+(?:inflamm|lesion|disease|injur|ag(?:e)?ing)"),
            family("blood\\s+counts|ha?emolysis|ana?emia|viability", "marrow|ana?emia|ha?emat|hemat|leuk|radiation"),
            family("thrombo|embol|occlusion|hypotension|blood\\s+pressure", "thromb|stroke|isch(?:a)?em|infarct|embol|sepsis|shock|hypertens"),
            family("nerve|neuro|pain", "nerve|neur|pain|spinal"));

    /**
     * True when the event's words (from {@code start} to {@code end} of the lower-case sentence) must not be read as an
     * absent harm: a control arm, a look-alike carrier in the clause, or (a harm stated, not denied a causal verb) the
     * disease's own marker by the document's title, or a disease the sentence names outside the words.
     */
    static boolean refused(String id, String lower, int start, int end, String titleLower, boolean diseaseOutside) {
        int from = 0;
        int to = lower.length();
        Matcher b = CLAUSE_BREAK.matcher(lower);
        while (b.find()) {
            if (b.end() <= start) {
                from = b.end();
            } else if (b.start() >= end) {
                to = b.start();
                break;
            }
        }
        Matcher c = CONTROL.matcher(lower).region(from, to);
        while (c.find()) {
            if (!COMPARED_CONTROL.matcher(lower.substring(from, c.start())).find()) {
                return true; // the harm is said of the control arm ("control mice showed no ...", "... in PBS-treated mice")
            }
        }
        Matcher l = LOOKALIKE.matcher(lower).region(from, to);
        while (l.find()) {
            if (!COMPARED.matcher(lower.substring(from, l.start())).find()) {
                return true;
            }
        }
        if (NAMED_VESICLES.matcher(lower.substring(start, end)).find()) {
            return true;
        }
        if (VIABILITY.matcher(lower.substring(start, end)).find() && CANCER_CELLS.matcher(lower).find()) {
            return true; // the viability of tumour cells kept is a lack of effect, not a safety
        }
        if (id.equals(CAUSED)) {
            return false;
        }
        if (diseaseOutside) {
            return true;
        }
        String words = lower.substring(start, end);
        String title = titleLower == null ? "" : titleLower;
        for (Family f : FAMILIES) {
            if (f.harm().matcher(words).find() && f.title().matcher(title).find()) {
                return true;
            }
        }
        return false;
    }
}
