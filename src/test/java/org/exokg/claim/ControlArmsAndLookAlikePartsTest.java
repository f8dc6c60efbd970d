package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch precision7 (nineteenth session): control arms described by what they lack, and vesicles named only as
 * a part or the material of another carrier. Invented texts (none from a gold set), each with a near neighbour that keeps
 * its reading, through the real pipeline and the project ontology.
 */
class ControlArmsAndLookAlikePartsTest {

    @TempDir
    Path dir;

    private void check(String text, String words, List<String> expected, List<String> unexpected) throws Exception {
        TestSupport.assertClaimsOfText(dir, text, words, expected, unexpected);
    }

    @Test
    void aReducedRelativeLackingDescribesTheNounItFollowsAndDeniesNoPredicate() throws Exception {
        // the producer cells lack the molecule; the vesicles' immunogenicity is affirmed
        check("Results\n\nExosomes of dendritic cells lacking CIITA still elicited antibodies.\n", "Exosomes of",
                List.of("Exosome[DendriticCell] hasProperty Immunogenicity"),
                List.of("Exosome[DendriticCell] hasProperty LowImmunogenicity"));
        // near neighbour: a negation of the predicate itself still denies it (a denied immunogenicity is low immunogenicity)
        check("Results\n\nExosomes of dendritic cells did not elicit antibodies.\n", "Exosomes of",
                List.of("Exosome[DendriticCell] hasProperty LowImmunogenicity"),
                List.of("Exosome[DendriticCell] hasProperty Immunogenicity"));
    }

    @Test
    void vesiclesNamedAsAPartOfAHybridAreNoSubject() throws Exception {
        check("Results\n\nHybrids of platelet EVs with cationic liposomes carried more plasmid DNA.\n", "Hybrids of",
                List.of(), List.of("ExtracellularVesicle derivedFrom Platelet", "ExtracellularVesicle carries DNA",
                        "ExtracellularVesicle[Platelet] carries DNA"));
        // the source spelt into a hyphenated name ("PLT-EVs") is part of the hybrid as well
        check("Results\n\nHybrids of platelet-EVs and liposomes carried more plasmid DNA.\n", "Hybrids of",
                List.of(), List.of("ExtracellularVesicle derivedFrom Platelet"));
        // near neighbour: "hybrids" as what the vesicles became does not hide the vesicles that are the subject
        check("Results\n\nPlatelet EVs carried plasmid DNA after fusion with liposomes.\n", "Platelet EVs",
                List.of("ExtracellularVesicle derivedFrom Platelet"), List.of());
    }

    @Test
    void vesiclesNamedAsTheMaterialOfASyntheticCarrierAreNoSubject() throws Exception {
        check("Results\n\nLiposomes prepared from exosome lipids released the drug within hours.\n", "Liposomes prepared",
                List.of(), List.of("Exosome carries Lipid"));
        // near neighbour: vesicles that carry lipids are read so
        check("Results\n\nExosomes carry lipids such as ceramide.\n", "Exosomes carry",
                List.of("Exosome carries Ceramide"), List.of());
    }

    @Test
    void vesiclesNamedAsTheDrugItselfCarryNoDrug() throws Exception {
        check("Results\n\nNo agency has licensed an inhaled exosome drug for asthma.\n", "No agency",
                List.of(), List.of("Exosome carries TherapeuticAgent"));
        // near neighbour: a drug named as the vesicles' cargo in a compound still is their cargo
        check("Results\n\nExosomal doxorubicin accumulated in the tumours of treated mice.\n", "Exosomal doxorubicin",
                List.of("Exosome carries Doxorubicin"), List.of());
    }

    @Test
    void vesiclesNamedByAControlCargoAreAControlArmNotADeniedTreatment() throws Exception {
        check("Results\n\nExosomes loaded with a control siRNA did not reduce colitis in mice.\n", "Exosomes loaded",
                List.of(), List.of("Exosome NOT treats InflammatoryDisease"));
        check("Results\n\nExosomes from fibroblasts transfected with a scrambled plasmid did not reduce colitis in mice.\n", "Exosomes from",
                List.of(),
                List.of("Exosome[Fibroblast] NOT treats InflammatoryDisease", "EngineeredExosome[Fibroblast] NOT treats InflammatoryDisease"));
        // near neighbour: vesicles loaded with a drug that did not work are denied the treatment
        check("Results\n\nExosomes loaded with curcumin did not reduce colitis in mice.\n", "Exosomes loaded",
                List.of("Exosome NOT treats InflammatoryDisease"), List.of());
    }
}
