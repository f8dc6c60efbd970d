package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch guards41 (docs/extraction.md, "Guards against the design sets' commonest wrong claims"): readings
 * that only remove claims. Invented texts, none from a gold set, through the real pipeline, each guard on and off, with
 * a look-alike whose claim must stay: {@code -Dexokg.ownSubjectGuard}.
 */
@ExtendWith(WithoutClaimConfidence.class)
class ClaimGuardsTest {

    private static final String OWN_SUBJECT = "exokg.ownSubjectGuard";

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty(OWN_SUBJECT);
    }

    private List<String> claims(String text) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text + "\n", ".txt");
        return e.claims().stream()
                .map(c -> local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + c.relation().localName() + " "
                        + local(c.objectIri()) + " {" + c.rule() + "}").toList();
    }

    private static boolean carried(List<String> got, String relationAndObject) {
        return got.stream().anyMatch(c -> c.contains(" " + relationAndObject + " ") && c.contains("+previous-sentence-subject"));
    }

    @Test
    void aSentenceWithASubjectOfItsOwnGivesTheVesiclesNothing() throws Exception {
        // the challenge is the fibroblasts': the sentence opens with them
        String other = "Fibroblast exosomes reduced scarring in injured skin of mice. "
                + "Manufacturing dermal fibroblasts from biopsies is costly, and each batch comes from another donor.";
        System.setProperty(OWN_SUBJECT, "false");
        List<String> off = claims(other);
        System.setProperty(OWN_SUBJECT, "true");
        List<String> on = claims(other);
        assertTrue(off.stream().anyMatch(c -> c.contains("hasChallenge") && c.contains("+previous-sentence-subject")),
                "switch off: " + off);
        assertFalse(on.stream().anyMatch(c -> c.contains("+previous-sentence-subject")), on.toString());
        // a look-alike with no subject of its own: the challenge stays the vesicles' of the sentence before
        String own = "Fibroblast exosomes reduced scarring in injured skin of mice. "
                + "Large-scale production remains costly, and the yield per litre is low.";
        List<String> kept = claims(own);
        assertTrue(kept.stream().anyMatch(c -> c.contains("hasChallenge") && c.contains("+previous-sentence-subject")),
                kept.toString() + " / off: " + off);
    }
}
