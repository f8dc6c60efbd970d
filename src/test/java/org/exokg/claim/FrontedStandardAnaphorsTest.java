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
 * (issue 15, branch comparisonanaphors) A comparison's standard fronted before the main clause ("Compared with X,
 * they ...", "Unlike X, the vesicles ...") is not what the main clause's anaphor names: the anaphor keeps the
 * preparation under discussion. Switch -Dexokg.frontedStandardAnaphors (set here both ways). Invented texts.
 */
class FrontedStandardAnaphorsTest {

    @TempDir
    Path dir;

    private final boolean before = VesicleAnaphora.FRONTED_STANDARD_ANAPHORS;

    @AfterEach
    void restore() {
        VesicleAnaphora.FRONTED_STANDARD_ANAPHORS = before;
    }

    private List<String> claims(boolean on, String text, String sentenceStart) throws Exception {
        VesicleAnaphora.FRONTED_STANDARD_ANAPHORS = on;
        return TestSupport.claimsOfText(dir, text + "\n", sentenceStart);
    }

    private static final String STUDIED = "Exosomes from mesenchymal stem cells reduced infarct size in rats.";

    @Test
    void aPronounAfterAFrontedStandardKeepsThePreparationUnderDiscussion() throws Exception {
        String text = STUDIED + " Compared with exosomes from dermal fibroblasts, they carried more microRNA-21.";
        List<String> on = claims(true, text, "Compared with");
        assertTrue(on.contains("Exosome[MesenchymalStemCell] carries MicroRNA"), on.toString());
        assertFalse(on.contains("Exosome[Fibroblast] carries MicroRNA"), on.toString());
        // switched off the standard before the pronoun leaves it unresolved: no claim of the studied exosomes
        List<String> off = claims(false, text, "Compared with");
        assertFalse(off.contains("Exosome[MesenchymalStemCell] carries MicroRNA"), off.toString());
    }

    @Test
    void unlikeAsTheFrontedStandard() throws Exception {
        String text = STUDIED + " Unlike exosomes from dermal fibroblasts, they did not carry microRNA-21.";
        List<String> on = claims(true, text, "Unlike");
        assertTrue(on.contains("Exosome[MesenchymalStemCell] NOT carries MicroRNA"), on.toString());
        assertFalse(on.toString().contains("[Fibroblast] NOT carries"), on.toString());
    }

    @Test
    void aNounAnaphorAfterTheStandardIsLeftAsBefore() throws Exception {
        // "the vesicles" would take the standard's source through its qualifier scope: only pronouns are read
        String text = STUDIED + " Unlike exosomes from dermal fibroblasts, the vesicles carried microRNA-21.";
        List<String> on = claims(true, text, "Unlike");
        assertFalse(on.contains("Exosome[Fibroblast] carries MicroRNA"), on.toString());
        assertFalse(on.contains("Exosome[MesenchymalStemCell] carries MicroRNA"), on.toString());
    }

    @Test
    void aComparisonThatIsNotFrontedLeavesThePronounAsBefore() throws Exception {
        // "as X": no fronted standard phrase; the vesicles before the pronoun are what it names, as before
        String text = STUDIED + " Exosomes from dermal fibroblasts were isolated too, and they carried microRNA-21.";
        List<String> on = claims(true, text, "Exosomes from dermal");
        List<String> off = claims(false, text, "Exosomes from dermal");
        assertTrue(on.equals(off), on + " / " + off);
        assertFalse(on.contains("Exosome[MesenchymalStemCell] carries MicroRNA"), on.toString());
    }
}
