package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.document.TitleSentences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (issue 15, branch ownsubject) A sentence that names no vesicle takes the previous sentence's vesicles as its subject
 * (the implicit subject); with -Dexokg.ownSubject=true (ClaimExtractor.OWN_SUBJECT, off by default: it cost more right
 * claims than it removed wrong ones on the development sets, docs/extraction.md "Sentences with their own subject") it
 * does so only where the clause has no subject of its own before its finite verb: a look-alike carrier, people, a
 * document ("Synthetic carriers ...", "We ...", "A chapter ...") blocks it; the claim's own term ("Yields from milk
 * were low"), a technique ("Sonication loaded ...") or an opening adverbial ("In treated mice, ...") does not. These
 * fixtures turn the switch on and restore it; the last test shows the default. Invented texts.
 */
class SentencesWithOwnSubjectTest {

    @TempDir
    Path dir;

    private boolean saved;

    @BeforeEach
    void on() {
        saved = ClaimExtractor.OWN_SUBJECT;
        ClaimExtractor.OWN_SUBJECT = true;
    }

    @AfterEach
    void restore() {
        ClaimExtractor.OWN_SUBJECT = saved;
    }

    private List<String> claimsOf(String sentence, String words) throws Exception {
        return TestSupport.hedgedClaimsOfText(dir, "Milk exosomes were loaded with siRNA. " + sentence + "\n", words);
    }

    @Test
    void aLookAlikeCarrierAsSubjectTakesNoImplicitSubject() throws Exception {
        List<String> c = claimsOf("Synthetic carriers improve delivery but are cleared by the liver.", "Synthetic");
        assertTrue(c.isEmpty(), c.toString());
    }

    @Test
    void peopleOrADocumentAsSubjectTakeNoImplicitSubject() throws Exception {
        assertTrue(claimsOf("A chapter on loading compares incubation, electroporation and sonication.", "A chapter").isEmpty());
        assertTrue(claimsOf("Some products were contaminated with bacteria.", "Some products").isEmpty());
    }

    @Test
    void theClaimsOwnTermAsSubjectKeepsTheImplicitSubject() throws Exception {
        List<String> c = claimsOf("Yields from milk were low.", "Yields");
        assertTrue(c.contains("Exosome[Milk] hasChallenge LowYield"), c.toString());
    }

    @Test
    void aTechniqueAsSubjectKeepsTheImplicitSubject() throws Exception {
        List<String> c = claimsOf("Sonication loaded about 20 % of the siRNA.", "Sonication");
        assertTrue(c.contains("Exosome[Milk] loadedBy Sonication"), c.toString());
        assertTrue(c.contains("Exosome[Milk] carries SiRNA"), c.toString());
    }

    @Test
    void anOpeningAdverbialIsNoSubject() throws Exception {
        List<String> c = claimsOf("However, yields from milk were low.", "However");
        assertTrue(c.contains("Exosome[Milk] hasChallenge LowYield"), c.toString());
    }

    @Test
    void aRivalKindGivesNoVesicleClaimEitherWay() throws Exception {
        String text = "Exosomes were isolated from milk. Liposomes, by contrast, caused liver damage.\n";
        assertTrue(TestSupport.hedgedClaimsOfText(dir, text, "Liposomes").isEmpty());
        ClaimExtractor.OWN_SUBJECT = false;
        assertTrue(TestSupport.hedgedClaimsOfText(dir, text, "Liposomes").isEmpty());
    }

    @Test
    void offByDefaultTheLookAlikeStillTakesThePreviousVesicles() throws Exception {
        ClaimExtractor.OWN_SUBJECT = false;
        List<String> c = claimsOf("Synthetic carriers improve delivery but are cleared by the liver.", "Synthetic");
        assertTrue(c.contains("Exosome[Milk] hasChallenge OffTargetAccumulation"), c.toString());
        assertFalse(Boolean.getBoolean("exokg.ownSubject") != saved, "the switch's default is the system property");
    }

    @Test
    void theFiniteVerbIsFoundWhereTheTitleTestFindsIt() {
        assertEquals("Synthetic carriers ".length(), TitleSentences.finiteVerbStart("Synthetic carriers are cleared by the liver"));
        assertEquals("Breast milk vesicles ".length(), TitleSentences.finiteVerbStart("Breast milk vesicles could protect the gut"));
        assertEquals(-1, TitleSentences.finiteVerbStart("Platelet exosomes carrying temozolomide"));
        assertFalse(TitleSentences.hasFiniteVerb("Vesicles for spinal cord repair"));
    }
}
