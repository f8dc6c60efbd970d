package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, blind set 20 as development data (branch dev20): readings added for the patterns behind its false negatives
 * and positives (SubjectScopeResolver, PredicativeTerms, ClaimExtractor, claim-rules.yaml blocks "branch dev20").
 * Invented sentences (none from a gold set), through the real pipeline and the project ontology; each test keeps the
 * reading of a near neighbour.
 */
class UnseenTextBlind20ShapesTest {

    @TempDir
    Path dir;

    /** See {@link TestSupport#assertClaimsOfText}. */
    private void check(String text, String words, List<String> expected, List<String> unexpected) throws Exception {
        TestSupport.assertClaimsOfText(dir, text, words, expected, unexpected);
    }

    @Test
    void aFluidAfterOfOrAModifiedFluidAfterInQualifiesTheVesicles() throws Exception {
        check("Notes\n\nExtracellular vesicles of mature milk carried microRNAs linked to metabolism.\n", "mature milk",
                List.of("ExtracellularVesicle[Milk] carries MicroRNA"), List.of("ExtracellularVesicle carries MicroRNA"));
        check("Notes\n\nExosomes in malignant ascites transfer microRNAs to tumour cells.\n", "Exosomes",
                List.of("Exosome[Ascites] carries MicroRNA", "Exosome derivedFrom Ascites"), List.of("Exosome carries MicroRNA"));
        // near neighbour: "in vitro" is no place the vesicles come from
        check("Notes\n\nExosomes in vitro transfer microRNAs to tumour cells.\n", "Exosomes",
                List.of("Exosome carries MicroRNA"), List.of());
    }

    @Test
    void aDrugNamedAsTheResistancePassedOnIsNoCargo() throws Exception {
        check("Notes\n\nExosomes from resistant cells transferred cisplatin resistance to sensitive cells.\n", "Exosomes",
                List.of(), List.of("Exosome[Cell] carries Cisplatin", "Exosome carries Cisplatin"));
        check("Notes\n\nThe exosomes were enriched in the drug efflux pump P-glycoprotein.\n", "exosomes",
                List.of(), List.of("Exosome carries TherapeuticAgent"));
        // near neighbour: the drug carried into the tumour is cargo
        check("Notes\n\nExosomes carried cisplatin into the tumour.\n", "Exosomes", List.of("Exosome carries Cisplatin"), List.of());
    }

    @Test
    void aFluidThatHoldsVesiclesIsTheirSource() throws Exception {
        check("Notes\n\nAscites of resistant patients held twice as many exosomes.\n", "Ascites",
                List.of("Exosome derivedFrom Ascites"), List.of());
        // near neighbour: cells that hold vesicles (inside them) are not said to release them
        check("Notes\n\nMacrophages held the exosomes for hours.\n", "Macrophages", List.of(),
                List.of("Exosome derivedFrom Macrophage"));
    }

    @Test
    void aNarrowerPredicateNounNamesAKindNotTheSubjectsOtherClaims() throws Exception {
        check("Notes\n\nOsteoclast EVs were small EVs and carried cathepsin K.\n", "Osteoclast",
                List.of("ExtracellularVesicle derivedFrom Osteoclast", "ExtracellularVesicle[Osteoclast] carries Enzyme",
                        "ExtracellularVesicle[Osteoclast] isKindOf SmallExtracellularVesicle"),
                List.of("SmallExtracellularVesicle carries Enzyme", "SmallExtracellularVesicle derivedFrom Osteoclast"));
        // near neighbour: a phrase on the predicate noun itself stays the predicate noun's
        check("Notes\n\nIn one embodiment, the extracellular vesicle is an exosome derived from dendritic cells.\n", "embodiment",
                List.of("Exosome derivedFrom DendriticCell"), List.of("ExtracellularVesicle derivedFrom DendriticCell"));
        // near neighbour: a degree adjective said of a noun alone still names its term ("the yield remained low")
        check("Notes\n\nMilk exosomes are promising, but their yield remained low.\n", "yield",
                List.of("Exosome[Milk] hasChallenge LowYield"), List.of());
    }

    @Test
    void notReachingAFluidSaysNothingOfTheSource() throws Exception {
        check("Notes\n\nThe exosomes did not reach the cerebrospinal fluid.\n", "reach", List.of(),
                List.of("Exosome NOT derivedFrom CerebrospinalFluid", "Exosome derivedFrom CerebrospinalFluid"));
        check("Notes\n\nLabelled exosomes reached the draining lymph nodes within a day.\n", "lymph", List.of(),
                List.of("Exosome derivedFrom Lymph"));
        // near neighbour: a fluid the vesicles reach is where they are found
        check("Notes\n\nExosomes shed by neurons reach the cerebrospinal fluid.\n", "neurons",
                List.of("Exosome[Neuron] derivedFrom CerebrospinalFluid"), List.of());
    }

    @Test
    void aDiseaseCourseHeldSteadyIsTreatedNotContributedTo() throws Exception {
        check("Notes\n\nMSC exosomes stabilised renal function in rats with chronic kidney disease.\n", "stabilised",
                List.of("Exosome[MesenchymalStemCell] treats ChronicKidneyDisease"),
                List.of("Exosome[MesenchymalStemCell] contributesTo ChronicKidneyDisease"));
        // near neighbour: the vesicles' own function in a disease process is still their contribution
        check("Notes\n\nExosomes function in tumour progression.\n", "function",
                List.of("Exosome contributesTo TumorPromotion"), List.of());
    }

    @Test
    void vesiclesOfEngineeredCellsAreEngineeredVesicles() throws Exception {
        check("Notes\n\nExosomes from engineered HEK293 cells carry CD47 on their surface.\n", "engineered",
                List.of("EngineeredExosome[HEK293Cell] carries Cd47", "EngineeredExosome derivedFrom HEK293Cell"),
                List.of("Exosome[HEK293Cell] carries Cd47"));
        // near neighbour: vesicles of cells named without "engineered" stay their own kind
        check("Notes\n\nExosomes from HEK293 cells carry CD63.\n", "HEK293", List.of("Exosome[HEK293Cell] carries Cd63"),
                List.of("EngineeredExosome[HEK293Cell] carries Cd63"));
    }
}
