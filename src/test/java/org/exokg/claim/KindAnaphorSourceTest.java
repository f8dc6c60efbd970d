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
 * (issue 15, branch kindof36) Switch -Dexokg.kindAnaphorSource: a classification whose subject is a bare anaphor ("Most
 * of them are microvesicles") takes the text's one source, as the anaphor's other claims do ({@link TextPreparation});
 * a denied kind ("they are not cells") and a classification of vesicles the sentence names itself stay as read. Off by
 * default (decided OFF: no isKindOf claim changed on the deciding pool). Invented texts.
 */
class KindAnaphorSourceTest {

    @TempDir
    Path dir;

    private static final String ONE_SOURCE = "Extracellular vesicles of red blood cells carry haemoglobin. Extracellular vesicles "
            + "of red blood cells were loaded with antisense oligonucleotides. Extracellular vesicles of red blood cells were "
            + "taken up by leukaemia cells. ";

    @AfterEach
    void reset() {
        ClaimExtractor.KIND_ANAPHOR_SOURCE = false;
    }

    private List<String> claims(boolean on, String text, String words) throws Exception {
        ClaimExtractor.KIND_ANAPHOR_SOURCE = on;
        return TestSupport.claimsWithTextPreparation(dir, text, words);
    }

    @Test
    void onAnAnaphorsKindTakesTheTextsSource() throws Exception {
        List<String> c = claims(true, ONE_SOURCE + "Most of them are microvesicles that bud from the plasma membrane.", "Most of them");
        assertTrue(c.contains("ExtracellularVesicle[Erythrocyte] isKindOf Microvesicle"), c.toString());
        assertFalse(c.contains("ExtracellularVesicle isKindOf Microvesicle"), c.toString());
    }

    @Test
    void offTheAnaphorsKindStaysUnqualified() throws Exception {
        List<String> c = claims(false, ONE_SOURCE + "Most of them are microvesicles that bud from the plasma membrane.", "Most of them");
        assertTrue(c.contains("ExtracellularVesicle isKindOf Microvesicle"), c.toString());
        assertFalse(c.contains("ExtracellularVesicle[Erythrocyte] isKindOf Microvesicle"), c.toString());
    }

    @Test
    void onADeniedKindStaysGeneral() throws Exception {
        List<String> c = claims(true, ONE_SOURCE + "The vesicles are not cells, so they cannot divide.", "are not cells");
        assertTrue(c.contains("ExtracellularVesicle NOT isKindOf Cell"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.startsWith("ExtracellularVesicle[Erythrocyte] NOT isKindOf")), c.toString());
    }

    @Test
    void onANamedSubjectIsNoAnaphor() throws Exception {
        List<String> c = claims(true, ONE_SOURCE + "Exosomes are small extracellular vesicles.", "Exosomes are small");
        assertTrue(c.contains("Exosome isKindOf SmallExtracellularVesicle"), c.toString());
        assertFalse(c.contains("Exosome[Erythrocyte] isKindOf SmallExtracellularVesicle"), c.toString());
    }
}
