package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markers present and absent in one sentence (branch markers, twenty-third session; switch -Dexokg.noMarkersDeniedAfter):
 * after the vesicles' carried markers, a clause of its own says a marker absent ("..., while calnexin was absent",
 * "...; GM130 was not detected"): a denied carries of the same vesicles. Near neighbours that must not give the denial:
 * a marker absent from another fraction, a marker naming cells ("calnexin-negative cells"), a marker said absent in a
 * sentence that names no carried cargo. Invented texts through the real pipeline and the project ontology.
 */
class MarkersPresentAndAbsentTest {

    @TempDir
    Path dir;

    @Test
    void aMarkerAbsentInAWhileClauseIsDeniedCargoOfTheVesicles() throws Exception {
        String text = "Results\n\nGoat milk exosomes carried CD63, CD81 and TSG101, while calnexin was absent.\n";
        TestSupport.assertClaimsOfText(dir, text, "while calnexin",
                List.of("Exosome[CaprineMilk] carries Cd63", "Exosome[CaprineMilk] NOT carries Calnexin"),
                List.of("Exosome[CaprineMilk] carries Calnexin"));
    }

    @Test
    void markersNotDetectedAfterASemicolonAreDeniedEach() throws Exception {
        String text = "Results\n\nGoat milk exosomes were positive for CD9 and ALIX; calnexin and GM130 were not detected.\n";
        TestSupport.assertClaimsOfText(dir, text, "not detected",
                List.of("Exosome[CaprineMilk] NOT carries Calnexin", "Exosome[CaprineMilk] NOT carries Gm130"),
                List.of("Exosome[CaprineMilk] carries Calnexin", "Exosome[CaprineMilk] carries Gm130"));
    }

    @Test
    void aMarkerAbsentFromAnotherFractionIsNoDenialOfTheVesicles() throws Exception {
        String text = "Results\n\nGoat milk exosomes carried CD63, CD81 and TSG101, while calnexin was absent from the cell debris pellet.\n";
        TestSupport.assertClaimsOfText(dir, text, "while calnexin", List.of("Exosome[CaprineMilk] carries Cd63"),
                List.of("Exosome[CaprineMilk] NOT carries Calnexin"));
    }

    @Test
    void aMarkerNamingCellsIsNoDenial() throws Exception {
        String text = "Results\n\nGoat milk exosomes carried CD63 and TSG101; calnexin-negative cells took them up within an hour.\n";
        TestSupport.assertClaimsOfText(dir, text, "calnexin-negative", List.of("Exosome[CaprineMilk] carries Cd63"),
                List.of("Exosome[CaprineMilk] NOT carries Calnexin"));
    }

    @Test
    void aMarkerSaidAbsentWithNoCarriedCargoBeforeGivesNothingHere() throws Exception {
        // a procedure's expectation, no vesicle carrying anything in the sentence
        String text = "Methods\n\nCalnexin is measured as a negative marker; calnexin should be absent.\n";
        TestSupport.assertClaimsOfText(dir, text, "negative marker", List.of(),
                List.of("ExtracellularVesicle NOT carries Calnexin", "Exosome NOT carries Calnexin"));
    }
}
