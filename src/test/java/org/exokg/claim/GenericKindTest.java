package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void aGeneralStatementOnTheBareWordIsTheKind() throws Exception {
        String s = "Loading vesicles after isolation by electroporation tends to make them aggregate.";
        List<String> off = claims(OPENING + s + "\n", "tends to make", false);
        assertTrue(off.contains("Exosome[TearFluid] loadedBy Electroporation"), off.toString());
        List<String> on = claims(OPENING + s + "\n", "tends to make", true);
        assertTrue(on.contains("Exosome loadedBy Electroporation"), on.toString());
        assertTrue(on.contains("Exosome hasChallenge VesicleAggregation"), on.toString());
        assertFalse(on.stream().anyMatch(c -> c.contains("[")), on.toString());
    }

    @Test
    void theFamilySwitchTurnsItOnToo() throws Exception {
        String s = "Loading vesicles after isolation by electroporation tends to make them aggregate.";
        System.setProperty("exokg.discourseChallenges", "true");
        try {
            List<String> on = claims(OPENING + s + "\n", "tends to make", false);
            assertTrue(on.contains("Exosome loadedBy Electroporation"), on.toString());
        } finally {
            System.clearProperty("exokg.discourseChallenges");
        }
    }

    @Test
    void theStudysFindingsAndItsOwnVesiclesKeepThePreparation() throws Exception {
        // a past-tense finding (cccccccc's other side)
        String finding = "The vesicles were taken up by macrophages.";
        List<String> f = claims(OPENING + finding + "\n", "taken up by macrophages", true);
        assertTrue(f.contains("Exosome[TearFluid] targets Macrophage"), f.toString());
        // a definite or demonstrative noun phrase is an anaphor of the text's own vesicles (c), whatever the tense
        for (String own : List.of("The vesicles are natural carriers of RNA between cells.",
                "These nano-sized vesicles are natural carriers of RNA between cells.")) {
            List<String> o = claims(OPENING + own + "\n", "natural carriers", true);
            assertTrue(o.contains("Exosome[TearFluid] carries RNA"), o.toString());
            assertFalse(o.contains("Exosome carries RNA"), o.toString());
        }
        // no vesicle word: the discourse's vesicles, the preparation's challenge (challenges5)
        String discourse = "Storage remains a challenge: freezing causes aggregation and loss of activity.";
        List<String> d = claims(OPENING + discourse + "\n", "freezing causes", true);
        assertTrue(d.contains("Exosome[TearFluid] hasChallenge VesicleAggregation"), d.toString());
    }

    @Test
    void aQuantityOrAProductModifierIsNoBareWord() throws Exception {
        // "micrograms of vesicles" counts the preparation; "topical vesicles" names the product: the reading leaves both
        for (String s : List.of("A flow chamber yields micrograms of vesicles per day, which is far too little.",
                "Topical vesicles are unlikely to cause systemic effects on the eye.")) {
            String words = s.substring(0, 18);
            List<String> off = claims(OPENING + s + "\n", words, false);
            List<String> on = claims(OPENING + s + "\n", words, true);
            assertEquals(off, on, s);
        }
    }
}
