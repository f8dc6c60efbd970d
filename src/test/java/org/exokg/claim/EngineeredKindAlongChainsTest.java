package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (issue 15, branch anaphorarms) The engineered kind of a preparation carries along the whole chain of its mentions
 * (convention z), not one step: an anaphor read as engineered through its antecedent passes the kind on to the anaphors
 * that refer back to it, and a mention that heads a name defined for engineered vesicles ("The exosomes, called KX-Exos")
 * passes it to the pronoun after it. The near neighbour: the same chain of plain exosomes stays Exosome. Invented texts;
 * the expectations follow the switch -Dexokg.noEngineeredChains.
 */
class EngineeredKindAlongChainsTest {

    @TempDir
    Path dir;

    private static final String CHAIN = "The exosomes, called KX-Exos, are loaded with the siRNA by electroporation. They carry the "
            + "protein CD47 on their surface. Biopsies showed that the exosomes reached the tumour cells. The exosomes caused "
            + "no toxicity.";

    private List<String> claims(String text, String sentenceStart) throws Exception {
        return TestSupport.claimsOfText(dir, text + "\n", sentenceStart);
    }

    @Test
    void aPronounAfterANamedEngineeredPreparationIsEngineered() throws Exception {
        List<String> c = claims("Doctors reported a trial of engineered exosomes that carry an siRNA against mutant KRAS. " + CHAIN,
                "They carry");
        assertTrue(c.contains(ClaimExtractor.ENGINEERED_CHAINS ? "EngineeredExosome carries Cd47" : "Exosome carries Cd47"),
                c.toString());
    }

    @Test
    void theKindCarriesToTheLastAnaphorOfTheChain() throws Exception {
        List<String> c = claims("Doctors reported a trial of engineered exosomes that carry an siRNA against mutant KRAS. " + CHAIN,
                "The exosomes caused");
        assertTrue(c.contains(ClaimExtractor.ENGINEERED_CHAINS
                ? "EngineeredExosome hasProperty LowToxicity" : "Exosome hasProperty LowToxicity"), c.toString());
    }

    @Test
    void aChainOfPlainExosomesStaysPlain() throws Exception {
        List<String> c = claims("Doctors reported a trial of exosomes that carry an siRNA against mutant KRAS. " + CHAIN,
                "The exosomes caused");
        assertTrue(c.contains("Exosome hasProperty LowToxicity"), c.toString());
        assertFalse(c.contains("EngineeredExosome hasProperty LowToxicity"), c.toString());
    }
}
