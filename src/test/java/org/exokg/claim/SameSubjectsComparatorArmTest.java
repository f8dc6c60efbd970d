package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (issue 15, branch anaphorarms) Vesicles named as a second sample of the same people or animals ("Plasma EVs from the
 * same patients showed none of these differences") are the comparison of the preparation under discussion, not what the
 * anaphors after them refer back to (topic-preparation.yaml: comparator-arm-clauses). Each reading with a near neighbour
 * that keeps the plain one: vesicles of other donors named with a finding of their own take the discourse over. Invented
 * texts; the expectations follow the switch -Dexokg.noSameSubjectsComparator.
 */
class SameSubjectsComparatorArmTest {

    @TempDir
    Path dir;

    private List<String> claims(String text, String sentenceStart) throws Exception {
        return TestSupport.claimsOfText(dir, text + "\n", sentenceStart);
    }

    @Test
    void vesiclesFromTheSamePatientsAreNoAntecedent() throws Exception {
        List<String> c = claims("Extracellular vesicles from the aqueous humour of glaucoma patients carried less miR-29b than those "
                + "of cataract patients. Plasma EVs from the same patients showed none of these differences. The vesicles "
                + "carried miR-143.", "The vesicles carried");
        assertTrue(c.contains(DiscourseTopic.SAME_SUBJECTS_COMPARATOR
                ? "ExtracellularVesicle[AqueousHumor] carries MicroRNA" : "ExtracellularVesicle[BloodPlasma] carries MicroRNA"),
                c.toString());
    }

    @Test
    void vesiclesOfOtherCellsOfTheSameDonorsAreNoAntecedent() throws Exception {
        List<String> c = claims("Exosomes from regulatory T cells suppressed the proliferation of effector cells. Exosomes of "
                + "dendritic cells from the same donors did not suppress proliferation. The vesicles carried CD73.",
                "The vesicles carried");
        assertTrue(c.contains(DiscourseTopic.SAME_SUBJECTS_COMPARATOR
                ? "Exosome[TCell] carries Enzyme" : "Exosome[DendriticCell] carries Enzyme"), c.toString());
    }

    @Test
    void vesiclesOfOtherDonorsWithAFindingOfTheirOwnTakeTheDiscourseOver() throws Exception {
        List<String> c = claims("Extracellular vesicles from the aqueous humour of glaucoma patients carried less miR-29b than those "
                + "of cataract patients. Plasma EVs from twenty healthy donors carried miR-451. The vesicles carried miR-143.",
                "The vesicles carried");
        assertTrue(c.contains("ExtracellularVesicle[BloodPlasma] carries MicroRNA"), c.toString());
        assertFalse(c.contains("ExtracellularVesicle[AqueousHumor] carries MicroRNA"), c.toString());
    }

    @Test
    void theSamePatientsInAnotherClauseLeaveTheVesiclesTheAntecedent() throws Exception {
        // the vesicles' own clause names no second sample; "the same patients" belongs to the clause after the comma
        List<String> c = claims("Extracellular vesicles from the aqueous humour of glaucoma patients carried less miR-29b. Plasma "
                + "EVs carried miR-451, and blood cells from the same patients were counted. The vesicles carried miR-143.",
                "The vesicles carried");
        assertTrue(c.contains("ExtracellularVesicle[BloodPlasma] carries MicroRNA"), c.toString());
    }
}
