package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch challenge39 (convention cccccccc): a present-tense general statement of the vesicle kind is the kind,
 * unqualified, also in a text about one preparation (GenericKinds, switch -Dexokg.genericKind). Invented sentences, none
 * from a gold set, through the real pipeline, with the switch on and off, and the finding look-alike the reading must
 * leave to the preparation.
 */
@ExtendWith(WithoutClaimConfidence.class)
class GenericKindTest {

    @AfterEach
    void reset() {
        System.clearProperty("exokg.genericKind");
    }

    @TempDir
    Path dir;

    private List<String> claims(String text, String words, boolean on) throws Exception {
        System.setProperty("exokg.genericKind", Boolean.toString(on));
        return TestSupport.claimsOfText(dir, text, words);
    }

    private static final String OPENING = "We isolated exosomes from tear fluid of patients with dry eye disease. "
            + "Tear fluid exosomes carried CD63 and were taken up by corneal epithelial cells. ";

    @Test
    void print() throws Exception {
        for (String s : List.of("The vesicles are natural carriers of RNA between cells.",
                "Loading vesicles after isolation by electroporation tends to make them aggregate.",
                "Storage remains a challenge: frozen EVs tend to aggregate.",
                "Storage remains a challenge: freezing causes aggregation and loss of activity.",
                "Vesicles can also be loaded by electroporation, which makes them aggregate.",
                "Both studies point to a wider use of vesicles in dry eye disease.",
                "EVs in solution lose activity at 4 degrees, so storage remains a challenge.",
                "The vesicles were taken up by macrophages.",
                "These nano-sized vesicles are natural carriers of RNA between cells.")) {
            System.out.println("OFF " + s + " -> " + claims(OPENING + s + "\n", s.substring(0, 15), false));
            System.out.println("ON  " + s + " -> " + claims(OPENING + s + "\n", s.substring(0, 15), true));
        }
    }
}
