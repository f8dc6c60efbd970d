package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The rule files are found on the class path and read as YAML by one reader; a missing or broken one is refused in one line naming it. */
class RuleFileTest {

    @Test
    void aMissingFileIsNamedWithItsPlace() {
        IllegalStateException shipped = assertThrows(IllegalStateException.class, () -> RuleFile.read("no-such-rules.yaml", CellWords::parse));
        assertEquals("missing rule file org/exokg/claim/no-such-rules.yaml", shipped.getMessage());
        IllegalStateException fromRoot = assertThrows(IllegalStateException.class,
                () -> RuleFile.read("/claim-rules/no-such-rules.yaml", CellWords::parse));
        assertEquals("missing rule file claim-rules/no-such-rules.yaml", fromRoot.getMessage());
    }

    @Test
    void textThatIsNotYamlIsRefusedInOneLineNamingTheFileAndWhere() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RuleFile.read("/claim-rules/not-yaml.yaml", CellWords::parse));
        assertTrue(e.getMessage().startsWith("not-yaml.yaml: not YAML (line "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aReadersOwnErrorNamesTheFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CellWords.parse(
                new ByteArrayInputStream("populationHeads: ['cells?']\ntissueCellHeads: ['mscs?']\n".getBytes(StandardCharsets.UTF_8)), "t.yaml"));
        assertEquals("t.yaml: section 'unnamingWords' missing or not a list", e.getMessage());
        IllegalStateException badWord = assertThrows(IllegalStateException.class, () -> CellWords.parse(new ByteArrayInputStream(
                "populationHeads: ['cells(']\ntissueCellHeads: ['mscs?']\nunnamingWords: [the]\n".getBytes(StandardCharsets.UTF_8)), "t.yaml"));
        assertTrue(badWord.getMessage().startsWith("t.yaml: section 'populationHeads': bad regular expression 'cells('"), badWord.getMessage());
    }

    @Test
    void aSmallFileIsReadAndItsWordsAreTheOnesUsed() {
        CellWords small = RuleFile.read("/claim-rules/cell-words-small.yaml", CellWords::parse);
        assertTrue(small.populationName().matcher("Dendritic cells").matches());
        assertTrue(small.populationName().matcher("microglia").matches());
        assertFalse(small.populationName().matcher("macrophages").matches(), "not a word of the small file");
        assertTrue(small.tissueCells().matcher("bone marrow MSCs").find());
        assertTrue(small.unnaming().matcher("Parent").matches());
        assertFalse(small.unnaming().matcher("donor").matches(), "not a word of the small file");
        assertEquals("(?:secrete[sd]?)", small.releaseVerbs(), "the verbs of giving off are the file's (branch producers)");
        CellWords shipped = CellWords.defaults();
        assertTrue(shipped.populationName().matcher("macrophages").matches() && shipped.unnaming().matcher("donor").matches());
    }

    @Test
    void aKeyGivenTwiceInOneEntryIsRefusedWithItsLine() {
        String yaml = "rules:\n  - id: r\n    unlessBefore: 'not'\n    unlessBefore: 'whether'\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RuleFile.yaml(new ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "t.yaml"));
        assertTrue(e.getMessage().startsWith("t.yaml: not YAML (line 4"), e.getMessage());
        assertTrue(e.getMessage().contains("unlessBefore"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
