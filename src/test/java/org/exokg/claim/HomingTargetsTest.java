package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Homing places (issue 15, branch homing40, gold convention n): vesicles that home to, gather in or accumulate in a
 * diseased place named without its disease ("inflamed joints", "the swollen paws", "the inflamed colon", "the infected
 * femur") target the disease: the text's one arthritis for joints and paws, the generic class otherwise. A denied or hedged accumulation keeps its polarity and hedge; liposomes, a free
 * dye and an outcome ("inflamed joint swelling") read no target. Invented texts (documents/homing40/) through the real
 * pipeline and the project ontology; the switch set per test.
 */
class HomingTargetsTest {

    /** The switch as this JVM was started with it (null: not given); (branch perf41) a property, no longer a field. */
    private static final String SET = System.getProperty("exokg.homingTargets");

    @AfterEach
    void restore() {
        if (SET == null) {
            System.clearProperty("exokg.homingTargets");
        } else {
            System.setProperty("exokg.homingTargets", SET);
        }
    }

    private static DocumentExtraction extract(String name, boolean on) throws Exception {
        System.setProperty("exokg.homingTargets", Boolean.toString(on));
        return TestSupport.projectBuilder().extract(TestSupport.resource("documents/homing40/" + name)).get(0);
    }

    @Test
    void offByDefault() {
        System.clearProperty("exokg.homingTargets");
        assertFalse(HomingTargets.on());
    }

    @Test
    void inflamedJointsAreTheTextsArthritis() throws Exception {
        DocumentExtraction e = extract("inflamed-joints.txt", true);
        assertTrue(TestSupport.claimsOf(e, "accumulated in inflamed joints", false).contains("Exosome[Macrophage] targets RheumatoidArthritis"),
                () -> TestSupport.claimsOf(e, "accumulated in inflamed joints", false).toString());
        assertTrue(TestSupport.claimsOf(e, "gathered in the swollen paws", false).contains("Exosome[Macrophage] targets RheumatoidArthritis"),
                () -> TestSupport.claimsOf(e, "gathered in the swollen paws", false).toString());
    }

    @Test
    void aDeniedOrHedgedAccumulationKeepsItsPolarityAndHedge() throws Exception {
        DocumentExtraction e = extract("inflamed-joints.txt", true);
        assertTrue(TestSupport.claimsOf(e, "did not gather", false).contains("Exosome[Macrophage] NOT targets RheumatoidArthritis"),
                () -> TestSupport.claimsOf(e, "did not gather", false).toString());
        assertTrue(TestSupport.claimsOf(e, "may accumulate", true).contains("Exosome[Macrophage] targets RheumatoidArthritis (hedged)"),
                () -> TestSupport.claimsOf(e, "may accumulate", true).toString());
    }

    @Test
    void liposomesAFreeDyeAndAnOutcomeReadNoTarget() throws Exception {
        DocumentExtraction e = extract("inflamed-joints.txt", true);
        assertFalse(TestSupport.claimsOf(e, "Liposomes accumulated", false).stream().anyMatch(c -> c.contains(" targets ")));
        assertFalse(TestSupport.claimsOf(e, "The free dye accumulated", false).stream().anyMatch(c -> c.contains(" targets ")));
        assertFalse(TestSupport.claimsOf(e, "inflamed joint swelling", false).stream().anyMatch(c -> c.contains(" targets ")));
    }

    @Test
    void anInflamedColonAndAnInfectedBoneKeepTheGenericClass() throws Exception {
        DocumentExtraction e = extract("inflamed-colon.txt", true);
        assertTrue(TestSupport.claimsOf(e, "accumulated in the inflamed colon", false).stream()
                .anyMatch(c -> c.endsWith(" targets InflammatoryDisease")), () -> TestSupport.claimsOf(e, "inflamed colon", false).toString());
        assertTrue(TestSupport.claimsOf(e, "infected femur", false).stream().anyMatch(c -> c.endsWith(" targets InfectiousDisease")),
                () -> TestSupport.claimsOf(e, "infected femur", false).toString());
    }

    @Test
    void offThePlacesReadNothing() throws Exception {
        DocumentExtraction e = extract("inflamed-joints.txt", false);
        assertFalse(TestSupport.claimsOf(e, "accumulated in inflamed joints", false).stream().anyMatch(c -> c.contains(" targets ")));
    }
}
