package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, defined products and implicit subjects (branch implicitsubjects): counted doses of the preparation under
 * discussion as a sentence's subject ("Single and repeated doses up to ten times the planned human dose were well
 * tolerated in rats", "Two doses given subcutaneously induced high antibody titres"), topic-preparation.yaml
 * discourse-subjects entry implicitsubjects-counted-doses. The entry is LEFT OFF by default (key onlyWith: on only
 * under -Dexokg.doseSubjects=true; docs/extraction.md gives the figures), so this test reads the rule file with the
 * property set and checks the entry's reach both ways, then checks that the default pipeline does not read it.
 */
class CountedDosesAsSubjectTest {

    @TempDir
    Path dir;

    private static TopicPreparation withDoseSubjects() {
        String before = System.getProperty("exokg.doseSubjects");
        System.setProperty("exokg.doseSubjects", "true");
        try {
            return RuleFile.read(TopicPreparation.RESOURCE, TopicPreparation::parse);
        } finally {
            if (before == null) {
                System.clearProperty("exokg.doseSubjects");
            } else {
                System.setProperty("exokg.doseSubjects", before);
            }
        }
    }

    private static String subjectOf(TopicPreparation t, String sentenceStart) {
        TopicPreparation.DiscourseSubject[] which = new TopicPreparation.DiscourseSubject[1];
        java.util.regex.Matcher m = t.discourseSubject(sentenceStart, which);
        return m == null ? null : which[0].id();
    }

    @Test
    void countedDosesStandForThePreparationWhenSwitchedOn() {
        TopicPreparation on = withDoseSubjects();
        assertEquals("implicitsubjects-counted-doses",
                subjectOf(on, "single and repeated doses up to ten times the planned human dose were well tolerated in rats"));
        assertEquals("implicitsubjects-counted-doses", subjectOf(on, "two doses given subcutaneously induced high antibody titres"));
        assertNotNull(subjectOf(on, "three intravenous doses slowed disease progression"));
        // near neighbours: an amount, not the treatment; another agent's doses
        assertNull(subjectOf(on, "a single dose required cells from several litres of culture"));
        assertNull(subjectOf(on, "two doses of cisplatin were well tolerated"));
        assertNull(subjectOf(on, "doses were well tolerated"));
    }

    @Test
    void theDefaultReadsNoCountedDoses() throws Exception {
        assertNull(subjectOf(TopicPreparation.defaults(), "single and repeated doses up to ten times the planned human dose were well tolerated"));
        List<String> claims = TestSupport.claimsOfText(dir, "Stem cell exosomes in lung injury\n\nExosomes from mesenchymal stem "
                + "cells were given to rats with lung injury.\n\nSingle and repeated doses up to ten times the planned human dose "
                + "were well tolerated in rats and rabbits.\n", "Single and repeated");
        assertTrue(claims.stream().noneMatch(c -> c.contains("LowToxicity")), claims::toString);
    }
}
