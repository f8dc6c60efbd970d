package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch conventionreadings: gold conventions vvvvv (the vesicles' safety unknown, untested or not settled, no
 * harm named: hasChallenge SafetyConcern, positive and unhedged) and xxxxx (an adjuvant given with the vesicles is no
 * Immunocompetence of theirs; their own adjuvant is), with their guards (a named harm keeps its reading; a safety shown is
 * LowToxicity). Invented sentences through the real pipeline and ontology, the safety-gap switch of {@link SafetyGaps} on
 * (restored after each test); each reading has a neighbour that must not give it. (xxxxx's guard against an adjuvant
 * given with the vesicles, -Dexokg.adjuvantGuard, changed no claim anywhere and was removed by branch undecided; the
 * vesicles' own adjuvant is read by default.)
 */
class SafetyGapsAndOwnAdjuvantsTest {

    @TempDir
    Path dir;

    private boolean savedGaps;

    @BeforeEach
    void on() {
        savedGaps = SafetyGaps.SAFETY_GAPS;
        SafetyGaps.SAFETY_GAPS = true;
    }

    @AfterEach
    void restore() {
        SafetyGaps.SAFETY_GAPS = savedGaps;
    }

    /** "Subject[Qualifier] relation Object", " NOT " for a denied claim, " HEDGED" after a hedged one. */
    private List<String> claims(String text, String words) throws Exception {
        return TestSupport.extractText(dir, text, ".txt").claims().stream()
                .filter(c -> c.sentence().text().contains(words))
                .map(c -> TestSupport.local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + TestSupport.local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + TestSupport.local(c.objectIri())
                        + (c.hedgeCue() != null ? " HEDGED" : ""))
                .distinct().toList();
    }

    @Test
    void safetyNotTestedIsAStatedGapNotADenial() throws Exception {
        List<String> c = claims("Quince exosomes eased joint swelling in rats, but they have not been tested for safety in people.\n",
                "not been tested");
        assertTrue(c.contains("Exosome[Fruit] hasChallenge SafetyConcern"), c::toString);
        assertFalse(c.contains("Exosome[Fruit] NOT hasChallenge SafetyConcern"), c::toString);
        SafetyGaps.SAFETY_GAPS = false;
        List<String> off = claims("Quince exosomes eased joint swelling in rats, but they have not been tested for safety in people.\n",
                "not been tested");
        assertTrue(off.contains("Exosome[Fruit] NOT hasChallenge SafetyConcern"), off::toString);
    }

    @Test
    void safetyUnknownIsStatedUnhedged() throws Exception {
        List<String> c = claims("The safety of quince exosomes in older people is unknown.\n", "is unknown");
        assertTrue(c.contains("Exosome[Fruit] hasChallenge SafetyConcern"), c::toString);
        assertFalse(c.contains("Exosome[Fruit] hasChallenge SafetyConcern HEDGED"), c::toString);
    }

    @Test
    void aLoneSafetyGapIsTheDiscoursesVesicles() throws Exception {
        String text = "Quince exosomes healed burns in mice.\n\nThe long-term safety of repeated application remains to be shown.\n";
        List<String> c = claims(text, "remains to be shown");
        assertTrue(c.contains("Exosome[Fruit] hasChallenge SafetyConcern"), c::toString);
        // the gap is the specific challenge: no LackOfCharacterisation beside it (aaaaa), no use of its own
        assertTrue(c.stream().noneMatch(x -> x.contains("LackOfCharacterisation") || x.contains("usedFor")), c::toString);
    }

    @Test
    void preliminarySafetyDataAndSafetyNotAssumedAreGaps() throws Exception {
        String text = "Quince exosomes healed burns in mice.\n\nThe panel found the efficacy data convincing and the safety data "
                + "preliminary.\n\nSafety cannot be assumed from a plant origin.\n";
        assertTrue(claims(text, "safety data").contains("Exosome[Fruit] hasChallenge SafetyConcern"));
        assertTrue(claims(text, "cannot be assumed").contains("Exosome[Fruit] hasChallenge SafetyConcern"));
    }

    @Test
    void aNamedHarmKeepsItsOwnReading() throws Exception {
        // neighbour: toxicity is a harm named, not the matter of safety; its denial stays a denial (LowToxicity)
        List<String> c = claims("Quince exosomes did not cause toxicity in rats.\n", "did not cause");
        assertTrue(c.contains("Exosome[Fruit] hasProperty LowToxicity"), c::toString);
        assertFalse(c.contains("Exosome[Fruit] hasChallenge SafetyConcern"), c::toString);
    }

    @Test
    void aSafetyShownIsLowToxicityNotAGap() throws Exception {
        List<String> c = claims("The safety of quince exosomes was established in rats and dogs.\n", "was established");
        assertTrue(c.contains("Exosome[Fruit] hasProperty LowToxicity"), c::toString);
        assertFalse(c.contains("Exosome[Fruit] hasChallenge SafetyConcern"), c::toString);
        List<String> goal = claims("The first trial of quince exosomes met its safety goal.\n", "safety goal");
        assertTrue(goal.contains("Exosome[Fruit] hasProperty LowToxicity"), goal::toString);
        assertFalse(goal.contains("Exosome[Fruit] hasChallenge SafetyConcern"), goal::toString);
    }

    @Test
    void theVesiclesOwnAdjuvantIsImmunocompetence() throws Exception {
        // neighbours: an own word after "with", and the vesicles acting as an adjuvant
        assertTrue(claims("Pear vesicles combine surface antigens with a built-in adjuvant.\n", "built-in")
                .contains("PlantDerivedNanovesicle[Fruit] hasProperty Immunocompetence"));
        assertTrue(claims("Pear vesicles act as their own adjuvant.\n", "own adjuvant")
                .contains("PlantDerivedNanovesicle[Fruit] hasProperty Immunocompetence"));
    }
}
