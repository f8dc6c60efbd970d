package org.exokg.claim;

import static org.exokg.TestSupport.documentClaims;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (thirty-ninth session, branch hedges39): two hedge readings, each behind its own switch (OFF by default).
 * -Dexokg.doubtAfterClaim (FollowingDoubtHedges, cues.yaml followingDoubts): the writer's doubt on the clause just stated,
 * later in its sentence ("..., but this has not been confirmed") hedges the claim; a doubt on another noun ("this assay"),
 * a finding others could not reproduce (convention mmmmmmm) and a doubt narrowed to people stay unhedged.
 * -Dexokg.untestedSubject (cues.yaml subjectHedge hedge-subject-not-tested): "the stability of the vesicles ... has not
 * yet been tested" hedges the property. Invented sentences only; the test restores both switches.
 */
class FollowingDoubtHedgesTest {

    private static final String DOUBT = "exokg.doubtAfterClaim";
    private static final String UNTESTED = "exokg.untestedSubject";

    private static final String NOT_CONFIRMED = "Exosomes from brown adipocytes reduced liver fibrosis in mice, but this has not been confirmed.";
    private static final String NEEDS_VALIDATION = "Milk exosomes were labelled with a lipophilic dye. "
            + "They cross the blood-brain barrier of piglets, but this needs further confirmation.";
    private static final String OTHER_NOUN = "Exosomes from brown adipocytes reduced liver fibrosis in mice, although this assay has not been validated.";
    private static final String NOT_REPRODUCED = "Exosomes from brown adipocytes have been reported to reduce liver fibrosis in mice, but this has not been reproduced.";
    private static final String IN_PEOPLE = "Exosomes from brown adipocytes reduced liver fibrosis in mice, but this has not been confirmed in humans.";
    private static final String NOUN_PHRASE = "PD-L1 on milk exosomes may suppress T cells in the tumour, but this has not been confirmed.";
    private static final String UNTESTED_TEXT = "Nanovesicles were isolated from grapes and freeze-dried. "
            + "The stability of the grape nanovesicles after reconstitution in water has not yet been tested.";
    private static final String TESTED_TEXT = "Nanovesicles were isolated from grapes and freeze-dried. "
            + "The stability of the grape nanovesicles after reconstitution in water was tested for four weeks.";

    private String savedDoubt;
    private String savedUntested;

    @BeforeEach
    void off() {
        savedDoubt = System.getProperty(DOUBT);
        savedUntested = System.getProperty(UNTESTED);
        System.clearProperty(DOUBT);
        System.clearProperty(UNTESTED);
        Cues.reload();
    }

    @AfterEach
    void restore() {
        restore(DOUBT, savedDoubt);
        restore(UNTESTED, savedUntested);
        Cues.reload();
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private static Claim claim(String text, String relation, String object) {
        List<Claim> found = documentClaims(text).stream()
                .filter(c -> c.relation().localName().equals(relation) && c.objectIri().endsWith("/" + object)).toList();
        assertEquals(1, found.size(), relation + " " + object + " in " + documentClaims(text));
        return found.get(0);
    }

    @Test
    void aDoubtOnTheClauseJustStatedHedgesTheClaim() {
        System.setProperty(DOUBT, "true");
        Claim fibrosis = claim(NOT_CONFIRMED, "treats", "LiverFibrosis");
        assertTrue(fibrosis.hedged(), fibrosis.toString());
        assertTrue(fibrosis.rule().contains("doubt-following-not-shown"), fibrosis.rule());
        assertTrue(claim(NEEDS_VALIDATION, "crosses", "BloodBrainBarrier").hedged());
        // the origin the noun phrase names stays stated (g)
        assertFalse(claim(NOT_CONFIRMED, "derivedFrom", "Adipocyte").hedged());
    }

    @Test
    void lookAlikesStayUnhedged() {
        System.setProperty(DOUBT, "true");
        assertFalse(claim(OTHER_NOUN, "treats", "LiverFibrosis").hedged(), "a doubt on the assay");
        assertFalse(claim(NOT_REPRODUCED, "treats", "LiverFibrosis").hedged(), "mmmmmmm: not reproduced");
        assertFalse(claim(IN_PEOPLE, "treats", "LiverFibrosis").hedged(), "the mouse finding is stated");
        // the cargo the subject's noun phrase names stays presupposed (g); the clause's own predicate keeps its modal
        Claim pdl1 = claim(NOUN_PHRASE, "carries", "Protein");
        assertFalse(pdl1.hedged(), "g: the subject's noun phrase " + pdl1);
    }

    @Test
    void offLeavesTheDoubtedClaimUnhedged() {
        assertFalse(claim(NOT_CONFIRMED, "treats", "LiverFibrosis").hedged());
        assertFalse(claim(NEEDS_VALIDATION, "crosses", "BloodBrainBarrier").hedged());
    }

    @Test
    void anUntestedPropertyIsHedgedOnlyWithItsSwitch() {
        assertFalse(claim(UNTESTED_TEXT, "hasProperty", "Stability").hedged());
        System.setProperty(UNTESTED, "true");
        Cues.reload();
        assertTrue(claim(UNTESTED_TEXT, "hasProperty", "Stability").hedged());
        assertFalse(claim(TESTED_TEXT, "hasProperty", "Stability").hedged());
    }
}
