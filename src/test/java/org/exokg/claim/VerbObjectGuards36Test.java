package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, branch verbobject36 (docs/extraction.md, "The verb-object reading with guards"): each guard added to the
 * verb-object reading from the shapes of the design sets' wrong claims, with a near neighbour the reading still reads.
 * Invented sentences through the real extractor and the project ontology, with the reading on; only its own claims.
 */
class VerbObjectGuards36Test {

    private static List<String> read(String sentence) {
        return VerbObjectReadingTest.read(sentence);
    }

    @Test
    void aVerbOfCarryingHasCargoAsItsObject() {
        assertEquals(List.of(), read("Exosomes carry heterogeneity."));
        assertEquals(List.of("Exosome hasChallenge Heterogeneity {verb-object-has-challenge}"), read("Exosomes inherit heterogeneity."));
        assertEquals(List.of(), read("Exosomes harbour hepatocytes."));
        assertEquals(List.of("Exosome targets Hepatocyte {verb-object-targets}"), read("Exosomes befriended hepatocytes."));
        assertEquals(List.of(), read("Exosomes contained colitis."));
        assertEquals(List.of("Exosome treats InflammatoryDisease {verb-object-treats}"), read("Exosomes soothed colitis."));
        // the cargo itself is still read
        assertEquals(List.of("Exosome carries ImagingProbe {verb-object-carries}"), read("Exosomes tote imaging probes."));
    }

    @Test
    void haveAsTheMainVerbStatesNoUse() {
        assertEquals(List.of(), read("Exosomes have drug delivery."));
        assertEquals(List.of("Exosome usedFor DrugDelivery {verb-object-used-for}"), read("Exosomes befriend drug delivery."));
        // a property the vesicles have is still read
        assertEquals(List.of("Exosome hasProperty Stability {verb-object-has-property}"), read("Exosomes had remarkable stability."));
    }

    @Test
    void cellsRestoredOrDamagedAreNoTarget() {
        assertEquals(List.of(), read("Exosomes restored hepatocytes."));
        assertEquals(List.of(), read("Exosomes replenished hepatocytes."));
        assertEquals(List.of(), read("Exosomes damaged hepatocytes."));
        assertEquals(List.of("Exosome targets Hepatocyte {verb-object-targets}"), read("Exosomes lysed hepatocytes."));
    }

    @Test
    void aSecondDiseaseBesideOneTreatedIsItsSign() {
        assertEquals(List.of(), read("Exosomes treated stroke in mice and soothed colitis."));
        assertEquals(List.of("Exosome treats InflammatoryDisease {verb-object-treats}"), read("Exosomes lowered the weight scores and soothed colitis."));
    }
}
