package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain acronym after the vesicles' origin phrase names the preparation (branch dev21) also where it spells another
 * name of the origin's source ("exosomes from cow milk (BMEs)": bovine milk + exosomes), and where the document's
 * abbreviations read its letters as the source alone ("exosomes from camel milk (CMEs)": C-M-E all found in "camel")
 * (branch dev25, twenty-third session; switch -Dexokg.noSourceNamedAcronyms). Each with a near neighbour that must not be
 * read so: an acronym of the source alone, and one that spells no name of the source. Invented texts through the real
 * pipeline and the project ontology.
 */
class SourceNamedAcronymsTest {

    @TempDir
    Path dir;

    @Test
    void anAcronymTheAbbreviationsReadAsTheSourceStillNamesTheVesicles() throws Exception {
        String text = "Notes\n\nWe isolated exosomes from camel milk (CMEs) and loaded them with siRNA.\n\n"
                + "Results\n\nCMEs carried CD63 and ALIX.\n";
        TestSupport.assertClaimsOfText(dir, text, "CMEs carried",
                List.of("Exosome[CamelMilk] carries Cd63", "Exosome[CamelMilk] carries Alix", "Exosome derivedFrom CamelMilk"), List.of());
    }

    @Test
    void anAcronymOfTheSourceAloneNamesNoVesicles() throws Exception {
        // "CM" spells camel milk and no vesicle noun: a later "CM" is the milk, not the exosomes
        String text = "Notes\n\nWe isolated exosomes from camel milk (CM) by ultracentrifugation.\n\n"
                + "Results\n\nCM carried CD63 and ALIX.\n";
        TestSupport.assertClaimsOfText(dir, text, "CM carried", List.of(),
                List.of("Exosome[CamelMilk] carries Cd63", "Exosome[CamelMilk] carries Alix"));
    }

    @Test
    void anAcronymSpellingAnotherNameOfTheSourceNamesThePreparation() throws Exception {
        // "cow milk" is written, "BMEs" spells its synonym "bovine milk" and then the exosomes
        String text = "Notes\n\nWe compared exosomes from cow milk (BMEs) with liposomes.\n\n"
                + "Results\n\nBMEs carried CD63 and ALIX.\n";
        TestSupport.assertClaimsOfText(dir, text, "BMEs carried",
                List.of("Exosome[BovineMilk] carries Cd63", "Exosome[BovineMilk] carries Alix", "Exosome derivedFrom BovineMilk"),
                List.of());
    }

    @Test
    void anAcronymSpellingNoNameOfTheSourceNamesNothing() throws Exception {
        // "GMEs" would be goat milk exosomes: no name of cow milk starts with G, so the bracket names no preparation here
        String text = "Notes\n\nWe compared exosomes from cow milk (GMEs) with liposomes.\n\n"
                + "Results\n\nGMEs carried CD63 and ALIX.\n";
        TestSupport.assertClaimsOfText(dir, text, "GMEs carried", List.of(),
                List.of("Exosome[BovineMilk] carries Cd63", "Exosome derivedFrom BovineMilk"));
    }
}
