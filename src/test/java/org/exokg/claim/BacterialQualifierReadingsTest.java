package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conventions ss and mmm (issue 15, branch bacterialqual40, fortieth session): generic statements about outer-membrane
 * vesicles as a kind stay unqualified in a text whose OMVs come from one named bacterium (-Dexokg.unnamedBacteriaOmvs),
 * and a taxon named only as an antigen's donor or a challenge's pathogen is no second source of the OMVs, whose later
 * uses keep the one source bacterium (-Dexokg.namedBacteriumAnaphors). Invented texts.
 */
class BacterialQualifierReadingsTest {

    private static final String SS = "exokg.unnamedBacteriaOmvs";
    private static final String MMM = "exokg.namedBacteriumAnaphors";

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty(SS);
        System.clearProperty(MMM);
    }

    private List<String> claimsOf(String text, String words) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text, ".txt");
        return TestSupport.claimsOf(e, words, false);
    }

    private static final String KLEBSIELLA = "Outer membrane vesicles of Klebsiella pneumoniae were purified by ultracentrifugation. ";

    @Test
    void aGenericOmvStatementStaysUnqualified() throws Exception {
        String text = KLEBSIELLA + "OMVs carry lipopolysaccharide and act as their own adjuvant.\n";
        List<String> off = claimsOf(text, "act as their own adjuvant");
        assertTrue(off.contains("BacterialOuterMembraneVesicle[Bacterium] carries Lipid"), off.toString());
        System.setProperty(SS, "true");
        List<String> on = claimsOf(text, "act as their own adjuvant");
        assertTrue(on.contains("BacterialOuterMembraneVesicle carries Lipid"), on.toString());
        assertFalse(on.stream().anyMatch(x -> x.contains("[")), on.toString());
    }

    @Test
    void aLaterUseOfTheNamedBacteriumsOmvsKeepsItsQualifier() throws Exception {
        System.setProperty(SS, "true");
        // a modifier ("Intranasally given") and the past tense: the text's own OMVs, no generic statement
        List<String> c = claimsOf(KLEBSIELLA + "Intranasally given OMVs carried lipopolysaccharide.\n", "Intranasally given OMVs");
        assertTrue(c.contains("BacterialOuterMembraneVesicle[Bacterium] carries Lipid"), c.toString());
        assertFalse(c.contains("BacterialOuterMembraneVesicle carries Lipid"), c.toString());
        List<String> past = claimsOf(KLEBSIELLA + "OMVs carried lipopolysaccharide.\n", "OMVs carried");
        assertTrue(past.contains("BacterialOuterMembraneVesicle[Bacterium] carries Lipid"), past.toString());
    }

    private static final String E_COLI = "Outer membrane vesicles from Escherichia coli displayed antigens of Neisseria gonorrhoeae "
            + "on their surface. ";

    @Test
    void anAntigenDonorIsNoSecondSource() throws Exception {
        String text = E_COLI + "Intranasally given OMVs carried lipopolysaccharide.\n";
        List<String> off = claimsOf(text, "Intranasally given OMVs");
        assertTrue(off.contains("BacterialOuterMembraneVesicle carries Lipid"), off.toString());
        System.setProperty(MMM, "true");
        List<String> on = claimsOf(text, "Intranasally given OMVs");
        assertTrue(on.contains("BacterialOuterMembraneVesicle[Bacterium] carries Lipid"), on.toString());
        assertFalse(on.contains("BacterialOuterMembraneVesicle carries Lipid"), on.toString());
    }

    @Test
    void aSecondBacteriumNamedLaterAsASourceIsNotCarried() throws Exception {
        System.setProperty(MMM, "true");
        List<String> c = claimsOf(E_COLI + "Outer membrane vesicles of Neisseria meningitidis were purified too. "
                + "Intranasally given OMVs carried lipopolysaccharide.\n", "Intranasally given OMVs");
        assertTrue(c.contains("BacterialOuterMembraneVesicle carries Lipid"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("[")), c.toString());
    }
}
