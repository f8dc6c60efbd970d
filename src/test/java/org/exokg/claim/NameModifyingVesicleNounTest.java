package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch names5) A defined name used as the modifier of a vesicle noun ("QR-4 exosomes were taken up ...") is the named
 * preparation, source and all, and so is a noun anaphor after it; a code that names no preparation ("QR-4" undefined)
 * leaves the noun the vesicles of its kind. Invented texts through the real pipeline and the project ontology.
 */
class NameModifyingVesicleNounTest {

    @TempDir
    Path dir;

    @Test
    void aNameBeforeTheVesicleNounKeepsItsSource() throws Exception {
        String text = "Summary\n\nQR-4 is an exosome preparation from umbilical cord mesenchymal stem cells.\n\n"
                + "Results\n\nQR-4 exosomes were taken up by macrophages.\n";
        TestSupport.assertClaimsOfText(dir, text, "QR-4 exosomes were",
                List.of("Exosome[MesenchymalStemCell] targets Macrophage"), List.of("Exosome targets Macrophage"));
    }

    @Test
    void anUndefinedCodeBeforeTheVesicleNounNamesNoPreparation() throws Exception {
        // no sentence defines QR-4: the noun stays the vesicles of its kind, with no source
        String text = "Summary\n\nWe studied exosomes from umbilical cord mesenchymal stem cells.\n\n"
                + "Results\n\nQR-4 exosomes were taken up by macrophages.\n";
        TestSupport.assertClaimsOfText(dir, text, "QR-4 exosomes were", List.of("Exosome targets Macrophage"),
                List.of("Exosome[MesenchymalStemCell] targets Macrophage"));
    }
}
