package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch dev35: a denial before the vesicles is of the sentence's predicate, not of the origin their own phrase
 * states after them ({@link ClaimExtractor#UNDENIED_ORIGINS}, switched on here and restored after each test). Invented
 * sentences, through the real pipeline and ontology.
 */
class UndeniedOriginsTest {

    @TempDir
    Path dir;

    private boolean saved;

    @BeforeEach
    void save() {
        saved = ClaimExtractor.UNDENIED_ORIGINS;
        ClaimExtractor.UNDENIED_ORIGINS = true;
    }

    @AfterEach
    void restore() {
        ClaimExtractor.UNDENIED_ORIGINS = saved;
    }

    private static final String TEXT = "Policy\n\nThe insurer does not reimburse infusions of exosome products, including products derived "
            + "from placenta or amniotic fluid, for any condition.\n";

    @Test
    void theOriginAfterTheVesiclesIsStatedNotDenied() throws Exception {
        TestSupport.assertClaimsOfText(dir, TEXT, "does not reimburse",
                List.of("Exosome derivedFrom Placenta", "Exosome derivedFrom AmnioticFluid"),
                List.of("Exosome NOT derivedFrom Placenta", "Exosome NOT derivedFrom AmnioticFluid"));
    }

    @Test
    void offTheOriginIsDeniedWithTheSentence() throws Exception {
        ClaimExtractor.UNDENIED_ORIGINS = false;
        TestSupport.assertClaimsOfText(dir, TEXT, "does not reimburse",
                List.of("Exosome NOT derivedFrom Placenta"), List.of("Exosome derivedFrom Placenta"));
    }
}
