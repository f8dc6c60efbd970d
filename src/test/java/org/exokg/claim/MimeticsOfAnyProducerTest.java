package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiPredicate;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mimetics of any producer (issue 15, branch mimetickinds): vesicles made by extruding or sonicating bacteria or yeasts
 * are mimetics as those made from cells are ({@code producers} of {@code mimetic-words.yaml}, switch
 * -Dexokg.mimeticProducers); plants' and animals' words after a making word never make mimetics. Invented texts.
 */
class MimeticsOfAnyProducerTest {

    @TempDir
    Path dir;

    private static final BiPredicate<String, String> IS_A = (a, b) -> TestSupport.projectLexicon().isA(a, b);

    @Test
    void bacteriaAndYeastsAreProducersOnlyWithTheSwitch() {
        MimeticNames words = MimeticNames.defaults();
        assertTrue(words.producer(ExoKg.NS + "Macrophage", IS_A, false), "a cell is a producer either way");
        assertTrue(words.producer(ExoKg.NS + "Macrophage", IS_A, true));
        assertFalse(words.producer(ExoKg.NS + "Bacterium", IS_A, false), "before: cells only");
        assertTrue(words.producer(ExoKg.NS + "Bacterium", IS_A, true));
        assertTrue(words.producer(ExoKg.NS + "Organism", IS_A, true), "yeasts, fungi and algae are organisms");
        // near neighbours: plants give plant nanovesicles, mammals are the animals dosed; neither is broken into mimetics
        assertFalse(words.producer(ExoKg.NS + "Plant", IS_A, true));
        assertFalse(words.producer(ExoKg.NS + "Mammal", IS_A, true));
        assertFalse(words.producer(ExoKg.NS + "Ginger", IS_A, true));
        assertFalse(words.producer(ExoKg.NS + "Milk", IS_A, true));
    }

    @Test
    void aNameForVesiclesExtrudedFromBacteriaNamesMimeticsWithTheSwitch() throws Exception {
        // a generic vesicle noun: the producer after the making word decides (with the switch, bacteria as cells)
        String text = "Methods\n\nWe produced nanovesicles by extruding the same bacteria through polycarbonate filters (Ec-XMs).\n\n"
                + "Results\n\nEc-XMs were taken up by macrophages.\n";
        if (MimeticNames.ANY_PRODUCER) {
            TestSupport.assertClaimsOfText(dir, text, "Ec-XMs were taken up",
                    List.of("ExtracellularVesicleMimetic targets Macrophage"),
                    List.of("ExtracellularVesicle targets Macrophage", "ExtracellularVesicle[Bacterium] targets Macrophage"));
        } else {
            TestSupport.assertClaimsOfText(dir, text, "Ec-XMs were taken up", List.of(),
                    List.of("ExtracellularVesicleMimetic targets Macrophage"));
        }
    }

    @Test
    void aNameForVesicleMimeticsNamesMimeticsOfAnyProducer() throws Exception {
        // "vesicle mimetics" names the kind itself: its bracketed name stands for mimetics whatever was extruded
        String text = "Methods\n\nWe produced vesicle mimetics by extruding yeast through polycarbonate filters (Sc-VMs).\n\n"
                + "Results\n\nSc-VMs were taken up by macrophages.\n";
        TestSupport.assertClaimsOfText(dir, text, "Sc-VMs were taken up",
                List.of("ExtracellularVesicleMimetic targets Macrophage"),
                List.of("ExtracellularVesicle targets Macrophage", "ExtracellularVesicle[Organism] targets Macrophage"));
    }

    @Test
    void plantNanovesiclesMadeByHomogenisingStayPlantNanovesicles() throws Exception {
        // homogenised ginger: plant nanovesicles, never mimetics, whether or not the switch is on
        String text = "Methods\n\nNanovesicles prepared by homogenising ginger roots (Gr-NVs) were purified on a sucrose gradient.\n\n"
                + "Results\n\nGr-NVs were taken up by macrophages.\n";
        TestSupport.assertClaimsOfText(dir, text, "Gr-NVs were taken up",
                List.of("PlantDerivedNanovesicle[Ginger] targets Macrophage"),
                List.of("ExtracellularVesicleMimetic targets Macrophage"));
    }

