package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, branch findings (seventeenth session): uses as indicators stated as findings ("EVs in drainage fluid predict
 * relapse", "urinary EV miR-21 distinguished patients from controls"), the rules of block "branch findings" of
 * claim-rules.yaml, each with invented sentences both ways (src/test/resources/claim-rules/findings-sentences.tsv),
 * through the real pipeline and the project ontology; and a loading technique's participle as the vesicles' modifier
 * ("sonicated exosomes", "saponin-permeabilised milk vesicles") read as loadedBy.
 */
class FindingsAndLoadingParticiplesTest extends RuleBlockSentencesTest {

    @Override
    String fixtures() {
        return "claim-rules/findings-sentences.tsv";
    }

    @Test
    void everyRuleOfTheBlockHasFixturesBothWays() throws Exception {
        ClaimPatterns shipped = ClaimPatterns.defaults();
        for (String id : List.of("vesicles-found-to-predict", "vesicles-found-to-distinguish", "vesicles-found-to-report-response",
                "vesicles-reported-to-distinguish", "vesicles-reported-to-predict",
                "vesicle-finding-predicate", "technique-participle-vesicle")) {
            assertTrue(shipped.rules().stream().anyMatch(r -> r.id().equals(id))
                    || shipped.challengeEvents().stream().anyMatch(e -> e.id().equals(id)), "not shipped: " + id);
            assertFixturesBothWays(id);
        }
    }
}
