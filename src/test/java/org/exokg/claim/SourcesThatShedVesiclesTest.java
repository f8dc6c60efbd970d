package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch producers: a source stated as the subject of a verb of giving off (cell-words.yaml, releaseVerbs)
 * qualifies the claims of the vesicles' relative clause; a subject that is no source, or vesicles that are the object
 * of another verb, qualify nothing. Invented sentences through the real pipeline.
 */
class SourcesThatShedVesiclesTest {

    @TempDir
    Path dir;

    private List<String> claims(String sentence) throws Exception {
        return TestSupport.claimsOfText(dir, "Results\n\n" + sentence + "\n", sentence.substring(0, 20));
    }

    @Test
    void aSourceThatShedsTheVesiclesQualifiesTheirRelativeClause() throws Exception {
        List<String> omv = claims("Akkermansia muciniphila sheds outer membrane vesicles that carry lipopolysaccharide.");
        // convention d: the bacterium named on the OMVs; the derivation row itself stays unqualified
        assertTrue(omv.contains("BacterialOuterMembraneVesicle[Bacterium] carries Lipid"), omv.toString());
        assertTrue(omv.contains("BacterialOuterMembraneVesicle derivedFrom Bacterium"), omv.toString());
        List<String> liver = claims("Hepatocytes release EVs that activate stellate cells.");
        assertTrue(liver.contains("ExtracellularVesicle[Hepatocyte] targets Cell"), liver.toString());
        assertTrue(liver.contains("ExtracellularVesicle derivedFrom Hepatocyte"), liver.toString());
        List<String> which = claims("Mesenchymal stem cells secrete exosomes which carry miR-21.");
        assertTrue(which.contains("Exosome[MesenchymalStemCell] carries MicroRNA"), which.toString());
        List<String> commaWhich = claims("Adipocytes secrete exosomes, which carry miR-21.");
        assertTrue(commaWhich.contains("Exosome[Adipocyte] carries MicroRNA"), commaWhich.toString());
    }

    @Test
    void noSourceAsTheVerbsSubjectQualifiesNothing() throws Exception {
        List<String> treatment = claims("Treatment releases EVs that carry miR-21.");
        assertTrue(treatment.contains("ExtracellularVesicle carries MicroRNA"), treatment.toString());
        assertTrue(treatment.stream().noneMatch(c -> c.contains("[")), treatment.toString());
        // the vesicles are the object of another verb: the cells take them up, they did not shed them
        List<String> uptake = claims("Hepatocytes take up exosomes that carry miR-21.");
        assertTrue(uptake.contains("Exosome carries MicroRNA"), uptake.toString());
        assertFalse(uptake.contains("Exosome[Hepatocyte] carries MicroRNA"), uptake.toString());
        List<String> treated = claims("Hepatocytes were treated with exosomes that carry miR-21.");
        assertTrue(treated.contains("Exosome carries MicroRNA"), treated.toString());
        assertFalse(treated.stream().anyMatch(c -> c.contains("derivedFrom")), treated.toString());
    }

    @Test
    void otherVerbsOfGivingOffAndAPlaceAfterTheSource() throws Exception {
        List<String> emit = claims("Platelets emit microvesicles that carry microRNAs.");
        assertTrue(emit.contains("Microvesicle[Platelet] carries MicroRNA"), emit.toString());
        assertTrue(emit.contains("Microvesicle derivedFrom Platelet"), emit.toString());
        List<String> gut = claims("Bacteria of the gut release membrane vesicles that cross the intestinal barrier.");
        // (branch precision11) convention ss for every vesicle kind: bacteria the text does not name leave the vesicles
        // unqualified (the source row stays)
        assertTrue(gut.contains("ExtracellularVesicle crosses IntestinalBarrier") && gut.contains("ExtracellularVesicle derivedFrom Bacterium"),
                gut.toString());
        List<String> stressed = claims("Hepatocytes under lipotoxic stress release extracellular vesicles that activate hepatic stellate cells.");
        assertTrue(stressed.contains("ExtracellularVesicle[Hepatocyte] targets Pericyte"), stressed.toString());
        // vesicles as the subject: their "of the gut" is no producer
        assertTrue(claims("Exosomes of the gut release cytokines.").stream().noneMatch(c -> c.contains("[")));
    }
}
