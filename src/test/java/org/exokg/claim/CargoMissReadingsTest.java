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
 * Issue 15, branch cargomisses37 (docs/extraction.md, "Cargo the extractor missed"): a later cargo item that repeats the
 * first item's opener ("enriched in the lncRNA X and in miR-210", "more of ... and of ...", "loaded with ... or with
 * ..."), also after the first item's own name, is an item of the same list ({@code -Dexokg.cargoItems}, OFF by default).
 * Invented sentences, none from a gold set, through the real pipeline; neighbours that must read nothing.
 */
@ExtendWith(WithoutClaimConfidence.class)
class CargoMissReadingsTest {

    private static final String SWITCH = "exokg.cargoItems";

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty(SWITCH);
    }

    private List<String> claims(String sentence) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, sentence + "\n", ".txt");
        return e.claims().stream().map(c -> local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + c.relation().localName()
                + " " + local(c.objectIri())).toList();
    }

    private static boolean carries(List<String> got, String cargo) {
        return got.stream().anyMatch(c -> c.endsWith(" carries " + cargo) && !c.contains(" NOT "));
    }

    @Test
    void repeatedOpenerJoinsTheList() throws Exception {
        System.setProperty(SWITCH, "true");
        List<String> in = claims("Plasma exosomes were enriched in the transcription factor zelphin and in miR-29a.");
        assertTrue(carries(in, "Protein") && carries(in, "MicroRNA"), in.toString());
        List<String> named = claims("Plasma exosomes were rich in the axon guidance protein QRT-7 and in miR-21.");
        assertTrue(carries(named, "MicroRNA"), named.toString());
        List<String> with = claims("Plasma exosomes were loaded with doxorubicin or with a cholesterol-tagged siRNA.");
        assertTrue(carries(with, "SiRNA"), with.toString());
    }

    @Test
    void switchedOffReadsTheFirstItemOnly() throws Exception {
        System.setProperty(SWITCH, "false");
        List<String> in = claims("Plasma exosomes were enriched in the transcription factor zelphin and in miR-29a.");
        assertTrue(carries(in, "Protein"), in.toString());
        assertFalse(carries(in, "MicroRNA"), in.toString());
    }

    @Test
    void neighboursReadNothingNew() throws Exception {
        System.setProperty(SWITCH, "true");
        // a clause goes on after the first item: "was" is no name, so no list
        List<String> clause = claims("Plasma exosomes were enriched in CD63, which was absent and in turn miR-21 fell.");
        assertFalse(carries(clause, "MicroRNA"), clause.toString());
        // another opener ("in" then "of"): no list
        List<String> other = claims("Plasma exosomes were enriched in CD63 and of the patients, miR-21 levels fell.");
        assertFalse(carries(other, "MicroRNA"), other.toString());
        // the second "in" names a place, not a cargo: no carries claim for it
        List<String> place = claims("Plasma exosomes were enriched in CD63 and in the liver of treated mice.");
        assertFalse(place.stream().anyMatch(c -> c.contains("carries Liver")), place.toString());
    }
}
