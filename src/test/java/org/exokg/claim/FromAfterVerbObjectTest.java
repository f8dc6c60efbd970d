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
 * Issue 15, branch fromobject: a "from" phrase after the object of a verb the vesicles do ("induced interleukin-8
 * release from epithelial cells", "excised proviral DNA from T cells") names that object's origin, not the vesicles'
 * ({@code unlessBetween} of vesicle-derived-from-source); a source verb ("isolated from", "released from") or a bare
 * "EVs from X" keeps the source. Invented sentences through the real pipeline.
 */
class FromAfterVerbObjectTest {

    @TempDir
    Path dir;

    private static List<String> claimsOf(DocumentExtraction e, String words) {
        return TestSupport.claimsOf(e, words, false);
    }

    private static boolean derivedFromAny(List<String> claims) {
        return claims.stream().anyMatch(c -> c.contains(" derivedFrom "));
    }

    @Test
    void fromAfterTheVerbsObjectNamesNoSource() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "The vesicles induced interleukin-8 release from epithelial cells. "
                + "The exosomes excised proviral DNA from T cells. "
                + "The vesicles promoted the efflux of cholesterol from macrophages. "
                + "The exosomes removed amyloid from microglia.\n", ".txt");
        for (String words : List.of("interleukin-8 release", "excised proviral", "efflux of cholesterol", "removed amyloid")) {
            List<String> claims = claimsOf(e, words);
            assertFalse(derivedFromAny(claims), words + ": " + claims);
        }
    }

    @Test
    void aSourceVerbOrABareFromKeepsTheSource() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "Exosomes isolated from plasma carry microRNAs. "
                + "Vesicles released from platelets carry proteins. "
                + "EVs from MSCs reduced fibrosis in mice. "
                + "Exosomes were isolated by ultracentrifugation from urine. "
                + "Hypoxia increased exosome release from tumour cells. "
                + "Lavage EVs from injured lungs came mostly from neutrophils.\n", ".txt");
        assertTrue(claimsOf(e, "isolated from plasma").stream().anyMatch(c -> c.endsWith("derivedFrom BloodPlasma")),
                claimsOf(e, "isolated from plasma").toString());
        assertTrue(claimsOf(e, "released from platelets").stream().anyMatch(c -> c.endsWith("derivedFrom Platelet")),
                claimsOf(e, "released from platelets").toString());
        assertTrue(claimsOf(e, "EVs from MSCs").stream().anyMatch(c -> c.endsWith("derivedFrom MesenchymalStemCell")),
                claimsOf(e, "EVs from MSCs").toString());
        assertTrue(claimsOf(e, "by ultracentrifugation").stream().anyMatch(c -> c.endsWith("derivedFrom Urine")),
                claimsOf(e, "by ultracentrifugation").toString());
        assertTrue(claimsOf(e, "exosome release").stream().anyMatch(c -> c.endsWith("derivedFrom TumorCell")),
                claimsOf(e, "exosome release").toString());
        // an "-ed" word after "from" modifies the source: no verb of the vesicles
        assertTrue(claimsOf(e, "injured lungs").stream().anyMatch(c -> c.endsWith("derivedFrom Neutrophil")),
                claimsOf(e, "injured lungs").toString());
    }
}
