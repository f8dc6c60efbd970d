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
 * (issue 15, branch comparisons) Sentences that compare two preparations: "V outperformed W in ...", "V were as potent as
 * W in ..." give the finding to both vesicle preparations (topic-preparation.yaml: comparison-conjuncts; switch
 * -Dexokg.comparisonConjuncts); "both carriers / both populations" after two named preparations stand for each of them
 * (VesicleAnaphora, EachPreparation; switch -Dexokg.distributiveCarriers); "Both MSC-EVs and DC-EVs contained ..." gives
 * each code its claim (ClaimExtractor.CODE_COORDINATION; switch -Dexokg.codeConjuncts). The switches are OFF by default (they changed
 * nothing on blind 30-32); the fixtures set them. A liposome compared gets no claim, and the preparation after "less
 * effective than" is given nothing by these readings. Invented texts.
 */
class ComparisonSentencesTest {

    @TempDir
    Path dir;

    private boolean savedConjuncts;
    private boolean savedCarriers;
    private boolean savedCodes;

    @BeforeEach
    void switchOn() {
        savedConjuncts = ClaimExtractor.COMPARISON_CONJUNCTS;
        savedCarriers = VesicleAnaphora.DISTRIBUTIVE_CARRIERS;
        savedCodes = ClaimExtractor.CODE_CONJUNCTS;
        ClaimExtractor.COMPARISON_CONJUNCTS = true;
        VesicleAnaphora.DISTRIBUTIVE_CARRIERS = true;
        ClaimExtractor.CODE_CONJUNCTS = true;
    }

    @AfterEach
    void restore() {
        ClaimExtractor.COMPARISON_CONJUNCTS = savedConjuncts;
        VesicleAnaphora.DISTRIBUTIVE_CARRIERS = savedCarriers;
        ClaimExtractor.CODE_CONJUNCTS = savedCodes;
    }

    private List<String> claimsOf(String text, String words) throws Exception {
        return TestSupport.hedgedClaimsOfText(dir, text, words);
    }

    private static final String TITLE = "Vesicles of two brain cell types in stroke\n\n";

    @Test
    void theOutperformingPreparationGetsTheFindingToo() throws Exception {
        List<String> c = claimsOf(TITLE + "Neuron-derived exosomes outperformed astrocyte-derived exosomes in reducing infarct volume after stroke.\n",
                "outperformed");
        assertTrue(c.contains("Exosome[Neuron] treats Stroke"), c.toString());
        assertTrue(c.contains("Exosome[Astrocyte] treats Stroke"), c.toString());
    }

    @Test
    void aPreparationAsPotentAsAnotherGetsItsFinding() throws Exception {
        List<String> c = claimsOf(TITLE + "Neuron-derived exosomes were as effective as astrocyte-derived exosomes in treating stroke.\n",
                "as effective as");
        assertTrue(c.contains("Exosome[Neuron] treats Stroke"), c.toString());
        assertTrue(c.contains("Exosome[Astrocyte] treats Stroke"), c.toString());
    }

    @Test
    void switchedOffOnlyTheComparedPreparationKeepsIt() throws Exception {
        ClaimExtractor.COMPARISON_CONJUNCTS = false;
        List<String> c = claimsOf(TITLE + "Neuron-derived exosomes outperformed astrocyte-derived exosomes in reducing infarct volume after stroke.\n",
                "outperformed");
        assertFalse(c.contains("Exosome[Neuron] treats Stroke"), c.toString());
    }

    @Test
    void aLiposomeComparedGetsNothing() throws Exception {
        List<String> c = claimsOf("Oral carriers for colitis\n\nMilk exosomes outperformed liposomes in treating colitis in mice.\n",
                "outperformed");
        assertTrue(c.contains("Exosome[Milk] treats InflammatoryDisease"), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Liposome")), c.toString());
    }

    @Test
    void thePreparationAfterLessEffectiveThanIsGivenNothing() throws Exception {
        List<String> c = claimsOf(TITLE + "Astrocyte-derived exosomes were less effective than neuron-derived exosomes in treating stroke.\n",
                "less effective");
        assertFalse(c.contains("Exosome[Neuron] treats Stroke"), c.toString());
    }

    @Test
    void bothCarriersAreEachOfTheTwoPreparations() throws Exception {
        List<String> c = claimsOf("Macrophage vesicles and mimetics in arthritis\n\nMacrophage exosomes carried CD11b. "
                + "Macrophage-derived nanovesicles carried CCR2. Both carriers were taken up by synovial macrophages.\n", "Both carriers");
        assertTrue(c.contains("Exosome[Macrophage] targets Macrophage"), c.toString());
        assertTrue(c.contains("ExtracellularVesicle[Macrophage] targets Macrophage"), c.toString());
    }

    @Test
    void bothPopulationsAreEachOfTheTwoPreparations() throws Exception {
        List<String> c = claimsOf("Two vesicle carriers\n\nDendritic cell exosomes carried CD81 and platelet microvesicles carried CD41. "
                + "Both populations crossed the blood-brain barrier.\n", "Both populations");
        assertTrue(c.contains("Exosome[DendriticCell] crosses BloodBrainBarrier"), c.toString());
        assertTrue(c.contains("Microvesicle[Platelet] crosses BloodBrainBarrier"), c.toString());
    }

    @Test
    void switchedOffBothCarriersIsNoAnaphor() throws Exception {
        VesicleAnaphora.DISTRIBUTIVE_CARRIERS = false;
        List<String> c = claimsOf("Macrophage vesicles and mimetics in arthritis\n\nMacrophage exosomes carried CD11b. "
                + "Macrophage-derived nanovesicles carried CCR2. Both carriers were taken up by synovial macrophages.\n", "Both carriers");
        assertTrue(c.stream().noneMatch(x -> x.contains("targets Macrophage")), c.toString());
    }

    @Test
    void bothCarriersWithALiposomeGiveTheLiposomeNothing() throws Exception {
        List<String> c = claimsOf("Exosomes and liposomes as carriers\n\nMilk exosomes carried curcumin. Liposomes carried curcumin. "
                + "Both carriers were taken up by intestinal epithelial cells.\n", "Both carriers");
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Liposome")), c.toString());
    }

    @Test
    void coordinatedCodesEachGetTheClaim() throws Exception {
        List<String> c = claimsOf("Two vesicle carriers for arthritis\n\nBoth MSC-EVs and DC-EVs contained CD81 and syntenin-1.\n", "contained");
        assertTrue(c.contains("ExtracellularVesicle[DendriticCell] carries Cd81"), c.toString());
        assertTrue(c.contains("ExtracellularVesicle[MesenchymalStemCell] carries Cd81"), c.toString());
    }

    @Test
    void aCodeWithItsOwnPredicateIsNoConjunct() throws Exception {
        List<String> c = claimsOf("Two vesicle carriers for arthritis\n\nMSC-EVs were injected first, and DC-EVs contained CD81.\n", "contained");
        assertTrue(c.contains("ExtracellularVesicle[DendriticCell] carries Cd81"), c.toString());
        assertFalse(c.contains("ExtracellularVesicle[MesenchymalStemCell] carries Cd81"), c.toString());
    }

    @Test
    void switchedOffCoordinatedCodesGiveTheLastOneOnly() throws Exception {
        ClaimExtractor.CODE_CONJUNCTS = false;
        List<String> c = claimsOf("Two vesicle carriers for arthritis\n\nBoth MSC-EVs and DC-EVs contained CD81 and syntenin-1.\n", "contained");
        assertFalse(c.contains("ExtracellularVesicle[MesenchymalStemCell] carries Cd81"), c.toString());
    }
}
