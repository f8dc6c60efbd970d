package org.exokg.claim;

import static org.exokg.TestSupport.projectLexicon;
import static org.exokg.TestSupport.resource;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.exokg.document.Sentence;
import org.exokg.mention.MentionRecognizer;
import org.junit.jupiter.api.Test;

/** The claim rules are data (claim-rules.yaml): a curator's file changes extraction, a broken one is refused. */
class ClaimRuleFileTest {

    private static List<Claim> claims(ClaimPatterns patterns, String sentence) {
        Sentence s = new Sentence(0, sentence.length(), sentence, null, List.of());
        return new ClaimExtractor(projectLexicon(), patterns).extract(sentence, s,
                new MentionRecognizer(projectLexicon()).recognize(sentence, 0, sentence.length()), ClaimExtractor.Discourse.NONE);
    }

    private static ClaimPatterns fixture() throws IOException {
        try (InputStream in = Files.newInputStream(resource("claim-rules/curator-rules.yaml"))) {
            return ClaimPatterns.parse(in, "curator-rules.yaml");
        }
    }

    private static ClaimPatterns parse(String yaml) {
        return ClaimPatterns.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "broken.yaml");
    }

    @Test
    void aTriggerAddedInTheFileChangesExtractionAndIsNamedByTheClaim() throws IOException {
        String sentence = "Exosomes lug proteins to distant organs.";
        assertEquals(List.of(), claims(ClaimPatterns.defaults(), sentence), "the shipped rules have no such trigger");
        List<Claim> found = claims(fixture(), sentence);
        assertEquals(List.of("Exosome carries Protein"), triples(found));
        assertEquals("curator-vesicle-lugs-cargo", found.get(0).rule());
    }

    @Test
    void aRemappingInTheFileChangesTheObject() throws IOException {
        assertEquals(List.of("Exosome carries NucleicAcid"), triples(claims(fixture(), "Exosomes lug microRNAs to neurons.")));
        // the shipped file does not remap the cargo; it reads the cells the cargo is carried to as the target (rules
        // vesicle-brings-cargo-to-cells of branch hedged, which holds dev11's vesicle-carries-cargo-to-cells since branch precision2)
        assertEquals(List.of("Exosome carries MicroRNA", "Exosome targets Neuron"),
                triples(claims(ClaimPatterns.defaults(), "Exosomes carry microRNAs to neurons.")));
    }

    @Test
    void theShippedRemappingsAreData() {
        ClaimPatterns.Remapped r = ClaimPatterns.defaults().remap(Relation.CONTRIBUTES_TO, org.exokg.ExoKg.NS + "Cancer");
        assertEquals(org.exokg.ExoKg.NS + "TumorPromotion", r.objectIri());
        assertEquals(List.of("contributes-to-cancer-is-tumour-promotion"), r.remappings());
        assertEquals(Relation.HAS_CHALLENGE, ClaimPatterns.defaults().remap(Relation.CONTRIBUTES_TO, org.exokg.ExoKg.NS + "SafetyConcern").relation());
        assertTrue(ClaimPatterns.defaults().rules().stream().anyMatch(x -> x.id().equals("vesicle-carries-cargo")));
    }

    @Test
    void aBrokenEntryIsRefusedNamingIt() {
        String head = "rules:\n  - id: good\n    relation: carries\n    objects: [cargo]\n    order: vesicle-first\n    triggers: ['carr\\w*']\n";
        assertEquals(1, parse(head).rules().size());
        IllegalStateException badRegex = assertThrows(IllegalStateException.class, () -> parse(head
                + "  - id: unclosed\n    relation: carries\n    objects: [cargo]\n    order: vesicle-first\n    triggers: ['carr(ies']\n"));
        assertTrue(badRegex.getMessage().contains("rule 'unclosed'") && badRegex.getMessage().contains("bad regular expression"),
                badRegex.getMessage());
        IllegalStateException badRelation = assertThrows(IllegalStateException.class, () -> parse(head
                + "  - id: wrong-relation\n    relation: cures\n    objects: [cargo]\n    order: vesicle-first\n    triggers: [x]\n"));
        assertTrue(badRelation.getMessage().contains("rule 'wrong-relation'") && badRelation.getMessage().contains("cures"),
                badRelation.getMessage());
        IllegalStateException badType = assertThrows(IllegalStateException.class, () -> parse(head
                + "  - id: vesicle-object\n    relation: carries\n    objects: [vesicle]\n    order: vesicle-first\n    triggers: [x]\n"));
        assertTrue(badType.getMessage().contains("rule 'vesicle-object'"), badType.getMessage());
        IllegalStateException noId = assertThrows(IllegalStateException.class, () -> parse(head
                + "  - relation: carries\n    objects: [cargo]\n    order: vesicle-first\n    triggers: [x]\n"));
        assertTrue(noId.getMessage().contains("rule 2") && noId.getMessage().contains("'id'"), noId.getMessage());
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> parse(head + head.substring("rules:\n".length())));
        assertTrue(twice.getMessage().contains("rule 'good'") && twice.getMessage().contains("twice"), twice.getMessage());
        IllegalStateException badRemap = assertThrows(IllegalStateException.class, () -> parse(head
                + "remappings:\n  - id: r1\n    when: {relation: carries, object: MicroRNA}\n    then: {}\n"));
        assertTrue(badRemap.getMessage().contains("remapping 'r1'"), badRemap.getMessage());
        assertThrows(IllegalStateException.class, () -> parse("rules: [unclosed\n"));
    }
}