    @Test
    void mimeticsAreWrittenWithoutTheirCellsAsQualifier() throws Exception {
        // convention zzzz: the cells are the derivedFrom row's object, never the mimetics' qualifier
        String text = "Vesicle mimetics were compared with exosomes. Glioma cell mimetics carried oncogenic proteins.\n";
        if (MimeticNames.UNQUALIFIED) {
            TestSupport.assertClaimsOfText(dir, text, "Glioma cell mimetics",
                    List.of("ExtracellularVesicleMimetic carries Protein"),
                    List.of("ExtracellularVesicleMimetic[TumorCell] carries Protein"));
        } else {
            TestSupport.assertClaimsOfText(dir, text, "Glioma cell mimetics",
                    List.of("ExtracellularVesicleMimetic[TumorCell] carries Protein"),
                    List.of("ExtracellularVesicleMimetic carries Protein"));
        }
    }

    @Test
    void extrudedMimeticsAreMimeticsAndNameTheirProducer() throws Exception {
        String text = "Extruded keratinocyte mimetics did not reduce psoriasis in mice.\n";
        TestSupport.assertClaimsOfText(dir, text, "Extruded keratinocyte mimetics",
                List.of("ExtracellularVesicleMimetic NOT treats Psoriasis", "ExtracellularVesicleMimetic derivedFrom Keratinocyte"),
                List.of());
    }

    @Test
    void liposomesImitatingBacteriaAreNoMimetics() throws Exception {
        // no making participle: "bacteria-mimetic liposomes" are liposomes, and "exosome-like" plant vesicles keep their kind
        String text = "Bacteria-mimetic liposomes carried doxorubicin. Exosome-like nanovesicles from grapefruit carried microRNAs.\n";
        TestSupport.assertClaimsOfText(dir, text, "Bacteria-mimetic liposomes", List.of(),
                List.of("ExtracellularVesicleMimetic carries Doxorubicin"));
        TestSupport.assertClaimsOfText(dir, text, "Exosome-like nanovesicles from grapefruit",
                List.of("PlantDerivedNanovesicle[Grapefruit] carries MicroRNA"),
                List.of("ExtracellularVesicleMimetic carries MicroRNA"));
    }

    @Test
    void eachUseOfAMimeticNameNamesItsProducer() throws Exception {
        // conventions zzzz, nnn, ll: the producer the defining sentence broke is the derivedFrom row of every use
        String text = "Methods\n\nExosome mimetics (Kc-EMs) were made by serial extrusion of keratinocytes through filters.\n\n"
                + "Results\n\nKc-EMs were taken up by fibroblasts.\n";
        if (MimeticNames.SOURCE_ROWS) {
            TestSupport.assertClaimsOfText(dir, text, "Kc-EMs were taken up",
                    List.of("ExtracellularVesicleMimetic derivedFrom Keratinocyte", "ExtracellularVesicleMimetic targets Fibroblast"),
                    List.of("ExtracellularVesicleMimetic[Keratinocyte] targets Fibroblast"));
        } else {
            TestSupport.assertClaimsOfText(dir, text, "Kc-EMs were taken up",
                    List.of("ExtracellularVesicleMimetic targets Fibroblast"),
                    List.of("ExtracellularVesicleMimetic derivedFrom Keratinocyte"));
        }
    }

    @Test
    void aNameForNaturalVesiclesOfBacteriaGivesNoMimeticRow() throws Exception {
        // vesicles the bacteria secreted, then loaded by sonication: no making of mimetics, no mimetic row
        String text = "Methods\n\nMembrane vesicles secreted by Escherichia coli (Ec-MVs) were loaded with curcumin by sonication.\n\n"
                + "Results\n\nEc-MVs were taken up by fibroblasts.\n";
        TestSupport.assertClaimsOfText(dir, text, "Ec-MVs were taken up", List.of(),
                List.of("ExtracellularVesicleMimetic derivedFrom Bacterium", "ExtracellularVesicleMimetic targets Fibroblast"));
    }
}
