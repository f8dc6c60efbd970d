package org.exokg.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.ExoKg;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, branch vocabulary40: a term the lexicon did not name, as its source ontology names it (ontology/exokg.ttl,
 * block "Branch vocabulary40"; switched-labels.tsv): UBERON's "round window" (UBERON:0002502 "round window of inner
 * ear", exact synonym "round window") on BiologicalBarrier, behind {@code -Dexokg.barrierNames40}. Invented sentences,
 * none from a gold set; the term next to a look-alike that must read nothing.
 */
class Vocabulary40Test {

    @AfterEach
    void off() {
        System.clearProperty("exokg.barrierNames40");
    }

    /** "surface=Class" for each mention of the sentence, with a lexicon built under the current switches. */
    private static List<String> mentions(String text) {
        Lexicon lexicon = Lexicon.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        return new MentionRecognizer(lexicon).recognize(text, 0, text.length()).stream()
                .map(m -> m.surface() + "=" + m.iri().substring(m.iri().lastIndexOf('/') + 1)).toList();
    }

    @Test
    void roundWindowIsABarrierWithTheSwitchOn() {
        String text = "Labelled vesicles passed the round window membrane of guinea pigs within an hour.";
        System.setProperty("exokg.barrierNames40", "true");
        List<String> on = mentions(text);
        assertTrue(on.stream().anyMatch(m -> m.startsWith("round window") && m.endsWith("=BiologicalBarrier")),
                on.toString());
        List<String> longer = mentions("Gel was placed next to the round window of inner ear in each animal.");
        assertTrue(longer.contains("round window of inner ear=BiologicalBarrier"), longer.toString());
        System.setProperty("exokg.barrierNames40", "false");
        List<String> off = mentions(text);
        assertFalse(off.stream().anyMatch(m -> m.endsWith("=BiologicalBarrier")), "off: " + off);
    }

    @Test
    void otherWindowsAndRoundThingsAreNoBarrier() {
        System.setProperty("exokg.barrierNames40", "true");
        List<String> lookAlike = mentions("A round vesicle sat near the window of the culture dish, and the oval window was intact.");
        assertFalse(lookAlike.stream().anyMatch(m -> m.endsWith("=BiologicalBarrier")), lookAlike.toString());
        List<String> time = mentions("Within the time window of the study, a second round of dosing was given.");
        assertFalse(time.stream().anyMatch(m -> m.endsWith("=BiologicalBarrier")), time.toString());
    }
}
