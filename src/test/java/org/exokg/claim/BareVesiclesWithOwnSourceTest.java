package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (issue 15, branch barevesicles3) A bare "vesicles" inside a sentence of a section that has a vesicle antecedent is read
 * only where its qualifier need not be guessed from that antecedent: a source of the sentence gives them off ("Cerebrospinal
 * fluid yielded so few vesicles": that source's, not the antecedent's), or the antecedent is the document's one studied
 * preparation and the sentence states a finding in the past ("Histology found iron-laden vesicles inside macrophages").
 * A present-tense, general or modal sentence ("Vesicles as markers", "Others want to load vesicles") stays unread.
 * The reading is on unless -Dexokg.noBareVesiclesOwnQualifier (VesicleAnaphora.BARE_VESICLES_OWN_QUALIFIER); these
 * fixtures turn it on and restore it; the neighbours with it off show what the switch adds. Invented texts.
 */
class BareVesiclesWithOwnSourceTest {

    @TempDir
    Path dir;

    private boolean saved;

    @BeforeEach
    void on() {
        saved = VesicleAnaphora.BARE_VESICLES_OWN_QUALIFIER;
        VesicleAnaphora.BARE_VESICLES_OWN_QUALIFIER = true;
    }

    @AfterEach
    void restore() {
        VesicleAnaphora.BARE_VESICLES_OWN_QUALIFIER = saved;
    }

    /** A study of plasma exosomes whose Results section names them, then the sentence under test. */
    private static String plasmaStudy(String sentence) {
        return "Plasma exosomes in stroke\n\nPlasma exosomes were studied in stroke patients.\n\nResults\n\n"
                + "Plasma exosomes carried CD63. " + sentence + "\n";
    }

    private List<String> claimsOf(String text, String words) throws Exception {
        return TestSupport.hedgedClaimsOfText(dir, text, words);
    }

    @Test
    void aSourceThatYieldsTheVesiclesIsTheirQualifierNotTheAntecedents() throws Exception {
        List<String> c = claimsOf(plasmaStudy("Cerebrospinal fluid yielded so few vesicles that samples were pooled."), "so few");
        assertTrue(c.contains("ExtracellularVesicle[CerebrospinalFluid] hasChallenge LowYield"), c.toString());
        assertTrue(c.contains("ExtracellularVesicle derivedFrom CerebrospinalFluid"), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.contains("[BloodPlasma]")), c.toString());
    }

    @Test
    void aSourceAfterItsParticiplePhraseReleasesTheVesicles() throws Exception {
        List<String> c = claimsOf(plasmaStudy("Apheresis platelets stored for transfusion release vesicles carrying CD81."), "Apheresis");
        assertTrue(c.contains("ExtracellularVesicle[Platelet] carries Cd81"), c.toString());
    }

    @Test
    void aSourceMadeInCultureThatMayReleaseVesiclesIsTheirOrigin() throws Exception {
        List<String> c = claimsOf(plasmaStudy("Osteoclasts made in culture may release vesicles unlike those of bone."), "Osteoclasts made");
        assertTrue(c.contains("ExtracellularVesicle derivedFrom Osteoclast (hedged)"), c.toString());
    }

    @Test
    void aSourceThatIsAPrepositionsObjectGivesNothingOff() throws Exception {
        // "cells from platelets" is no clause whose subject releases them: the present-tense sentence stays unread
        List<String> c = claimsOf(plasmaStudy("Cultures of platelets release vesicles carrying CD81."), "Cultures");
        assertTrue(c.stream().noneMatch(x -> x.contains("carries Cd81")), c.toString());
    }

    @Test
    void withTheSwitchOffTheYieldingSourceReadsNothing() throws Exception {
        VesicleAnaphora.BARE_VESICLES_OWN_QUALIFIER = false;
        List<String> c = claimsOf(plasmaStudy("Cerebrospinal fluid yielded so few vesicles that samples were pooled."), "so few");
        assertFalse(c.contains("ExtracellularVesicle[CerebrospinalFluid] hasChallenge LowYield"), c.toString());
    }

    @Test
    void aPastFindingOnTheStudiedPreparationCarriesIt() throws Exception {
        List<String> c = claimsOf(plasmaStudy("Histology found iron-laden vesicles inside macrophages."), "Histology");
        assertTrue(c.contains("Exosome[BloodPlasma] targets Macrophage"), c.toString());
    }

    @Test
    void aSentenceWithoutAVerbOfFindingStaysUnread() throws Exception {
        List<String> c = claimsOf(plasmaStudy("Vesicles as markers."), "as markers");
        assertTrue(c.isEmpty(), c.toString());
        List<String> wish = claimsOf(plasmaStudy("Others want to load vesicles with drugs."), "Others want");
        assertTrue(wish.isEmpty(), wish.toString());
    }

    @Test
    void aPresentTenseSentenceOnTheStudiedPreparationStaysUnread() throws Exception {
        List<String> c = claimsOf(plasmaStudy("Histology often finds iron-laden vesicles inside macrophages, which are known to clear them."),
                "Histology");
        assertTrue(c.stream().noneMatch(x -> x.contains("targets Macrophage")), c.toString());
    }

    @Test
    void aReviewOfSeveralSourcesHasNoStudiedPreparationToCarry() throws Exception {
        String review = "Vesicles in stroke\n\nExosomes from plasma and from urine have been compared.\n\nResults\n\n"
                + "Plasma exosomes carried CD63. Histology found iron-laden vesicles inside macrophages.\n";
        List<String> c = claimsOf(review, "Histology");
        assertTrue(c.stream().noneMatch(x -> x.contains("[BloodPlasma]")), c.toString());
    }
}
