package org.exokg.claim;

import java.util.regex.Pattern;

/**
 * Switch and guards of the reading of branch groups41 (issue 15, forty-first session; docs/extraction.md, "The group
 * that received the vesicles stands for them"): a sentence that names no vesicle but opens with the group of animals,
 * patients or cultures that received them ("The mice kept their weight", "No patient developed antibodies against
 * them", "Patients given the infusion had lower IL-6", "Mice in the treatment arm survived longer") says its finding of
 * the vesicles under discussion (the discourse's preparation, with its qualifier: conventions c and aaaa). The group
 * phrases are data: topic-preparation.yaml, discourse-subjects entries "groups41-*" with {@code on-switch:
 * receivingGroups}.
 * <ul>
 * <li>{@code -Dexokg.receivingGroups} (OFF; {@code =true} turns it on).</li>
 * <li>{@code -Dexokg.groupDeniedHarm} (OFF; a reading of its own): "No pig treated with the exosomes developed
 * arrhythmias" is hasProperty LowToxicity of the vesicles, the denial being the group's ({@link #NO_GROUP_GIVEN}).</li>
 * </ul>
 * Guards (here): not in a Methods section (a group given the vesicles there is a step of the protocol); not when the
 * section's last sentence that named vesicles named vesicles of two sources (the sibling check: which arm the group
 * received is unknown); not when the sentence before named a control, vehicle, saline, PBS, placebo, sham, untreated,
 * empty-vesicle or liposome arm (the group may be that arm). The yaml's patterns leave out control, vehicle, untreated
 * and sham groups themselves; rival kinds (a drug, a liposome named since the vesicles) are ClaimExtractor's as for
 * every discourse subject. Read at each use, not when a class loads, so that a test can turn it on and off.
 */
public final class ReceivingGroups {

    /** The id prefix of the branch's discourse-subject entries. */
    static final String PREFIX = "groups41-";

    /** Words of another arm of the comparison in the sentence before (lower case). */
    static final Pattern OTHER_ARM = Pattern.compile(
            "\\b(?:control|controls|vehicle|saline|pbs|placebo|sham|untreated|mock|buffer|empty\\s+(?:vesicles|exosomes|evs)"
            + "|liposom\\w*|lipid\\s+nanoparticles?|lnps?|free\\s+drug|naive|naïve)\\b");

    /**
     * (-Dexokg.groupDeniedHarm) The words from a denial to the vesicle it is read on, lower case, when the denial opens a
     * group given the vesicles ("no pig treated with ", "none of the rats given either ", "no mouse that received the "):
     * the harm the group did not develop is the vesicles' low toxicity, no denial of it.
     */
    static final Pattern NO_GROUP_GIVEN = Pattern.compile(
            "(?:no|none\\s+of\\s+the|neither\\s+of\\s+the)\\s+(?:(?:treated|injected|dosed|healthy|adult|young|female|male)\\s+)?"
            + "(?:mouse|mice|rats?|animals?|pigs?|piglets?|dogs?|cats?|rabbits?|pups?|hamsters?|monkeys?|macaques?|sheep|calf|calves"
            + "|patients?|participants?|volunteers?|subjects?|recipients?|child|children|infants?)"
            + "\\s+(?:(?:that|who)\\s+(?:had\\s+)?)?(?:given|receiving|received|(?:pre[\\-‐]?)?treated\\s+with|injected\\s+with|infused\\s+with"
            + "|dosed\\s+with|fed)\\s+(?:(?:the|these|either|both|our)\\s+)?(?:[\\p{L}\\p{N}‐\\-]+\\s+){0,2}");

    private ReceivingGroups() {}

    static boolean groupDeniedHarm() {
        return Boolean.parseBoolean(System.getProperty("exokg.groupDeniedHarm", "false"));
    }

    static boolean receivingGroups() {
        return Boolean.parseBoolean(System.getProperty("exokg.receivingGroups", "false"));
    }

    /** Whether the discourse subject matched is one of this branch's entries. */
    static boolean ours(TopicPreparation.DiscourseSubject d) {
        return d != null && d.id().startsWith(PREFIX);
    }

    /** Whether the entry is the denying group ("No patient ...", "None of the treated rats ..."): the denial is the claim's. */
    static boolean denyingGroup(TopicPreparation.DiscourseSubject d) {
        return d != null && d.id().equals(PREFIX + "no-group");
    }

    /**
     * Whether a group subject may stand for the discourse's vesicles: not in Methods, the section's last vesicle
     * sentence named at most one source, and the sentence before names no other arm.
     */
    static boolean allowed(boolean methods, java.util.Set<String> lastSources, String previousSentenceLower) {
        if (methods) {
            return false;
        }
        if (lastSources != null && lastSources.size() > 1) {
            return false;
        }
        return previousSentenceLower == null || !OTHER_ARM.matcher(previousSentenceLower).find();
    }
}
