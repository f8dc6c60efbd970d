package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch subjects33: a code that is a named preparation's code with one more part glued before it, defined with
 * an engineering step ("We engineered CH-Exos to display ... (WYR-CH-Exos)"), names the engineered arm; one defined by
 * loading alone ("loaded with curcumin by incubation (Cur-CH-Exos)") keeps the kind. Switch -Dexokg.engineeredCodes set
 * both ways (restored after each test). Invented sentences, through the real pipeline and ontology.
 */
@ExtendWith(WithoutClaimConfidence.class)
class EngineeredCodesTest {

    @TempDir
    Path dir;

    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty("exokg.engineeredCodes");
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty("exokg.engineeredCodes");
        } else {
            System.setProperty("exokg.engineeredCodes", saved);
        }
    }

    private static final String TEXT = "Cartilage repair with engineered vesicles\n\n"
            + "Exosomes were isolated from human chondrocytes (CH-Exos). We engineered CH-Exos to display a collagen-binding "
            + "peptide (WYR-CH-Exos). WYR-CH-Exos reduced cartilage loss in rats with osteoarthritis. CH-Exos carried CD63 and "
            + "TSG101.\n\n"
            + "In a second study, CH-Exos were loaded with curcumin by incubation (Cur-CH-Exos). Cur-CH-Exos reduced cartilage "
            + "loss in rats with osteoarthritis.\n";

    @Test
    void theEngineeredCodeNamesTheEngineeredArm() throws Exception {
        System.setProperty("exokg.engineeredCodes", "true");
        List<String> engineered = TestSupport.claimsOfText(dir, TEXT, "WYR-CH-Exos reduced");
        assertTrue(engineered.contains("EngineeredExosome[Chondrocyte] treats Osteoarthritis"), engineered::toString);
        assertTrue(engineered.contains("EngineeredExosome derivedFrom Chondrocyte"), engineered::toString);
        assertFalse(engineered.contains("Exosome[Chondrocyte] treats Osteoarthritis"), engineered::toString);
        // the base code stays the native arm
        List<String> native_ = TestSupport.claimsOfText(dir, TEXT, "CH-Exos carried CD63");
        assertTrue(native_.contains("Exosome[Chondrocyte] carries Cd63"), native_::toString);
        // loading alone is no engineering step
        List<String> loaded = TestSupport.claimsOfText(dir, TEXT, "Cur-CH-Exos reduced");
        assertTrue(loaded.contains("Exosome[Chondrocyte] treats Osteoarthritis"), loaded::toString);
    }

    @Test
    void offThePrefixedCodeKeepsTheNativeKind() throws Exception {
        System.setProperty("exokg.engineeredCodes", "false");
        List<String> engineered = TestSupport.claimsOfText(dir, TEXT, "WYR-CH-Exos reduced");
        assertTrue(engineered.contains("Exosome[Chondrocyte] treats Osteoarthritis"), engineered::toString);
        assertTrue(engineered.stream().noneMatch(c -> c.startsWith("EngineeredExosome")), engineered::toString);
    }

    @Test
    void onByDefault() throws Exception {
        System.clearProperty("exokg.engineeredCodes");
        List<String> engineered = TestSupport.claimsOfText(dir, TEXT, "WYR-CH-Exos reduced");
        assertTrue(engineered.contains("EngineeredExosome[Chondrocyte] treats Osteoarthritis"), engineered::toString);
    }

    /**
     * (branch enginespeed13) The search for prefixed codes is skipped in a sentence with fewer than two hyphens and its
     * answer reused by the sentence's second reading: codes written with the other hyphens the search takes (hyphen,
     * non-breaking hyphen, en dash, one kind per code) still name the engineered arm, and a sentence with one hyphen
     * ("collagen-binding") defines nothing by itself.
     */
    @Test
    void everyHyphenTheCodeSearchTakesIsCounted() throws Exception {
        System.clearProperty("exokg.engineeredCodes");
        for (char h : new char[] {'\u2010', '\u2011', '\u2013'}) {
            String text = TEXT.replace("WYR-CH-Exos", "WYR" + h + "CH" + h + "Exos");
            List<String> engineered = TestSupport.claimsOfText(dir, text, "WYR" + h + "CH" + h + "Exos reduced");
            assertTrue(engineered.contains("EngineeredExosome[Chondrocyte] treats Osteoarthritis"),
                    () -> (int) h + ": " + engineered);
        }
    }
}
