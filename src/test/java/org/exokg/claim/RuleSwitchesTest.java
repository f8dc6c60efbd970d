package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exokg.mention.RequiredWords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * (issue 16, branch perf41) The rule switches' table ({@link RuleSwitches#TABLE}): each switch owns a bit of its own, and
 * its {@code -Dexokg.<name>} alone sets exactly that bit (the fortieth session had two branches take the same bit, which
 * would have switched both readings together); every rule of the shipped file that a switch keeps out is brought in by
 * exactly one switch. And the challenge events' index made without the events of switched-off readings never offers
 * them, while it offers the same events as the full index otherwise.
 */
class RuleSwitchesTest {

    private final Map<String, String> saved = new HashMap<>();

    @BeforeEach
    void save() {
        for (RuleSwitches.Switch s : RuleSwitches.TABLE) {
            saved.put(s.name(), System.getProperty(property(s)));
        }
        saved.put("twoOrganHarms", System.getProperty("exokg.twoOrganHarms"));
    }

    @AfterEach
    void restore() {
        saved.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty("exokg." + name);
            } else {
                System.setProperty("exokg." + name, value);
            }
        });
    }

    private static String property(RuleSwitches.Switch s) {
        return "exokg." + s.name();
    }

    /** Every switch of the table set to {@code on} but {@code except}, which is set the other way. */
    private static void setAll(boolean on, RuleSwitches.Switch except) {
        for (RuleSwitches.Switch s : RuleSwitches.TABLE) {
            System.setProperty(property(s), Boolean.toString(s == except ? !on : on));
        }
    }

    private static long allBits() {
        long all = 0;
        for (RuleSwitches.Switch s : RuleSwitches.TABLE) {
            all |= s.mask();
        }
        return all;
    }

    @Test
    void noTwoSwitchesShareABitOrAName() {
        Map<Integer, String> byBit = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (RuleSwitches.Switch s : RuleSwitches.TABLE) {
            assertTrue(s.bit() >= 0 && s.bit() < 63, s.name() + ": bit " + s.bit() + " outside a long's");
            String before = byBit.putIfAbsent(s.bit(), s.name());
            assertEquals(null, before, () -> s.name() + " takes bit " + s.bit() + ", which is " + byBit.get(s.bit()) + "'s");
            assertTrue(names.add(s.name()), s.name() + " twice");
        }
    }

    @Test
    void eachSwitchAloneOnSetsExactlyItsOwnBit() {
        setAll(false, null);
        assertEquals(0L, MissedClaimReadings.ruleSwitches(), "every switch =false: no bit");
        for (RuleSwitches.Switch s : RuleSwitches.TABLE) {
            setAll(false, s);
            assertEquals(Long.toBinaryString(s.mask()), Long.toBinaryString(MissedClaimReadings.ruleSwitches()),
                    () -> "-D" + property(s) + "=true alone");
        }
    }

    @Test
    void eachSwitchAloneOffClearsExactlyItsOwnBit() {
        setAll(true, null);
        assertEquals(allBits(), MissedClaimReadings.ruleSwitches(), "every switch =true: every bit");
        for (RuleSwitches.Switch s : RuleSwitches.TABLE) {
            setAll(true, s);
            assertEquals(Long.toBinaryString(allBits() & ~s.mask()), Long.toBinaryString(MissedClaimReadings.ruleSwitches()),
                    () -> "-D" + property(s) + "=false alone");
        }
    }

    @Test
    void onByNameReadsTheSwitchesBit() {
        for (RuleSwitches.Switch s : RuleSwitches.TABLE) {
            assertTrue(RuleSwitches.on(s.mask(), s.name()));
            assertFalse(RuleSwitches.on(allBits() & ~s.mask(), s.name()));
        }
    }

    /**
     * A rule behind a switch is kept out with every switch off and brought in by exactly one switch's bit; no other
     * rule is kept out by any (so a bit in ruleOff that no table line sets, or a prefix under two bits, fails here).
     */
    @Test
    void eachSwitchedRuleIsBroughtInByExactlyOneSwitch() {
        List<String> switched = new ArrayList<>();
        for (ClaimRule r : ClaimPatterns.defaults().everyRule()) {
            assertFalse(MissedClaimReadings.ruleOff(r.id(), allBits()), () -> r.id() + " kept out with every switch on");
            if (!MissedClaimReadings.ruleOff(r.id(), 0L)) {
                continue;
            }
            List<String> bringIn = RuleSwitches.TABLE.stream().filter(s -> !MissedClaimReadings.ruleOff(r.id(), s.mask()))
                    .map(RuleSwitches.Switch::name).toList();
            assertEquals(1, bringIn.size(), () -> r.id() + " brought in by " + bringIn);
            switched.add(r.id() + " " + bringIn.get(0));
        }
        // a few of the shipped file's, by name
        assertTrue(switched.contains("keptcargo-vesicle-keeps-cargo keptCargo"), switched::toString);
        assertTrue(switched.contains("lesionanaphor-vesicles-reach-injury lesionAnaphors"), switched::toString);
        assertTrue(switched.contains("homingtarget-vesicles-home-to-diseased-place homingTargets"), switched::toString);
        assertTrue(switched.contains("misses36-whether-vesicle-gap whetherGaps"), switched::toString);
    }

    /** A static field set at class load (branch perf41: LesionAnaphors, HomingTargets) would not answer to its property. */
    @Test
    void theSwitchesOnceFieldsAnswerToTheirProperties() {
        System.setProperty("exokg.lesionAnaphors", "true");
        System.setProperty("exokg.homingTargets", "false");
        assertTrue(LesionAnaphors.on());
        assertFalse(HomingTargets.on());
        assertFalse(MissedClaimReadings.off("lesionanaphor-vesicles-reach-injury"));
        assertTrue(MissedClaimReadings.off("homingtarget-vesicles-home-to-diseased-place"));
        System.setProperty("exokg.lesionAnaphors", "false");
        System.setProperty("exokg.homingTargets", "true");
        assertFalse(LesionAnaphors.on());
        assertTrue(HomingTargets.on());
    }

    /**
     * "The nanovesicles caused no liver or kidney toxicity": the two-organ harm's event (twoorgans-, -Dexokg.twoOrganHarms)
     * is a candidate of the index made with the switch on, and not of the one made with it off, which still offers the
     * other events the full index offers; a sentence without its words is offered the same events by both.
     */
    @Test
    void theEventIndexLeavesOutTheEventsOfSwitchedOffReadings() {
        ClaimPatterns patterns = ClaimPatterns.defaults();
        int twoOrgans = -1;
        for (int i = 0; i < patterns.challengeEvents().size(); i++) {
            if (patterns.challengeEvents().get(i).id().equals("twoorgans-no-toxicity")) {
                twoOrgans = i;
            }
        }
        assertTrue(twoOrgans >= 0);
        System.setProperty("exokg.twoOrganHarms", "false");
        BitSet off = patterns.challengeEventsOff();
        assertTrue(off.get(twoOrgans));
        System.setProperty("exokg.twoOrganHarms", "true");
        BitSet on = patterns.challengeEventsOff();
        assertFalse(on.get(twoOrgans));
        assertEquals(off.cardinality() - 1, on.cardinality());

        String sentence = "the nanovesicles caused no liver or kidney toxicity in the treated mice.";
        long[] full = patterns.challengeEventIndex().candidates(sentence);
        long[] withOn = patterns.challengeEventIndex(on).candidates(sentence);
        long[] withOff = patterns.challengeEventIndex(off).candidates(sentence);
        assertTrue(RequiredWords.Index.has(full, twoOrgans));
        assertTrue(RequiredWords.Index.has(withOn, twoOrgans));
        assertFalse(RequiredWords.Index.has(withOff, twoOrgans));
        for (int i = 0; i < patterns.challengeEvents().size(); i++) {
            assertEquals(RequiredWords.Index.has(full, i) && !off.get(i), RequiredWords.Index.has(withOff, i),
                    patterns.challengeEvents().get(i).id());
        }
        String other = "the yield of the isolation remained low.";
        long[] fullOther = patterns.challengeEventIndex().candidates(other);
        long[] offOther = patterns.challengeEventIndex(off).candidates(other);
        for (int i = 0; i < patterns.challengeEvents().size(); i++) {
            assertEquals(RequiredWords.Index.has(fullOther, i) && !off.get(i), RequiredWords.Index.has(offOther, i),
                    patterns.challengeEvents().get(i).id());
        }
        // the same set left out: the same index, made once
        assertTrue(patterns.challengeEventIndex(off) == patterns.challengeEventIndex((BitSet) off.clone()));
    }
}
