package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch events: challenges and properties stated as events, composed from an attribute (claim-rules.yaml
 * {@code eventAttributes}) and a predicate of its direction ({@code eventPredicates}). Invented sentences, none from a
 * gold set, through the real pipeline; each reading next to a neighbour that must read nothing or the opposite.
 */
class ComposedEventsTest {

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    private static List<String> claimsOf(DocumentExtraction e, String words) {
        return e.claims().stream().filter(c -> c.sentence().text().contains(words))
                .map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + local(c.objectIri()))
                .toList();
    }

    @Test
    void theOppositeLevelOrANegatedOneReadsNoChallenge() throws Exception {
        DocumentExtraction e = extract("Exosomes were tested as carriers of siRNA in a mouse model of glioma. "
                + "The recovery of the vesicles was high in every run. "
                + "The cost of the vesicles was not high. "
                + "The yield of the vesicles is not low.\n");
        assertEquals(List.of(), claimsOf(e, "recovery of the vesicles"));
        assertEquals(List.of(), claimsOf(e, "cost of the vesicles"));
        assertEquals(List.of(), claimsOf(e, "yield of the vesicles"));
    }

    @Test
    void aProblemIsABadFateWhateverTheScale() throws Exception {
        DocumentExtraction e = extract("Exosomes were tested as oral carriers of insulin. "
                + "Storage remains a challenge. "
                + "The purity of milk exosomes is a real problem. "
                + "The stability of the vesicles is a clear advantage.\n");
        assertEquals(List.of("Exosome hasChallenge StorageStability"), claimsOf(e, "Storage remains"));
        assertTrue(claimsOf(e, "purity of milk").contains("Exosome[Milk] hasChallenge LowPurity"), claimsOf(e, "purity of milk").toString());
        assertFalse(claimsOf(e, "clear advantage").stream().anyMatch(c -> c.contains("hasChallenge")), claimsOf(e, "clear advantage").toString());
    }

    @Test
    void anIsolationSaidToBeDifficultIsLeftToItsReasonAndALabelInsideWins() throws Exception {
        DocumentExtraction e = extract("Exosomes were tested as carriers of siRNA in a mouse model of glioma. "
                + "Isolation of exosomes from serum remains difficult. "
                + "Large-scale isolation of exosomes remains difficult.\n");
        assertFalse(claimsOf(e, "from serum remains").stream().anyMatch(c -> c.endsWith("LackOfStandardisedIsolation")),
                claimsOf(e, "from serum remains").toString());
        List<String> scale = claimsOf(e, "Large-scale isolation");
        assertTrue(scale.contains("Exosome hasChallenge Scalability"), scale.toString());
        assertFalse(scale.stream().anyMatch(c -> c.endsWith("LackOfStandardisedIsolation")), scale.toString());
    }

    @Test
    void variationBetweenBatchesAndWhatIsLimitedByAnAttribute() throws Exception {
        DocumentExtraction e = extract("Plant nanovesicles were tested as oral carriers of curcumin. "
                + "Their flavonoid content varied widely between harvests. "
                + "The cargo of exosomes differs between patients and healthy donors of the same age group. "
                + "Plant nanovesicles are not limited by yield.\n");
        assertTrue(claimsOf(e, "between harvests").contains("PlantDerivedNanovesicle hasChallenge BatchVariability"),
                claimsOf(e, "between harvests").toString());
        assertFalse(claimsOf(e, "healthy donors").stream().anyMatch(c -> c.endsWith("BatchVariability")), claimsOf(e, "healthy donors").toString());
        assertTrue(claimsOf(e, "limited by yield").contains("PlantDerivedNanovesicle NOT hasChallenge LowYield"),
                claimsOf(e, "limited by yield").toString());
    }

    @Test
    void aBadScaleOrAnUnknownFragmentIsRefused() {
        String scale = "rules: []\neventAttributes:\n  - id: a\n    noun: 'yield'\n    scale: upward\n    whenBad: LowYield\n";
        IllegalStateException bad = assertThrows(IllegalStateException.class, () -> ClaimPatterns.parse(
                new ByteArrayInputStream(scale.getBytes(StandardCharsets.UTF_8)), "t.yaml"));
        assertTrue(bad.getMessage().contains("scale"), bad.getMessage());
        String fragment = "rules: []\neventPredicates:\n  - id: p\n    says: low\n    pattern: '{nothing}\\s+low'\n"
                + "eventAttributes:\n  - id: a\n    noun: 'yield'\n    scale: higher-better\n    whenBad: LowYield\n";
        IllegalStateException unknown = assertThrows(IllegalStateException.class, () -> ClaimPatterns.parse(
                new ByteArrayInputStream(fragment.getBytes(StandardCharsets.UTF_8)), "t.yaml"));
        assertTrue(unknown.getMessage().contains("unknown fragment"), unknown.getMessage());
    }
}
