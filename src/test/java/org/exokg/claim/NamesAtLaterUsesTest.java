package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names of preparations that lost their source at later uses (branch names4, nineteenth session): capitals glued to a
 * vesicle short form ("LDNVs"), a name defined by the bracket after it ("QX-7 (exosomes from ...)"), a product defined
 * by a copula ("NeuroVex (NVX) are exosomes from ...", "DermaVex is a gel containing vesicles from ..."), and a short
 * name of initials and the vesicle noun's start ("Mex"). Each with a near neighbour that must not be read so. Invented
 * texts through the real pipeline and the project ontology.
 */
class NamesAtLaterUsesTest {

    @TempDir
    Path dir;

    @Test
    void capitalsGluedToAShortFormNameThePreparation() throws Exception {
        String text = "Summary\n\nWe prepared nanovesicles from lemon juice (LDNVs) by ultracentrifugation.\n\n"
                + "Results\n\nLDNVs carried CD9 into macrophages.\n";
        TestSupport.assertClaimsOfText(dir, text, "LDNVs carried",
                List.of("PlantDerivedNanovesicle[Fruit] carries Cd9"), List.of("ExtracellularVesicle carries Cd9"));
    }

    @Test
    void aBracketedMarkerAfterVesiclesNamesNothing() throws Exception {
        // a protein in brackets is no name: its later mention is the marker, not the preparation
        String text = "Summary\n\nWe prepared exosomes from lemon juice (CD63) by ultracentrifugation.\n\n"
                + "Results\n\nCD63 was found in macrophages.\n";
        TestSupport.assertClaimsOfText(dir, text, "CD63 was found", List.of(),
                List.of("Exosome[Fruit] targets Macrophage", "Exosome targets Macrophage"));
    }

    @Test
    void aNameDefinedByTheBracketAfterItKeepsItsSource() throws Exception {
        String text = "Pipeline\n\nOur first product, QX-7 (exosomes from HEK293 cells loaded with an antisense oligonucleotide),"
                + " is in preclinical testing.\n\nIn mice, QX-7 reached liver macrophages.\n";
        TestSupport.assertClaimsOfText(dir, text, "QX-7 reached", List.of("Exosome[HEK293Cell] targets Macrophage"),
                List.of("Exosome targets Macrophage"));
    }

    @Test
    void aBracketAfterADrugNameNamesNoPreparation() throws Exception {
        // the bracket explains the drug, which the vesicles carry: the drug's name stands for no preparation
        String text = "Pipeline\n\nThe drug TK-9 (a kinase inhibitor carried by exosomes from HEK293 cells) is in testing.\n\n"
                + "In mice, TK-9 reached liver macrophages.\n";
        TestSupport.assertClaimsOfText(dir, text, "TK-9 reached", List.of(), List.of("Exosome[HEK293Cell] targets Macrophage"));
    }

    @Test
    void aProductDefinedByACopulaKeepsItsSourceUnderBothNames() throws Exception {
        String text = "Brief\n\nNeuroVex (NVX) are exosomes from HEK293 cells.\n\nIn mice, NVX reached neurons."
                + " NeuroVex carried CD63.\n";
        TestSupport.assertClaimsOfText(dir, text, "NVX reached", List.of("Exosome[HEK293Cell] targets Neuron"),
                List.of("Exosome targets Neuron"));
        TestSupport.assertClaimsOfText(dir, text, "NeuroVex carried", List.of("Exosome[HEK293Cell] carries Cd63"),
                List.of("Exosome carries Cd63"));
    }

    @Test
    void aGelContainingVesiclesIsTheNamedPreparation() throws Exception {
        String text = "Assessment\n\nDermaVex is a topical gel containing extracellular vesicles purified from platelet"
                + " concentrates.\n\nDermaVex healed diabetic foot ulcers in a small trial.\n";
        TestSupport.assertClaimsOfText(dir, text, "DermaVex healed", List.of("ExtracellularVesicle[Platelet] treats Injury"),
                List.of("ExtracellularVesicle treats Injury"));
    }

    @Test
    void aDeniedCopulaDefinesNoName() throws Exception {
        // "are not exosomes" says what the product is not: no definition, the name keeps no source
        String text = "Assessment\n\nDermaVex is not a gel containing extracellular vesicles purified from platelet"
                + " concentrates.\n\nDermaVex healed diabetic foot ulcers in a small trial.\n";
        TestSupport.assertClaimsOfText(dir, text, "DermaVex healed", List.of(),
                List.of("ExtracellularVesicle[Platelet] treats Injury"));
    }

    @Test
    void initialsAndTheVesicleNounsStartNameThePreparation() throws Exception {
        String text = "Review\n\nExosomes from macrophages loaded with tumour antigens (Mex) were safe in a small trial.\n\n"
                + "The Mex activated natural killer cells in some patients.\n";
        TestSupport.assertClaimsOfText(dir, text, "The Mex activated",
                List.of("Exosome[Macrophage] targets NaturalKillerCell", "Exosome derivedFrom Macrophage"),
                List.of("Exosome targets NaturalKillerCell"));
    }

    @Test
    void aShortNameOfADrugInTheOriginNamesNoPreparation() throws Exception {
        // "Mel" abbreviates melatonin, a word of the origin phrase: the drug, not the vesicles
        String text = "Review\n\nExosomes from macrophages treated with melatonin (Mel) were safe in a small trial.\n\n"
                + "The Mel activated natural killer cells in some patients.\n";
        TestSupport.assertClaimsOfText(dir, text, "The Mel activated", List.of(),
                List.of("Exosome[Macrophage] targets NaturalKillerCell", "Exosome derivedFrom Macrophage"));
    }

    @Test
    void aCodeThatIsOnlyTheShortFormGivesNoSourceRow() throws Exception {
        // "EXO-" spells the vesicles, not the cells: the use keeps its qualifier but gets no derivedFrom row
        String text = "Pipeline\n\nOur lead product, EXO-TX1 (exosomes from HEK293 cells loaded with an antisense"
                + " oligonucleotide), is in preclinical testing.\n\nIn mice, EXO-TX1 reached liver macrophages.\n";
        TestSupport.assertClaimsOfText(dir, text, "EXO-TX1 reached", List.of("Exosome[HEK293Cell] targets Macrophage"),
                List.of("Exosome derivedFrom HEK293Cell"));
    }

    @Test
    void aCodeThatSpellsTheSourceGivesTheSourceRow() throws Exception {
        String text = "Pipeline\n\nOur lead product, HK-Exos (exosomes from HEK293 cells loaded with an antisense"
                + " oligonucleotide), is in preclinical testing.\n\nIn mice, HK-Exos reached liver macrophages.\n";
        TestSupport.assertClaimsOfText(dir, text, "HK-Exos reached",
                List.of("Exosome[HEK293Cell] targets Macrophage", "Exosome derivedFrom HEK293Cell"), List.of());
    }
}
