package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch dev24 (twenty-second session): a bacterial genus named alone, or with a species the lexicon does not
 * list, names a bacterium (ontology block dev24: Akkermansia, Pseudomonas, Bacteroides, Fusobacterium, Staphylococcus;
 * "Neisseria" for convention d). Invented texts, each with a near neighbour that names no bacterium.
 */
class BacterialGenusNamesTest {

    @TempDir
    Path dir;

    private List<String> claims(String sentence) throws Exception {
        return TestSupport.claimsOfText(dir, "Results\n\n" + sentence + "\n", sentence.substring(0, 20));
    }

    @Test
    void aGenusWithAnUnlistedSpeciesNamesTheBacterium() throws Exception {
        List<String> claims = claims("Vesicles released by Bacteroides ovatus carry polysaccharide-degrading enzymes.");
        assertTrue(claims.contains("ExtracellularVesicle derivedFrom Bacterium"), claims.toString());
        assertTrue(claims.contains("ExtracellularVesicle[Bacterium] carries Enzyme"), claims.toString());

        List<String> omvs = claims("Outer membrane vesicles of Pseudomonas putida carry lipopolysaccharide.");
        assertTrue(omvs.contains("BacterialOuterMembraneVesicle[Bacterium] carries Lipid"), omvs.toString());
    }

    /** Near neighbour: a parasite's genus is no bacterium, so its vesicles keep no bacterial source. */
    @Test
    void anotherGenusNamesNoBacterium() throws Exception {
        List<String> claims = claims("Vesicles released by Trypanosoma cruzi carry polysaccharide-degrading enzymes.");
        assertFalse(claims.contains("ExtracellularVesicle derivedFrom Bacterium"), claims.toString());
        assertFalse(claims.stream().anyMatch(c -> c.contains("[Bacterium]")), claims.toString());
    }
}
