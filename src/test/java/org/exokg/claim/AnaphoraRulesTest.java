package org.exokg.claim;

import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The discourse rules of the recall3 work (vesicle anaphora, "these cells") and its other rule families, on
 * invented short texts (none from a gold set), through the real pipeline so that sentences are read in order.
 */
class AnaphoraRulesTest {

    @TempDir
    Path dir;

    /** Claims of the last sentence of {@code text} ("subject relation object", "subject NOT relation object" when denied). */
    private List<String> lastSentenceClaims(String text) throws Exception {
        var extraction = TestSupport.extractText(dir, text, ".txt");
        var sentences = extraction.sentences();
        var last = sentences.get(sentences.size() - 1).first();
        return extraction.claims().stream().filter(c -> c.sentence().equals(last))
                .map(c -> triples(List.of(c)).get(0).replace(" " + c.relation().localName() + " ",
                        (c.negated() ? " NOT " : " ") + c.relation().localName() + " "))
                .toList();
    }

    @Test
    void aDefiniteBareVesicleNounInsideASentenceIsTheLastNamedVesicle() throws Exception {
        assertEquals(List.of("Exosome hasChallenge RapidClearance"),
                lastSentenceClaims("Exosomes from platelets were given to mice. The main weakness was the rapid clearance of the vesicles."));
        assertEquals(List.of("ExtracellularVesicle hasChallenge HighCost"),
                lastSentenceClaims("EVs were produced in flasks. Making such vesicles for patients is expensive."));
        assertEquals(List.of("Exosome hasChallenge LowYield"),
                lastSentenceClaims("Exosomes were collected by ultracentrifugation. The method gave a low yield of vesicles."));
        // other vesicles than those under discussion: since convention p (branch goldconv6) "bacterial vesicles" name their
        // own source, so the claims are theirs, never the exosomes' before
        assertEquals(List.of("ExtracellularVesicle hasChallenge LowYield", "ExtracellularVesicle derivedFrom Bacterium"),
                lastSentenceClaims("Exosomes were collected. The method gave a low yield of bacterial vesicles."));
        // no vesicle named earlier in the section: nothing to refer to
        assertEquals(List.of(), lastSentenceClaims("The method gave a low yield of vesicles."));
    }

    @Test
    void pronounsReferToTheLastNamedVesicleUnlessAnotherTermMayBeMeant() throws Exception {
        // branch goldconv: uptake by cells is also the vesicles' CellularUptake (lead's convention)
        assertEquals(List.of("Exosome targets Macrophage", "Exosome hasProperty CellularUptake"),
                lastSentenceClaims("Exosomes were labelled with a dye. Within an hour, macrophages engulfed them."));
        assertEquals(List.of("Exosome hasChallenge Heterogeneity"),
                lastSentenceClaims("Exosomes were isolated from plasma. Nobody has tested repeated doses. Their heterogeneity is a problem."));
        // the previous sentence opens with cells: "They" may be the cells
        assertEquals(List.of(), lastSentenceClaims("Exosomes were isolated. Dendritic cells were then cultured. They crossed the blood-brain barrier."));
        // a term of another kind before a mid-sentence pronoun may be what it means
        assertEquals(List.of(), lastSentenceClaims(
                "Exosomes were isolated. Chronic inflammation harms neurons, preventing them from reducing inflammation."));
    }

    @Test
    void anaphoraStaysInsideItsSection() throws Exception {
        assertEquals(List.of(), lastSentenceClaims("# Methods\n\nExosomes were isolated from milk.\n\n# Results\n\nThe vesicles crossed the blood-brain barrier.\n"));
        assertEquals(List.of("Exosome crosses BloodBrainBarrier"),
                lastSentenceClaims("# Results\n\nExosomes were isolated from milk. The vesicles crossed the blood-brain barrier.\n"));
    }

    @Test
    void aVesicleNamedOnlyInsideAnotherTermIsNoAntecedent() throws Exception {
        assertEquals(List.of(), lastSentenceClaims("Exosome therapy is being tested in trials. The vesicles crossed the blood-brain barrier."));
    }

    @Test
    void anAnaphorMeansTheKindItsAntecedentWasReadAs() throws Exception {
        assertTrue(lastSentenceClaims("Ginger-derived nanovesicles were prepared. Their low toxicity was confirmed.")
                .contains("PlantDerivedNanovesicle hasProperty LowToxicity"));
    }

    @Test
    void theseCellsAreTheCellTypeNamedBefore() throws Exception {
        assertEquals(List.of("Exosome derivedFrom Macrophage", "Exosome treats InflammatoryDisease"),
                lastSentenceClaims("Exosomes derived from macrophages were studied. In rats, exosomes from these cells reduced inflammation."));
        // no cell type named before: "these cells" says nothing, bare "cells" is never a source claim
        assertEquals(List.of("Exosome treats InflammatoryDisease"),
                lastSentenceClaims("Exosomes were studied. In rats, exosomes from these cells reduced inflammation."));
    }

    @Test
    void newTriggers() throws Exception {
        assertEquals(List.of("Exosome carries RNA", "Exosome NOT carries DNA"),
                (lastSentenceClaims("Exosomes carried RNA but lacked DNA.")));
        // a harm denied after a verb of causing is the vesicles' low toxicity (convention bbb; branch dev29)
        assertEquals(List.of("Exosome hasProperty LowToxicity"),
                (lastSentenceClaims("Exosomes did not provoke inflammation in mice.")));
        assertEquals(List.of("Exosome NOT contributesTo InflammatoryDisease"),
                (lastSentenceClaims("Exosomes did not worsen inflammation in mice.")));
        assertEquals(List.of("Exosome crosses BloodBrainBarrier"), lastSentenceClaims("Exosomes may pass the blood-brain barrier."));
        assertEquals(List.of("Exosome targets Cancer"), lastSentenceClaims("Exosomes accumulated in the tumour."));
        assertEquals(List.of("ExtracellularVesicle hasChallenge StorageStability"),
                lastSentenceClaims("Poor storage stability may limit the shelf life of EV products."));
        assertEquals(List.of("Exosome hasChallenge SafetyConcern"), lastSentenceClaims("Exosomes from tumours can cause adverse effects.")
                .stream().filter(t -> !t.contains("derivedFrom")).toList());
    }

    @Test
    void precisionGuards() throws Exception {
        // leaving the blood is no origin
        assertEquals(List.of(), lastSentenceClaims("Exosomes were rapidly cleared from the blood within minutes.").stream()
                .filter(t -> t.contains("derivedFrom")).toList());
        // an ingredient of the culture medium is no source
        assertEquals(List.of(), lastSentenceClaims("EVs were collected from serum-containing medium.").stream()
                .filter(t -> t.contains("derivedFrom")).toList());
        // but a conditioned medium names the cells
        assertTrue(lastSentenceClaims("EVs were collected from the medium of macrophages.").contains("ExtracellularVesicle derivedFrom Macrophage"));
    }

    @Test
    void synonymsOfChallengesAndProperties() throws Exception {
        assertEquals(List.of("ExtracellularVesicle hasChallenge LowPurity"), lastSentenceClaims("The EVs were contaminated with albumin.")
                .stream().filter(t -> !t.contains("carries")).toList());
        assertEquals(List.of("Exosome hasChallenge BatchVariability"),
                lastSentenceClaims("Batch-to-batch differences remain a hurdle for exosome therapy.").subList(0, 1));
        assertEquals(List.of("Exosome hasProperty SmallSize"), lastSentenceClaims("Exosomes have a small diameter."));
    }
}
