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
 * The readings the lead's gold conventions of the eleventh session need (issue 15, branch goldconv): uptake by cells is
 * targeting the cells and the vesicles' cellular uptake; a standardised practice said to be a hurdle (no isolation named)
 * is a lack of standardisation. Invented sentences, each next to a near neighbour that must read otherwise.
 */
class GoldConventionReadingsTest {

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    private static List<String> claimsOf(DocumentExtraction e, String words) {
        return TestSupport.claimsOf(e, words, true);
    }

    @Test
    void uptakeByCellsIsTargetingAndCellularUptake() throws Exception {
        DocumentExtraction e = extract("Exosomes from dendritic cells were taken up by macrophages within an hour. "
                + "Kupffer cells rapidly engulfed the exosomes. "
                + "These vesicles might be internalised by neurons.\n");
        List<String> first = claimsOf(e, "within an hour");
        assertTrue(first.contains("Exosome[DendriticCell] targets Macrophage"), first.toString());
        assertTrue(first.contains("Exosome[DendriticCell] hasProperty CellularUptake"), first.toString());
        assertTrue(claimsOf(e, "rapidly engulfed").contains("Exosome[DendriticCell] hasProperty CellularUptake"), claimsOf(e, "rapidly engulfed").toString());
        // the hedge of the reading is the hedge of the property it implies; "These vesicles" are the dendritic-cell
        // exosomes of the chain (the anaphor convention, read through the bare "the exosomes" since branch topicprep)
        List<String> hedged = claimsOf(e, "might be internalised");
        assertTrue(hedged.contains("Exosome[DendriticCell] targets Neuron (hedged)")
                && hedged.contains("Exosome[DendriticCell] hasProperty CellularUptake (hedged)"),
                hedged.toString());
    }

    @Test
    void aDeniedOrSlowedUptakeOrAnOrganStatesNoCellularUptake() throws Exception {
        DocumentExtraction e = extract("Exosomes were not taken up by hepatocytes. "
                + "CD47 on exosomes has been proposed to slow their uptake by macrophages. "
                + "Most exosomes were taken up by the liver.\n");
        List<String> denied = claimsOf(e, "not taken up");
        assertTrue(denied.contains("Exosome NOT targets Hepatocyte"), denied.toString());
        assertFalse(denied.stream().anyMatch(c -> c.contains("CellularUptake")), denied.toString());
        assertFalse(claimsOf(e, "slow their uptake").stream().anyMatch(c -> c.contains("CellularUptake")), claimsOf(e, "slow their uptake").toString());
        // an organ is no cell: the uptake rules read cells only, and nothing is implied
        assertFalse(claimsOf(e, "by the liver").stream().anyMatch(c -> c.contains("CellularUptake")), claimsOf(e, "by the liver").toString());
    }

    @Test
    void notByOneCellTypeButByAnotherIsUptake() throws Exception {
        DocumentExtraction e = extract("The exosomes were not taken up by hepatocytes but by resident macrophages.\n");
        List<String> c = claimsOf(e, "resident macrophages");
        assertTrue(c.contains("Exosome targets Macrophage") && c.contains("Exosome hasProperty CellularUptake"), c.toString());
        assertTrue(c.contains("Exosome NOT targets Hepatocyte"), c.toString());
    }

    @Test
    void aStandardisedPracticeSaidToBeAHurdleIsALackOfStandardisation() throws Exception {
        DocumentExtraction e = extract("Exosomes in plasma are studied as markers of sepsis. "
                + "Standardised sample handling is still a major hurdle for such studies.\n");
        assertEquals(List.of("Exosome[BloodPlasma] hasChallenge LackOfStandardisation"), claimsOf(e, "sample handling"));
    }

    @Test
    void isolationNamedStaysLackOfStandardisedIsolationAndAStandardInUseReadsNothing() throws Exception {
        DocumentExtraction e = extract("Exosomes in plasma are studied as markers of sepsis. "
                + "Standardised isolation methods are still lacking. "
                + "Standardised sample handling was used in every centre.\n");
        List<String> isolation = claimsOf(e, "isolation methods");
        assertTrue(isolation.contains("Exosome[BloodPlasma] hasChallenge LackOfStandardisedIsolation"), isolation.toString());
        assertFalse(isolation.contains("Exosome[BloodPlasma] hasChallenge LackOfStandardisation"), isolation.toString());
        assertEquals(List.of(), claimsOf(e, "in every centre"));
    }

    @Test
    void anImpliedPropertyMustNameARuleOfTheFile() {
        String yaml = "rules:\n  - id: r1\n    relation: targets\n    objects: [source]\n    order: vesicle-first\n"
                + "    triggers: ['taken up by']\n    example: x\n"
                + "impliedProperties:\n  - id: p1\n    whenRules: [no-such-rule]\n    property: CellularUptake\n";
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ClaimPatterns.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml"));
        assertTrue(refused.getMessage().contains("no rule 'no-such-rule'"), refused.getMessage());
        ClaimPatterns ok = ClaimPatterns.parse(new ByteArrayInputStream(yaml.replace("no-such-rule", "r1")
                .getBytes(StandardCharsets.UTF_8)), "test.yaml");
        assertEquals("CellularUptake", local(ok.impliedProperties().get(0).propertyIri()));
    }
}
