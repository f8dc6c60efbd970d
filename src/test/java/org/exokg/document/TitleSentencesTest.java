package org.exokg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import org.junit.jupiter.api.Test;

/** TitleSentences' lexical test for a finite verb (moved from SentencesWithOwnSubjectTest, branch switchcleanup). */
class TitleSentencesTest {

    @Test
    void theFiniteVerbIsFoundWhereTheTitleTestFindsIt() {
        assertEquals("Synthetic carriers ".length(), TitleSentences.finiteVerbStart("Synthetic carriers are cleared by the liver"));
        assertEquals("Breast milk vesicles ".length(), TitleSentences.finiteVerbStart("Breast milk vesicles could protect the gut"));
        assertEquals(-1, TitleSentences.finiteVerbStart("Platelet exosomes carrying temozolomide"));
        assertFalse(TitleSentences.hasFiniteVerb("Vesicles for spinal cord repair"));
    }
}
