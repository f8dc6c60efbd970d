package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, branch triggers2 (seventeenth session): the rules of block "branch triggers2" of claim-rules.yaml, each with
 * invented sentences both ways (src/test/resources/claim-rules/triggers2-sentences.tsv), through the real pipeline and
 * the project ontology; and the rule key {@code objectFirstGap}.
 */
class MoreTriggersTest extends RuleBlockSentencesTest {

    @Override
    String fixtures() {
        return "claim-rules/triggers2-sentences.tsv";
    }

    @Test
    void everyRuleOfTheBlockHasFixturesBothWays() throws Exception {
        for (String id : List.of("technique-puts-amount-into-vesicle", "vesicle-inside-cells", "vesicle-slows-disease",
                "kept-through-months-of-storage")) {
            assertFixturesBothWays(id + (id.equals("technique-puts-amount-into-vesicle") ? " (objectFirstGap)" : ""));
        }
    }

    @Test
    void objectFirstGapIsReadAndBoundedToObjectFirstRules() throws Exception {
        ClaimPatterns shipped = ClaimPatterns.defaults();
        ClaimRule wide = shipped.rules().stream().filter(r -> r.id().equals("technique-puts-amount-into-vesicle")).findFirst().orElseThrow();
        assertEquals(16, shipped.objectFirstGap(wide));
        ClaimRule plain = shipped.rules().stream().filter(r -> r.id().equals("technique-loads-cargo-into-vesicle")).findFirst().orElseThrow();
        assertEquals(ClaimPatterns.OBJECT_FIRST_GAP, shipped.objectFirstGap(plain));
        assertEquals(16, shipped.widestObjectFirstGap());
        try (InputStream in = Files.newInputStream(TestSupport.resource("claim-rules/object-first-gap-bad.yaml"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ClaimPatterns.parse(in, "object-first-gap-bad.yaml"));
            assertTrue(e.getMessage().contains("wide-gap-on-wrong-order") && e.getMessage().contains("objectFirstGap"), e.getMessage());
        }
    }
}
