package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, branch triggers5 (nineteenth session): the rules of block "branch triggers5" of claim-rules.yaml and the uses
 * their readings imply (impliedProperties with {@code relation: usedFor}), each with invented sentences both ways
 * (src/test/resources/claim-rules/triggers5-sentences.tsv), through the real pipeline and the project ontology.
 */
class TriggerFramesFifthPassTest extends RuleBlockSentencesTest {

    @Override
    String fixtures() {
        return "claim-rules/triggers5-sentences.tsv";
    }

    @Test
    void everyRuleOfTheBlockHasFixturesBothWays() throws Exception {
        for (String id : List.of("vesicle-delivers-cargo-to-disease", "vesicle-reprogrammes-myeloid-cells",
                "vesicle-shifts-myeloid-cells-anti-inflammatory",
                "source-named-in-vesicle (a sentence with no other term)")) {
            assertFixturesBothWays(id);
        }
    }

    @Test
    void anImpliedUseNamesItsRelationAndOnlyHasPropertyOrUsedForAreAccepted() {
        ClaimPatterns shipped = ClaimPatterns.defaults();
        ClaimPatterns.ImpliedProperty use = shipped.impliedProperties().stream()
                .filter(p -> p.id().equals("delivery-to-disease-is-drug-delivery")).findFirst().orElseThrow();
        assertEquals(Relation.USED_FOR, use.relation());
        ClaimPatterns.ImpliedProperty uptake = shipped.impliedProperties().stream()
                .filter(p -> p.id().equals("uptake-is-cellular-uptake")).findFirst().orElseThrow();
        assertEquals(Relation.HAS_PROPERTY, uptake.relation());
        String bad = """
                rules:
                  - id: a-rule
                    relation: targets
                    objects: [disease]
                    order: vesicle-first
                    triggers: ['deliver\\\\w*']
                impliedProperties:
                  - id: implied-treats
                    whenRules: [a-rule]
                    relation: treats
                    property: Cancer
                """;
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ClaimPatterns.parse(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.yaml"));
        assertTrue(e.getMessage().contains("implied-treats") && e.getMessage().contains("relation"), e.getMessage());
    }
}
