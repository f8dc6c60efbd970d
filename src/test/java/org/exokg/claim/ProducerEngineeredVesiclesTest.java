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
 * Issue 15, branch engineered38, convention xxxxxxx: vesicles whose producer cells were transfected or engineered to
 * express the cargo are EngineeredExosome, also in a generic statement of the method; cargo loaded into isolated
 * vesicles is loading only; a text that says its vesicles are not exosomes keeps its EV word
 * ({@code -Dexokg.producerEngineeredVesicles}, OFF; =true turns it on). Invented texts, none from a gold set.
 */
class ProducerEngineeredVesiclesTest {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty("exokg.producerEngineeredVesicles");
    }

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    private static final String ENRICHED = "Exosomes from astrocytes enriched in miR-124 by producer transfection reduced seizures in mice.";

    @Test
    void producerTransfectionAndItsShapesMakeThemEngineered() throws Exception {
        System.setProperty("exokg.producerEngineeredVesicles", "true");
        for (String text : List.of(ENRICHED,
                "Macrophage exosomes loaded with an siRNA by transfecting the parent cells reduced arthritis in rats.",
                "The first team loads HEK293 exosomes with a Cas9 ribonucleoprotein by fusing Cas9 to a CD81 scaffold.",
                "Exosome yield from engineered HEK293 clones was low.")) {
            List<String> got = claims(text);
            assertTrue(TestSupport.anyContains(got, "EngineeredExosome"), text + " " + got);
        }
    }

    @Test
    void aGenericStatementOfTheMethodIsAboutEngineeredVesicles() throws Exception {
        System.setProperty("exokg.producerEngineeredVesicles", "true");
        List<String> got = claims("Cargo is put into exosomes after purification by sonication, or instead by transfecting the producer cells.");
        assertTrue(got.contains("EngineeredExosome loadedBy Transfection"), got.toString());
        assertFalse(TestSupport.anyContains(got, "EngineeredExosome loadedBy Sonication"), got.toString());
    }

    @Test
    void loadingAfterIsolationAControlOrADeniedExosomeKindStayTheirKind() throws Exception {
        System.setProperty("exokg.producerEngineeredVesicles", "true");
        for (String text : List.of(
                "Exosomes from astrocytes were loaded with a Cas9 ribonucleoprotein by electroporation.",
                "Exosomes from astrocytes loaded with curcumin by incubation reduced seizures in mice.",
                "Exosomes from astrocytes after producer transfection with a scrambled siRNA did not reduce seizures in mice.",
                "Astrocyte extracellular vesicles loaded by producer-cell transfection reduced seizures in mice. "
                        + "The vesicles are, strictly, small EVs rather than exosomes.")) {
            List<String> got = claims(text);
            assertFalse(TestSupport.anyContains(got, "EngineeredExosome"), text + " " + got);
        }
    }

    @Test
    void offLeavesThemTheirOwnKind() throws Exception {
        List<String> got = claims(ENRICHED);
        assertFalse(TestSupport.anyContains(got, "EngineeredExosome"), got.toString());
    }
}
