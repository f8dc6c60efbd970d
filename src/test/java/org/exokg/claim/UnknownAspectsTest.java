package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch challenge39: an aspect of the vesicles named by "their" that the field does not know ("their role in
 * epilepsy is unknown") is their LackOfCharacterisation (convention aaaaa; event misses36-unknown-aspect, switch
 * -Dexokg.unknownAspects). Invented sentences, on and off, and look-alikes that must read no gap.
 */
@ExtendWith(WithoutClaimConfidence.class)
class UnknownAspectsTest {

    @AfterEach
    void reset() {
        System.clearProperty("exokg.unknownAspects");
    }

    @TempDir
    Path dir;

    private List<String> challenges(String text, String words, boolean on) throws Exception {
        System.setProperty("exokg.unknownAspects", Boolean.toString(on));
        return TestSupport.challengesOfText(dir, text, words);
    }

    @Test
    void print() throws Exception {
        for (String s : List.of("Exosomes from astrocytes have been linked to neuroinflammation, but their role in epilepsy is unknown.",
                "Plant nanovesicles protect the gut. Their biogenesis is still poorly understood.",
                "Stem cell vesicles shorten kidney injury in several models, but their active cargo and target cells remain unclear.",
                "Exosomes from astrocytes have been linked to neuroinflammation. The role of inflammation in epilepsy is unknown.",
                "Exosomes from astrocytes were collected. Their yield is unknown.")) {
            String w = s.substring(s.length() - 25);
            System.out.println("OFF " + s + " -> " + challenges(s + "\n", w, false));
            System.out.println("ON  " + s + " -> " + challenges(s + "\n", w, true));
        }
    }
}
