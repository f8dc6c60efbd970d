package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, convention fff (branch conventionrules): vesicles named with a polymer coating put on their membrane (the
 * {@code coatings} words of engineering-words.yaml: PEG, polyethylene glycol) are EngineeredExosome, small EVs too; the
 * same polymer used to precipitate or beside the vesicles leaves them their kind. Invented sentences, real pipeline.
 */
class CoatedVesiclesTest {

    @TempDir
    Path dir;

    private List<String> claims(String sentence, String words) throws Exception {
        return TestSupport.claimsOfText(dir, "Results\n\n" + sentence + "\n", words);
    }

    private static void allEngineered(List<String> claims) {
        assertTrue(!claims.isEmpty() && claims.stream().allMatch(c -> c.startsWith("EngineeredExosome")), claims::toString);
    }

    private static void noneEngineered(List<String> claims) {
        assertTrue(!claims.isEmpty() && claims.stream().noneMatch(c -> c.startsWith("EngineeredExosome")), claims::toString);
    }

    @Test
    void aCoatingBeforeTheVesiclesMakesThemEngineered() throws Exception {
        allEngineered(claims("PEGylated milk exosomes carried curcumin.", "PEGylated"));
        allEngineered(claims("PEG-coated milk exosomes carried curcumin.", "PEG-coated"));
        // the coating's name glued to the vesicles' name
        allEngineered(claims("PEG-exosomes carried curcumin.", "PEG-exosomes"));
        // small EVs are modified vesicles as exosomes are
        allEngineered(claims("PEGylated small extracellular vesicles carried curcumin.", "PEGylated"));
    }

    @Test
    void aCoatingAfterTheVesiclesOrInAClauseMakesThemEngineered() throws Exception {
        allEngineered(claims("Milk exosomes coated with polyethylene glycol carried curcumin.", "coated with"));
        allEngineered(claims("Coating the milk exosomes with polyethylene glycol, we found that they carried curcumin.",
                "Coating the"));
    }

    @Test
    void thePolymerUsedOtherwiseLeavesTheVesiclesTheirKind() throws Exception {
        // PEG precipitation is an isolation method, not a coating
        noneEngineered(claims("Milk exosomes precipitated with polyethylene glycol carried curcumin.", "precipitated"));
        // a coated comparator beside the vesicles
        noneEngineered(claims("Milk exosomes carried curcumin, unlike PEGylated liposomes.", "unlike"));
        // a clause coating something else with PEG
        noneEngineered(claims("Coating the plates with polyethylene glycol, we found that milk exosomes carried curcumin.",
                "Coating the"));
    }
}
