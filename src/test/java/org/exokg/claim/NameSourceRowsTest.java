package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gold convention b for names (branch coderows): a later use of a preparation's name whose code spells the source its
 * introduction gave it names that source, so its sentence has a derivedFrom row. Invented texts through the real pipeline
 * and the project ontology.
 */
class NameSourceRowsTest {

    @TempDir
    Path dir;

    private static final String INTRODUCTION = "Notes\n\nWe collected extracellular vesicles from camel milk (CM-EVs) by"
            + " ultracentrifugation.\n\n";

    @Test
    void aLaterUseOfACodeNameGivesTheSourceRow() throws Exception {
        TestSupport.assertClaimsOfText(dir, INTRODUCTION + "Results\n\nCM-EVs carried microRNAs into macrophages.\n", "carried",
                List.of("ExtracellularVesicle derivedFrom CamelMilk"), List.of());
    }

    @Test
    void aBareAnaphorGivesNone() throws Exception {
        // "the vesicles" names no source: the anaphor keeps the qualifier, and no source row is written
        TestSupport.assertClaimsOfText(dir, INTRODUCTION + "Results\n\nCM-EVs were stable. The vesicles carried microRNAs into"
                + " macrophages.\n", "The vesicles",
                List.of("ExtracellularVesicle[CamelMilk] carries MicroRNA"), List.of("ExtracellularVesicle derivedFrom CamelMilk"));
    }

    @Test
    void aCodeThatSpellsNoSourceGivesNone() throws Exception {
        // "QX" spells neither camel milk nor anything else the text named: the name keeps its source as qualifier only
        TestSupport.assertClaimsOfText(dir, "Notes\n\nWe collected extracellular vesicles from camel milk (QX-EVs) by"
                + " ultracentrifugation.\n\nResults\n\nQX-EVs carried microRNAs into macrophages.\n", "QX-EVs carried",
                List.of("ExtracellularVesicle[CamelMilk] carries MicroRNA"),
                List.of("ExtracellularVesicle derivedFrom CamelMilk"));
    }

    @Test
    void aSentenceThatReadsTheOriginGetsNoSecondRow() throws Exception {
        // the sentence's own origin reading stands: the same row once, and no row for the name's kind beside the row of
        // a narrower kind ("Exosome derivedFrom CamelMilk")
        for (String sentence : List.of("CM-EVs shed into camel milk carried microRNAs.",
                "Exosomes within CM-EVs came from camel milk.")) {
            List<String> claims = TestSupport.claimsOfText(dir, INTRODUCTION + "Results\n\n" + sentence + "\n", sentence.substring(0, 14));
            assertEquals(1, claims.stream().filter(c -> c.contains("derivedFrom CamelMilk") && !c.contains("[")).count(),
                    () -> "one source row in " + claims);
        }
    }
}
