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
 * Issue 15, branch engineered41, convention z ("with the preparation's derivedFrom rows"): a source row read in a sentence
 * that names an engineered prefixed code and its base bare is the engineered arm's too
 * ({@code -Dexokg.engineeredCodeSources}, OFF; =true turns it on). Invented texts, none from a gold set.
 */
class EngineeredCodeSourcesTest {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty("exokg.engineeredCodeSources");
    }

    private static final String BOTH = "We inserted a cholesterol-anchored aptamer against nucleolin into the membrane of MSC-sEVs "
            + "(Apt-MSC-sEVs). Apt-MSC-sEVs reached gliomas more often than MSC-sEVs or HEK293 sEVs.";

    private List<String> claimsOf(String words) throws Exception {
        return TestSupport.claimsOfText(dir, BOTH, words);
    }

    @Test
    void theSharedSourceRowIsTheEngineeredArmsToo() throws Exception {
        System.setProperty("exokg.engineeredCodeSources", "true");
        List<String> got = claimsOf("reached gliomas");
        assertTrue(TestSupport.anyContains(got, "EngineeredExosome derivedFrom MesenchymalStemCell"), got.toString());
        assertTrue(TestSupport.anyContains(got, "SmallExtracellularVesicle derivedFrom MesenchymalStemCell"), got.toString());
        // the third preparation's source is not the engineered arm's
        assertFalse(TestSupport.anyContains(got, "EngineeredExosome derivedFrom HEK293Cell"), got.toString());
    }

    @Test
    void aLoadedCodeAndTheSwitchOffGiveNoEngineeredSource() throws Exception {
        System.setProperty("exokg.engineeredCodeSources", "true");
        List<String> loaded = TestSupport.claimsOfText(dir, "We loaded MSC-sEVs with doxorubicin (Dox-MSC-sEVs). "
                + "Dox-MSC-sEVs reached gliomas more often than MSC-sEVs.", "reached gliomas");
        assertFalse(TestSupport.anyContains(loaded, "EngineeredExosome"), loaded.toString());
        System.clearProperty("exokg.engineeredCodeSources");
        List<String> off = claimsOf("reached gliomas");
        assertFalse(TestSupport.anyContains(off, "EngineeredExosome derivedFrom"), off.toString());
    }
}
