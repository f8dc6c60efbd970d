package org.exokg.claim;

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
 * Issue 15, branch antecedents36: the subject a sentence refers back to (docs/extraction.md, "Subjects that refer
 * back"; AntecedentReadings). Invented sentences, none from a gold set, through the real pipeline; each reading with
 * its switch on and off, and a neighbour the reading must leave alone.
 */
@ExtendWith(WithoutClaimConfidence.class)
class AntecedentReadingsTest {

    @AfterEach
    void reset() {
        System.clearProperty("exokg.antecedentSecondSource");
    }

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    private List<String> shown(String text, String words) throws Exception {
        return TestSupport.claimsOf(extract(text), words, false);
    }

    @Test
    void aSecondSourceOfAnAnaphorKeepsTheAntecedentsSource() throws Exception {
        String text = "Bile EVs were enriched in claudin-3 in patients with cholangiocarcinoma. "
                + "Their cargo probably comes from dysplastic cholangiocytes.\n";
        // off (the default; set explicitly, whatever the command line says): the anaphor's derivedFrom row is unqualified
        System.setProperty("exokg.antecedentSecondSource", "false");
        List<String> off = shown(text, "Their cargo");
        assertFalse(off.stream().anyMatch(c -> c.contains("[Bile] derivedFrom")), off.toString());
        System.setProperty("exokg.antecedentSecondSource", "true");
        List<String> on = shown(text, "Their cargo");
        assertTrue(on.stream().anyMatch(c -> c.startsWith("ExtracellularVesicle[Bile] derivedFrom")), on.toString());
    }

    @Test
    void theAntecedentsOwnSourceStaysUnqualified() throws Exception {
        System.setProperty("exokg.antecedentSecondSource", "true");
        // the object is the antecedent's own source: its row stays unqualified (convention b)
        List<String> own = shown("Milk exosomes reduced colitis in mice. The vesicles were isolated from milk by ultracentrifugation.\n",
                "were isolated");
        assertFalse(own.stream().anyMatch(c -> c.contains("[Milk] derivedFrom")), own.toString());
    }
}
