package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch cargosubjects38 (docs/extraction.md, "Cargo of the vesicles under discussion"): a sentence that names
 * no vesicle and states cargo by a predicate of cargo in vesicles ("CD63 and TSG101 were detected by western blot", "The
 * cargo includes ...") gives the vesicles of the sentence before, with their kind and source, that cargo
 * ({@code -Dexokg.discourseCargo}, OFF by default). Invented sentences, none from a gold set, through the real pipeline;
 * look-alikes (reagents, the cells' own content, a tissue, another carrier) that must read nothing.
 */
@ExtendWith(WithoutClaimConfidence.class)
class DiscourseCargoTest {

    private static final String SWITCH = "exokg.discourseCargo";

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty(SWITCH);
    }

    /** "Subject[qualifier] (NOT) relation object" for the claims of the sentence that contains {@code words}. */
    private List<String> claimsOf(String text, String words) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text + "\n", ".txt");
        return TestSupport.claimsOf(e, words, false);
    }

    private static final String BEFORE = "Milk exosomes were isolated by ultracentrifugation and stored at -80 °C. ";

    @Test
    void cargoDetectedAfterTheVesiclesIsTheirs() throws Exception {
        System.setProperty(SWITCH, "true");
        List<String> detected = claimsOf(BEFORE + "CD81, ALIX and TSG101 were detected by western blotting.", "western");
        assertTrue(detected.contains("Exosome[Milk] carries Cd81"), detected.toString());
        assertTrue(detected.contains("Exosome[Milk] carries Tsg101"), detected.toString());
        List<String> field = claimsOf(BEFORE + "Calnexin: not detected.", "Calnexin");
        assertTrue(field.contains("Exosome[Milk] NOT carries Calnexin"), field.toString());
        List<String> loaded = claimsOf(BEFORE + "The siRNA against KRAS was loaded by electroporation at 350 V.", "350");
        assertTrue(loaded.contains("Exosome[Milk] carries SiRNA"), loaded.toString());
        List<String> cargo = claimsOf(BEFORE + "The cargo includes microRNAs such as miR-148a and miR-30d.", "cargo includes");
        assertTrue(cargo.contains("Exosome[Milk] carries MicroRNA"), cargo.toString());
        // "absent" denies; the clause after ", which" is not read by the guards
        List<String> absent = claimsOf(BEFORE + "Calnexin and GM130 were absent, which shows that cellular debris was removed.", "GM130");
        assertTrue(absent.contains("Exosome[Milk] NOT carries Calnexin"), absent.toString());
        assertFalse(absent.contains("Exosome[Milk] carries Calnexin"), absent.toString());
        // a class noun before the item it names gives the item alone
        List<String> markers = claimsOf(BEFORE + "Typical markers are the tetraspanins CD9 and CD81.", "Typical markers");
        assertTrue(markers.contains("Exosome[Milk] carries Cd81"), markers.toString());
        assertFalse(markers.contains("Exosome[Milk] carries Tetraspanin"), markers.toString());
        List<String> loading = claimsOf(BEFORE + "The siRNA loading efficiency was 38 %.", "efficiency");
        assertTrue(loading.contains("Exosome[Milk] carries SiRNA"), loading.toString());
    }

    @Test
    void switchedOffReadsNothing() throws Exception {
        System.setProperty(SWITCH, "false");
        List<String> detected = claimsOf(BEFORE + "CD81, ALIX and TSG101 were detected by western blotting.", "western");
        assertFalse(detected.stream().anyMatch(c -> c.contains("carries")), detected.toString());
    }

    @Test
    void lookAlikesReadNothing() throws Exception {
        System.setProperty(SWITCH, "true");
        for (String s : List.of(
                "CD81 was detected with a monoclonal antibody from the supplier.", // a reagent
                "GFP was detected in the producer cells after transfection.", // the cells' own content
                "miR-21 was enriched in tumour tissue of the same patients.", // a tissue
                "Doxorubicin was loaded into liposomes by a pH gradient.", // another carrier
                "Curcumin was loaded onto the column and eluted.", // a method step
                "Was miR-21 detected by sequencing?")) { // a question
            List<String> got = claimsOf(BEFORE + s, s.substring(0, 12));
            assertFalse(got.stream().anyMatch(c -> c.contains("carries")), s + " " + got);
        }
        // no vesicle before it in the text: nothing to refer to
        List<String> alone = claimsOf("CD81 and TSG101 were detected by western blotting.", "western");
        assertFalse(alone.stream().anyMatch(c -> c.contains("carries")), alone.toString());
    }
}
