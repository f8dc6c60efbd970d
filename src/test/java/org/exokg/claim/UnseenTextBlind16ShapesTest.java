package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, blind set 16 as development data (branch dev16): readings added for its false negatives. Invented sentences
 * (none from a gold set), through the real pipeline and the project ontology; each test keeps the reading of a near
 * neighbour.
 */
class UnseenTextBlind16ShapesTest {

    @TempDir
    Path dir;

    /** See {@link TestSupport#assertClaimsOfText}. */
    private void check(String text, String words, List<String> expected, List<String> unexpected) throws Exception {
        TestSupport.assertClaimsOfText(dir, text, words, expected, unexpected);
    }

    @Test
    void cellsTheVesiclesActivateAreTheirTargets() throws Exception {
        check("Notes\n\nNeutrophil EVs activate endothelial cells.\n", "activate",
                List.of("ExtracellularVesicle[Neutrophil] targets EndothelialCell"), List.of());
        // near neighbour: a control population that did not act on the cells is no denied claim (convention)
        check("Notes\n\nEVs of resting neutrophils did not activate endothelial cells.\n", "resting", List.of(),
                List.of("ExtracellularVesicle[Neutrophil] NOT targets EndothelialCell",
                        "ExtracellularVesicle[Neutrophil] targets EndothelialCell"));
    }

    @Test
    void cargoCoordinatedBeforeToTheCellsStillNamesTheTargets() throws Exception {
        check("Notes\n\nExtracellular vesicles released by platelets carry the complement protein C3 and the microRNA miR-126 to endothelial"
                + " cells.\n", "complement", List.of("ExtracellularVesicle[Platelet] targets EndothelialCell"), List.of());
        // near neighbour: without "to" the cells named after the cargo are no target
        check("Notes\n\nExtracellular vesicles released by platelets carry the complement protein C3 and the microRNA miR-126 of endothelial"
                + " cells.\n", "complement", List.of(), List.of("ExtracellularVesicle[Platelet] targets EndothelialCell"));
    }

    @Test
    void impuritiesIsolatedWithTheVesiclesAreLowPurity() throws Exception {
        check("Notes\n\nLipoproteins co-isolated with plasma exosomes distort the proteome.\n", "Lipoproteins",
                List.of("Exosome[BloodPlasma] hasChallenge LowPurity"), List.of());
        // near neighbour: vesicles isolated with a kit name no impurity
        check("Notes\n\nPlasma exosomes were isolated with a commercial kit and carried albumin.\n", "kit", List.of(),
                List.of("Exosome[BloodPlasma] hasChallenge LowPurity"));
    }

    @Test
    void vesiclesGatheringInTheOrganUnderTreatmentHaveTargetingAbility() throws Exception {
        // (branch labels, lead's convention n) only accumulation the sentence calls preferential, selective or specific
        check("Notes\n\nStem cell exosomes accumulated preferentially in the injured kidney within hours.\n", "injured",
                List.of("Exosome[StemCell] hasProperty TargetingAbility"), List.of());
        check("Notes\n\nStem cell exosomes accumulated in the injured kidney within hours.\n", "injured", List.of(),
                List.of("Exosome[StemCell] hasProperty TargetingAbility"));
        // near neighbours: the liver and spleen, or the bone marrow, are where vesicles go whatever their target
        check("Notes\n\nStem cell exosomes accumulated in the liver and spleen within hours.\n", "spleen", List.of(),
                List.of("Exosome[StemCell] hasProperty TargetingAbility"));
        check("Notes\n\nStem cell exosomes accumulated in the bone marrow within hours.\n", "marrow", List.of(),
                List.of("Exosome[StemCell] hasProperty TargetingAbility"));
    }

    @Test
    void aLowYieldOfListedVesiclesAndAMissingStandardIsolation() throws Exception {
        check("Notes\n\nYields of apoptotic bodies and migrasomes are very low.\n", "Yields",
                List.of("ApoptoticBody hasChallenge LowYield"), List.of());
        check("Notes\n\nStandard isolation protocols for milk exosomes are still lacking.\n", "Standard",
                List.of("Exosome[Milk] hasChallenge LackOfStandardisedIsolation"), List.of());
        // near neighbour: protocols that exist state no challenge
        check("Notes\n\nStandard isolation protocols for milk exosomes are available.\n", "Standard", List.of(),
                List.of("Exosome[Milk] hasChallenge LackOfStandardisedIsolation"));
    }

    @Test
    void fatInTheLiverMeasuresFattyLiverDiseaseOnly() throws Exception {
        check("Notes\n\nFatty liver disease affects a quarter of adults. MSC exosomes reduced liver fat in obese mice.\n",
                "reduced", List.of("Exosome[MesenchymalStemCell] treats FattyLiverDisease"), List.of());
        // near neighbour: in a text about diabetes the same sentence treats no diabetes
        check("Notes\n\nType 2 diabetes affects many adults. MSC exosomes reduced liver fat in obese mice.\n",
                "reduced", List.of(), List.of("Exosome[MesenchymalStemCell] treats Type2Diabetes",
                        "Exosome[MesenchymalStemCell] treats DiabetesMellitus"));
    }

    @Test
    void theAshcroftScoreMeasuresFibrosis() throws Exception {
        check("Notes\n\nPulmonary fibrosis has no cure. MSC exosomes lowered the Ashcroft score in mice.\n", "Ashcroft",
                List.of("Exosome[MesenchymalStemCell] treats PulmonaryFibrosis"), List.of());
    }

    @Test
    void vesiclesAsCarriersOfACargoCarryIt() throws Exception {
        check("Notes\n\nPlatelet vesicles are natural carriers of growth factors between cells.\n", "natural",
                List.of("ExtracellularVesicle[Platelet] carries SignalingProtein"), List.of());
    }

    @Test
    void aCargoCarriedAcrossTheGutWallMeansTheVesiclesCrossIt() throws Exception {
        check("Notes\n\nGoat milk exosomes carry insulin across the gut wall.\n", "insulin",
                List.of("Exosome[CaprineMilk] crosses IntestinalBarrier"), List.of());
        check("Notes\n\nGoat milk exosomes survived digestion and crossed the intestinal wall.\n", "survived",
                List.of("Exosome[CaprineMilk] crosses IntestinalBarrier"), List.of());
        // near neighbour: a cargo carried to a barrier's cells is no crossing
        check("Notes\n\nGoat milk exosomes carry insulin to the cells of the gut wall.\n", "insulin", List.of(),
                List.of("Exosome[CaprineMilk] crosses IntestinalBarrier"));
    }
}
