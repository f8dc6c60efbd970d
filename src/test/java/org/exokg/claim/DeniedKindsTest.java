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
 * Issue 15, branch plainsubjects: a vesicle kind the sentence denies to its subject ("... are not human exosomes") is no
 * subject of the sentence's other claims, with the switch {@link DeniedKinds#ON} on (restored after each test). Invented
 * sentences, through the real pipeline and ontology.
 */
@ExtendWith(WithoutClaimConfidence.class)
class DeniedKindsTest {

    @TempDir
    Path dir;

    private boolean saved;

    @BeforeEach
    void save() {
        saved = DeniedKinds.ON;
    }

    @AfterEach
    void restore() {
        DeniedKinds.ON = saved;
    }

    private static final String TEXT = "Vesicles from fungi in food\n\n"
            + "Mushroom and kefir vesicles are not human exosomes, and their regulatory classification may differ between countries.\n\n"
            + "Exosomes carry CD63, whereas liposomes are not exosomes.\n";

    @Test
    void theDeniedKindIsNoSubject() throws Exception {
        DeniedKinds.ON = true;
        List<String> denied = TestSupport.claimsOfText(dir, TEXT, "Mushroom and kefir");
        assertTrue(denied.stream().noneMatch(c -> c.startsWith("Exosome ") && !c.contains("isKindOf")), denied::toString);
        // the kind named without a denial in the same sentence keeps its claims
        List<String> named = TestSupport.claimsOfText(dir, TEXT, "Exosomes carry CD63");
        assertTrue(named.contains("Exosome carries Cd63"), named::toString);
    }

    @Test
    void offTheDeniedKindTakesTheChallenge() throws Exception {
        DeniedKinds.ON = false;
        List<String> denied = TestSupport.claimsOfText(dir, TEXT, "Mushroom and kefir");
        assertTrue(denied.contains("Exosome hasChallenge RegulatoryUncertainty"), denied::toString);
    }

    @Test
    void theDenyingWords() {
        String s = "Yeast vesicles are not human exosomes";
        assertTrue(DeniedKinds.deniedAt(s, 0, s.indexOf("exosomes")));
        String t = "Exosomes are not cells, and human exosomes carry CD9";
        assertFalse(DeniedKinds.deniedAt(t, 0, t.indexOf("exosomes carry")));
        String u = "Rose vesicles are plant vesicles, not human exosomes";
        assertTrue(DeniedKinds.deniedAt(u, 0, u.indexOf("exosomes")));
        // an elliptic contrast denies the predicate, not the kind: "vesicles of L. johnsonii, but not mimetics, reduced ..."
        String v = "Secreted vesicles of Lactobacillus johnsonii, but not extruded mimetics, reduced colitis";
        assertFalse(DeniedKinds.deniedAt(v, 0, v.indexOf("extruded mimetics")));
    }
}
