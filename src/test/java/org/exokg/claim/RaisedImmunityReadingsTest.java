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
 * Issue 15, branch immunogenicity40 (docs/extraction.md, "Antibodies the vesicles raised in immunised animals"):
 * antibodies an immunised group produced, antibodies raised by the vesicles, and two antibody kinds joined after the
 * immune verb are hasProperty Immunogenicity (convention ttttt). Invented sentences, none from a gold set, through the
 * real pipeline, with {@code -Dexokg.raisedImmunity} on and off, and look-alikes that must give no Immunogenicity.
 */
@ExtendWith(WithoutClaimConfidence.class)
class RaisedImmunityReadingsTest {

    private static final String SWITCH = "exokg.raisedImmunity";

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty(SWITCH);
    }

    private List<String> claims(String text) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text + "\n", ".txt");
        return e.claims().stream()
                .map(c -> local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + c.relation().localName() + " "
                        + local(c.objectIri()) + (c.hedgeCue() != null ? " HEDGED" : "")).toList();
    }

    private static boolean immunogenic(List<String> got) {
        return got.stream().anyMatch(c -> c.endsWith(" hasProperty Immunogenicity") && !c.contains(" NOT "));
    }

    private static final String OPENING = "Outer membrane vesicles of Moraxella catarrhalis were given intranasally to mice. ";

    @Test
    void probe() throws Exception {
        System.setProperty(SWITCH, "true");
        for (String s : List.of(
                OPENING + "Immunised chinchillas produced nasal IgA and serum IgG that killed the strain.",
                OPENING + "Vaccinated young mice made broad antibodies that neutralised the toxin.",
                OPENING + "Antibodies raised by the vesicles recognised three other strains.",
                "Nasal walnut vesicles induced salivary and serum IgA in rats.",
                "Mice immunised twice with 5 µg of engineered EVs developed neutralising antibodies and survived.",
                OPENING + "Immunised mice produced no antibodies against the toxin.",
                OPENING + "Mice immunised with liposomes produced serum IgG.",
                OPENING + "Mice immunised with the vesicles and alum produced serum IgG.",
                "Milk exosomes did not elicit antibodies after ten doses.",
                "The walnut vesicles induced serum and mucosal IgA.",
                OPENING + "Immunised hamsters developed IgG2 antibodies.",
                OPENING + "No serious adverse events occurred.",
                OPENING + "Immunised mice produced IgG.",
                OPENING + "Vaccinated young mice made broad antibodies.",
                OPENING + "Immunised chinchillas produced nasal IgA and serum IgG.",
                OPENING + "Immunised rats produced nasal IgA.",
                OPENING + "Immunised mice produced IgG that killed the strain.",
                OPENING + "Immunised mice produced IgG that neutralised the toxin.")) {
            System.out.println("PROBE " + s + " -> " + claims(s));
        }
    }
}
