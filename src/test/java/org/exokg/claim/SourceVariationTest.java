package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch variation40 (convention vv): variation between the units a product is made from is BatchVariability
 * of the preparation under discussion (SourceVariation, switch -Dexokg.sourceVariation). Invented texts, none from a
 * gold set; each reading beside a look-alike that must read nothing.
 */
class SourceVariationTest {

    @TempDir
    Path dir;

    @AfterEach
    void off() {
        System.clearProperty("exokg.sourceVariation");
    }

    private static final String OPENING = "Bovine milk exosomes were taken up by intestinal epithelial cells. "
            + "Bovine milk exosomes carried microRNAs and reduced colitis in mice. ";

    private List<String> challenges(String text, String words, boolean on) throws Exception {
        System.setProperty("exokg.sourceVariation", String.valueOf(on));
        DocumentExtraction e = TestSupport.extractText(dir, OPENING + text + "\n", ".txt");
        return e.claims().stream().filter(c -> c.sentence().text().contains(words))
                .map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + local(c.objectIri())
                        + (c.hedged() ? " hedged" : ""))
                .toList();
    }

    @Test
    void variationBetweenTheUnitsIsTheBatchVariabilityOfTheTextsPreparation() throws Exception {
        String s = "Milk from different dairies gave a different vesicle yield.";
        assertTrue(challenges(s, "different dairies", true).contains("Exosome[BovineMilk] hasChallenge BatchVariability"),
                challenges(s, "different dairies", true).toString());
        assertFalse(challenges(s, "different dairies", false).stream().anyMatch(c -> c.contains("BatchVariability")),
                "off, the sentence reads no variation");
        String lots = "Particle counts per vial differed fourfold between the first three clinical lots.";
        assertTrue(challenges(lots, "clinical lots", true).stream().anyMatch(c -> c.startsWith("Exosome[BovineMilk] hasChallenge BatchVariability")),
                challenges(lots, "clinical lots", true).toString());
        String hedged = "Milk collected in other seasons might yield vesicles with different cargo.";
        assertTrue(challenges(hedged, "other seasons", true).contains("Exosome[BovineMilk] hasChallenge BatchVariability hedged"),
                challenges(hedged, "other seasons", true).toString());
    }

    @Test
    void variationNotFoundOrOfAnotherMatterReadsNoVariation() throws Exception {
        for (String s : List.of("The particle yield did not differ between the three clinical lots.",
                "Milk from different dairies gave a similar vesicle yield.",
                "Responses to the exosomes varied widely between patients.",
                "Plasma levels of the cytokine differed between patients and healthy donors.")) {
            String words = s.substring(0, 20);
            assertFalse(challenges(s, words, true).stream().anyMatch(c -> c.contains(" hasChallenge BatchVariability") && !c.contains(" NOT ")),
                    s + " -> " + challenges(s, words, true));
        }
    }
}
