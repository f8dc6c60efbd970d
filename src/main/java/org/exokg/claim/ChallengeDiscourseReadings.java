package org.exokg.claim;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * Switches of the readings of branch challengemisses38 (issue 15, thirty-eighth session; docs/extraction.md, "Challenges
 * of the vesicles under discussion, named around a bare vesicle word or beside the challenge's own matter"): two
 * conditions of the readings that say a challenge of the vesicles under discussion in a sentence that names no vesicle
 * (the lone challenge events of branches challenges2/3, the discourse challenge labels of branch challenges5). Read at
 * each use, not when a class loads, so that a test can turn them on and off.
 * <ul>
 * <li>{@code -Dexokg.discourseVesicleWords=true} (OFF): a vesicle word that is no mention and names no other vesicles
 * does not keep those readings from the sentence: a singular vesicle noun modifying a noun of the product or its making
 * ("vesicle preparations", "the vesicle fraction", "vesicle production"; not "vesicle therapies", which names the
 * field's, and not "non-vesicular particles", the contaminants of a preparation whose qualifier the discourse
 * often lacks: two guards from the first measurement's design false positives, blind 35 and blind 8 / 19), a count of vesicles or
 * particles ("the low number of vesicles", "a dose of 10^11 particles", "too few vesicles") and a plural vesicle noun right after "the", "these" or "such" (an anaphor of the vesicles under discussion; "the
 * bacterial vesicles" keeps its adjective and is not one). The older exemption of the same check (branch challenges8,
 * measure modifiers: "vesicle yields", "vesicle content") is kept as it is.</li>
 * <li>{@code -Dexokg.challengeMatterTerms=true} (OFF): the discourse challenge label (challenges5) is read though the
 * sentence names another term, when that term is the challenge's own matter and not a rival owner: a cargo term for
 * LowPurity (what contaminates: "co-isolate a lot of protein", "keratin and serum albumin") and for
 * LowLoadingEfficiency (what was loaded), a loading technique for LowLoadingEfficiency, VesicleAggregation,
 * StorageStability and BatchVariability (the treatment: "the loading efficiency of incubation is poor", "stability
 * after freeze-thaw cycles is poor").</li>
 * </ul>
 */
public final class ChallengeDiscourseReadings {

    private ChallengeDiscourseReadings() {}

    static boolean discourseVesicleWords() {
        return family() || Boolean.parseBoolean(System.getProperty("exokg.discourseVesicleWords", "false"));
    }

    static boolean challengeMatterTerms() {
        return family() || Boolean.parseBoolean(System.getProperty("exokg.challengeMatterTerms", "false"));
    }

    /**
     * (issue 15, branch challenge39) The family {@code -Dexokg.discourseChallenges} (OFF by default, read at each use),
     * declared before its first pool measurement: discourseVesicleWords + challengeMatterTerms + genericKind
     * ({@link GenericKinds}), the two discourse readings with the reading that gives their general statements the kind
     * unqualified. Each member keeps its own switch.
     */
    public static boolean family() {
        return Boolean.parseBoolean(System.getProperty("exokg.discourseChallenges", "false"));
    }

    /** A singular vesicle noun modifying a noun of the product or its making: it names the vesicles under discussion. */
    private static final Pattern PRODUCT_MODIFIER = Pattern.compile(
            "(?:vesicle|ev|exosome|particle)\\s+(?:fractions?|preparations?|production|manufactur(?:e|ing)"
                    + "|products?|populations?|isolation|purification|characteri[sz]ation|potency|quality|doses?|batch(?:es)?|lots?)\\b");
    /** The words before a vesicle word that count the vesicles or particles ("the low number of", "10^11", "too few"). */
    private static final Pattern COUNT_BEFORE = Pattern.compile(
            "(?:\\b(?:(?:very|too|so|only|relatively)\\s+)?(?:few|fewer|enough|(?:low\\s+|small\\s+|large\\s+)?(?:number|numbers|amounts?|quantities)\\s+of)"
                    + "|\\d(?:[\\d.,]*)(?:\\s*(?:×|x)\\s*10\\^?\\d+|\\^\\d+)?)\\s+(?:intact\\s+)?\\z");
    private static final Pattern ANAPHOR_BEFORE = Pattern.compile("\\b(?:the|these|such)\\s+\\z");
    private static final Pattern PLURAL_WORD = Pattern.compile("(?:vesicles|exosomes|evs|nanovesicles|microvesicles|particles)");

    /**
     * True when the vesicle word of {@code lower} at {@code start}-{@code end} names the vesicles under discussion (or no
     * vesicles at all), so that it does not keep a lone or discourse challenge from them (switch discourseVesicleWords).
     */
    static boolean discourseVesicleWord(String lower, int start, int end) {
        if (!discourseVesicleWords()) {
            return false;
        }
        if (PRODUCT_MODIFIER.matcher(lower).region(start, lower.length()).lookingAt()) {
            return true;
        }
        String before = lower.substring(Math.max(0, start - 40), start);
        if (COUNT_BEFORE.matcher(before).find()) {
            return true;
        }
        return ANAPHOR_BEFORE.matcher(before).find() && PLURAL_WORD.matcher(lower).region(start, end).matches();
    }

    private static final Set<MentionType> LOADING = Set.of(MentionType.LOADING_TECHNIQUE);
    private static final Map<String, Set<MentionType>> MATTER = Map.of(
            ExoKg.NS + "LowPurity", Set.of(MentionType.CARGO),
            ExoKg.NS + "LowLoadingEfficiency", Set.of(MentionType.CARGO, MentionType.LOADING_TECHNIQUE),
            ExoKg.NS + "VesicleAggregation", LOADING,
            ExoKg.NS + "StorageStability", LOADING,
            ExoKg.NS + "BatchVariability", LOADING);

    /**
     * True when {@code m}, another term of a sentence with a discourse challenge label of class {@code challengeIri}, is
     * the challenge's own matter (switch challengeMatterTerms): what contaminates, what is loaded, the treatment.
     */
    static boolean matterOfChallenge(Mention m, String challengeIri) {
        if (!challengeMatterTerms()) {
            return false;
        }
        Set<MentionType> types = MATTER.get(challengeIri);
        return types != null && types.stream().anyMatch(m::is) && !m.is(MentionType.VESICLE) && !m.is(MentionType.DISEASE);
    }
}
