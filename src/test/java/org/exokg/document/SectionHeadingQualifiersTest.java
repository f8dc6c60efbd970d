package org.exokg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.document.Section.Category;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch dev34: a heading with a bracketed qualifier ("Methods (summary)") is the heading of its words, with
 * the switch {@link Section#HEADING_QUALIFIERS} on (restored after each test); a Methods sentence's claims are then no findings, a
 * Results sentence keeps them. Invented headings and sentences; each title is asked once, as the category of a
 * title is kept.
 */
class SectionHeadingQualifiersTest {

    @TempDir
    Path dir;

    private boolean saved;

    @BeforeEach
    void save() {
        saved = Section.HEADING_QUALIFIERS;
    }

    @AfterEach
    void restore() {
        Section.HEADING_QUALIFIERS = saved;
    }

    @Test
    void aBracketedQualifierAfterAHeadingsWordsKeepsItsCategory() {
        Section.HEADING_QUALIFIERS = true;
        assertEquals(Category.METHODS, Section.category("Methods (brief summary)"));
        assertEquals(Category.RESULTS, Section.category("Results (interim analysis)"));
        // words of no category stay of none, bracket or not
        assertNull(Section.category("Exosome isolation (day 2)"));
    }

    @Test
    void offTheQualifiedHeadingIsOfNoCategory() {
        Section.HEADING_QUALIFIERS = false;
        assertNull(Section.category("Methods (short version)"));
    }

    @Test
    void aMethodsSentenceUnderAQualifiedHeadingGivesNoClaim() throws Exception {
        Section.HEADING_QUALIFIERS = true;
        DocumentExtraction e = TestSupport.extractText(dir, "Practical report: pea sprout vesicles\n\nIntroduction\n\n"
                + "Pea sprout nanovesicles carry proteins.\n\nMethods (outline)\n\nPea sprout nanovesicles were labelled with DiO "
                + "and loaded with curcumin by sonication.\n\nResults (first week)\n\nPea sprout nanovesicles were taken up by "
                + "macrophages.\n", ".txt");
        // the Methods sentence's claims are read in a Methods section, so they are no findings (the scorer leaves them out)
        List<org.exokg.claim.Claim> methods = e.claims().stream().filter(c -> c.sentence().text().contains("were labelled with DiO")).toList();
        assertTrue(!methods.isEmpty() && methods.stream().allMatch(c -> Section.isMethods(c.sentence().section())), methods::toString);
        List<org.exokg.claim.Claim> results = e.claims().stream().filter(c -> c.sentence().text().contains("taken up by macrophages")).toList();
        assertTrue(!results.isEmpty() && results.stream().noneMatch(c -> Section.isMethods(c.sentence().section())), results::toString);
        assertTrue(TestSupport.claimsOf(e, "were taken up by macrophages", false).stream().anyMatch(c -> c.endsWith("targets Macrophage")));
    }
}
