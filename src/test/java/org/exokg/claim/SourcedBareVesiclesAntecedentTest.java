package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (issue 15, branch anaphorarms) Bare "vesicles" (no term the mention layer reads) with an origin phrase of their own
 * ("Vesicles released by Bacteroides thetaiotaomicron carry ...") are other vesicles than those under discussion: the
 * anaphors after them mean them, with their kind (ExtracellularVesicle, not the outer membrane vesicles named before) and
 * their source. The near neighbours keep the vesicles under discussion: bare vesicles without a source ("Vesicles were
 * isolated by ultracentrifugation"), and a source named by a demonstrative ("vesicles from these stem cells": the
 * preparation named again). Invented texts; the expectations follow the switch -Dexokg.noSourcedBareTopics.
 */
class SourcedBareVesiclesAntecedentTest {

    @TempDir
    Path dir;

    private List<String> claims(String text, String sentenceStart) throws Exception {
        return TestSupport.claimsOfText(dir, text + "\n", sentenceStart);
    }

    @Test
    void bareVesiclesReleasedByAnotherBacteriumAreTheAntecedent() throws Exception {
        List<String> c = claims("Outer membrane vesicles of Neisseria meningitidis are part of a licensed vaccine. Vesicles released "
                + "by Bacteroides thetaiotaomicron carry polysaccharide-degrading enzymes. In mice, they were taken up by "
                + "epithelial cells.", "In mice, they");
        assertTrue(c.contains(DiscourseTopic.SOURCED_BARE_TOPICS
                ? "ExtracellularVesicle[Bacterium] targets EpithelialCell"
                : "BacterialOuterMembraneVesicle[Bacterium] targets EpithelialCell"), c.toString());
    }

    @Test
    void bareVesiclesWithoutASourceLeaveTheVesiclesUnderDiscussion() throws Exception {
        List<String> c = claims("Outer membrane vesicles of Neisseria meningitidis are part of a licensed vaccine. Vesicles were "
                + "isolated by ultracentrifugation. In mice, they were taken up by epithelial cells.", "In mice, they");
        assertTrue(c.contains("BacterialOuterMembraneVesicle[Bacterium] targets EpithelialCell"), c.toString());
        assertFalse(c.contains("ExtracellularVesicle[Bacterium] targets EpithelialCell"), c.toString());
    }

    @Test
    void aSourceNamedByADemonstrativeIsThePreparationNamedAgain() throws Exception {
        List<String> c = claims("Small extracellular vesicles from mesenchymal stem cells are injected into the knee. In animal "
                + "studies, vesicles from these stem cells protected cartilage. The vesicles carry proteins.", "The vesicles carry");
        assertTrue(c.contains("SmallExtracellularVesicle[MesenchymalStemCell] carries Protein"), c.toString());
    }
}
