package org.exokg.claim;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * (issue 16, branch perf41) The switches of the readings whose rules {@link ClaimPatterns#rules} leaves out while they
 * are off, one line each: the switch's name ({@code -Dexokg.<name>}), the bit it owns in
 * {@link MissedClaimReadings#ruleSwitches}, and how it is read (the reading's own method, so that its default stays
 * where its branch set it). {@link MissedClaimReadings#ruleOff} tells which rules each bit keeps out.
 *
 * <p>A new reading behind a switch adds one line here (the next free bit; {@code RuleSwitchesTest} fails if two lines
 * take the same one, or if a line's reader does not answer to its own name) and its prefix to
 * {@link MissedClaimReadings#ruleOff}. The extractor reads the switches once per document
 * ({@link ClaimExtractor}'s constructor), not per vesicle and object.
 */
final class RuleSwitches {

    private RuleSwitches() {}

    /** One switch: {@code -Dexokg.<name>}, its bit, and its reader (true: the reading's rules are in). */
    record Switch(String name, int bit, BooleanSupplier reader) {
        long mask() {
            return 1L << bit;
        }
    }

    /** Every rule switch, one line each; bits 17-21 and 23-24 are free. */
    static final List<Switch> TABLE = List.of(
            new Switch("keptCargo", 0, () -> Boolean.getBoolean("exokg.keptCargo")), // branch misses35
            new Switch("lesionAnaphors", 1, LesionAnaphors::on), // branch objectanaphors33
            new Switch("curbedImmuneCells", 2, () -> !ParaphraseReadings.rulesOff()), // branch paraphrase33
            new Switch("measuredOutcomes", 3, MeasuredOutcomes::on), // branch outcomes34
            new Switch("testedInDisease", 4, HedgedMissReadings::testedInDisease), // branch hedgedmisses35 (bits 4-7:
            new Switch("modalRoleForDisease", 5, HedgedMissReadings::modalRoleForDisease), // HedgedMissReadings#off
            new Switch("modalDeliveryUse", 6, HedgedMissReadings::modalDeliveryUse), // reads them shifted by 4)
            new Switch("trialObjectives", 7, HedgedMissReadings::trialObjectives),
            new Switch("cellsSetting", 8, PropertyMissReadings::cellsSettingOn), // branch propertymisses35
            new Switch("whetherGaps", 9, ChallengeMissReadings::whetherGaps), // branch misses36
            new Switch("diseaseSetting", 10, TreatsMissReadings::diseaseSettingOn), // branch treatsmisses37
            new Switch("discourseProtection", 11, DiscourseProtection::on), // branch discoursedisease38
            new Switch("cellsTakeUpVesicles", 12, UseAndPropertyMissReadings::cellsTakeUpVesicles), // branch usedfor39
            new Switch("harmAbsentWithVesicle", 13, UseAndPropertyMissReadings::harmAbsentWithVesicle), // branch usedfor39
            new Switch("tinyCalledVesicles", 14, UseAndPropertyMissReadings::tinyCalledVesicles), // branch usedfor39
            new Switch("displayedCargo", 15, DisplayedCargo::on), // branch displayed40
            new Switch("homingTargets", 16, HomingTargets::on), // branch homing40
            new Switch("openQuestionContent", 22, OpenQuestionContent::on), // branch opengaps40
            new Switch("activatedCells", 25, ImmuneCellReadings::activatedCells), // branch immunecells41
            new Switch("shiftedMacrophages", 26, ImmuneCellReadings::shiftedMacrophages), // branch immunecells41
            new Switch("inducedImmuneCells", 27, ImmuneCellReadings::inducedImmuneCells)); // branch immunecells41

    /** Whether the switch called {@code name} is on in {@code switches} ({@link #read}); an unknown name is an error. */
    static boolean on(long switches, String name) {
        for (Switch s : TABLE) {
            if (s.name().equals(name)) {
                return (switches & s.mask()) != 0;
            }
        }
        throw new IllegalArgumentException("no rule switch " + name);
    }

    /** The switches as they are set now, one bit each (1 on). */
    static long read() {
        long bits = 0;
        for (Switch s : TABLE) {
            if (s.reader().getAsBoolean()) {
                bits |= s.mask();
            }
        }
        return bits;
    }
}
