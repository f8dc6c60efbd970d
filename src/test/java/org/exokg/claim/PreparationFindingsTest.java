package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (issue 15, branch preparationmentions38; convention cccccccc) In a text of one preparation, a bare vesicle word in a
 * sentence that reports the study's finding ("The exosomes were taken up by ...") is the preparation and takes its source
 * ({@link TextPreparation}, switch -Dexokg.preparationFindings, off by default; applied here whatever the switch). A
 * present-tense general statement about the kind stays unqualified, and a text of two preparations leaves the bare word
 * unqualified. Invented texts.
 */
class PreparationFindingsTest {

    @TempDir
    Path dir;

    private static final String ONE_SOURCE = "We isolated exosomes from mesenchymal stem cells. Mesenchymal stem cell exosomes carried "
            + "microRNAs. Mesenchymal stem cell exosomes reduced inflammation in mice. ";

    private List<String> claims(String text, String words) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text + "\n", ".txt");
        List<Claim> all = TextPreparation.resolve(e.document().text(), e.mentions(), e.claims(),
                TestSupport.projectBuilder().lexicon(), true);
        return all.stream().filter(c -> c.sentence().text().contains(words))
                .map(c -> TestSupport.local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + TestSupport.local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + TestSupport.local(c.objectIri()))
                .distinct().toList();
    }

    private static boolean anyQualified(List<String> c) {
        return c.stream().anyMatch(x -> x.contains("["));
    }

    @Test
    void aFindingOfTheBareWordTakesThePreparation() throws Exception {
        List<String> c = claims(ONE_SOURCE + "Exosomes kept frozen for six months reduced inflammation in mice.", "kept frozen");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Exosome[MesenchymalStemCell]")), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Exosome ")), c.toString());
    }

    @Test
    void aGeneralStatementOfTheKindStaysUnqualified() throws Exception {
        List<String> c = claims(ONE_SOURCE + "Exosomes carry microRNAs between cells.", "between cells");
        assertFalse(c.isEmpty(), c.toString());
        assertFalse(anyQualified(c), c.toString());
    }

    @Test
    void aTextOfTwoPreparationsLeavesTheBareWord() throws Exception {
        List<String> c = claims(ONE_SOURCE + "Exosomes from fibroblasts carried microRNAs. Fibroblast exosomes reduced inflammation. "
                + "Exosomes kept frozen for six months reduced inflammation in mice.", "kept frozen");
        assertFalse(c.isEmpty(), c.toString());
        assertFalse(anyQualified(c), c.toString());
    }
}
