package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionRecognizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch invertebrates (twenty-ninth session): invertebrates (model organisms, annelids, insects, ticks,
 * molluscs, crustaceans, cnidarians, sponges, echinoderms and the group words) are vesicle sources written as Organism
 * (convention yyyy), as organismsources made fungi and parasites. Invented texts, each with a near neighbour: an
 * invertebrate's cells stay Cell, its secretion a body fluid, and the words with another sense (the gene Snail, the
 * colour coral, a miRNA sponge) name no organism.
 */
class InvertebrateVesicleSourcesTest {

    @TempDir
    Path dir;

    private List<String> claims(String sentence) throws Exception {
        return TestSupport.claimsOfText(dir, "Results\n\n" + sentence + "\n", sentence.substring(0, 20));
    }

    @Test
    void anEarthwormsVesiclesAreDerivedFromIt() throws Exception {
        List<String> claims = claims("Extracellular vesicles released by the earthworm Eisenia fetida carry antimicrobial peptides.");
        assertTrue(claims.contains("ExtracellularVesicle derivedFrom Organism"), claims.toString());
    }

    @Test
    void modelOrganismsInsectsMolluscsAndGroupWordsNameTheSource() throws Exception {
        for (String sentence : List.of(
                "Exosomes secreted by Drosophila melanogaster carry microRNAs.",
                "Extracellular vesicles isolated from mosquitoes carry microRNAs.",
                "Extracellular vesicles isolated from oysters carry microRNAs.",
                "Extracellular vesicles released by shrimp carry microRNAs.",
                "Extracellular vesicles secreted by marine invertebrates carry microRNAs.")) {
            List<String> claims = claims(sentence);
            assertTrue(claims.stream().anyMatch(c -> c.endsWith("derivedFrom Organism")), sentence + " " + claims);
        }
    }

    /**
     * Near neighbours: cells of an insect are cells (blind 15's gold: Sf9 insect cells, Cell), not the insect, and a tick's
     * saliva is the source of its vesicles (blind 15's gold: Saliva), not the tick.
     */
    @Test
    void invertebrateCellsAndSalivaStayTheSource() throws Exception {
        for (String sentence : List.of("Extracellular vesicles released by Sf9 insect cells display haemagglutinin.",
                "Extracellular vesicles released by C6/36 mosquito cells carry viral RNA.",
                "Exosomes secreted by Drosophila cells carry Wingless.")) {
            List<String> claims = claims(sentence);
            assertTrue(claims.stream().anyMatch(c -> c.endsWith("derivedFrom Cell")), sentence + " " + claims);
            assertFalse(claims.stream().anyMatch(c -> c.contains("derivedFrom Organism") || c.contains("[Organism]")),
                    sentence + " " + claims);
        }
        List<String> saliva = claims("Tick saliva contains extracellular vesicles that carry microRNAs.");
        assertTrue(saliva.stream().anyMatch(c -> c.endsWith("derivedFrom Saliva")), saliva.toString());
        assertFalse(saliva.stream().anyMatch(c -> c.contains("derivedFrom Organism")), saliva.toString());
    }

    /** Near neighbours: the gene Snail, the colour coral and a miRNA sponge are no organisms. */
    @Test
    void wordsWithAnotherSenseNameNoOrganism() {
        MentionRecognizer recognizer = new MentionRecognizer(Lexicon.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE)));
        for (String text : List.of("Exosomal miR-21 induced Snail and Slug in the recipient cells.",
                "The vesicles were stained with a coral dye.",
                "The lncRNA acts as a sponge for miR-21.",
                "Mice were sensitised with house dust mite extract.")) {
            List<Mention> organisms = recognizer.recognize(text, 0, text.length()).stream()
                    .filter(m -> m.term().iri().equals(ExoKg.NS + "Organism")).toList();
            assertEquals(List.of(), organisms, text);
        }
    }
}
