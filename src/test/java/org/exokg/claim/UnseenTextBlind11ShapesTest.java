package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, blind set 11 as development data (branch dev11): the shapes behind set 11's misses that recur in papers
 * nobody here has read — a name defined by an apposition with no article ("AC-Exos, exosomes purified from ..."), a
 * species before the cells ("rat Schwann cells"), vesicles produced in cells, regeneration promoted after an injury, a
 * fluid with a modifier, effects on cells, a coordinated item headed by a noun of part or quantity, cargo-rich vesicles,
 * challenges stated as events, cells named with their treatment, "the exosomes they release", a vesicle adjective with
 * its cargo and fluid, immunomodulation after a modal, relief, cargo with a relative clause, cargo carried to cells, a
 * mixed-case term with a sentence-initial capital ("MicroRNAs"), a disease the vesicles are under study for.
 * Invented sentences (none from a gold set), through the real pipeline and the project ontology; most tests also keep
 * the reading of a near neighbour.
 */
class UnseenTextBlind11ShapesTest {

    @TempDir
    Path dir;

    /** See {@link TestSupport#assertClaimsOfText}. */
    private void check(String text, String words, List<String> expected, List<String> unexpected) throws Exception {
        TestSupport.assertClaimsOfText(dir, text, words, expected, unexpected);
    }

    @Test
    void aNameDefinedByAnAppositionWithNoArticleKeepsItsSource() throws Exception {
        String text = "We asked whether AC-Exos, exosomes purified from cultured mouse astrocytes, reach the cortex. "
                + "AC-Exos carried CD9 and TSG101 but no calnexin.\n";
        // the species names the astrocytes' organism: the astrocytes are still the vesicles' source
        check(text, "We asked", List.of("Exosome derivedFrom Astrocyte"), List.of("Exosome derivedFrom Mouse"));
        check(text, "carried CD9", List.of("Exosome[Astrocyte] carries Cd9", "Exosome[Astrocyte] NOT carries Calnexin"),
                List.of("Exosome carries Cd9"));
    }

    @Test
    void vesiclesProducedInCellsComeFromThemAndANamedProductKeepsThatSource() throws Exception {
        String text = "ZX-12, an engineered exosome produced in HEK293 cells, carries a targeting peptide. "
                + "In mice, ZX-12 was taken up by dendritic cells.\n";
        check(text, "ZX-12, an", List.of("EngineeredExosome derivedFrom HEK293Cell",
                "EngineeredExosome[HEK293Cell] carries TargetingPeptide"), List.of("EngineeredExosome carries TargetingPeptide"));
        check(text, "In mice", List.of("EngineeredExosome[HEK293Cell] targets DendriticCell"),
                List.of("EngineeredExosome targets DendriticCell"));
        // no cells after "produced in": no origin
        check("Exosomes produced in large amounts carry CD63.\n", "large amounts", List.of("Exosome carries Cd63"),
                List.of("Exosome derivedFrom Cell"));
    }

    @Test
    void regenerationPromotedAfterAnInjuryIsATreatment() throws Exception {
        check("Exosomes from astrocytes promote axon regeneration after spinal cord injury in rats.\n", "regeneration",
                List.of("Exosome[Astrocyte] treats SpinalCordInjury"), List.of("Exosome[Astrocyte] contributesTo SpinalCordInjury"));
        // promoting the disease itself is still a contribution
        check("Tumour exosomes promote metastasis.\n", "promote", List.of("Exosome[TumorCell] contributesTo MetastaticCancer"),
                List.of("Exosome[TumorCell] treats MetastaticCancer"));
    }

    @Test
    void aFluidWithAModifierAndEffectsOnCells() throws Exception {
        check("Exosomes in the portal blood reach the liver first.\n", "portal", List.of("Exosome derivedFrom Blood"), List.of());
        check("Exosomes in the treatment of stroke are promising.\n", "treatment", List.of(),
                List.of("Exosome derivedFrom Blood", "Exosome derivedFrom BloodPlasma"));
        check("Milk EVs had a protective effect on neurons.\n", "effect", List.of("ExtracellularVesicle[Milk] targets Neuron"), List.of());
        check("We measured the effects of MSC exosomes on macrophages.\n", "effects",
                List.of("Exosome[MesenchymalStemCell] targets Macrophage"), List.of());
    }

    @Test
    void coordinatedItemsHeadedByANounOfPartOrQuantityAndCargoRichVesicles() throws Exception {
        check("Plasma EVs carry proteins and fragments of RNA.\n", "fragments",
                List.of("ExtracellularVesicle[BloodPlasma] carries Protein", "ExtracellularVesicle[BloodPlasma] carries RNA"), List.of());
        check("Serum exosomes carry proteins and a set of microRNAs.\n", "a set of",
                List.of("Exosome[BloodSerum] carries MicroRNA"), List.of());
        check("Lipid-rich exosomes were taken up by neurons.\n", "Lipid", List.of("Exosome carries Lipid", "Exosome targets Neuron"),
                List.of());
    }

