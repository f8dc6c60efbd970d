package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch plainsubjects (convention jjjjj): a numbered programme or course item's title ("Session 2: ...",
 * "CHEM1010 Practical 3 report: ...") gives no claim without a finite verb, with the switch
 * {@link StatementStance#PROGRAMME_ITEM_TITLES} on (restored after each test); a stated sentence after such a label keeps
 * its claims. Invented sentences, through the real pipeline and ontology.
 */
@ExtendWith(WithoutClaimConfidence.class)
class ProgrammeItemTitlesTest {

    @TempDir
    Path dir;

    private boolean saved;

    @BeforeEach
    void save() {
        saved = StatementStance.PROGRAMME_ITEM_TITLES;
    }

    @AfterEach
    void restore() {
        StatementStance.PROGRAMME_ITEM_TITLES = saved;
    }

    private static final String TEXT = "Notes from the vesicle symposium\n\nThe meeting had two sessions on exosomes.\n\n"
            + "Session 2: Exosomal CD47 as a shield against macrophages\n"
            + "The speaker showed that exosomes from fibroblasts carry CD47.\n\n"
            + "Workshop 3: Exosomes from milk carried microRNAs in every sample\n";

    @Test
    void aProgrammeItemsTitleGivesNoClaim() throws Exception {
        StatementStance.PROGRAMME_ITEM_TITLES = true;
        List<String> title = TestSupport.claimsOfText(dir, TEXT, "as a shield against");
        assertTrue(title.isEmpty(), title::toString);
        List<String> stated = TestSupport.claimsOfText(dir, TEXT, "carried microRNAs in every sample");
        assertTrue(stated.stream().anyMatch(c -> c.contains("carries MicroRNA")), stated::toString);
        List<String> next = TestSupport.claimsOfText(dir, TEXT, "The speaker showed");
        assertTrue(next.stream().anyMatch(c -> c.contains("carries Cd47")), next::toString);
    }

    @Test
    void offTheTitleIsReadAsBefore() throws Exception {
        StatementStance.PROGRAMME_ITEM_TITLES = false;
        List<String> title = TestSupport.claimsOfText(dir, TEXT, "as a shield against");
        assertTrue(title.stream().anyMatch(c -> c.contains("carries")), title::toString);
    }
}
