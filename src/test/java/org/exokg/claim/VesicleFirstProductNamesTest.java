package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch displaycodes (twenty-seventh session): a product name that opens with a vesicle short form and a
 * hyphen ("exo-AAV", "Exo-AAV", "EXO-STING") names the engineered preparation the text defines for it (convention z;
 * NamedPreparations.vesicleFirst; switch -Dexokg.noVesicleFirstNames), its lower-case definition used capitalised at a
 * sentence's start. Without a definition by vesicles such a word ("ExoFect", "Exo-AAV" alone) is no vesicle. Invented
 * sentences, each with a near neighbour.
 */
class VesicleFirstProductNamesTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text, ".txt");
        return e.claims().stream()
                .map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + local(c.objectIri())
                        + (c.hedged() ? " HEDGED" : ""))
                .distinct().toList();
    }

    @Test
    void aLowerCaseDefinitionIsUsedCapitalisedAsTheEngineeredPreparation() throws Exception {
        List<String> got = claims("Viral vectors bound to exosomes of HEK293 cells during production (exo-AAV) resist antibodies. "
                + "Exo-AAV particles carried CD9 and CD81.");
        assertTrue(got.contains("EngineeredExosome[HEK293Cell] carries Cd9"), got.toString());
    }

    @Test
    void anUndefinedVesicleFirstNameIsNoVesicle() throws Exception {
        List<String> got = claims("Exo-AAV particles carried CD9 and CD81.");
        assertFalse(got.stream().anyMatch(c -> c.contains("carries Cd9")), got.toString());
    }

    @Test
    void aBrandWordIsNoVesicle() throws Exception {
        List<String> got = claims("Cells were transfected with ExoFect. ExoFect carried CD9 and CD81.");
        assertFalse(got.stream().anyMatch(c -> c.contains("carries Cd9")), got.toString());
    }
}
