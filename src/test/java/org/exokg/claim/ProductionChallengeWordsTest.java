package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.exokg.mention.Lexicon;
import org.exokg.mention.MentionRecognizer;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch challengewords36: clinical challenges of production named in other words (ontology/exokg.ttl, block
 * "Branch challengewords36"; switched-labels.tsv, switch {@code -Dexokg.productionChallengeWords}, ON; a second family,
 * {@code -Dexokg.standardisationWords}, OFF). Invented sentences,
 * none from a gold set; each wording next to a neighbour that must read nothing, and the switch the other way.
 */
@ExtendWith(WithoutClaimConfidence.class)
class ProductionChallengeWordsTest {

    private static final String SWITCH = "exokg.productionChallengeWords";

    @AfterEach
    void reset() {
        System.clearProperty(SWITCH);
    }

    @TempDir
    Path dir;

    private static List<String> mentions(String text) {
        Lexicon lexicon = Lexicon.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        return new MentionRecognizer(lexicon).recognize(text, 0, text.length()).stream()
                .map(m -> m.surface() + "=" + m.iri().substring(m.iri().lastIndexOf('/') + 1)).toList();
    }

    @Test
    void theWordsNameTheChallengesOnlyWithTheSwitch() {
        String text = "Keratinocytes secrete fewer vesicles, and the scale of production is small.";
        System.setProperty(SWITCH, "true");
        List<String> on = mentions(text);
        assertTrue(on.contains("secrete fewer vesicles=LowYield"), on.toString());
        assertTrue(on.contains("scale of production=Scalability"), on.toString());
        System.setProperty(SWITCH, "false");
        List<String> off = mentions(text);
        assertFalse(off.stream().anyMatch(m -> m.endsWith("=LowYield") || m.endsWith("=Scalability")),
                off.toString());
    }

    @Test
    void theGeneralWordsStayNoChallenge() {
        System.setProperty(SWITCH, "true");
        List<String> easy = mentions("Liposomes are easy to produce at scale and in large amounts, at a cost per dose of ten euros.");
        assertFalse(easy.stream().anyMatch(m -> m.endsWith("=Scalability") || m.endsWith("=HighCost") || m.endsWith("=LowYield")),
                easy.toString());
        List<String> cargo = mentions("The vesicles carried small amounts of carotenoids, and stressed cells released fewer vesicles.");
        assertFalse(cargo.stream().anyMatch(m -> m.endsWith("=LowYield")), cargo.toString());
    }

    /** Through the pipeline, whose lexicon is read once per run: only the switch on is tried here (the mentions above
     * show it off). */
    @Test
    void aSentenceOfTheVesiclesReadsTheChallenge() throws Exception {
        String text = "Milk exosomes reduce colitis in mice. Milk exosomes are released in small amounts by each cell.\n";
        System.setProperty(SWITCH, "true");
        List<String> got = TestSupport.claimsOf(TestSupport.extractText(dir, text, ".txt"), "released in small", false);
        assertTrue(got.stream().anyMatch(c -> c.contains("Exosome[Milk] hasChallenge LowYield")), got.toString());
    }

    /** The second family, OFF by its measurement: its words name LackOfStandardisation only with the switch on. */
    @Test
    void standardisationWordsOnlyWithTheirSwitch() {
        String text = "The assay needs to be standardised, and there is no agreed way to isolate the particles.";
        List<String> off = mentions(text);
        assertFalse(off.contains("needs to be standardised=LackOfStandardisation"), off.toString());
        System.setProperty("exokg.standardisationWords", "true");
        try {
            List<String> on = mentions(text);
            assertTrue(on.contains("needs to be standardised=LackOfStandardisation"), on.toString());
            assertTrue(on.contains("no agreed way to isolate=LackOfStandardisedIsolation"), on.toString());
        } finally {
            System.clearProperty("exokg.standardisationWords");
        }
    }
}
