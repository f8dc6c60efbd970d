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
 * Issue 15, branch discoursedisease39: the vesicles' benefit to a body part, a function or a sign in a finding that
 * names no disease treats the disease under discussion (the title's), read as a claim object only
 * (docs/extraction.md, "The disease under discussion as the object of a benefit or harm"). Invented sentences, none
 * from a gold set, through the real pipeline; each reading next to look-alikes, and the switch
 * {@code -Dexokg.discourseDisease}.
 */
@ExtendWith(WithoutClaimConfidence.class)
class DiscourseDiseaseTest {

    private static final String SWITCH = "exokg.discourseDisease";

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty(SWITCH);
    }

    /** A title naming the studied disease, a background paragraph naming another, then the findings. */
    private static final String PREP = "Exosomes of synovial macrophages in osteoarthritis\n\n"
            + "Rheumatoid arthritis and gout are common, and many patients with rheumatoid arthritis need new drugs.\n\n"
            + "Results\n\n";

    private List<String> claims(boolean on, String sentence, String words) throws Exception {
        System.setProperty(SWITCH, String.valueOf(on));
        DocumentExtraction e = TestSupport.extractText(dir, PREP + sentence + "\n", ".txt");
        return e.claims().stream().filter(c -> c.sentence().text().contains(words))
                .map(c -> local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + c.relation().localName() + " "
                        + local(c.objectIri()) + (c.hedged() ? " HEDGED" : "")).toList();
    }

    private static boolean has(List<String> got, String claim) {
        return got.stream().anyMatch(c -> c.equals(claim) || c.startsWith(claim + " "));
    }

    private static boolean anyTreats(List<String> got) {
        return got.stream().anyMatch(c -> c.contains(" treats ") || c.contains(" contributesTo "));
    }

    @Test
    void aBenefitWithNoDiseaseTreatsTheTitlesDisease() throws Exception {
        List<String> on = claims(true, "Exosomes from macrophages protected the cartilage after ligament transection.", "cartilage");
        assertTrue(has(on, "Exosome treats Osteoarthritis"), on.toString());
        assertFalse(on.stream().anyMatch(c -> c.contains("RheumatoidArthritis")), on.toString()); // not the background's
        List<String> off = claims(false, "Exosomes from macrophages protected the cartilage after ligament transection.", "cartilage");
        assertFalse(anyTreats(off), off.toString());
        List<String> swelling = claims(true, "Exosomes from macrophages reduced swelling by 52 % at 24 hours.", "swelling");
        assertTrue(has(swelling, "Exosome treats Osteoarthritis"), swelling.toString());
        // asserted only (second measurement): a denial or a hedge gives nothing, not even a wrong polarity
        List<String> denied = claims(true, "Exosomes from fibroblasts did not reduce the swelling.", "the swelling");
        assertFalse(anyTreats(denied), denied.toString());
        List<String> hedged = claims(true, "Exosomes from macrophages may protect the cartilage of older dogs.", "older dogs");
        assertFalse(anyTreats(hedged), hedged.toString());
    }

    @Test
    void lookAlikesAreNotRead() throws Exception {
        // a molecule's level is a molecular effect, not the disease
        List<String> molecule = claims(true, "Exosomes from macrophages reduced the expression of the enzyme in chondrocytes.", "expression");
        assertFalse(anyTreats(molecule), molecule.toString());
        // the vesicles' own making or loading
        List<String> own = claims(true, "Sonication improved the loading of the exosomes.", "loading");
        assertFalse(anyTreats(own), own.toString());
        // in vitro
        List<String> dish = claims(true, "Exosomes from macrophages protected cultured chondrocytes from apoptosis in vitro.", "apoptosis");
        assertFalse(anyTreats(dish), dish.toString());
        // a control arm of the same source changed denies nothing (convention bbbbbbbb)
        List<String> control = claims(true, "Unloaded exosomes did not reduce the swelling.", "Unloaded");
        assertFalse(control.stream().anyMatch(c -> c.contains(" NOT treats Osteoarthritis")), control.toString());
        // cells in the dish, a cell or a cargo as the object
        List<String> cells = claims(true, "In stimulated chondrocytes, exosomes from macrophages restored the matrix.", "stimulated");
        assertFalse(anyTreats(cells), cells.toString());
        List<String> cargo = claims(true, "Exosomes from macrophages lowered interleukin-6 in the joint.", "interleukin");
        assertFalse(anyTreats(cargo), cargo.toString());
        // a sentence naming a disease of its own keeps its own reading
        List<String> own2 = claims(true, "Exosomes from macrophages protected the cartilage of mice with gout.", "gout");
        assertFalse(own2.stream().anyMatch(c -> c.contains("treats Osteoarthritis")), own2.toString());
    }
}
