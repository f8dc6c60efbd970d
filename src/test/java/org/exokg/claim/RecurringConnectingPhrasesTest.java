package org.exokg.claim;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, branch triggers7 (twenty-first session): the rules of block "branch triggers7" of claim-rules.yaml
 * (connecting phrases between a named vesicle and a found object that recur across documents and genres: an amount of
 * cargo put into the vesicles, markers the vesicles kept, cells in a place that took them up, vesicles that reached a
 * diseased place, vesicles that carry cargo to a place), each with invented sentences both ways
 * (src/test/resources/claim-rules/triggers7-sentences.tsv), through the real pipeline and the project ontology.
 */
class RecurringConnectingPhrasesTest extends RuleBlockSentencesTest {

    @Override
    String fixtures() {
        return "claim-rules/triggers7-sentences.tsv";
    }

    @Test
    void everyRuleOfTheBlockHasFixturesBothWays() throws Exception {
        for (String id : List.of("cargo-amount-put-into-vesicle", "vesicle-kept-listed-markers", "cells-somewhere-take-up-vesicle",
                "vesicle-reaches-diseased-place", "vesicle-carries-cargo-to-place", "technique-compared-in-loading",
                "vesicle-reaches-blood-from-gut", "vesicle-caused-no-harm",
                "harm-of-the-body-absent (challenge event)", "antibodies-against-vesicles-absent (challenge event)",
                "antibodies-of-a-class-raised (challenge event)")) {
            assertFixturesBothWays(id);
        }
    }
}
