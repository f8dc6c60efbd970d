package org.exokg.claim;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, branch triggers6 (twentieth session): the rules of block "branch triggers6" of claim-rules.yaml (the loading
 * verb before a named vesicle, a molecule on the vesicles, a comparison of contents, vesicles that calm immune cells and
 * the use that implies, cells with a participle phrase that release vesicles, a fluid of donors that contains them, a
 * named label before modified vesicles), and the challenge event of organ-function measures not raised, each with invented sentences both
 * ways (src/test/resources/claim-rules/triggers6-sentences.tsv), through the real pipeline and the project ontology.
 */
class UnreadVesicleSentencesTest extends RuleBlockSentencesTest {

    @Override
    String fixtures() {
        return "claim-rules/triggers6-sentences.tsv";
    }

    @Test
    void everyRuleOfTheBlockHasFixturesBothWays() throws Exception {
        for (String id : List.of("verb-loads-named-vesicle-with-cargo", "cargo-on-vesicle", "vesicle-has-more-cargo",
                "vesicle-calms-immune-cells", "modified-cells-release-vesicles", "fluid-of-donors-contains-vesicles",
                "dye-labelled-modified-vesicle", "vesicle-bound-cells", "organ-measures-not-raised (challenge event)")) {
            assertFixturesBothWays(id);
        }
    }
}
