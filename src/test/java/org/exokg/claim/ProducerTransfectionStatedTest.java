package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch engineeredstates37: the phrase after the vesicles names the transfection of their producer cells as
 * the means ("enriched in miR-21 by producer transfection", "loaded with mRNA by transfecting the parent cells"): they are
 * EngineeredExosome (convention z; {@code -Dexokg.producerTransfectionStated}, OFF; =true turns it on). Near neighbours:
 * loading by electroporation or incubation, a bare "by transfection", a control transfection. Invented texts, none from a
 * gold set.
 */
class ProducerTransfectionStatedTest {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty("exokg.producerTransfectionStated");
    }

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    private static final String ENRICHED = "Exosomes from astrocytes enriched in miR-124 by producer transfection reduced seizures in mice.";

    @Test
    void producerTransfectionNamedAfterTheVesiclesMakesThemEngineered() throws Exception {
        System.setProperty("exokg.producerTransfectionStated", "true");
        List<String> enriched = claims(ENRICHED);
        assertTrue(TestSupport.anyContains(enriched, "EngineeredExosome"), enriched.toString());
        List<String> parent = claims("Macrophage exosomes loaded with an siRNA by transfecting the parent cells reduced arthritis in rats.");
        assertTrue(TestSupport.anyContains(parent, "EngineeredExosome"), parent.toString());
        List<String> hyphen = claims("Any exosome loaded with mRNA by producer-cell transfection is covered by the claim.");
        assertTrue(TestSupport.anyContains(hyphen, "EngineeredExosome"), hyphen.toString());
    }

    @Test
    void nearNeighboursKeepTheirKind() throws Exception {
        System.setProperty("exokg.producerTransfectionStated", "true");
        for (String text : List.of(
                "Exosomes from astrocytes loaded with miR-124 by electroporation reduced seizures in mice.",
                "Exosomes from astrocytes loaded with curcumin by incubation reduced seizures in mice.",
                "Exosomes from astrocytes were loaded with miR-124 by transfection and reduced seizures in mice.",
                "Cargo can be put into exosomes by sonication, or instead by transfecting the parent cells with a plasmid.",
                "Exosomes from astrocytes after producer transfection with a scrambled siRNA did not reduce seizures in mice.")) {
            List<String> got = claims(text);
            assertFalse(TestSupport.anyContains(got, "EngineeredExosome"), text + " " + got);
        }
    }

    @Test
    void offLeavesThemTheirOwnKind() throws Exception {
        List<String> enriched = claims(ENRICHED);
        assertFalse(TestSupport.anyContains(enriched, "EngineeredExosome"), enriched.toString());
    }
}
