package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vesicle names built from a source code (issue 15, branch sourcecodes): a source abbreviation and a vesicle short form
 * joined by a hyphen ("NK-EVs", "Plt-EVs", "ADSC-exos") or written together ("RBCEVs", "TDEs", "PDNVs") name the
 * vesicles of that source, whether or not the text defines them; a name the text defines keeps what the text says;
 * a lower-case word naming one group of bacteria ("pneumococcal", "spirochaete") qualifies the vesicles as a scientific
 * name does, and "membrane vesicles" after a source are its vesicles, not a part of it. Each reading with a near
 * neighbour that must not be read so. Invented texts through the real pipeline and the project ontology.
 */
class VesicleNamesFromSourceCodesTest {

    @TempDir
    Path dir;

    @Test
    void aListedCodeBeforeAHyphenatedVesicleWordNamesTheSource() throws Exception {
        String text = "Notes\n\nNK-EVs were taken up by melanoma cells.\n\nPlt-EVs carried growth factors.\n";
        TestSupport.assertClaimsOfText(dir, text, "NK-EVs were",
                List.of("ExtracellularVesicle derivedFrom NaturalKillerCell", "ExtracellularVesicle[NaturalKillerCell] targets TumorCell"),
                List.of("ExtracellularVesicle targets TumorCell"));
        TestSupport.assertClaimsOfText(dir, text, "Plt-EVs carried",
                List.of("ExtracellularVesicle derivedFrom Platelet", "ExtracellularVesicle[Platelet] carries SignalingProtein"),
                List.of("ExtracellularVesicle carries SignalingProtein"));
    }

    @Test
    void theCodeAloneNamesNoSource() throws Exception {
        // "NK" without a vesicle word after it is not read (alone the code is ambiguous)
        String text = "Notes\n\nNK activity was lower, and the EVs were taken up by melanoma cells.\n";
        TestSupport.assertClaimsOfText(dir, text, "NK activity", List.of("ExtracellularVesicle targets TumorCell"),
                List.of("ExtracellularVesicle derivedFrom NaturalKillerCell", "ExtracellularVesicle[NaturalKillerCell] targets TumorCell"));
    }

    @Test
    void aLowerCaseShortFormAfterASourceAbbreviationIsTheVesicles() throws Exception {
        String text = "Notes\n\nADSC-exos were taken up by fibroblasts.\n\nDPSC-Exos were taken up by keratinocytes.\n";
        TestSupport.assertClaimsOfText(dir, text, "ADSC-exos",
                List.of("Exosome derivedFrom MesenchymalStemCell", "Exosome[MesenchymalStemCell] targets Fibroblast"),
                List.of("Exosome targets Fibroblast"));
        TestSupport.assertClaimsOfText(dir, text, "DPSC-Exos",
                List.of("Exosome derivedFrom StemCell", "Exosome[StemCell] targets Keratinocyte"),
                List.of("Exosome targets Keratinocyte"));
    }

    @Test
    void aCodeWrittenTogetherWithTheShortFormNamesTheSource() throws Exception {
        String text = "Notes\n\nRBCEVs were taken up by macrophages.\n\nTDEs carried PD-L1.\n";
        TestSupport.assertClaimsOfText(dir, text, "RBCEVs",
                List.of("ExtracellularVesicle derivedFrom Erythrocyte", "ExtracellularVesicle[Erythrocyte] targets Macrophage"),
                List.of("ExtracellularVesicle targets Macrophage"));
        TestSupport.assertClaimsOfText(dir, text, "TDEs",
                List.of("Exosome derivedFrom TumorCell", "Exosome[TumorCell] carries Protein"), List.of("Exosome carries Protein"));
    }

    @Test
    void aNumberedNameOrAFormTheCodeDoesNotJoinNamesNoTumour() throws Exception {
        // "T" joins EVs and exosomes only ("TNVs" are more often tomato or turmeric nanovesicles); "TEV-2" is a numbered name
        String text = "Notes\n\nTNVs carried microRNAs and TEV-2 carried proteins.\n";
        TestSupport.assertClaimsOfText(dir, text, "TNVs carried", List.of(),
                List.of("ExtracellularVesicle derivedFrom TumorCell", "ExtracellularVesicle[TumorCell] carries MicroRNA",
                        "ExtracellularVesicle[TumorCell] carries Protein"));
    }

    @Test
    void aNameTheTextDefinesKeepsTheTextsSource() throws Exception {
        // "M2" alone would be the macrophage's state; the text says these are microglia
        String text = "Notes\n\nMicroglia were polarised and their exosomes (M2-Exos) were collected.\n\n"
                + "Results\n\nM2-Exos were taken up by neurons.\n";
        TestSupport.assertClaimsOfText(dir, text, "were taken up by neurons",
                List.of("Exosome[MicroglialCell] targets Neuron"),
                List.of("Exosome[Macrophage] targets Neuron", "Exosome derivedFrom Macrophage"));
    }

