package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, convention www (branch engineeredkind): an anaphor of an engineered preparation the text reports on is that
 * preparation (EngineeredExosome with its source); after a passing mention of an engineered variant in a review, the
 * anaphors of the text's plain preparation stay plain. Invented sentences, real pipeline.
 */
class EngineeredAnaphorKindTest {

    @TempDir
    Path dir;

    @Test
    void anaphorOfTheReportedEngineeredPreparationIsEngineered() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Peptide-displaying exosomes of mesenchymal stem cells reached the "
                + "glomeruli of mice. They carried no calnexin.\n", ".txt");
        List<String> c = TestSupport.claimsOf(e, "They carried", false);
        assertTrue(!c.isEmpty() && c.stream().allMatch(x -> x.startsWith("EngineeredExosome")), c::toString);
    }

    @Test
    void passingEngineeredVariantLeavesThePlainPreparationsAnaphorsPlain() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Exosomes of mesenchymal stem cells reduced joint inflammation in "
                + "arthritic mice, a review of twelve studies found; engineered variants were described in two of them. "
                + "In most studies the exosomes carried CD63.\n", ".txt");
        List<String> c = TestSupport.claimsOf(e, "In most studies", false);
        assertTrue(!c.isEmpty() && c.stream().noneMatch(x -> x.contains("Engineered")), c::toString);
    }
}
