package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, claims without a vesicle in the sentence (branch implicitsubjects, twenty-sixth session): a loading technique
 * that opens the sentence as the loader of the vesicles under discussion ("Sonication loaded three times more curcumin
 * than incubation"), the cargo stated with an amount other than a plain percentage. claim-rules.yaml rule
 * implicitsubjects-technique-loaded-amount-of-cargo; the vesicles are the previous sentence's (ClaimExtractor's
 * techniqueOpensAsLoader). Invented sentences, both ways.
 */
class LoadingMethodSubjectTest {

    private static final String LEAD = "Goat milk vesicles as oral carriers\n\nExosomes were "
            + "purified from goat milk and tested as carriers of small drugs and nucleic acids. ";

    @TempDir
    Path dir;

    private List<String> carries(String sentence) throws Exception {
        return TestSupport.relationClaimsOfText(dir, LEAD + sentence + "\n", "loaded", "carries");
    }

    @Test
    void aComparedAmountIsTheCargoOfTheVesicles() throws Exception {
        List<String> claims = carries("Sonication loaded four times more curcumin than passive incubation did.");
        assertTrue(claims.stream().anyMatch(c -> c.startsWith("Exosome") && c.endsWith(" Curcumin")), claims::toString);
        claims = carries("Extrusion loaded twice as much doxorubicin as incubation.");
        assertTrue(claims.stream().anyMatch(c -> c.startsWith("Exosome") && c.endsWith(" Doxorubicin")), claims::toString);
    }

    @Test
    void aCountPerVesicleIsTheCargoOfTheVesicles() throws Exception {
        List<String> claims = carries("Electroporation loaded roughly 150 mRNA copies per vesicle.");
        assertTrue(claims.stream().anyMatch(c -> c.startsWith("Exosome") && c.endsWith(" MessengerRNA")), claims::toString);
    }

    @Test
    void aShareOfTheOfferedCargoIsTheCargoOfTheVesicles() throws Exception {
        List<String> claims = carries("Saponin permeabilisation loaded only about 9 % of the added paclitaxel.");
        assertTrue(claims.stream().anyMatch(c -> c.startsWith("Exosome") && c.endsWith(" Paclitaxel")), claims::toString);
    }

    @Test
    void aSyntheticCarrierOrNoVesicleGivesNothing() throws Exception {
        // the technique loaded another carrier named in the sentence
        List<String> claims = carries("Sonication loaded four times more curcumin into liposomes than into the other carriers.");
        assertFalse(claims.stream().anyMatch(c -> c.endsWith(" Curcumin")), claims::toString);
        // a liposome arm named since the vesicles: the technique's loading is not said of them
        claims = carries("Liposomes were made as a control. Sonication loaded four times more curcumin than incubation.");
        assertFalse(claims.stream().anyMatch(c -> c.endsWith(" Curcumin")), claims::toString);
        // no vesicle in the text at all
        claims = TestSupport.relationClaimsOfText(dir, "Drug loading of polymer micelles\n\nSonication loaded four times more "
                + "curcumin than incubation.\n", "loaded", "carries");
        assertTrue(claims.isEmpty(), claims::toString);
        // no amount: the verb's own object is no cargo of the vesicles ("loaded the samples")
        claims = carries("Electroporation loaded the samples in 300 curcumin-free cuvettes.");
        assertFalse(claims.stream().anyMatch(c -> c.endsWith(" Curcumin")), claims::toString);
    }
}
