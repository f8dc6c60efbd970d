package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch anaphors13, issue 15) A participle of what the study did right before the noun ("Electroporated EVs do not
 * aggregate") marks the studied preparation's vesicles in a present-tense sentence too; with a modal ("Electroporated EVs
 * could aggregate") it is what such vesicles might do, and they stay unqualified. Invented texts.
 */
class PresentTenseParticipleCarrierTest {

    @TempDir
    Path dir;

    private static final String OPENING = "Summary\n\nExtracellular vesicles from goat milk were loaded with siRNA and given to mice. "
            + "Extracellular vesicles from goat milk carried CD63.\n\nAnticipated results\n\nEVs take up 5 % of the siRNA offered. ";

    @Test
    void aPresentTenseParticipleSubjectIsTheStudiedPreparation() throws Exception {
        List<String> c = TestSupport.claimsOfText(dir, OPENING + "Electroporated EVs do not aggregate when trehalose is present.\n", "Electroporated EVs do not");
        assertTrue(c.contains(ClaimExtractor.PRESENT_PARTICIPLE_CARRIERS
                ? "ExtracellularVesicle[CaprineMilk] loadedBy Electroporation" : "ExtracellularVesicle loadedBy Electroporation"),
                c.toString());
    }

    @Test
    void aModalSentenceLeavesTheParticipleSubjectGeneral() throws Exception {
        List<String> c = TestSupport.claimsOfText(dir, OPENING + "Electroporated EVs could aggregate when trehalose is absent.\n", "Electroporated EVs could");
        assertTrue(c.stream().noneMatch(x -> x.contains("CaprineMilk]")), c.toString());
    }
}
