package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, subjects that are not vesicle terms (branch subjects5): singular "vesicle" between its source and a noun of
 * what is made, measured or given of the vesicles ("plasma vesicle fractions", "an epithelial vesicle score", "tear
 * vesicle profiles", "placenta-derived vesicle therapy") names the vesicles of that source
 * (topic-preparation.yaml: source-vesicle-compounds). Each reading with a near neighbour that must not give it: the
 * same compound with no source before it, and a noun of the cell's own traffic after a source. Invented texts, through
 * the real pipeline and ontology.
 */
class SourceVesicleCompoundsTest {

    @TempDir
    Path dir;

    private static final String OPENING = "Extracellular vesicles in body fluids\n\nWe isolated extracellular vesicles from "
            + "patients with colitis and from healthy donors. ";

    @Test
    void aSourceBeforeAVesicleScoreStatesTheOrigin() throws Exception {
        TestSupport.assertClaimsOfText(dir, OPENING + "An epithelial vesicle score correlated with disease activity.\n",
                "vesicle score", List.of("ExtracellularVesicle derivedFrom EpithelialCell"), List.of());
        // near neighbour: the same score with the source earlier in the sentence, not right before it, states no origin
        TestSupport.assertClaimsOfText(dir, OPENING + "In epithelial cells, a vesicle score correlated with disease activity.\n",
                "vesicle score", List.of(), List.of("ExtracellularVesicle derivedFrom EpithelialCell"));
    }

    @Test
    void aFluidBeforeAVesicleAssayOrProfileStatesTheOrigin() throws Exception {
        TestSupport.assertClaimsOfText(dir, OPENING + "Calnexin should be absent from plasma vesicle fractions.\n",
                "vesicle fractions", List.of("ExtracellularVesicle derivedFrom BloodPlasma"), List.of());
        List<String> tear = TestSupport.claimsOfText(dir, OPENING + "Women with benign lesions had tear vesicle profiles like "
                + "those of controls.\n", "vesicle profiles");
        assertTrue(tear.contains("ExtracellularVesicle derivedFrom TearFluid"), tear::toString);
    }

    @Test
    void aNounOfTheCellsOwnTrafficIsNoCompound() throws Exception {
        // near neighbour: a source before "vesicle trafficking" (the cell's own traffic) names no extracellular vesicles
        TestSupport.assertClaimsOfText(dir, OPENING + "In epithelial cells, epithelial vesicle trafficking was impaired by the drug.\n",
                "vesicle trafficking", List.of(), List.of("ExtracellularVesicle derivedFrom EpithelialCell"));
    }

    @Test
    void aTermAfterTheModifierLeavesTheModifierAsTheVesicles() throws Exception {
        TestSupport.assertClaimsOfText(dir, OPENING + "Placenta-derived vesicle therapy lowered blood pressure in a rat model "
                + "of pre-eclampsia.\n", "vesicle therapy", List.of("ExtracellularVesicle derivedFrom Placenta"), List.of());
    }

    @Test
    void theCompoundMayNameATextsFirstVesicles() throws Exception {
        // the first vesicles of a news text, in its first paragraph after the headline
        TestSupport.assertClaimsOfText(dir, "Company news\n\nPlacenta-derived vesicle therapy lowers blood pressure in a rat "
                + "model of pre-eclampsia, the company reports.\n", "vesicle therapy",
                List.of("ExtracellularVesicle derivedFrom Placenta"), List.of());
        // near neighbour: the cells' own vesicle traffic in the same place names no extracellular vesicles
        List<String> n = TestSupport.claimsOfText(dir, "Company news\n\nNeuronal vesicle release shapes memory in mice, the "
                + "group reports.\n", "vesicle release");
        assertTrue(n.stream().noneMatch(c -> c.startsWith("ExtracellularVesicle")), n::toString);
    }
}
