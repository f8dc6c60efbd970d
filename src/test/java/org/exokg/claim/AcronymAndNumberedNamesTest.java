package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names of preparations that the earlier readings missed (branch dev21, nineteenth session): a plain acronym after the
 * vesicles' origin phrase ("exosomes from goat colostrum (GCE)"), a name whose short form is narrower than the vesicles
 * its code spells ("goat colostrum vesicles ... GC-sEVs": small EVs), a name with a lot number after its vesicle noun
 * ("KD-sEV-02"), and a species before a tissue stacked on cells ("human umbilical cord stromal cells"). Each with a near
 * neighbour that must not be read so. Invented texts through the real pipeline and the project ontology.
 */
class AcronymAndNumberedNamesTest {

    @TempDir
    Path dir;

    @Test
    void anAcronymSpellingTheOriginAndTheVesicleNamesThePreparation() throws Exception {
        String text = "Notes\n\nWe isolated exosomes from goat colostrum (GCE) by ultracentrifugation.\n\n"
                + "Results\n\nGCE carried CD9 into macrophages.\n";
        TestSupport.assertClaimsOfText(dir, text, "GCE carried",
                List.of("Exosome[Colostrum] carries Cd9", "Exosome derivedFrom Colostrum"), List.of());
    }

    @Test
    void anAcronymOfTheCellsNamesNoPreparation() throws Exception {
        // "DCs" spells the cells only ("dendritic cells"), not the exosomes: a later "DCs" is the cells, no vesicles
        String text = "Notes\n\nWe isolated exosomes from dendritic cells (DCs) by ultracentrifugation.\n\n"
                + "Results\n\nDCs carried CD9 after maturation.\n";
        TestSupport.assertClaimsOfText(dir, text, "DCs carried", List.of(),
                List.of("Exosome[DendriticCell] carries Cd9", "Exosome derivedFrom DendriticCell"));
    }

    @Test
    void aNameWhoseShortFormIsNarrowerKeepsItsOwnKind() throws Exception {
        String text = "Goat colostrum vesicles have hardly been characterised.\n\nGC-sEVs were isolated from goat colostrum by"
                + " ultracentrifugation.\n\nGC-sEVs carried CD9 into macrophages.\n";
        TestSupport.assertClaimsOfText(dir, text, "GC-sEVs carried",
                List.of("SmallExtracellularVesicle[Colostrum] carries Cd9"), List.of("ExtracellularVesicle[Colostrum] carries Cd9"));
    }

    @Test
    void aNameWhoseShortFormIsBroadKeepsTheSpelledVesicles() throws Exception {
        // "EVs" says no narrower kind than the vesicles the code spells: they stay extracellular vesicles
        String text = "Goat colostrum vesicles have hardly been characterised.\n\nGC-EVs were isolated from goat colostrum by"
                + " ultracentrifugation.\n\nGC-EVs carried CD9 into macrophages.\n";
        TestSupport.assertClaimsOfText(dir, text, "GC-EVs carried",
                List.of("ExtracellularVesicle[Colostrum] carries Cd9"), List.of("SmallExtracellularVesicle[Colostrum] carries Cd9"));
    }

    @Test
    void aNumberedNameDefinedByCompositionStandsForItsPreparation() throws Exception {
        String text = "KD-sEV-02 consists of small extracellular vesicles secreted by bone marrow mesenchymal stem cells.\n\n"
                + "KD-sEV-02 reduced collagen deposition in mice with liver fibrosis.\n";
        TestSupport.assertClaimsOfText(dir, text, "KD-sEV-02 reduced",
                List.of("SmallExtracellularVesicle[MesenchymalStemCell] treats LiverFibrosis"), List.of());
    }

    @Test
    void anUndefinedNumberedNameHasNoSource() throws Exception {
        // no definition gave the name a source: its uses are the short form's kind, unqualified
        String text = "Background\n\nLiver fibrosis is common.\n\nKD-sEV-02 reduced collagen deposition in mice with liver fibrosis.\n";
        TestSupport.assertClaimsOfText(dir, text, "KD-sEV-02 reduced", List.of("SmallExtracellularVesicle treats LiverFibrosis"),
                List.of("SmallExtracellularVesicle[MesenchymalStemCell] treats LiverFibrosis"));
    }

    @Test
    void aSpeciesBeforeATissueOfCellsIsNoSource() throws Exception {
        TestSupport.assertClaimsOfText(dir, "Exosomes from human umbilical cord mesenchymal stromal cells carried CD63.\n",
                "carried", List.of("Exosome derivedFrom MesenchymalStemCell"), List.of());
        TestSupport.assertClaimsOfText(dir, "Exosomes from human placenta carried CD63.\n", "carried",
                List.of("Exosome derivedFrom Placenta"), List.of());
    }

    @Test
    void aSpeciesBeforeTheWordTissueNamesNoTissueSource() throws Exception {
        // "adult human tissue" names no tissue class: the species is not dropped for it, no derivedFrom Tissue appears
        TestSupport.assertClaimsOfText(dir, "Vesicles from notochord-like cells cannot be obtained from adult human tissue in"
                + " useful amounts.\n", "cannot", List.of(), List.of("ExtracellularVesicle NOT derivedFrom Tissue",
                        "ExtracellularVesicle derivedFrom Tissue"));
    }

    @Test
    void aCarrierRoleNeverStudiedIsNoDenial() throws Exception {
        // nobody tried: no claim about the use, neither denied nor affirmed (rule studied-carrier-role, branch dev21)
        TestSupport.assertClaimsOfText(dir, "Horse milk exosomes have never been studied as carriers.\n", "never",
                List.of(), List.of("Exosome[EquineMilk] NOT usedFor DrugDelivery", "Exosome[EquineMilk] usedFor DrugDelivery"));
        // the neighbour that was studied so gives the use
        TestSupport.assertClaimsOfText(dir, "Camel milk exosomes have been studied as oral carriers.\n", "studied",
                List.of("Exosome[CamelMilk] usedFor DrugDelivery"), List.of());
    }
}
