package org.exokg.claim;

/**
 * Switches of the readings of branch misses35 (issue 15, thirty-second session; docs/extraction.md, "Missed claims by
 * class"), all OFF by default: they gained on the design sets and changed no claim on the decision sets (blind 30-32).
 * Read at each use, not when a class loads, so that a test can turn one on and off:
 * <ul>
 * <li>{@code -Dexokg.keptCargo=true}: cargo the vesicles kept through a treatment is cargo they carry (claim-rules.yaml,
 * rule ids "keptcargo-");</li>
 * <li>{@code -Dexokg.twoOrganHarms=true}: an absent harm of two organs named once, "no liver or kidney toxicity"
 * (challenge event ids "twoorgans-");</li>
 * <li>{@code -Dexokg.commonDiseaseNames=true}: common names of diseases and injuries as terms (ontology block "Branch
 * misses35", listed in org/exokg/mention/switched-labels.tsv; read by {@link org.exokg.mention.SwitchedLabels} when a
 * lexicon is built).</li>
 * </ul>
 */
public final class MissedClaimReadings {

    private MissedClaimReadings() {}

    /** True when the rule or event {@code id} belongs to a reading of this branch that is switched off. */
    public static boolean off(String id) {
        if (id.startsWith(HedgedMissReadings.PREFIX)) {
            return HedgedMissReadings.off(id); // branch hedgedmisses35
        }
        if (id.startsWith("keptcargo-")) {
            return !Boolean.getBoolean("exokg.keptCargo");
        }
        if (id.startsWith("lesionanaphor-")) {
            return !LesionAnaphors.on(); // branch objectanaphors33: the rules of the lesion anaphors' reading
        }
        if (id.startsWith(HomingTargets.PREFIX)) {
            return !HomingTargets.on(); // branch homing40: the homing places' rules and event
        }
        if (id.startsWith("twoorgans-")) {
            return !Boolean.getBoolean("exokg.twoOrganHarms");
        }
        if (id.startsWith(PropertyMissReadings.PREFIX)) {
            return PropertyMissReadings.off(id); // (branch propertymisses35) stored stability, agentless uptake
        }
        if (id.startsWith(ChallengeMissReadings.PREFIX)) {
            return ChallengeMissReadings.off(id); // (branch misses36) the challenge readings' events
        }
        if (id.startsWith(RaisedImmunityReadings.PREFIX)) {
            return RaisedImmunityReadings.off(id); // (branch immunogenicity40) antibodies raised in immunised groups
        }
        if (id.startsWith(UseAndPropertyMissReadings.PREFIX)) {
            return UseAndPropertyMissReadings.off(id); // (branch usedfor39) inflammation absent as a harm
        }
        if (id.startsWith(AbsentHarmReadings.PREFIX)) {
            return AbsentHarmReadings.off(id); // (branch absentharms40) absent harms that name no toxicity word
        }
        // (branch paraphrase33) the paraphrase readings' challenge events go through the same check (ClaimExtractor)
        return ParaphraseReadings.off(id);
    }

    /**
     * The switches of the readings whose rules ClaimPatterns#rules leaves out, one bit each (1 on), as the switch table
     * {@link RuleSwitches#TABLE} gives them (branch perf41: a new switch is a line there, and a test checks that no two
     * take the same bit). Reads about twenty system properties: the extractor asks once per document.
     */
    static long ruleSwitches() {
        return RuleSwitches.read();
    }

    /** True when rule {@code id} belongs to a reading whose switch is off in {@code switches} ({@link #ruleSwitches}). */
    static boolean ruleOff(String id, long switches) {
        if (ImmuneCellReadings.owns(id)) {
            return ImmuneCellReadings.ruleOff(id, switches); // branch immunecells41: activated cells, shifted macrophages
        }
        if (id.startsWith(HedgedMissReadings.PREFIX)) {
            return HedgedMissReadings.off(id, (int) (switches >> 4)); // branch hedgedmisses35
        }
        if (id.startsWith(OpenQuestionContent.PREFIX)) {
            return (switches & (1 << 22)) == 0; // branch opengaps40: open questions' content (-Dexokg.openQuestionContent)
        }
        if (id.startsWith("keptcargo-")) {
            return (switches & 1) == 0;
        }
        if (id.startsWith("lesionanaphor-")) {
            return (switches & 2) == 0;
        }
        if (id.startsWith(HomingTargets.PREFIX)) {
            return (switches & (1 << 16)) == 0; // branch homing40: the homing places' rules
        }
        if (id.startsWith(ChallengeMissReadings.PREFIX)) {
            return (switches & 512) == 0; // branch misses36: the whether-clause gap rule (-Dexokg.whetherGaps)
        }
        if (id.startsWith(TreatsMissReadings.PREFIX)) {
            return (switches & 1024) == 0; // branch treatsmisses37: the disease named as the study's setting
        }
        if (id.startsWith(DiscourseProtection.PREFIX)) {
            return (switches & 2048) == 0; // branch discoursedisease38: protection from the disease under discussion
        }
        if (id.startsWith(UseAndPropertyMissReadings.UPTAKE)) {
            return (switches & 4096) == 0; // branch usedfor39: cells that take up the vesicles
        }
        if (id.startsWith(UseAndPropertyMissReadings.GIVEN)) {
            return (switches & 8192) == 0; // branch usedfor39: an absent harm with the vesicles named after it
        }
        if (id.startsWith(UseAndPropertyMissReadings.TINY)) {
            return (switches & 16384) == 0; // branch usedfor39: tiny things called vesicles
        }
        if (id.startsWith(DisplayedCargo.PREFIX)) {
            return (switches & 32768) == 0; // branch displayed40: molecules displayed on or attached to the vesicles
        }
        if (id.startsWith(MeasuredOutcomes.PREFIX)) {
            return (switches & 8) == 0; // branch outcomes34: the protection verbs of the measured outcomes
        }
        if (id.startsWith(PropertyMissReadings.PREFIX)) {
            return (switches & 256) == 0; // branch propertymisses35: the cells named as the sentence's setting
        }
        return id.startsWith(ParaphraseReadings.PREFIX) && (switches & 4) == 0;
    }
}
