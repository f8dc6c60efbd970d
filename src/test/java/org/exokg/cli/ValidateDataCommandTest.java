package org.exokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.exokg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exokg validate --data}: the SHACL shapes over a real TDB2 store. */
class ValidateDataCommandTest {

    static Path storeWith(Path dir, String fixture) {
        try (GraphStore store = GraphStore.open(dir)) {
            store.write(() -> RDFDataMgr.read(store.dataset(), "src/test/resources/shapes/" + fixture));
        }
        return dir;
    }

    @Test
    void aConformingStoreExitsZeroAndSaysSo(@TempDir Path dir) {
        Path store = storeWith(dir.resolve("tdb2"), "conforming.trig");
        CliRunner r = CliRunner.run("validate", "--data", "--store", store.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains(": conforms: "), r.out());
        assertTrue(r.out().contains(" 0 violations, 0 warnings"), r.out());
    }

    @Test
    void violationsAreListedAndTheExitCodeIsOne(@TempDir Path dir) {
        Path store = storeWith(dir.resolve("tdb2"), "violating.trig");
        CliRunner r = CliRunner.run("validate", "--data", "--store", store.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.out().contains("does NOT conform"), r.out());
        assertTrue(r.out().contains("Violation: <https://w3id.org/exokg/resource/sentence/s1> "
                + "<https://w3id.org/exokg/ontology/startOffset> = \"40\"^^xsd:integer: A sentence has one "
                + "exokg:startOffset (xsd:integer >= 0), less than its exokg:endOffset"), r.out());
        assertTrue(r.err().contains("SHACL violation(s)"), r.err());
    }

    @Test
    void aMissingStoreIsAnErrorNotAnEmptySuccess(@TempDir Path dir) {
        CliRunner r = CliRunner.run("validate", "--data", "--store", dir.resolve("none").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("no store at"), r.err());
    }
}
