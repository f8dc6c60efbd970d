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
 * Issue 15, branch absentharms40: an absent harm that names no toxicity word is LowToxicity of the vesicles given
 * (convention cc; switch absentHarms, AbsentHarmReadings, docs/extraction.md). Invented sentences, none from a gold set,
 * through the real pipeline; the reading with its switch off and on, and the look-alikes it must not read: a fall of the
 * disease's own marker, a control arm, a look-alike carrier.
 */
@ExtendWith(WithoutClaimConfidence.class)
class AbsentHarmReadingsTest {

    private static final String LOW = "PlantDerivedNanovesicle hasProperty LowToxicity";

    @AfterEach
    void reset() {
        System.clearProperty("exokg.absentHarms");
    }

    @TempDir
    Path dir;

    @Test
    void aHarmThatDidNotHappenIsLowToxicity() throws Exception {
        String opening = "Ginger nanovesicles were injected into healthy mice every day for four weeks.";
        String caused = "The nanovesicles did not cause hair loss or skin lesions.";
        System.setProperty("exokg.absentHarms", "false");
        List<String> off = TestSupport.claimsAfterOpening(dir, opening, caused);
        assertFalse(off.contains(LOW), off.toString());
        System.setProperty("exokg.absentHarms", "true");
        List<String> on = TestSupport.claimsAfterOpening(dir, opening, caused);
        assertTrue(on.contains(LOW), on.toString());
        List<String> seen = TestSupport.claimsAfterOpening(dir, opening, "No bacteraemia or diarrhoea was seen in any treated mouse.");
        assertTrue(seen.contains(LOW), seen.toString());
        List<String> kept = TestSupport.claimsAfterOpening(dir, opening, "The treated mice lost no weight and had normal kidney function.");
        assertTrue(kept.contains(LOW), kept.toString());
    }

    @Test
    void aFallOfTheDiseasesOwnMarkerIsNoSafety() throws Exception {
        System.setProperty("exokg.absentHarms", "true");
        // the harm is the disease's own sign (the title names colitis; the sentence names the disease)
        List<String> title = TestSupport.claimsAfterOpening(dir, "Ginger nanovesicles in mice with colitis.",
                "No diarrhoea or redness was seen in the treated mice.");
        assertFalse(title.contains(LOW), title.toString());
        List<String> named = TestSupport.claimsAfterOpening(dir, "Ginger nanovesicles were given to mice.",
                "In mice with psoriasis, no redness or itching was seen after treatment.");
        assertFalse(named.contains(LOW), named.toString());
    }

    @Test
    void aControlArmOrALookAlikeCarrierGivesNothing() throws Exception {
        System.setProperty("exokg.absentHarms", "true");
        String opening = "Ginger nanovesicles were injected into healthy mice every day for four weeks.";
        List<String> control = TestSupport.claimsAfterOpening(dir, opening, "Control mice showed no redness or hair loss.");
        assertFalse(control.contains(LOW), control.toString());
        List<String> liposomes = TestSupport.claimsAfterOpening(dir, opening, "The cationic liposomes caused no redness or itching.");
        assertFalse(liposomes.contains(LOW), liposomes.toString());
        assertFalse(liposomes.contains("Liposome hasProperty LowToxicity"), liposomes.toString());
        // compared with the look-alike, the vesicles keep their reading
        List<String> unlike = TestSupport.claimsAfterOpening(dir, opening, "Unlike cationic liposomes, the nanovesicles caused no redness or itching.");
        assertTrue(unlike.contains(LOW), unlike.toString());
    }
}
