package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch triggers (sixteenth session): verbs and frames of sentences that name a vesicle but read nothing
 * (claim-rules.yaml, block "branch triggers"). Invented sentences (none from a gold set), through the real pipeline and
 * the project ontology; each test has a sentence where the trigger must not read.
 */
class TriggersForNamedVesiclesTest {

    @TempDir
    Path dir;

    /** See {@link TestSupport#assertClaimsOfText}. */
    private void check(String text, String words, List<String> expected, List<String> unexpected) throws Exception {
        TestSupport.assertClaimsOfText(dir, text, words, expected, unexpected);
    }

    @Test
    void vesiclesThatActOnCellsTargetThem() throws Exception {
        check("Notes\n\nExosomes released by dendritic cells carry tumour antigens and prime T cells in the lymph node.\n",
                "prime", List.of("Exosome[DendriticCell] targets TCell"), List.of());
        check("Notes\n\nMilk exosomes dampened macrophage activation in the inflamed colon.\n", "dampened",
                List.of("Exosome[Milk] targets Macrophage"), List.of());
        check("Notes\n\nPlatelet EVs act mainly on endothelial cells of the injured vessel.\n", "mainly",
                List.of("ExtracellularVesicle[Platelet] targets EndothelialCell"), List.of());
        // near neighbour: cells named as the vesicles' source after "activated" are no target
        check("Notes\n\nExosomes from activated T cells carry perforin.\n", "perforin", List.of(),
                List.of("Exosome[TCell] targets TCell", "Exosome targets TCell"));
    }

    @Test
    void aProcessOfCellsTheVesiclesMoveNamesTheCellsAsTarget() throws Exception {
        check("Notes\n\nUrine exosomes promote the proliferation of tubular epithelial cells after injury.\n", "proliferation",
                List.of("Exosome[Urine] targets EpithelialCell"), List.of());
        // near neighbour: the cells' process after a preposition that is no verb of the vesicles
        check("Notes\n\nUrine exosomes were collected during the proliferation of tubular epithelial cells.\n", "collected",
                List.of(), List.of("Exosome[Urine] targets EpithelialCell"));
    }

    @Test
    void vesiclesThatTravelOrAreSentToCellsTargetThem() throws Exception {
        check("Notes\n\nThe labelled milk exosomes travelled to microglia within an hour.\n", "travelled",
                List.of("Exosome[Milk] targets MicroglialCell"), List.of());
        check("Notes\n\nMilk exosomes ferry siRNA to neurons.\n", "ferry",
                List.of("Exosome[Milk] carries SiRNA", "Exosome[Milk] targets Neuron"), List.of());
        check("Notes\n\nGlioma cells send exosomes to microglia.\n", "send",
                List.of("Exosome derivedFrom TumorCell"), List.of());
        // near neighbour: what the cells make is not the vesicles named later in the sentence
        check("Notes\n\nBacteria make toxins, and platelet exosomes carry them.\n", "toxins", List.of(),
                List.of("Exosome derivedFrom Bacterium"));
        // near neighbour: "travel" to an organ that is no cell
        check("Notes\n\nMilk exosomes travel to the liver.\n", "travel", List.of(), List.of("Exosome[Milk] targets Liver"));
    }

    @Test
    void easingVerbsTreatTheDisease() throws Exception {
        check("Notes\n\nPlatelet EVs calmed colitis in mice.\n", "calmed",
                List.of("ExtracellularVesicle[Platelet] treats InflammatoryDisease"), List.of());
        check("Notes\n\nPlatelet EVs limited lung fibrosis in mice.\n", "limited",
                List.of("ExtracellularVesicle[Platelet] treats PulmonaryFibrosis"), List.of());
        // near neighbours: a cargo's relative clause is the cargo's; "limited by" is a limitation
        check("Notes\n\nPlatelet EVs carry microRNAs that calm colitis in mice.\n", "calm", List.of(),
                List.of("ExtracellularVesicle[Platelet] treats InflammatoryDisease"));
        check("Notes\n\nPlatelet EV therapy was limited by fibrosis of the graft.\n", "limited", List.of(),
                List.of("ExtracellularVesicle[Platelet] treats Fibrosis", "ExtracellularVesicle[Platelet] treats PulmonaryFibrosis"));
    }

