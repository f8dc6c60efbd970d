package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch dev30 (convention ggggg): "&lt;vesicles&gt; are (mostly) microvesicles that bud from the plasma membrane
 * of &lt;cells&gt;" gives the cells as the origin of the subject as the text names it, not of the predicate noun's kind.
 * Invented sentences, each with a near neighbour.
 */
class BuddingRelativeSubjectTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    @Test
    void theBuddingClauseAfterACopulaGivesTheSubjectsOrigin() throws Exception {
        List<String> most = claims("Most platelet extracellular vesicles are microvesicles that bud from the plasma membrane of the megakaryocyte.");
        assertTrue(TestSupport.anyContains(most, "ExtracellularVesicle[Platelet] derivedFrom Megakaryocyte"), most.toString());
        assertTrue(!TestSupport.anyContains(most, "Microvesicle derivedFrom Megakaryocyte"), most.toString());
    }

    @Test
    void microvesiclesBuddingWithoutACopulaKeepTheirKind() throws Exception {
        // no copula: the microvesicles are the subject of their own clause
        List<String> own = claims("Microvesicles bud from the plasma membrane of megakaryocytes.");
        assertTrue(TestSupport.anyContains(own, "Microvesicle derivedFrom Megakaryocyte"), own.toString());
        // a copula with another relative clause: the predicate noun keeps the phrase (branch dev20's reading)
        List<String> derived = claims("The vesicle is a microvesicle derived from dendritic cells.");
        assertTrue(!TestSupport.anyContains(derived, "ExtracellularVesicle derivedFrom DendriticCell"), derived.toString());
    }
}
