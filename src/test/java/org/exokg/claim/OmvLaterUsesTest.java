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
 * Convention aaaa (issue 15, branch omvdiscourse; switch on, off with -Dexokg.noOmvLaterUsesTaxon): in a text whose OMVs
 * come from one named bacterium, bare later uses of the OMVs ("Intranasally given OMVs", "Bare OMVs") and discourse
 * subjects read of them keep the bacterium as qualifier; with two bacteria named as sources, or a strain named without
 * its species (convention uuu), they stay unqualified. Invented texts.
 */
class OmvLaterUsesTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text, ".txt");
        return TestSupport.claimsOf(e, words, false);
    }

    @Test
    void aBareLaterUseOfOneNamedBacteriumsOmvsIsQualified() throws Exception {
        List<String> c = claimsOf("Outer membrane vesicles of Klebsiella pneumoniae were purified by ultracentrifugation. "
                + "Intranasally given OMVs carried lipopolysaccharide.\n", "Intranasally given OMVs");
        assertTrue(c.contains("BacterialOuterMembraneVesicle[Bacterium] carries Lipid"), c.toString());
        assertFalse(c.contains("BacterialOuterMembraneVesicle carries Lipid"), c.toString());
    }

    @Test
    void anAbbreviatedBinomialIsTheSameBacterium() throws Exception {
        List<String> c = claimsOf("Outer membrane vesicles of Helicobacter pylori were purified. OMVs shed by H. pylori "
                + "were small. Bare OMVs carried lipopolysaccharide.\n", "Bare OMVs");
        assertTrue(c.contains("BacterialOuterMembraneVesicle[Bacterium] carries Lipid"), c.toString());
    }

    @Test
    void twoNamedBacteriaLeaveTheBareUseUnqualified() throws Exception {
        List<String> c = claimsOf("Outer membrane vesicles of Klebsiella pneumoniae were purified by ultracentrifugation. "
                + "Vesicles released by Akkermansia muciniphila were purified too. "
                + "Intranasally given OMVs carried lipopolysaccharide.\n", "Intranasally given OMVs");
        assertTrue(c.contains("BacterialOuterMembraneVesicle carries Lipid"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("[")), c.toString());
    }

    @Test
    void aStrainWithoutItsSpeciesNamesNoBacterium() throws Exception {
        List<String> c = claimsOf("Outer membrane vesicles of strain 26695 were purified by ultracentrifugation. "
                + "Intranasally given OMVs carried lipopolysaccharide.\n", "Intranasally given OMVs");
        assertTrue(c.contains("BacterialOuterMembraneVesicle carries Lipid"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("[")), c.toString());
    }

    @Test
    void theStrainPhraseItselfStaysUnqualifiedInAOneBacteriumText() throws Exception {
        List<String> c = claimsOf("Outer membrane vesicles of Helicobacter pylori were purified by ultracentrifugation. "
                + "OMVs from a CagA-deleted mutant carried lipopolysaccharide.\n", "CagA-deleted mutant");
        assertTrue(c.contains("BacterialOuterMembraneVesicle carries Lipid"), c.toString());
        assertFalse(c.contains("BacterialOuterMembraneVesicle[Bacterium] carries Lipid"), c.toString());
    }

    @Test
    void aBareUseBeforeTheBacteriumIsNamedStaysUnqualified() throws Exception {
        List<String> c = claimsOf("OMVs carry lipopolysaccharide. "
                + "Outer membrane vesicles of Klebsiella pneumoniae were purified by ultracentrifugation.\n", "OMVs carry");
        assertTrue(c.contains("BacterialOuterMembraneVesicle carries Lipid"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("[")), c.toString());
    }

    @Test
    void aDiscourseSubjectOfOneNamedBacteriumsOmvsIsQualified() throws Exception {
        List<String> c = claimsOf("Outer membrane vesicles of Neisseria meningitidis were given to adolescents as a vaccine. "
                + "Vaccinated people had a third fewer gonorrhoea diagnoses.\n", "Vaccinated people");
        assertTrue(c.contains("BacterialOuterMembraneVesicle[Bacterium] treats InfectiousDisease"), c.toString());
        assertFalse(c.contains("BacterialOuterMembraneVesicle treats InfectiousDisease"), c.toString());
    }
}
