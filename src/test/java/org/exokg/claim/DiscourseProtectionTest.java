package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch discoursedisease38: protection stated with no disease in the sentence is protection from the disease
 * under discussion (docs/extraction.md, "Protection from the disease under discussion"). Invented sentences, none from a
 * gold set, through the real pipeline; each reading next to a look-alike that must not give it, and the switch
 * {@code -Dexokg.discourseProtection}.
 */
@ExtendWith(WithoutClaimConfidence.class)
class DiscourseProtectionTest {

    private static final String SWITCH = "exokg.discourseProtection";

    @TempDir
    Path dir;

    @BeforeEach
    void switchOn() {
        System.setProperty(SWITCH, "true");
    }

    @AfterEach
    void restore() {
        System.clearProperty(SWITCH);
    }

    private static final String PREP = "Exosomes of mesenchymal stem cells in acute kidney injury\n\n"
            + "We gave exosomes from mesenchymal stem cells to mice with acute kidney injury.\n\nResults\n\n";

    private List<String> claims(String sentence, String words) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, PREP + sentence + "\n", ".txt");
        return e.claims().stream().filter(c -> c.sentence().text().contains(words))
                .map(c -> local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + c.relation().localName() + " "
                        + local(c.objectIri()) + (c.hedged() ? " HEDGED" : "")).toList();
    }

    private static boolean has(List<String> got, String claim) {
        return got.stream().anyMatch(c -> c.equals(claim) || c.startsWith(claim + " "));
    }

    @Test
    void protectionGivenOrDeniedIsTheDiseaseUnderDiscussion() throws Exception {
        List<String> none = claims("Exosomes from fibroblasts gave no protection.", "no protection");
        assertTrue(has(none, "Exosome NOT treats AcuteKidneyInjury"), none.toString());
        List<String> some = claims("Exosomes from hepatocytes gave a small but significant protection of their own.", "small but");
        assertTrue(has(some, "Exosome treats AcuteKidneyInjury"), some.toString());
        List<String> effect = claims("Vesicles from fibroblasts had no protective effect.", "protective effect");
        assertTrue(has(effect, "ExtracellularVesicle NOT treats AcuteKidneyInjury"), effect.toString());
        List<String> adjective = claims("Exosomes from macrophages were not protective.", "protective");
        assertTrue(has(adjective, "Exosome NOT treats AcuteKidneyInjury"), adjective.toString());
        List<String> share = claims("Exosomes from macrophages protected only 30 % of mice.", "30 %");
        assertTrue(has(share, "Exosome treats AcuteKidneyInjury"), share.toString());
        List<String> count = claims("Exosomes from macrophages protected seven of ten mice.", "seven of ten");
        assertTrue(has(count, "Exosome treats AcuteKidneyInjury"), count.toString());
    }

    @Test
    void protectionAgainstSomethingNamedOrOfABodyPartIsNotRead() throws Exception {
        // the protection's own object: what it protects against is named in the sentence
        List<String> against = claims("Exosomes from fibroblasts gave no protection against the toxin.", "toxin");
        assertFalse(against.stream().anyMatch(c -> c.contains(" treats AcuteKidneyInjury")), against.toString());
        // not the vesicles' protection: a protective cargo, an antibody
        List<String> cargo = claims("Exosomes from fibroblasts carried protective antibodies.", "protective antibodies");
        assertFalse(cargo.stream().anyMatch(c -> c.contains(" treats AcuteKidneyInjury")), cargo.toString());
        // protection of a body part is not this reading's (measuredOutcomes reads it, under its own switch)
        List<String> organ = claims("Exosomes from fibroblasts gave no protection of the kidney.", "of the kidney");
        assertFalse(organ.stream().anyMatch(c -> c.contains(" treats AcuteKidneyInjury")), organ.toString());
        // a comparison of two preparations' protection states no treatment (blind 35's kind: no row)
        List<String> less = claims("Exosomes from old donors were less protective.", "less protective");
        assertFalse(less.stream().anyMatch(c -> c.contains(" treats AcuteKidneyInjury")), less.toString());
        // protection as a field, with no verb of the vesicles giving it
        List<String> crop = claims("Exosomes from plants are sold for crop protection.", "crop protection");
        assertFalse(crop.stream().anyMatch(c -> c.contains(" treats AcuteKidneyInjury")), crop.toString());
        // in a dish
        List<String> dish = claims("Exosomes from fibroblasts gave no protection to cultured cells in vitro.", "in vitro");
        assertFalse(dish.stream().anyMatch(c -> c.contains(" treats AcuteKidneyInjury")), dish.toString());
    }

    @Test
    void switchOffReadsNothing() throws Exception {
        System.setProperty(SWITCH, "false");
        List<String> none = claims("Exosomes from fibroblasts gave no protection.", "no protection");
        assertFalse(none.stream().anyMatch(c -> c.contains(" treats AcuteKidneyInjury")), none.toString());
    }
}
