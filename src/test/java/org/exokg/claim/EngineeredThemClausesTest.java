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
 * Issue 15, branch anaphorkinds37: a clause of the writers modifying the vesicles right after them (", and we engineered
 * them to display", ", which we modified with") makes them EngineeredExosome, and the bare "the vesicles" after them keep
 * that kind ({@code -Dexokg.engineeredThemClauses}, OFF; =true turns it on). Near neighbours: a clause that does something
 * else to them, vesicles of unmodified cells. Invented texts, none from a gold set.
 */
class EngineeredThemClausesTest {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty("exokg.engineeredThemClauses");
    }

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    private static final String THEM = "We took exosomes from human muscle cells, and we engineered them to display a muscle peptide."
            + " The vesicles carried an oligonucleotide to the heart.";

    @Test
    void theWritersModifyingClauseMakesThemAndTheirAnaphorsEngineered() throws Exception {
        System.setProperty("exokg.engineeredThemClauses", "true");
        List<String> them = claims(THEM);
        assertTrue(them.contains("EngineeredExosome derivedFrom MuscleCell"), them.toString());
        assertTrue(TestSupport.anyContains(them, "EngineeredExosome[MuscleCell] carries"), them.toString());
        assertFalse(TestSupport.anyContains(them, "Exosome[MuscleCell] carries") && !TestSupport.anyContains(them, "EngineeredExosome[MuscleCell] carries"), them.toString());
        List<String> which = claims("HEK293 cells released exosomes, which we modified with a brain-targeting peptide."
                + " The exosomes reduced tumour growth in mice.");
        assertTrue(TestSupport.anyContains(which, "EngineeredExosome"), which.toString());
    }

    @Test
    void nearNeighboursKeepTheirKind() throws Exception {
        System.setProperty("exokg.engineeredThemClauses", "true");
        List<String> counted = claims("We took exosomes from human muscle cells, and we counted them with a flow cytometer."
                + " The vesicles carried an oligonucleotide to the heart.");
        assertFalse(TestSupport.anyContains(counted, "EngineeredExosome"), counted.toString());
        List<String> plain = claims("Exosomes from HEK293 cells were isolated. The exosomes reduced tumour growth in mice.");
        assertFalse(TestSupport.anyContains(plain, "EngineeredExosome"), plain.toString());
    }

    @Test
    void offLeavesThemTheirOwnKind() throws Exception {
        List<String> them = claims(THEM);
        assertFalse(TestSupport.anyContains(them, "EngineeredExosome"), them.toString());
    }
}
