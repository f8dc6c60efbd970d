package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch precision2 (tenth session): invented sentences (none from a gold set) for the shapes this branch
 * changed, each with a near neighbour that keeps its claim, through the real pipeline and the project ontology.
 */
class PrecisionThirdPassTest {

    @TempDir
    Path dir;

    private void check(String text, String words, List<String> expected, List<String> unexpected) throws Exception {
        TestSupport.assertClaimsOfText(dir, text, words, expected, unexpected);
    }

    @Test
    void twoCargoTermsInOneNounPhraseNameTheHeadOnly() throws Exception {
        // "IL-6 mRNA": the vesicles carry an mRNA (of IL-6), not the protein
        check("Serum exosomes of patients with sepsis contain more IL-6 mRNA than those of healthy donors.\n", "contain",
                List.of("Exosome[BloodSerum] carries MessengerRNA"), List.of("Exosome[BloodSerum] carries SignalingProtein"));
        // "a PD-L1 aptamer": an aptamer (against PD-L1), not a protein
        check("The researchers coupled a PD-L1 aptamer to the exosome surface by lipid anchoring.\n", "coupled",
                List.of("Exosome carries Aptamer"), List.of("Exosome carries Protein"));
        // near neighbour: the protein and the mRNA as two items of a list are both cargo
        check("Serum exosomes of patients with sepsis contain IL-6 and mRNA.\n", "contain",
                List.of("Exosome[BloodSerum] carries SignalingProtein", "Exosome[BloodSerum] carries MessengerRNA"), List.of());
        // near neighbour: a class word before the name it classifies keeps the named cargo
        check("Exosomes from dendritic cells carry the tetraspanin CD63.\n", "carry",
                List.of("Exosome[DendriticCell] carries Cd63"), List.of());
    }

    @Test
    void theMergedRuleEntriesReadBothFormerPhrasings() throws Exception {
        // vesicle-brings-cargo-to-cells now holds dev11's "transport ... to" (vesicle-carries-cargo-to-cells)
        check("Microvesicles from activated T cells transport inflammatory microRNAs to microglia.\n", "transport",
                List.of("Microvesicle[TCell] targets MicroglialCell"), List.of());
        // ... and not cells that are no target: "to the circulation"
        check("Microvesicles from activated T cells transport inflammatory microRNAs to the blood.\n", "transport",
                List.of(), List.of("Microvesicle[TCell] targets Blood"));
        // vesicle-under-study-for-disease now holds dev11's "in clinical studies for" (vesicle-in-study-for-disease)
        check("Exosomes from umbilical cord stem cells are in clinical studies for lung injury.\n", "studies",
                List.of("Exosome[StemCell] treats Injury"), List.of());
        check("Exosomes from umbilical cord stem cells are under study for lung injury.\n", "study",
                List.of("Exosome[StemCell] treats Injury"), List.of());
    }

    @Test
    void cellsWithAParticiplesPhraseReleaseTheVesiclesOneReading() throws Exception {
        // words that name no term in the phrase ("infected with" an unknown agent): the cells before it release them
        check("Macrophages infected with Leishmania donovani release exosomes that carry parasite proteins.\n", "carry",
                List.of("Exosome[Macrophage] carries Protein"), List.of());
        // a term inside the phrase ("cultured in serum") is not the releasing cell
        check("Macrophages cultured in serum release exosomes that carry parasite proteins.\n", "carry",
                List.of("Exosome[Macrophage] carries Protein"), List.of("Exosome[BloodSerum] carries Protein"));
    }

    @Test
    void theDiseaseNamesTheDiseaseTheTextNamedLast() throws Exception {
        // in the same sentence
        check("Exosomes from the plasma of patients with psoriasis activated keratinocytes and may therefore worsen the disease.\n",
                "worsen", List.of("Exosome[BloodPlasma] contributesTo Psoriasis"), List.of("Exosome[BloodPlasma] contributesTo Disease"));
        // in an earlier sentence
        check("Psoriasis affects the skin of millions.\n\nExosomes from keratinocytes may worsen the disease.\n", "worsen",
                List.of("Exosome[Keratinocyte] contributesTo Psoriasis"), List.of());
        // near neighbour: diseases in general, plural, stay general
        check("Psoriasis affects the skin of millions.\n\nExosomes from keratinocytes may worsen many diseases.\n", "worsen",
                List.of("Exosome[Keratinocyte] contributesTo Disease"), List.of("Exosome[Keratinocyte] contributesTo Psoriasis"));
    }

    @Test
    void aBlankLineEndsAListUnlessTheLineOpensWithAnItemMark() throws Exception {
        String list = "Extracellular vesicles are studied in stroke. Exosomes from stem cells reduced infarct size in rats. "
                + "The obstacles are familiar:\n- the low yield of producer cells\n- rapid clearance by the liver\n\n";
        // the paragraph after the blank line is no item of the list: its own "EV therapy" is the subject
        check(list + "Whether EV therapy helps patients is unknown.\n", "patients",
                List.of("ExtracellularVesicle usedFor Therapy"), List.of("Exosome usedFor Therapy"));
        // near neighbour: an item mark after the blank line keeps the list going
        check(list + "- the lack of standardised isolation methods\n", "isolation",
                List.of("Exosome[StemCell] hasChallenge LackOfStandardisedIsolation"), List.of());
    }

    @Test
    void aDenialInOneListItemDoesNotReachTheNextItem() throws Exception {
        String lead = "The engineered exosomes of the invention have the following advantages: – they are not immunogenic after "
                + "repeated injection; – they can be stored frozen at −80 °C for at least six months";
        check(lead + ".\n", "frozen", List.of("EngineeredExosome hasProperty LowImmunogenicity", "EngineeredExosome hasProperty Stability"),
                List.of("EngineeredExosome NOT hasProperty Stability"));
        // near neighbour: a denial inside the object's own item still denies it
        check("The engineered exosomes of the invention have the following advantages: – they are efficiently taken up by "
                + "dendritic cells; – they are not immunogenic after repeated injection.\n", "immunogenic",
                List.of("EngineeredExosome hasProperty LowImmunogenicity"), List.of("EngineeredExosome hasProperty Immunogenicity"));
    }
}
