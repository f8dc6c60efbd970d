package org.exokg.claim;

import static org.exokg.TestSupport.hasClaim;
import static org.exokg.TestSupport.projectClaimAnyQualifier;
import static org.exokg.TestSupport.projectClaims;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (thirty-first session, branch hedgemisses): hedges of unseen text, each shape with a near neighbour that must
 * not be hedged. (1) A hedge frame between the vesicles and the predicate ("appear to", "are thought to", "possibly") that
 * kept a rule anchored at the vesicles from reading it: stepped over, the claim hedged (cues.yaml hedgeFrames,
 * -Dexokg.hedgeFrames). (2) A reason under a hedge adverb ("possibly because they carry"): hedged (hedgeBoundaries
 * reason-unhedged, -Dexokg.noHedgedReasons turns it off). (3) A use under study in the active progressive, under
 * consideration or drawing interest (on; -Dexokg.noStudyHedges turns it off). (4) Plans: "Aim 3 will", "we want to"
 * (-Dexokg.noPlanHedges turns them off). Invented sentences. (1), (2) and (4) were off by default until branch decision36
 * (no change on blind 30-32 or 36; one-sided on the design sets) and are on since; the tests make sure they are on (the cue
 * file is read again) and restore the properties; one checks that switched off the four read nothing.
 */
class HedgesOnUnseenTextTest {

    /** The cue switches that turn a reading of this test off (each reading on by default; off under -Dexokg.X=true). */
    private static final List<String> CUE_SWITCHES = List.of("exokg.noHedgedReasons", "exokg.noPlanHedges", "exokg.noStudyHedges");
    private final java.util.Map<String, String> saved = new java.util.HashMap<>();
    private boolean savedFrames;

    @BeforeEach
    void on() {
        for (String p : CUE_SWITCHES) {
            saved.put(p, System.getProperty(p));
            System.clearProperty(p);
        }
        Cues.reload();
        savedFrames = ClaimExtractor.HEDGE_FRAMES;
        ClaimExtractor.HEDGE_FRAMES = true;
    }

    @AfterEach
    void restore() {
        for (String p : CUE_SWITCHES) {
            if (saved.get(p) == null) {
                System.clearProperty(p);
            } else {
                System.setProperty(p, saved.get(p));
            }
        }
        Cues.reload();
        ClaimExtractor.HEDGE_FRAMES = savedFrames;
    }

    private static boolean hedged(String sentence, String subject, String relation, String object) {
        return projectClaimAnyQualifier(sentence, subject, relation, object).hedged();
    }

    @Test
    void aRuleStepsOverAHedgeFrameAndTheClaimIsHedged() {
        assertTrue(hedged("Exosomes from donors appear to cause few immune reactions.", "Exosome", "hasProperty", "LowImmunogenicity"));
        assertTrue(hedged("Exosomes from donors seem to cause few immune reactions.", "Exosome", "hasProperty", "LowImmunogenicity"));
        // no frame: the same predicate, asserted
        assertFalse(hedged("Exosomes from donors cause few immune reactions.", "Exosome", "hasProperty", "LowImmunogenicity"));
        // a rule of the vesicles' own noun phrase does not step over a frame: no IgA cargo of the vesicles
        assertFalse(hasClaim(projectClaims("Intranasal OMVs are expected to induce mucosal IgA in mice."),
                "BacterialOuterMembraneVesicle", "carries", "Antibody"));
    }

    @Test
    void aReasonUnderAHedgeAdverbIsHedged() {
        assertTrue(hedged("Exosomes from endothelial cells cross the barrier more readily, possibly because they carry adhesion molecules.",
                "Exosome", "carries", "Protein"));
        assertTrue(hedged("Exosomes from endothelial cells cross the barrier more readily, probably due to the adhesion molecules they carry.",
                "Exosome", "carries", "Protein"));
        // a reason stated plainly is said on its own
        assertFalse(hedged("Exosomes from endothelial cells might cross the barrier more readily, because they carry adhesion molecules.",
                "Exosome", "carries", "Protein"));
        // a reason whose subject is something of the vesicles': what it names is presupposed (convention g)
        assertFalse(hedged("The extruded exosomes did not reduce inflammation, perhaps because their cargo of microRNAs differs.",
                "Exosome", "carries", "MicroRNA"));
    }

    @Test
    void aUseUnderStudyIsHedgedAndAUseStatedIsNot() {
        assertTrue(hedged("Scientists are testing bacterial vesicles as vaccines.", "ExtracellularVesicle", "usedFor", "Vaccine"));
        assertTrue(hedged("Several groups are exploring milk exosomes for the treatment of colitis.", "Exosome", "treats", "InflammatoryDisease"));
        assertFalse(hedged("Clinicians use bacterial vesicles as vaccines.", "ExtracellularVesicle", "usedFor", "Vaccine"));
        assertTrue(hedged("Milk exosomes are being considered as carriers of insulin.", "Exosome", "usedFor", "DrugDelivery"));
        assertFalse(hedged("Milk exosomes are being used as carriers of insulin.", "Exosome", "usedFor", "DrugDelivery"));
        assertTrue(hedged("Exosomes have attracted attention as carriers of siRNA.", "Exosome", "carries", "SiRNA"));
        assertTrue(hedged("There is growing interest in using milk exosomes for the treatment of colitis.", "Exosome", "treats",
                "InflammatoryDisease"));
        // a loading named in the tested preparation is presupposed, not a use under study
        assertFalse(hedged("Several groups are testing platelet vesicles loaded with doxorubicin.", "ExtracellularVesicle", "carries",
                "Doxorubicin"));
    }

    @Test
    void aPlanIsHedgedAndWhatWasDoneIsNot() {
        assertTrue(hedged("Aim 3 will load the exosomes with an aptamer by electroporation.", "Exosome", "loadedBy", "Electroporation"));
        assertFalse(hedged("In aim 3 we loaded the exosomes with an aptamer by electroporation.", "Exosome", "loadedBy", "Electroporation"));
        assertTrue(hedged("Platelet vesicles home to the bone marrow, and we want to turn this tropism into a delivery route for gene therapy.",
                "ExtracellularVesicle", "usedFor", "GeneTherapy"));
    }

    @Test
    void switchedOffTheReadingsHedgeNothing() {
        for (String p : CUE_SWITCHES) {
            System.setProperty(p, "true");
        }
        Cues.reload();
        ClaimExtractor.HEDGE_FRAMES = false;
        assertFalse(hasClaim(projectClaims("Exosomes from donors appear to cause few immune reactions."), "Exosome", "hasProperty",
                "LowImmunogenicity"));
        assertFalse(hedged("Exosomes from endothelial cells cross the barrier more readily, possibly because they carry adhesion molecules.",
                "Exosome", "carries", "Protein"));
        assertFalse(hedged("Scientists are testing bacterial vesicles as vaccines.", "ExtracellularVesicle", "usedFor", "Vaccine"));
        assertFalse(hedged("Aim 3 will load the exosomes with an aptamer by electroporation.", "Exosome", "loadedBy", "Electroporation"));
    }
}
