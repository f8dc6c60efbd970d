package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, branch triggers4 (eighteenth session): the rules of block "branch triggers4" of claim-rules.yaml, frames of
 * sentences that name a vesicle but read nothing, each with invented sentences both ways
 * (src/test/resources/claim-rules/triggers4-sentences.tsv), through the real pipeline and the project ontology; and the
 * rule key {@code acrossClause}.
 */
class UnreadVesicleFramesTest extends RuleBlockSentencesTest {

    @Override
    String fixtures() {
        return "claim-rules/triggers4-sentences.tsv";
    }

    @Test
    void everyRuleOfTheBlockHasFixturesBothWays() throws Exception {
        for (String id : List.of("cells-given-the-vesicles", "cargo-enriched-in-vesicles", "marker-positive-vesicles",
                "vesicle-keeps-its-markers", "opening-source-owns-its-vesicles (acrossClause)", "source-and-its-vesicles",
                "source-treated-then-its-vesicles-collected", "vesicle-takes-up-cargo", "vesicle-closes-wounds",
                "vesicle-acts-on-cells-verb-more", "cells-the-vesicles-were-added-to (acrossClause)", "vesicle-added-to-cells",
                "cells-after-exposure-to-vesicles", "vesicle-eases-measure-in-animals-with-disease")) {
            assertFixturesBothWays(id);
        }
    }

    @Test
    void acrossClauseIsReadAndBoundedToObjectFirstRules() throws Exception {
        ClaimPatterns shipped = ClaimPatterns.defaults();
        ClaimRule across = shipped.rules().stream().filter(r -> r.id().equals("opening-source-owns-its-vesicles")).findFirst().orElseThrow();
        ClaimRule plain = shipped.rules().stream().filter(r -> r.id().equals("cells-possess-vesicle")).findFirst().orElseThrow();
        assertTrue(shipped.acrossClause(across));
        assertFalse(shipped.acrossClause(plain));
        assertTrue(shipped.anyAcrossClause());
        try (InputStream in = Files.newInputStream(TestSupport.resource("claim-rules/across-clause-bad.yaml"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ClaimPatterns.parse(in, "across-clause-bad.yaml"));
            assertTrue(e.getMessage().contains("across-clause-on-wrong-order") && e.getMessage().contains("acrossClause"), e.getMessage());
        }
    }
}