    @Test
    void challengesStatedAsEvents() throws Exception {
        check("Platelet EVs are stable for months. Potency assays for freeze-dried products are lacking.\n", "Potency",
                List.of("ExtracellularVesicle[Platelet] hasChallenge LackOfPotencyAssay"), List.of());
        check("Milk exosomes carry microRNAs. These exosomes are difficult to isolate in quantity.\n", "quantity",
                List.of("Exosome[Milk] hasChallenge LowYield"), List.of());
        // an isolation that is easy in quantity is no challenge
        check("Milk exosomes carry microRNAs. These exosomes are easy to isolate in quantity.\n", "quantity", List.of(),
                List.of("Exosome[Milk] hasChallenge LowYield"));
    }

    @Test
    void cellsNamedWithTheirTreatmentAndCellsThatOpenTheClauseReleaseTheVesicles() throws Exception {
        check("Macrophages infected with Mycobacterium tuberculosis release exosomes that contain RNA.\n", "infected",
                List.of("Exosome derivedFrom Macrophage", "Exosome[Macrophage] carries RNA"), List.of("Exosome carries RNA"));
        check("Astrocytes protect neurons in the cortex, and the exosomes they release carry proteins.\n", "they release",
                List.of("Exosome derivedFrom Astrocyte", "Exosome[Astrocyte] carries Protein"), List.of("Exosome carries Protein"));
        // without the relative clause the exosomes are not said to come from the astrocytes
        check("Astrocytes protect neurons, and the exosomes carry proteins.\n", "exosomes carry",
                List.of("Exosome carries Protein"), List.of("Exosome derivedFrom Astrocyte", "Exosome[Astrocyte] carries Protein"));
    }

    @Test
    void aVesicleAdjectiveWithItsCargoAndFluid() throws Exception {
        check("Exosomal circ-ITCH in serum could become a marker of relapse.\n", "circ-ITCH",
                List.of("Exosome derivedFrom BloodSerum", "Exosome[BloodSerum] carries CircularRNA"), List.of("Exosome carries CircularRNA"));
    }

    @Test
    void vocabularyOfSowMilkEnterocytesDigestionAndTolerance() throws Exception {
        check("EVs isolated from sow milk were fed to piglets.\n", "sow milk", List.of("ExtracellularVesicle derivedFrom PorcineMilk"),
                List.of("ExtracellularVesicle derivedFrom Milk"));
        check("Porcine milk EVs resisted digestion and were taken up by enterocytes.\n", "enterocytes",
                List.of("ExtracellularVesicle[PorcineMilk] hasProperty Stability", "ExtracellularVesicle[PorcineMilk] targets EpithelialCell"),
                List.of());
        check("Stem cell exosomes may dampen immune responses.\n", "dampen",
                List.of("Exosome[StemCell] usedFor Immunomodulation"), List.of());
    }

    @Test
    void aDiseaseTheVesiclesAreUnderStudyForIsAHedgedTreatment() throws Exception {
        List<String> claims = TestSupport.claimsOf(TestSupport.extractText(dir,
                "Milk exosomes are under clinical investigation for Crohn disease.\n", ".txt"), "Crohn", true);
        org.junit.jupiter.api.Assertions.assertTrue(claims.contains("Exosome[Milk] treats CrohnDisease (hedged)"), claims::toString);
        // "tested in" states no effect, but a use under test (convention rrrrr, later than this test: hedged treats; blind
        // 11's gold writes the row for this very sentence): branch hedgedmisses35's testedInDisease reads it hedged, and
        // with the reading switched off nothing is read, as before (OFF by default since decision39, the stricter rule)
        System.setProperty("exokg.testedInDisease", "true");
        List<String> tested;
        try {
            tested = TestSupport.claimsOf(TestSupport.extractText(dir,
                    "MSC exosomes have been tested in spinal cord injury for a decade.\n", ".txt"), "tested", true);
        } finally {
            System.clearProperty("exokg.testedInDisease");
        }
        org.junit.jupiter.api.Assertions.assertTrue(tested.contains("Exosome[MesenchymalStemCell] treats SpinalCordInjury (hedged)"),
                tested::toString);
        try {
            check("MSC exosomes have been tested in spinal cord injury for a decade.\n", "tested", List.of(),
                    List.of("Exosome[MesenchymalStemCell] treats SpinalCordInjury"));
        } finally {
            System.clearProperty("exokg.testedInDisease");
        }
    }

    @Test
    void reliefCargoWithARelativeClauseAndCargoCarriedToCells() throws Exception {
        check("Topical exosomes from stem cells relieve psoriasis in mice.\n", "relieve",
                List.of("Exosome[StemCell] treats Psoriasis"), List.of());
        check("Circular RNAs, which resist heat, are enriched in exosomes.\n", "enriched",
                List.of("Exosome carries CircularRNA"), List.of());
        // a capital that opens the sentence is no part of a mixed-case term's spelling ("MicroRNAs" is "microRNAs")
        check("MicroRNAs, which regulate many genes, are packaged into exosomes.\n", "packaged",
                List.of("Exosome carries MicroRNA"), List.of());
        check("SiRNA was loaded into milk exosomes, which also carried CD63.\n", "SiRNA",
                List.of("Exosome[Milk] carries SiRNA", "Exosome[Milk] carries Cd63"), List.of());
        check("Microvesicles from T cells carry microRNAs to microglia.\n", "microglia",
                List.of("Microvesicle[TCell] targets MicroglialCell", "Microvesicle[TCell] carries MicroRNA"), List.of());
        // an organ is no cell the vesicles target
        check("Exosomes carry drugs to the brain.\n", "brain", List.of(), List.of("Exosome targets Brain"));
    }
}
