package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch techlexicon (twenty-fifth session): a clinical challenge, a vesicle property, a use or a loading
 * technique said in common words the lexicon lacked ("limited quantities", "cost-intensive", "cleared within
 * minutes", "no side effects", "preferential accumulation", "not fully characterised", "drug vehicle", "simple
 * mixing") is read as the most specific existing class (ontology block of branch techlexicon: narrow synonyms and hidden
 * labels). Invented sentences, each with a near neighbour in which a similar wording names no such class.
 */
class TechniquePropertyChallengeWordsTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    @Test
    void limitedQuantitiesAreALowYieldButLimitedAmountsOfACargoAreNot() throws Exception {
        List<String> yield = claims("Exosomes from mesenchymal stem cells are obtained only in limited quantities, which hampers their clinical use.");
        assertTrue(TestSupport.anyContains(yield, "hasChallenge LowYield"), yield.toString());
        List<String> cargo = claims("Exosomes from mesenchymal stem cells carry limited amounts of albumin.");
        assertFalse(TestSupport.anyContains(cargo, "LowYield"), cargo.toString());
    }

    @Test
    void costIntensiveIsAHighCostButCostEffectiveIsNot() throws Exception {
        List<String> intensive = claims("Exosomes from mesenchymal stem cells are cost-intensive to manufacture.");
        assertTrue(TestSupport.anyContains(intensive, "hasChallenge HighCost"), intensive.toString());
        // "cost" alone is no term: "cost-effective" says the opposite
        List<String> effective = claims("Exosomes from mesenchymal stem cells are cost-effective to manufacture.");
        assertFalse(TestSupport.anyContains(effective, "HighCost"), effective.toString());
    }

    @Test
    void clearedWithinMinutesIsRapidClearanceButIsolatedWithinMinutesIsNot() throws Exception {
        List<String> cleared = claims("Exosomes from dendritic cells were cleared within minutes after intravenous injection.");
        assertTrue(TestSupport.anyContains(cleared, "hasChallenge RapidClearance"), cleared.toString());
        List<String> isolated = claims("Exosomes from dendritic cells were isolated within minutes after blood collection.");
        assertFalse(TestSupport.anyContains(isolated, "RapidClearance"), isolated.toString());
    }

    @Test
    void noSideEffectsIsLowToxicityButFewerSideEffectsOfADrugAreNot() throws Exception {
        List<String> none = claims("Exosomes from mesenchymal stem cells caused no side effects in the treated mice.");
        assertTrue(TestSupport.anyContains(none, "hasProperty LowToxicity"), none.toString());
        List<String> drug = claims("Exosomes from mesenchymal stem cells reduced the side effects of cisplatin in mice.");
        assertFalse(TestSupport.anyContains(drug, "LowToxicity"), drug.toString());
    }

    @Test
    void preferentialAccumulationIsTargetingButPlainAccumulationIsNot() throws Exception {
        List<String> preferential = claims("Exosomes from mesenchymal stem cells showed preferential accumulation in the injured kidney.");
        assertTrue(TestSupport.anyContains(preferential, "hasProperty TargetingAbility"), preferential.toString());
        // convention n: accumulation without targeting, homing, preferential or selective wording is no TargetingAbility
        List<String> plain = claims("Exosomes from mesenchymal stem cells showed accumulation in the injured kidney.");
        assertFalse(TestSupport.anyContains(plain, "TargetingAbility"), plain.toString());
    }

    @Test
    void notCharacterisedIsALackOfCharacterisationButCharacterisedIsNot() throws Exception {
        List<String> not = claims("Exosomes from mesenchymal stem cells reduced fibrosis in mice. The cargo of these exosomes is not fully characterised.");
        assertTrue(TestSupport.anyContains(not, "hasChallenge LackOfCharacterisation"), not.toString());
        // the negation inside the phrase is the challenge, not a denial of it
        assertFalse(TestSupport.anyContains(not, "NOT hasChallenge"), not.toString());
        List<String> done = claims("Exosomes from mesenchymal stem cells reduced fibrosis in mice. The cargo of these exosomes is fully characterised.");
        assertFalse(TestSupport.anyContains(done, "LackOfCharacterisation"), done.toString());
    }

    @Test
    void poorStabilityIsAStorageChallengeButGoodStabilityIsAProperty() throws Exception {
        List<String> poor = claims("Exosomes from HEK293 cells showed poor stability after storage at 4 degrees.");
        assertTrue(TestSupport.anyContains(poor, "hasChallenge StorageStability"), poor.toString());
        List<String> good = claims("Exosomes from HEK293 cells showed good stability after storage at 4 degrees.");
        assertFalse(TestSupport.anyContains(good, "StorageStability"), good.toString());
    }

    @Test
    void simpleMixingIsIncubationButMixingADyeIsNoLoading() throws Exception {
        List<String> mixing = claims("Exosomes from macrophages were loaded with doxorubicin by simple mixing.");
        assertTrue(TestSupport.anyContains(mixing, "loadedBy Incubation"), mixing.toString());
        List<String> dye = claims("Exosomes from macrophages were mixed with a buffer before imaging.");
        assertFalse(TestSupport.anyContains(dye, "loadedBy"), dye.toString());
    }

    @Test
    void drugVehicleIsDrugDeliveryButAVehicleControlIsNot() throws Exception {
        List<String> vehicle = claims("Exosomes from mesenchymal stem cells were used as a drug vehicle for curcumin.");
        assertTrue(TestSupport.anyContains(vehicle, "usedFor DrugDelivery"), vehicle.toString());
        List<String> control = claims("Exosomes from mesenchymal stem cells were compared with a vehicle control in mice.");
        assertFalse(TestSupport.anyContains(control, "DrugDelivery"), control.toString());
    }
}
