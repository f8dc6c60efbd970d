package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch precision9 (twentieth session): a contaminant stated as present in, or not removed from, a
 * vesicle preparation is a purity problem, not cargo (claim-rules.yaml, vesicle-cargo-compound's unlessSentence and
 * vesicle-carries-cargo's unlessAfterObject). Invented sentences through the real pipeline, each with a near
 * neighbour whose cargo must still be read.
 */
class ContaminantsAreNoCargoTest {

    @TempDir
    Path dir;

    private List<String> cargoOf(String text, String words) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text, ".txt");
        return e.claims().stream().filter(c -> c.sentence().text().contains(words) && c.relation().localName().equals("carries"))
                .map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + local(c.objectIri()))
                .distinct().toList();
    }

    @Test
    void aContaminantNotRemovedIsNoCargo() throws Exception {
        assertEquals(List.of(), cargoOf("Sadly, goat milk exosomes are not free of milk proteins.\n", "goat"));
        assertEquals(List.of(), cargoOf("Goat milk exosomes were contaminated with milk proteins.\n", "contaminated"));
        // the vesicles' own proteins, with no contamination wording: cargo
        assertEquals(List.of("Exosome[CaprineMilk] Protein"), cargoOf("Goat milk exosomes carry proteins.\n", "carry"));
    }

    @Test
    void aContaminantCarriedOverFromTheMediumIsNoCargo() throws Exception {
        assertEquals(List.of(), cargoOf("The urine vesicles still contained albumin from the culture medium.\n", "urine"));
        assertEquals(List.of(), cargoOf("Plasma EVs contained bovine albumin carried over from fetal bovine serum.\n", "bovine"));
        // cargo delivered on to the cells it reaches: still cargo
        assertEquals(List.of("ExtracellularVesicle[BloodPlasma] MicroRNA"),
                cargoOf("Plasma EVs contained microRNAs from the tumour.\n", "Plasma"));
    }
}
