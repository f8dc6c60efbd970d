package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, branch triggers3 (seventeenth session): small trigger gaps (the hedged "may serve to" with the vesicles'
 * cargo as subject, a treatment monitored, vesicles that become imaging probes), the rules of block "branch triggers3"
 * of claim-rules.yaml, each with invented sentences both ways (src/test/resources/claim-rules/triggers3-sentences.tsv),
 * through the real pipeline and the project ontology.
 */
class SmallTriggerGapsTest extends RuleBlockSentencesTest {

    @Override
    String fixtures() {
        return "claim-rules/triggers3-sentences.tsv";
    }

    @Test
    void everyRuleOfTheBlockHasFixturesBothWays() throws Exception {
        ClaimPatterns shipped = ClaimPatterns.defaults();
        for (String id : List.of("hedged-vesicle-cargo-serves-to-application", "monitoring-of-treatment", "vesicle-becomes-imaging-probe")) {
            assertTrue(shipped.rules().stream().anyMatch(r -> r.id().equals(id))
                    || shipped.challengeEvents().stream().anyMatch(e -> e.id().equals(id)), "not shipped: " + id);
            assertFixturesBothWays(id);
        }
    }
}
