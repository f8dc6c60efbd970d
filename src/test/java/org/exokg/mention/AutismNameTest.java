package org.exokg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.ExoKg;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, branch goldconv35 (question g): "autism", the common name of autism spectrum disorder, is read as Disease
 * ({@code -Dexokg.autismName}, ON; =false leaves the label unread), and the full name still reads as one mention.
 * Invented sentences, none from a gold set.
 */
class AutismNameTest {

    @AfterEach
    void clear() {
        System.clearProperty("exokg.autismName");
    }

    /** "surface=Class" for each mention of the sentence, with a lexicon built under the current switches. */
    private static List<String> mentions(String text) {
        Lexicon lexicon = Lexicon.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        return new MentionRecognizer(lexicon).recognize(text, 0, text.length()).stream()
                .map(m -> m.surface() + "=" + m.iri().substring(m.iri().lastIndexOf('/') + 1)).toList();
    }

    @Test
    void autismIsReadAsADisease() {
        List<String> m = mentions("The clinic offered vesicle infusions for autism and for cerebral palsy.");
        assertTrue(m.contains("autism=Disease"), m.toString());
        List<String> full = mentions("Children with autism spectrum disorder were not enrolled.");
        assertEquals(1, full.stream().filter(x -> x.endsWith("=Disease")).count(), full.toString());
        assertTrue(full.contains("autism spectrum disorder=Disease"), full.toString());
    }

    @Test
    void offLeavesTheLabelUnread() {
        System.setProperty("exokg.autismName", "false");
        List<String> m = mentions("The clinic offered vesicle infusions for autism.");
        assertTrue(m.stream().noneMatch(x -> x.startsWith("autism=")), m.toString());
        assertTrue(mentions("Children with autism spectrum disorder were not enrolled.").contains("autism spectrum disorder=Disease"));
    }
}
