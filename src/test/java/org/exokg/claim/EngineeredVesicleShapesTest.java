package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch engineered41, convention z: further shapes that state a deliberate modification of the vesicles or of
 * their producer cells make the vesicles EngineeredExosome ({@code -Dexokg.engineeredVesicleShapes}, OFF; =true turns it
 * on): a verb of modification before the vesicles with its purpose or means after them, a fronted modification,
 * producer cells named as modified by a hyphenated participle or a stable expression, "tagged with". Loading alone, a
 * control transfection, a look-alike and a condition that changes the vesicles without anyone modifying them keep their
 * kind. Invented texts, none from a gold set.
 */
class EngineeredVesicleShapesTest {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty("exokg.engineeredVesicleShapes");
    }

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    private static final String FRONTED = "When decorated with the RVG peptide, exosomes from dendritic cells crossed the blood-brain barrier.";

    @Test
    void theShapesMakeTheVesiclesEngineered() throws Exception {
        System.setProperty("exokg.engineeredVesicleShapes", "true");
        List<String> got = claims(FRONTED);
        assertTrue(got.contains("EngineeredExosome[DendriticCell] crosses BloodBrainBarrier"), got.toString());
        assertTrue(got.contains("EngineeredExosome derivedFrom DendriticCell"), got.toString());
        assertFalse(TestSupport.anyContains(got, "Exosome[DendriticCell] crosses") && got.contains("Exosome[DendriticCell] crosses BloodBrainBarrier"),
                got.toString());
        for (String text : List.of(
                "After surface modification with an aptamer, the exosomes accumulated in breast tumours.",
                "Exosomes from miR-133b-overexpressing stem cells improved recovery after stroke.",
                "Exosomes from HEK293 cells stably expressing Lamp2b-RVG crossed the blood-brain barrier.",
                "Exosomes tagged with a HER2 affibody accumulated in breast tumours.",
                "The consortium plans to engineer exosomes that display the RVG peptide.")) {
            got = claims(text);
            assertTrue(TestSupport.anyContains(got, "EngineeredExosome"), text + " " + got);
            assertFalse(got.stream().anyMatch(c -> c.startsWith("Exosome")), text + " " + got);
        }
    }

    @Test
    void loadingControlsLookAlikesAndConditionsKeepTheirKind() throws Exception {
        System.setProperty("exokg.engineeredVesicleShapes", "true");
        for (String text : List.of(
                "When loaded with doxorubicin by electroporation, exosomes reduced tumour growth in mice.",
                "Exosomes from HEK293 cells transiently expressing a scrambled siRNA carried the siRNA.",
                "Hypoxia modifies exosomes to carry more miR-210.",
                "When decorated with folate, liposomes were taken up by tumour cells.",
                "Vesicles from a lipid A-modified strain of Escherichia coli protected mice from sepsis.")) {
            List<String> got = claims(text);
            assertFalse(TestSupport.anyContains(got, "EngineeredExosome"), text + " " + got);
        }
    }

    @Test
    void offLeavesThemTheirOwnKind() throws Exception {
        List<String> got = claims(FRONTED);
        assertTrue(got.contains("Exosome[DendriticCell] crosses BloodBrainBarrier"), got.toString());
        assertFalse(TestSupport.anyContains(got, "EngineeredExosome"), got.toString());
    }
}
