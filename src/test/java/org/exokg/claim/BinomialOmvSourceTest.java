package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch unknownsources (twenty-fourth session): a Latin species name the lexicon lacks, named as the producer
 * of outer membrane vesicles, is read as a bacterium (convention d: Bacterium, the most specific bacterium term). Invented
 * species names throughout (no lexicon entry can read them), each with a near neighbour that must not give the claim.
 */
class BinomialOmvSourceTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    @Test
    void unknownBinomialAfterOmvsIsABacterium() throws Exception {
        List<String> got = claims("Outer membrane vesicles of Vexillobacter quintanus carry lipopolysaccharide.");
        assertTrue(got.contains("BacterialOuterMembraneVesicle derivedFrom Bacterium"), got.toString());
        assertTrue(got.contains("BacterialOuterMembraneVesicle[Bacterium] carries Lipopolysaccharide")
                || got.stream().anyMatch(c -> c.startsWith("BacterialOuterMembraneVesicle[Bacterium] carries")), got.toString());
    }

    @Test
    void abbreviatedGenusBeforeOmvsIsABacterium() throws Exception {
        List<String> got = claims("V. quintanus OMVs carry lipopolysaccharide.");
        assertTrue(got.contains("BacterialOuterMembraneVesicle derivedFrom Bacterium"), got.toString());
    }

    @Test
    void codeDefinedAfterTheBinomialKeepsTheBacterium() throws Exception {
        List<String> got = claims("Outer membrane vesicles of Vexillobacter quintanus (VqOMVs) were purified. "
                + "VqOMVs carried lipopolysaccharide.");
        assertTrue(got.stream().anyMatch(c -> c.startsWith("BacterialOuterMembraneVesicle[Bacterium] carries")), got.toString());
    }

    @Test
    void hostSpeciesBesideOtherVesiclesIsNoBacterium() throws Exception {
        // a binomial naming the host's cells, beside exosomes: no bacterial source
        List<String> host = claims("Exosomes of Mus musculus macrophages carry microRNAs.");
        assertTrue(host.stream().noneMatch(c -> c.contains("Bacterium")), host.toString());
        // an English word after the genus is no species name
        List<String> verb = claims("Outer membrane vesicles of Vexillobacter were purified and carried lipopolysaccharide.");
        assertTrue(verb.stream().noneMatch(c -> c.contains("Bacterium")), verb.toString());
    }

    @Test
    void drugLoadedIntoOmvsIsNoSource() throws Exception {
        // "with" names what was loaded, not who made the vesicles
        List<String> got = claims("Outer membrane vesicles loaded with Doxorubicina hydrochlorica reduced tumour growth.");
        assertTrue(got.stream().noneMatch(c -> c.contains("derivedFrom Bacterium")), got.toString());
    }

    @Test
    void bacterialVesiclesStayUnqualified() throws Exception {
        // convention ss: "bacterial vesicles" name no taxon, at the start of a sentence too
        List<String> got = claims("Bacterial vesicles may contribute to the inflammation.");
        assertTrue(got.stream().noneMatch(c -> c.contains("[Bacterium]")), got.toString());
    }
}
