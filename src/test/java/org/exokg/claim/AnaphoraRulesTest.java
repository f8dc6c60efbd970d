package org.exokg.claim;

import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentGraphBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The discourse rules of the recall3 work (vesicle anaphora, "these cells") and its other rule families, on
 * invented short texts (none from a gold set), through the real pipeline so that sentences are read in order.
 */
class AnaphoraRulesTest {

    private static DocumentGraphBuilder builder;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
    }

    /** Claims of the last sentence of {@code text} ("subject relation object", with NOT and [qualifier]). */
    private List<String> lastSentenceClaims(String text) throws Exception {
        Path f = dir.resolve("t" + System.nanoTime() + ".txt");
        Files.writeString(f, text);
        var extraction = builder.extract(f).get(0);
        var sentences = extraction.sentences();
        var last = sentences.get(sentences.size() - 1).first();
        return triples(extraction.claims().stream().filter(c -> c.sentence().equals(last)).toList());
    }

    @Test
    void debugTheseCells() throws Exception {
        System.out.println(lastSentenceClaims("Exosomes derived from neural crest cells were studied. In rats, exosomes from these cells reduced inflammation."));
        System.out.println(lastSentenceClaims("Exosomes derived from macrophages were studied. In rats, exosomes from these cells reduced inflammation."));
    }
}
