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
 * Issue 15, which preparation a sentence is about (branch derivednames): a name given to a modified form of the studied
 * preparation stands for that preparation, source and all. Two shapes: the name in brackets after the agent that
 * modified a named preparation ("We wrapped UC-Exos with a hyaluronan shell (HA-Exos)"), and the name of an
 * "<agent>-<participle>" form of the vesicles the text studies ("Curcumin-loaded exosomes (Cur-Exo)"). Each with a near
 * neighbour whose bracketed name is another preparation and must not take the source. Invented sentences, through the
 * real pipeline and ontology.
 */
class DerivedPreparationNamesTest {

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    private static boolean anyWith(List<String> claims, String part) {
        return claims.stream().anyMatch(c -> c.contains(part));
    }

    @Test
    void aNameAfterTheModifyingAgentKeepsThePreparationsSource() throws Exception {
        DocumentExtraction e = extract("Exosomes from umbilical cord mesenchymal stem cells (UC-Exos) were collected by "
                + "ultracentrifugation. We wrapped UC-Exos with a hyaluronan shell (HA-Exos). HA-Exos were taken up by chondrocytes.\n");
        List<String> claims = TestSupport.claimsOf(e, "HA-Exos were taken up", false);
        assertTrue(anyWith(claims, "[MesenchymalStemCell] targets Chondrocyte"), () -> TestSupport.claimsOf(e, "", false).toString());
        // near neighbour: the agent is vesicle material of another source (a hybrid), so the new name is no UC-Exos
        DocumentExtraction n = extract("Exosomes from umbilical cord mesenchymal stem cells (UC-Exos) were collected by "
                + "ultracentrifugation. We wrapped UC-Exos with membranes of macrophages (MM-Exos). MM-Exos were taken up by chondrocytes.\n");
        assertFalse(anyWith(TestSupport.claimsOf(n, "MM-Exos were taken up", false), "[MesenchymalStemCell]"),
                () -> TestSupport.claimsOf(n, "", false).toString());
    }

    private static final String BACKGROUND = "\n\nBackground\n";
    private static final String RESULTS = "\n\nResults\nPeptide-coupled exosomes (Pep-Exo) were taken up by macrophages. "
            + "Pep-Exo reduced inflammation in the colon.\n";

    @Test
    void aNamedAgentParticipleFormIsTheStudiedPreparation() throws Exception {
        DocumentExtraction e = extract("Curcumin-carrying exosomes from adipose stem cells calm colitis in mice" + BACKGROUND
                + "Exosomes released by adipose-derived stem cells are thought to calm inflamed "
                + "tissue, but most of them are lost in the stomach. Exosomes from elderly donors, moreover, may be less active.\n\n"
                + "Methods\nExosomes were isolated from the culture medium of adipose-derived stem cells by ultracentrifugation and "
                + "coupled to a colon-homing peptide through a lipid anchor. Mice received 50 µg of exosomes by mouth every day." + RESULTS);
        assertTrue(anyWith(TestSupport.claimsOf(e, "Pep-Exo reduced", false), "[MesenchymalStemCell] treats InflammatoryDisease"),
                () -> TestSupport.claimsOf(e, "", false).toString());
        // near neighbour: the study's vesicles are of no stated source (two sources in the background), so the named form
        // of them takes none
        DocumentExtraction n = extract("Curcumin-carrying exosomes calm colitis in mice" + BACKGROUND
                + "Exosomes released by adipose-derived stem cells and by platelets are thought "
                + "to calm inflamed tissue.\n\nMethods\nCommercial exosomes of unstated origin were coupled to a colon-homing "
                + "peptide through a lipid anchor. Mice received 50 µg of exosomes by mouth every day." + RESULTS);
        List<String> other = TestSupport.claimsOf(n, "Pep-Exo reduced", false);
        assertFalse(anyWith(other, "["), () -> TestSupport.claimsOf(n, "", false).toString());
    }
}
