package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, convention z (branch engineeredkind): producer cells modified in a clause before their vesicles, written in
 * the present passive ("the cells are transfected with ..., so that the exosomes they secrete") or as a reduced relative
 * ("producer cells transfected with a plasmid ... released exosomes"), make the vesicles EngineeredExosome; a control
 * transfection, or cells that only release vesicles, leave them the noun's kind. Invented sentences, real pipeline.
 */
class ProducerClauseEngineeredTest {

    @TempDir
    Path dir;

    private List<String> claims(String text, String sentenceStart) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text, ".txt");
        return TestSupport.claimsOf(e, sentenceStart, false);
    }

    @Test
    void presentPassiveTransfectionMakesTheSecretedVesiclesEngineered() throws Exception {
        List<String> c = claims("In one embodiment, the stem cells are transfected with a plasmid encoding miR-21, "
                + "so that the exosomes they secrete already contain it.\n", "In one embodiment");
        assertTrue(c.contains("EngineeredExosome derivedFrom StemCell"), c::toString);
    }

    @Test
    void cellsThatOnlySecreteVesiclesKeepThemPlain() throws Exception {
        List<String> c = claims("In one embodiment, the stem cells are grown in bioreactors, "
                + "so that the exosomes they secrete can be collected.\n", "In one embodiment");
        assertTrue(c.contains("Exosome derivedFrom StemCell") && c.stream().noneMatch(x -> x.contains("Engineered")), c::toString);
    }

    @Test
    void reducedRelativeTransfectionMakesTheReleasedVesiclesEngineered() throws Exception {
        List<String> c = claims("Kidney cells transfected with a plasmid encoding a short hairpin RNA released exosomes "
                + "that reduced glioblastoma growth in mice.\n", "Kidney cells transfected");
        assertTrue(!c.isEmpty() && c.stream().filter(x -> x.contains("Exosome")).allMatch(x -> x.startsWith("EngineeredExosome")),
                c::toString);
    }

    @Test
    void controlTransfectionLeavesTheReleasedVesiclesPlain() throws Exception {
        List<String> c = claims("Kidney cells transfected with a scrambled siRNA released exosomes "
                + "that reduced glioblastoma growth in mice.\n", "Kidney cells transfected");
        assertTrue(!c.isEmpty() && c.stream().noneMatch(x -> x.contains("Engineered")), c::toString);
    }
}
