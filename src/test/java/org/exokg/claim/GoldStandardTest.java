package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the real extractor (lexicon from ontology/exokg.ttl) against hand-curated claims: the seed corpus
 * (gold/corpus-claims.tsv) and invented held-out texts (gold/heldout-claims.tsv). Prints P/R/F1 per relation,
 * false positives and negatives; asserts floors that the current rules reach with a margin, so a change
 * that makes extraction systematically worse fails.
 */
class GoldStandardTest {

    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static final Path HELDOUT = Path.of("src/test/resources/documents/heldout");

    private static DocumentGraphBuilder builder;

    @BeforeAll
    static void loadLexicon() {
        builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
    }

    private static List<DocumentExtraction> extract(Path... files) throws Exception {
        List<DocumentExtraction> all = new ArrayList<>();
        for (Path f : files) {
            all.addAll(builder.extract(f));
        }
        return all;
    }

    @Test
    void seedCorpusAgainstGold() throws Exception {
        GoldStandard.Evaluation ev = GoldStandard.evaluate(GoldStandard.readRows(GOLD.resolve("corpus-claims.tsv")),
                extract(Path.of("corpus/exosome-drug-carriers-cancer-review.txt"),
                        Path.of("corpus/exosome-nanocarriers-summary.txt")));
        System.out.println(ev.report("seed corpus vs gold/corpus-claims.tsv"));
        GoldStandard.Score all = ev.overall();
        assertTrue(all.precision() >= 0.85, () -> String.format(Locale.ROOT, "precision %.3f < 0.85", all.precision()));
        assertTrue(all.recall() >= 0.70, () -> String.format(Locale.ROOT, "recall %.3f < 0.70", all.recall()));
    }

    @Test
    void heldOutTextsAgainstExpectedClaims() throws Exception {
        GoldStandard.Evaluation ev = GoldStandard.evaluate(GoldStandard.readRows(GOLD.resolve("heldout-claims.tsv")),
                extract(HELDOUT.resolve("dendritic-exosome-sirna.txt"), HELDOUT.resolve("jats-plant-nanovesicles.xml"),
                        HELDOUT.resolve("pubmed-msc-immunogenicity.xml")));
        System.out.println(ev.report("held-out texts vs gold/heldout-claims.tsv"));
        GoldStandard.Score all = ev.overall();
        assertTrue(all.precision() >= 0.85, () -> String.format(Locale.ROOT, "precision %.3f < 0.85", all.precision()));
        assertTrue(all.recall() >= 0.70, () -> String.format(Locale.ROOT, "recall %.3f < 0.70", all.recall()));
    }

    @Test
    void sentenceIdentityIgnoresCitationsListMarkersAndFinalPunctuation() {
        assertEquals(GoldStandard.sentenceIdentity("Exosomes carry lipids to the target cells."),
                GoldStandard.sentenceIdentity("Exosomes carry  lipids to the target cells [10]."));
        assertEquals(GoldStandard.sentenceIdentity("2.  Exosomes can cross the BBB."),
                GoldStandard.sentenceIdentity("Exosomes can cross the BBB"));
        assertTrue(!GoldStandard.sentenceIdentity("Exosomes can cross the BBB.")
                .equals(GoldStandard.sentenceIdentity("Exosomes cannot cross the BBB.")));
    }
}
