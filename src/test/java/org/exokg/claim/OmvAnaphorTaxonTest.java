package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Convention mmm (issue 15; switch on by default since branch mmmgold, off with -Dexokg.noOmvAnaphorTaxon): an anaphor of
 * the outer-membrane vesicles of a named bacterium keeps the qualifier Bacterium; an anaphor of OMVs whose bacteria are
 * not named ("Gram-negative bacteria", convention ss) keeps none. Invented texts.
 */
class OmvAnaphorTaxonTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text, ".txt");
        return TestSupport.claimsOf(e, words, true);
    }

    @Test
    void theVesiclesOfANamedBacteriumKeepItsQualifier() throws Exception {
        List<String> c = claimsOf("Outer membrane vesicles of Helicobacter pylori were purified by ultracentrifugation. "
                + "The vesicles carried lipopolysaccharide.\n", "The vesicles carried");
        assertTrue(c.contains("BacterialOuterMembraneVesicle[Bacterium] carries Lipid"), c.toString());
        assertFalse(c.contains("BacterialOuterMembraneVesicle carries Lipid"), c.toString());
    }

    @Test
    void theVesiclesOfUnnamedBacteriaKeepNone() throws Exception {
        List<String> c = claimsOf("Outer membrane vesicles of Gram-negative bacteria were purified by ultracentrifugation. "
                + "The vesicles carried lipopolysaccharide.\n", "The vesicles carried");
        assertTrue(c.contains("BacterialOuterMembraneVesicle carries Lipid"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("[")), c.toString());
    }

    @Test
    void aPossessiveOfTheNamedBacteriumsVesiclesKeepsItToo() throws Exception {
        List<String> c = claimsOf("Outer membrane vesicles from Neisseria meningitidis are used in a vaccine. "
                + "Their lipopolysaccharide can cause fever.\n", "Their lipopolysaccharide");
        assertTrue(c.contains("BacterialOuterMembraneVesicle[Bacterium] carries Lipid"), c.toString());
        assertFalse(c.contains("BacterialOuterMembraneVesicle carries Lipid"), c.toString());
    }
}