    @Test
    void protectingTissueInADiseaseTreatsIt() throws Exception {
        check("Notes\n\nPlatelet EVs protected cardiomyocytes after myocardial infarction in rats.\n", "protected",
                List.of("ExtracellularVesicle[Platelet] treats CardiovascularDisease"), List.of());
        // near neighbour: the protection ends at a comma; the disease of the next clause is not the one protected against
        check("Notes\n\nPlatelet EVs protected their cargo, and the rats had myocardial infarction.\n", "protected",
                List.of(), List.of("ExtracellularVesicle[Platelet] treats CardiovascularDisease"));
    }

    @Test
    void otherUptakeVerbsAndTakingPartInADisease() throws Exception {
        check("Notes\n\nMilk exosomes were captured by dendritic cells of the gut.\n", "captured",
                List.of("Exosome[Milk] targets DendriticCell", "Exosome[Milk] hasProperty CellularUptake"), List.of());
        check("Notes\n\nPlatelet exosomes prepare the lung for metastasis.\n", "prepare",
                List.of("Exosome[Platelet] contributesTo MetastaticCancer"), List.of());
        // near neighbours: an organ that captures vesicles is no cell; a preparation made for a test is no contribution
        check("Notes\n\nMilk exosomes were captured by the liver.\n", "captured", List.of(),
                List.of("Exosome[Milk] hasProperty CellularUptake"));
        check("Notes\n\nPlatelet exosomes were prepared by ultracentrifugation for metastasis research.\n", "prepared",
                List.of(), List.of("Exosome[Platelet] contributesTo MetastaticCancer"));
    }

    @Test
    void displayedAndLabelledCargoIsCarried() throws Exception {
        check("Notes\n\nHEK293 exosomes displaying the RVG peptide reached the brain.\n", "displaying",
                // (branch engineered, convention z) displaying an introduced peptide makes them engineered
                List.of("EngineeredExosome[HEK293Cell] carries RvgPeptide"), List.of());
        check("Notes\n\nMilk exosomes labelled with indium-111 were followed by SPECT.\n", "labelled",
                List.of("Exosome[Milk] carries Radiolabel"), List.of());
        check("Notes\n\nAptamer-coupled milk exosomes reached the bone.\n", "coupled",
                List.of("EngineeredExosome[Milk] carries Aptamer"), List.of());
        // near neighbour: a participle that modifies the noun before it ("a peptide displayed on CD63")
        check("Notes\n\nMilk exosomes were imaged, and a peptide displayed on CD63 was cleaved.\n", "cleaved", List.of(),
                List.of("Exosome[Milk] carries Cd63"));
    }

    @Test
    void vesiclesMovedAcrossABarrierCrossIt() throws Exception {
        check("Notes\n\nMilk exosomes are transported across the intestinal epithelium into the blood.\n", "transported",
                List.of("Exosome[Milk] crosses IntestinalBarrier"), List.of());
        // near neighbour: differences across studies are no crossing
        check("Notes\n\nMilk exosomes varied in size across studies of the blood-brain barrier.\n", "varied", List.of(),
                List.of("Exosome[Milk] crosses BloodBrainBarrier"));
    }

    @Test
    void challengesStatedByAVerb() throws Exception {
        check("Notes\n\nPlatelet exosomes applied to the skin are quickly washed out of the wound.\n", "washed",
                List.of("Exosome[Platelet] hasChallenge RapidClearance"), List.of());
        check("Notes\n\nPlatelet exosomes given intravenously are cleared from the blood within minutes.\n", "cleared",
                List.of("Exosome[Platelet] hasChallenge RapidClearance"), List.of());
        // near neighbour: "cleared" of something else (a preparation step). "cleared within minutes" is itself rapid
        // clearance in the vocabulary since branch techlexicon (twenty-fifth session), so it is no neighbour any more
        check("Notes\n\nPlatelet exosomes were cleared of aggregates by filtration and accumulated in the liver.\n", "cleared",
                List.of(), List.of("Exosome[Platelet] hasChallenge RapidClearance"));
    }
}
