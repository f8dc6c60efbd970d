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
 * Issue 15, branch displayed40 (docs/extraction.md, "Molecules displayed on or attached to the vesicles"): a molecule
 * the vesicles were engineered to display, or are decorated, coated or conjugated with, is carried (gold convention i;
 * {@code -Dexokg.displayedCargo}). Invented sentences, none from a gold set, through the real pipeline; look-alikes
 * (a capture bead, a liposome, PEG) that must read nothing.
 */
@ExtendWith(WithoutClaimConfidence.class)
class DisplayedCargoTest {

    private static final String SWITCH = "exokg.displayedCargo";

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
    void engineeredToDisplayIsCarried() throws Exception {
        System.setProperty(SWITCH, "true");
        List<String> got = claims("Exosomes from HEK293 cells were engineered to display a folate ligand.");
        assertTrue(carries(got, "FolateLigand"), got.toString());
        List<String> aptamer = claims("Milk vesicles were modified to display an aptamer against a tumour receptor.");
        assertTrue(carries(aptamer, "Aptamer"), aptamer.toString());
    }

    @Test
    void decoratedWithIsCarried() throws Exception {
        System.setProperty(SWITCH, "true");
        List<String> got = claims("Goat milk vesicles decorated with the RVG peptide reached the hippocampus.");
        assertTrue(carries(got, "RvgPeptide"), got.toString());
        List<String> conj = claims("The plasma exosomes were conjugated to a targeting peptide by click chemistry.");
        assertTrue(carries(conj, "TargetingPeptide"), conj.toString());
        List<String> hyphen = claims("Milk exosomes decorated with a myelin-binding aptamer reached the corpus callosum.");
        assertTrue(carries(hyphen, "Aptamer"), hyphen.toString());
        List<String> coated = claims("Red cell vesicles coated with an antibody against a leukaemia marker killed the blasts.");
        assertTrue(carries(coated, "Antibody"), coated.toString());
    }

    @Test
    void lookAlikesReadNothing() throws Exception {
        System.setProperty(SWITCH, "true");
        List<String> beads = claims("Plasma exosomes were captured on magnetic beads coated with an antibody against CD63.");
        assertFalse(carries(beads, "Antibody"), beads.toString());
        List<String> lipo = claims("Milk exosomes, unlike liposomes decorated with the RVG peptide, reached the hippocampus.");
        assertFalse(carries(lipo, "RvgPeptide"), lipo.toString());
    }

    @Test
    void switchedOffReadsNothingNew() throws Exception {
        System.setProperty(SWITCH, "false");
        List<String> got = claims("Goat milk vesicles decorated with the RVG peptide reached the hippocampus.");
        assertFalse(carries(got, "RvgPeptide"), got.toString());
        List<String> eng = claims("Exosomes from HEK293 cells were engineered to display a folate ligand.");
        assertFalse(carries(eng, "FolateLigand"), eng.toString());
    }
}
