package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names of mimetic nanovesicles (issue 15, branch mimeticnames): a name defined for vesicles made by extruding,
 * sonicating or disrupting cells ("nanovesicles extruded from macrophages (Mac-NVs)", "exosome mimetics (Liv-EMs)")
 * stands for extracellular vesicle mimetics in its later uses, unqualified as the golds write mimetics (gold
 * conventions on look-alikes); a name for vesicles the cells released, or for plant nanovesicles, keeps its kind.
 * Invented texts through the real pipeline and the project ontology.
 */
class NamesOfExtrudedNanovesiclesTest {

    @TempDir
    Path dir;

    @Test
    void aNameForNanovesiclesExtrudedFromCellsNamesMimetics() throws Exception {
        String text = "Methods\n\nWe made nanovesicles by extruding macrophages through polycarbonate membranes (Mac-NVs).\n\n"
                + "Results\n\nMac-NVs were taken up by fibroblasts.\n";
        TestSupport.assertClaimsOfText(dir, text, "Mac-NVs were taken up",
                List.of("ExtracellularVesicleMimetic targets Fibroblast"),
                List.of("ExtracellularVesicle targets Fibroblast", "ExtracellularVesicle[Macrophage] targets Fibroblast"));
    }

    @Test
    void aNameForExosomeMimeticsNamesMimetics() throws Exception {
        String text = "Methods\n\nExosome mimetics (Liv-EMs) were made by serial extrusion of hepatocytes through filters.\n\n"
                + "Results\n\nLiv-EMs were taken up by fibroblasts.\n";
        TestSupport.assertClaimsOfText(dir, text, "Liv-EMs were taken up",
                List.of("ExtracellularVesicleMimetic targets Fibroblast"),
                List.of("ExtracellularVesicle targets Fibroblast"));
    }

    @Test
    void aNameForVesiclesTheCellsReleasedStaysVesicles() throws Exception {
        // released by the cells, then loaded by extrusion: natural vesicles with a drug, no mimetics
        String text = "Methods\n\nExtracellular vesicles released by macrophages (Mac-EVs) were loaded with curcumin by extrusion.\n\n"
                + "Results\n\nMac-EVs were taken up by fibroblasts.\n";
        TestSupport.assertClaimsOfText(dir, text, "Mac-EVs were taken up",
                List.of("ExtracellularVesicle[Macrophage] targets Fibroblast"),
                List.of("ExtracellularVesicleMimetic targets Fibroblast"));
    }

    @Test
    void plantNanovesiclesKeepTheirKind() throws Exception {
        // ginger nanovesicles are released by the plant's tissue: sonication of the juice does not make them mimetics
        String text = "Methods\n\nNanovesicles isolated from ginger juice after sonication (G-NVs) were purified on a sucrose gradient.\n\n"
                + "Results\n\nG-NVs were taken up by fibroblasts.\n";
        TestSupport.assertClaimsOfText(dir, text, "G-NVs were taken up",
                List.of("PlantDerivedNanovesicle[Ginger] targets Fibroblast"),
                List.of("ExtracellularVesicleMimetic targets Fibroblast"));
    }

    @Test
    void theDefiningSentenceSpeaksOfTheMimetics() throws Exception {
        // the participle before "through filters from": the vesicles extruded from the cells are mimetics, derived from them
        String text = "Methods\n\nWe compared natural vesicles with nanovesicles extruded through filters from whole macrophages (Mc-NVs).\n\n"
                + "Results\n\nMc-NVs carried calnexin.\n";
        TestSupport.assertClaimsOfText(dir, text, "extruded through filters",
                List.of("ExtracellularVesicleMimetic derivedFrom Macrophage"),
                List.of("ExtracellularVesicle derivedFrom Macrophage"));
        TestSupport.assertClaimsOfText(dir, text, "Mc-NVs carried", List.of("ExtracellularVesicleMimetic carries Calnexin"),
                List.of("ExtracellularVesicle carries Calnexin", "ExtracellularVesicle[Macrophage] carries Calnexin"));
    }

    @Test
    void aLoadingBySonicationNamesNoMimetics() throws Exception {
        // the making word with no cells after it: exosomes of macrophages loaded by sonication are the cells' exosomes
        String text = "Methods\n\nExosomes from macrophages were loaded with paclitaxel by sonication (PTX-Exos).\n\n"
                + "Results\n\nPTX-Exos were taken up by fibroblasts.\n";
        TestSupport.assertClaimsOfText(dir, text, "PTX-Exos were taken up", List.of(),
                List.of("ExtracellularVesicleMimetic targets Fibroblast"));
    }

    @Test
    void aWordFileWithoutItsSectionIsRefusedNamingIt() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> MimeticNames.parse(new java.io.ByteArrayInputStream("makng: ['extruded']\n".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)), "m.yaml"));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("m.yaml") && e.getMessage().contains("making")
                && !e.getMessage().contains("\n"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(MimeticNames.defaults().makingPattern().matcher("by serial extrusion of").find());
    }
}
