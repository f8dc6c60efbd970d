package org.exokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValidateCommandTest {

    @Test
    void realOntologyIsClean() {
        CliRunner r = CliRunner.run("validate");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("consistent, 0 unsatisfiable classes"), r.out());
        assertTrue(r.out().contains("0 errors"), r.out());
    }

    @Test
    void brokenOntologyListsEveryOffenderAndFails() {
        CliRunner r = CliRunner.run("validate", "--ontology", "src/test/resources/ontology/broken-quality.ttl");
        assertEquals(1, r.exitCode());
        assertTrue(r.out().contains("unsatisfiable_class\thttps://w3id.org/exokg/ontology/Lipoprotein"), r.out());
        assertTrue(r.out().contains("missing_label\thttps://w3id.org/exokg/ontology/Unlabelled"), r.out());
        assertTrue(r.err().contains("error(s)"), r.err());
    }

    @Test
    void missingFileIsOneLineErrorWithExitOne() {
        CliRunner r = CliRunner.run("validate", "--ontology", "nowhere.ttl");
        assertEquals(1, r.exitCode());
        assertEquals("exokg: nowhere.ttl: no such file", r.err().strip());
    }

    @Test
    void unknownSubcommandOrOptionIsUsageErrorWithExitTwo() {
        CliRunner bogus = CliRunner.run("frobnicate");
        assertEquals(2, bogus.exitCode());
        assertTrue(bogus.err().contains("Unmatched argument"), bogus.err());
        CliRunner option = CliRunner.run("validate", "--no-such-option");
        assertEquals(2, option.exitCode());
        assertTrue(option.err().contains("Unknown option"), option.err());
    }

    @Test
    void helpListsSubcommands() {
        CliRunner r = CliRunner.run("--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("validate"), r.out());
    }
}
