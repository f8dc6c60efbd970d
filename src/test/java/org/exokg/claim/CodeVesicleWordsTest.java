package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch dev34 (convention fffff): a code keeps the vesicle word it ends in at its later uses, with the switch
 * {@link CodeVesicleWords#ON} on (the default since branch goldconv32; restored after each test); off, the uses keep the
 * defining phrase's kind. Invented
 * sentences, through the real pipeline and ontology.
 */
class CodeVesicleWordsTest {

    @TempDir
    Path dir;

    private boolean saved;

    @BeforeEach
    void save() {
        saved = CodeVesicleWords.ON;
    }

    @AfterEach
    void restore() {
        CodeVesicleWords.ON = saved;
    }

    private static final String TEXT = "Active substance: KSC-EV (small extracellular vesicles derived from a human kidney stem cell "
            + "line).\n\nIn mice, intravenous KSC-EVs reduced kidney injury and were taken up by tubular cells.\n\n"
            + "Ginger nanovesicles (GN-EVs) were isolated by ultracentrifugation.\n\nGN-EVs carried microRNAs.\n";

    private List<String> claims(String sentence) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, TEXT, ".txt");
        return TestSupport.claimsOf(e, sentence, false);
    }

    @Test
    void theCodesOwnVesicleWordNamesTheKindAtItsUses() throws Exception {
        CodeVesicleWords.ON = true;
        List<String> uses = claims("intravenous KSC-EVs reduced");
        assertTrue(uses.contains("ExtracellularVesicle[StemCell] hasProperty CellularUptake"), uses::toString);
        assertTrue(uses.stream().noneMatch(c -> c.startsWith("SmallExtracellularVesicle")), uses::toString);
        // the defining phrase keeps its own kind in its own sentence
        List<String> definition = claims("Active substance: KSC-EV");
        assertTrue(definition.contains("SmallExtracellularVesicle derivedFrom StemCell"), definition::toString);
        // a plant preparation keeps its kind: "EVs" in its code is no generic kind to exchange for
        List<String> plant = claims("GN-EVs carried");
        assertTrue(plant.stream().anyMatch(c -> c.startsWith("PlantDerivedNanovesicle") && c.contains("carries MicroRNA")), plant::toString);
    }

    @Test
    void offTheUsesKeepTheDefiningPhrasesKind() throws Exception {
        CodeVesicleWords.ON = false;
        List<String> uses = claims("intravenous KSC-EVs reduced");
        assertTrue(uses.contains("SmallExtracellularVesicle[StemCell] hasProperty CellularUptake"), uses::toString);
    }

    @Test
    void aBacteriumsCodeWithAVesicleWordOfItsOwnIsItsWordQualifiedByTheBacterium() throws Exception {
        // convention qqqqqq (goldconv32): the code's own word (fffff) and the named bacterium as qualifier (mmm, aaaa)
        CodeVesicleWords.ON = true;
        DocumentExtraction e = TestSupport.extractText(dir, "Escherichia coli sheds outer membrane vesicles in culture. "
                + "Oral EcEVs carried CD63 in every batch.\n", ".txt");
        List<String> uses = TestSupport.claimsOf(e, "Oral EcEVs carried", false);
        assertTrue(uses.contains("ExtracellularVesicle[Bacterium] carries Cd63"), uses::toString);
        assertTrue(uses.stream().noneMatch(c -> c.startsWith("BacterialOuterMembraneVesicle")), uses::toString);
        DocumentExtraction bracketed = TestSupport.extractText(dir, "We isolated the outer membrane vesicles of Escherichia coli "
                + "(EcEVs) by ultracentrifugation.\n\nOral EcEVs carried CD63 in every batch.\n", ".txt");
        List<String> bracketedUses = TestSupport.claimsOf(bracketed, "Oral EcEVs carried", false);
        assertTrue(bracketedUses.contains("ExtracellularVesicle[Bacterium] carries Cd63"), bracketedUses::toString);
    }

    @Test
    void theVesicleWordOfACode() {
        assertEquals(ExoKg.NS + "ExtracellularVesicle", CodeVesicleWords.wordKind("NSC-EV"));
        assertEquals(ExoKg.NS + "ExtracellularVesicle", CodeVesicleWords.wordKind("DSC-EV-01"));
        assertEquals(ExoKg.NS + "ExtracellularVesicle", CodeVesicleWords.wordKind("AmEVs"));
        assertEquals(ExoKg.NS + "SmallExtracellularVesicle", CodeVesicleWords.wordKind("Treg-sEVs"));
        assertEquals(ExoKg.NS + "Exosome", CodeVesicleWords.wordKind("MSC-Exos"));
        assertEquals(ExoKg.NS + "BacterialOuterMembraneVesicle", CodeVesicleWords.wordKind("NmOMVs"));
        assertNull(CodeVesicleWords.wordKind("BCG-MVs"));
        assertNull(CodeVesicleWords.wordKind("CuNVs"));
        // an engineered or plant preparation keeps the kind its definition gave it
        assertEquals(ExoKg.NS + "EngineeredExosome", CodeVesicleWords.kind("Apt-EVs", ExoKg.NS + "EngineeredExosome"));
        assertEquals(ExoKg.NS + "ExtracellularVesicle", CodeVesicleWords.kind("NSC-EV", ExoKg.NS + "SmallExtracellularVesicle"));
    }
}
