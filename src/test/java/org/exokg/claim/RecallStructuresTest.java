package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch recall: the structures behind the largest groups of false negatives of development sets 5-9
 * (docs/extraction.md, "False negatives of the development sets"): properties stated as events, a loading technique as
 * the subject of the loading, an effect on an outcome measured in a named disease, a cause glued to the disease, a source
 * of the source, arguments that repeat their preposition, a use named by the vesicles' role, contaminating lipoproteins
 * and liver accumulation as events, transfer of genetic material. Invented sentences (none from a gold set), through the
 * real pipeline and the project ontology; claims as "Subject[Qualifier] (NOT) relation Object", " (hedged)" when
 * tentative. Each test also keeps the right reading of a near neighbour.
 */
class RecallStructuresTest {

    @TempDir
    Path dir;

    private List<String> claims(String text, String words) throws Exception {
        return TestSupport.claimsOf(TestSupport.extractText(dir, text, ".txt"), words, true);
    }

    private void check(String text, String words, List<String> expected, List<String> unexpected) throws Exception {
        List<String> found = claims(text, words);
        assertTrue(found.containsAll(expected), () -> "expected " + expected + " in " + found);
        assertTrue(found.stream().noneMatch(unexpected::contains), () -> "none of " + unexpected + " in " + found);
    }

    @Test
    void propertiesStatedAsEvents() throws Exception {
        // "remain" before a property label, and after a pronoun that names the discourse's vesicles
        check("Camel milk exosomes were purified. They remained stable in simulated intestinal fluid.\n", "remained stable",
                List.of("Exosome[CamelMilk] hasProperty Stability"), List.of());
        // staying whole, surviving digestion, keeping size through storage: stability, with the vesicle's source kept
        check("Ginger nanovesicles remained intact after three freeze-thaw cycles.\n", "intact",
                List.of("PlantDerivedNanovesicle[Ginger] hasProperty Stability", "PlantDerivedNanovesicle derivedFrom Ginger"), List.of());
        check("Yak milk exosomes survive the acidic environment of the stomach.\n", "survive",
                List.of("Exosome[YakMilk] hasProperty Stability", "Exosome derivedFrom YakMilk"), List.of());
        check("Lyophilised exosomes kept their size after storage for a year at room temperature.\n", "kept their size",
                List.of("Exosome hasProperty Stability"), List.of());
        // "remains a challenge" is no property
        check("Exosomes remain a challenge to standardise.\n", "remain a challenge", List.of(),
                List.of("Exosome hasProperty Stability"));
    }

    @Test
    void harmLookedForAndNotSeenIsLowToxicity() throws Exception {
        // (toxicity or safety named: the lead's convention of the ninth session, branch precision)
        check("Placental exosomes were injected into rats. No weight loss or kidney damage was observed in the safety study.\n", "No weight loss",
                List.of("Exosome[Placenta] hasProperty LowToxicity"), List.of("Exosome[Placenta] NOT hasProperty LowToxicity"));
        // a second conjunct that is no harm keeps its own denied reading
        check("Placental exosomes were injected into rats. No fever or immune reactions were observed after exosome injection.\n",
                "immune reactions", List.of("Exosome hasProperty LowImmunogenicity"), List.of("Exosome hasProperty LowToxicity"));
    }

    @Test
    void loadingTechniqueAsTheLoader() throws Exception {
        check("Milk exosomes were studied. Sonication loaded paclitaxel efficiently.\n", "Sonication",
                List.of("Exosome[Milk] loadedBy Sonication", "Exosome[Milk] carries Paclitaxel"), List.of());
        // a technique that loads nothing in the sentence says nothing of the vesicles
        check("Milk exosomes were studied. Sonication is widely used in laboratories.\n", "Sonication", List.of(),
                List.of("Exosome[Milk] loadedBy Sonication"));
    }

    @Test
    void effectOnAnOutcomeInANamedDisease() throws Exception {
        check("Ginger nanovesicles reduced tumour burden in mice with colorectal cancer.\n", "tumour burden",
                List.of("PlantDerivedNanovesicle[Ginger] treats ColorectalCancer"), List.of());
        // a cause glued to the disease is no argument between trigger and disease
        check("Milk exosomes protect against cisplatin-induced acute kidney injury.\n", "protect",
                List.of("Exosome[Milk] treats AcuteKidneyInjury"), List.of());
        // what the vesicles did to cells in a disease model is no treatment of it
        check("Ginger nanovesicles reduced macrophage activation in mice with colitis.\n", "activation", List.of(),
                List.of("PlantDerivedNanovesicle[Ginger] treats InflammatoryDisease"));
    }

    @Test
    void argumentsOfTheSamePredicate() throws Exception {
        // the cells the vesicles come from head the phrase; the stem cells are where those cells came from
        check("Exosomes from iPSC-derived neurons carry microRNAs.\n", "iPSC", List.of("Exosome[Neuron] carries MicroRNA"),
                List.of("Exosome[InducedPluripotentStemCell] carries MicroRNA"));
        // a second argument that repeats the preposition; an adverb before the agent
        check("Platelet exosomes were internalised by macrophages and by endothelial cells.\n", "internalised",
                List.of("Exosome[Platelet] targets Macrophage", "Exosome[Platelet] targets EndothelialCell"), List.of());
        check("Platelet exosomes were taken up mainly by neurons.\n", "mainly", List.of("Exosome[Platelet] targets Neuron"),
                List.of());
    }

    @Test
    void useNamedByTheVesiclesRole() throws Exception {
        check("Camel milk exosomes could be exploited as oral carriers of paclitaxel.\n", "carriers",
                List.of("Exosome[CamelMilk] usedFor DrugDelivery (hedged)", "Exosome[CamelMilk] carries Paclitaxel (hedged)"),
                List.of());
        // a role the vesicles play in the body is no use
        check("Exosomes act as natural carriers of microRNAs between cells.\n", "natural carriers", List.of(),
                List.of("Exosome usedFor DrugDelivery", "Exosome usedFor DrugDelivery (hedged)"));
    }

    @Test
    void contaminationAndAccumulationStatedAsEvents() throws Exception {
        check("Plasma exosomes are outnumbered by lipoproteins.\n", "outnumbered",
                List.of("Exosome[BloodPlasma] hasChallenge LowPurity"), List.of());
        check("Most injected exosomes end up in the liver within an hour.\n", "end up",
                List.of("Exosome hasChallenge OffTargetAccumulation"), List.of());
    }

    @Test
    void transferOfNucleicAcidsToCells() throws Exception {
        check("Astrocyte exosomes may transfer mRNA to microglia.\n", "transfer",
                List.of("Exosome[Astrocyte] hasProperty GeneticMaterialTransfer (hedged)", "Exosome[Astrocyte] carries MessengerRNA (hedged)"),
                List.of());
        // proteins are no genetic material
        check("Astrocyte exosomes transfer proteins to neurons.\n", "transfer", List.of("Exosome[Astrocyte] carries Protein"),
                List.of("Exosome[Astrocyte] hasProperty GeneticMaterialTransfer"));
    }
}
