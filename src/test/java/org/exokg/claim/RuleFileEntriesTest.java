package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * (branch mend19) Every list section of every rule and word file is read by one entry reader ({@link RuleFile#entries}):
 * an unknown key, a missing id, an id or a key given twice is refused in one line naming the file and the entry.
 */
class RuleFileEntriesTest {

    /** A small reader of the fixtures: sections "cues" and "breaks" (optional) of entries with a pattern and an example. */
    private static List<RuleFile.Entry> read(String fixture) {
        return RuleFile.read("/claim-rules/" + fixture, (in, name) -> {
            Map<?, ?> root = RuleFile.sections(in, name, "cue lists");
            Set<String> ids = new HashSet<>();
            List<RuleFile.Entry> all = new java.util.ArrayList<>(RuleFile.entries(RuleFile.section(root, "cues", name), "cues", name, ids,
                    Set.of("pattern", "example")));
            all.addAll(RuleFile.entries(RuleFile.optionalSection(root, "breaks", name), "breaks", name, ids,
                    Set.of("pattern", "example", "fromCue")));
            return all;
        });
    }

    private static String refusal(String fixture) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read(fixture));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void anUnknownKeyIsRefusedNamingTheFileTheEntryAndTheKey() {
        assertEquals("entries-unknown-key.yaml: cues 'second': unknown key 'patern' (known: id, example, pattern)",
                refusal("entries-unknown-key.yaml"));
    }

    @Test
    void aMissingIdIsRefusedNamingTheEntryByItsNumber() {
        assertEquals("entries-no-id.yaml: cues 2: no 'id'", refusal("entries-no-id.yaml"));
    }

    @Test
    void anIdGivenTwiceInTheFileIsRefusedEvenAcrossSections() {
        assertEquals("entries-id-twice.yaml: breaks 'modal': id given twice", refusal("entries-id-twice.yaml"));
    }

    @Test
    void aKeyGivenTwiceInOneEntryIsRefusedWithTheFileAndLine() {
        String message = refusal("entries-key-twice.yaml");
        assertTrue(message.startsWith("entries-key-twice.yaml: not YAML (line 5"), message);
        assertTrue(message.contains("pattern"), message);
    }

    @Test
    void aWellFormedFileGivesItsEntriesInOrderWithTheirKeys() {
        List<RuleFile.Entry> entries = read("entries-good.yaml");
        assertEquals(List.of("modal", "modal-past", "contrast"), entries.stream().map(RuleFile.Entry::id).toList());
        assertEquals("may reduce", entries.get(0).optionalText("example"));
        assertEquals(null, entries.get(1).optionalText("example"));
        assertEquals("whereas", entries.get(2).text("pattern"));
        assertTrue(entries.get(2).flag("fromCue"));
        assertFalse(entries.get(0).flag("fromCue"));
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> entries.get(2).text("example"));
        assertEquals("entries-good.yaml: breaks 'contrast': 'example' missing or not text", missing.getMessage());
    }

    @Test
    void aWordListIsOneGroupOfAlternativesAndABadWordIsRefused() {
        String words = RuleFile.read("/claim-rules/entries-good.yaml",
                (in, name) -> RuleFile.words(RuleFile.section(RuleFile.sections(in, name, "lists"), "words", name), "words", name));
        assertEquals("(?:secrete[sd]?|release[sd]?)", words);
        IllegalStateException empty = assertThrows(IllegalStateException.class, () -> RuleFile.words(List.of(), "words", "w.yaml"));
        assertEquals("w.yaml: section 'words' has no words", empty.getMessage());
        IllegalStateException bad = assertThrows(IllegalStateException.class, () -> RuleFile.words(List.of("cells("), "words", "w.yaml"));
        assertTrue(bad.getMessage().startsWith("w.yaml: section 'words': bad regular expression 'cells('"), bad.getMessage());
    }

    /** A reader of one rule or word file, given its text and the name its errors use. */
    @FunctionalInterface
    private interface Reader {
        void read(java.io.InputStream in, String name);
    }

    private static void assertUnknownKeyRefused(Reader reader, String yaml, String entry, String key) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> reader.read(new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "x.yaml"));
        assertTrue(e.getMessage().startsWith("x.yaml: ") && e.getMessage().contains("'" + entry + "': unknown key '" + key + "'"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void everyReaderOfEntriesRefusesAMisspeltKeyTheSameWay() {
        assertUnknownKeyRefused(Cues::parse, "negation: [{id: n, patern: 'not'}]\n", "n", "patern");
        assertUnknownKeyRefused(StatementStance::parse, "notAsserted: [{id: a, patern: 'x'}]\n", "a", "patern");
        assertUnknownKeyRefused(TopicPreparation::parse, "carriers: [{id: c, pattern: 'x', example: 'x', fromCue: true}]\nbreaks: []\n",
                "c", "fromCue");
        assertUnknownKeyRefused(BareVesicleExclusions::parse, "other-before: [{id: b, pattern: 'x', exemple: 'x'}]\n", "b", "exemple");
        assertUnknownKeyRefused(DiseaseFocus::parse, "generics: [{id: g, klass: Cancer}]\n", "g", "klass");
        assertUnknownKeyRefused(EngineeredPreparations::parse, "ligandClasses: [{id: l, word: [Antibody]}]\n", "l", "word");
        assertUnknownKeyRefused((in, name) -> ArgumentReader.parse(in, name, ClaimPatterns.defaults()),
                "arguments: [{id: a, relation: carries, slot: ['subject object']}]\n", "a", "slot");
        assertUnknownKeyRefused(VerbObjectReading::parse, "verbClasses: [{id: v, verb: [give]}]\nreadings: []\n", "v", "verb");
        assertUnknownKeyRefused(ClaimPatterns::parse, "rules: [{id: r, relation: carries, objects: [cargo], order: vesicle-first, "
                + "triggers: [carr], unlesBefore: 'not'}]\n", "r", "unlesBefore");
    }
}