    @Test
    void anUndefinedNameReadsTheCodesGeneralMeaning() throws Exception {
        String text = "Notes\n\nM2-EVs were taken up by chondrocytes.\n";
        TestSupport.assertClaimsOfText(dir, text, "M2-EVs",
                List.of("ExtracellularVesicle derivedFrom Macrophage", "ExtracellularVesicle[Macrophage] targets Chondrocyte"),
                List.of("ExtracellularVesicle targets Chondrocyte"));
    }

    @Test
    void aLowerCaseBacterialGroupWordQualifiesTheVesicles() throws Exception {
        String text = "Notes\n\nPneumococcal vesicles carried proteins and lipids.\n";
        TestSupport.assertClaimsOfText(dir, text, "Pneumococcal",
                List.of("ExtracellularVesicle derivedFrom Bacterium", "ExtracellularVesicle[Bacterium] carries Protein"),
                List.of("ExtracellularVesicle carries Protein"));
    }

    @Test
    void theGenericBacterialWordLeavesThemUnqualified() throws Exception {
        // convention ss: vesicles of unnamed bacteria stay unqualified
        String text = "Notes\n\nBacterial vesicles carried proteins and lipids.\n";
        TestSupport.assertClaimsOfText(dir, text, "Bacterial vesicles",
                List.of("ExtracellularVesicle derivedFrom Bacterium", "ExtracellularVesicle carries Protein"),
                List.of("ExtracellularVesicle[Bacterium] carries Protein"));
    }

    @Test
    void membraneVesiclesAfterASourceAreItsVesicles() throws Exception {
        String text = "Notes\n\nSpirochaete membrane vesicles were immunogenic in mice.\n";
        TestSupport.assertClaimsOfText(dir, text, "Spirochaete",
                List.of("ExtracellularVesicle derivedFrom Bacterium", "ExtracellularVesicle[Bacterium] hasProperty Immunogenicity"),
                List.of("ExtracellularVesicle hasProperty Immunogenicity"));
    }

    @Test
    void aSourcesMembraneIsStillAPartOfIt() throws Exception {
        String text = "Notes\n\nExosomes coated with the platelet membrane were taken up by macrophages.\n";
        TestSupport.assertClaimsOfText(dir, text, "platelet membrane", List.of(),
                List.of("Exosome derivedFrom Platelet", "Exosome[Platelet] targets Macrophage"));
    }

    @Test
    void laterUsesOfACodedNameKeepItsSource() throws Exception {
        String text = "Notes\n\nNK-EVs were taken up by melanoma cells.\n\nThe vesicles carried perforin and granzyme B.\n";
        TestSupport.assertClaimsOfText(dir, text, "The vesicles carried",
                List.of("ExtracellularVesicle[NaturalKillerCell] carries Protein"), List.of("ExtracellularVesicle carries Protein"));
    }

    @Test
    void laterUsesAfterAnUnlistedCodeStayUnqualified() throws Exception {
        // "AB" is no source code: nothing to keep
        String text = "Notes\n\nAB-EVs were taken up by melanoma cells.\n\nThe vesicles carried perforin and granzyme B.\n";
        TestSupport.assertClaimsOfText(dir, text, "The vesicles carried", List.of("ExtracellularVesicle carries Protein"),
                List.of("ExtracellularVesicle[NaturalKillerCell] carries Protein"));
    }

    @Test
    void aDerivedInfixAfterTheSourcesInitialNamesItsVesicles() throws Exception {
        // "GDNVs": G (ginger, named before) + D (derived) + NVs
        String text = "Notes\n\nNanovesicles were isolated from ginger roots by ultracentrifugation.\n\n"
                + "GDNVs were taken up by macrophages.\n";
        TestSupport.assertClaimsOfText(dir, text, "GDNVs were",
                List.of("PlantDerivedNanovesicle[Ginger] targets Macrophage"), List.of("ExtracellularVesicle targets Macrophage"));
    }

    @Test
    void aDerivedInfixAfterAnotherInitialNamesNothing() throws Exception {
        String text = "Notes\n\nNanovesicles were isolated from ginger roots by ultracentrifugation.\n\n"
                + "KDNVs were taken up by macrophages.\n";
        TestSupport.assertClaimsOfText(dir, text, "KDNVs were", List.of(),
                List.of("PlantDerivedNanovesicle[Ginger] targets Macrophage"));
    }
}
