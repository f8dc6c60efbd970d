package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch labelledanaphors (twenty-fifth session): bare "labelled vesicles" after a labelled preparation, as the
 * opening subject or the object of a verb, are a later use of it that carries an ImagingProbe (conventions c and m),
 * with the preparation's qualifier. Invented texts through the real pipeline, both ways: labelled antibodies and
 * labelled synaptic vesicles are no labelled preparation.
 */
class LabelledBareVesiclesTest {

    private static final String TITLE = "Mast cell vesicles in allergy.\n\n";

    @TempDir
    Path dir;

    private List<String> claims(String text, String words) throws Exception {
        return TestSupport.claimsOfText(dir, TITLE + text + "\n", words);
    }

    @Test
    void anOpeningLabelledBareSubjectCarriesTheProbeWithThePreparationsQualifier() throws Exception {
        List<String> c = claims("Exosomes of mast cells were isolated from the cultures and labelled. Labelled vesicles injected "
                + "into the knee stayed in the joint for 14 days and were found in chondrocytes.", "Labelled vesicles injected");
        assertTrue(c.contains("Exosome[MastCell] carries ImagingProbe"), c::toString);
        assertTrue(c.contains("Exosome[MastCell] targets Chondrocyte"), c::toString);
    }

    @Test
    void labelledBareVesiclesAsAnObjectCarryTheProbe() throws Exception {
        List<String> took = claims("Exosomes of mast cells were isolated from the cultures and labelled. Macrophages in the "
                + "spleen took up labelled vesicles within two hours.", "took up labelled");
        assertTrue(took.contains("Exosome[MastCell] carries ImagingProbe"), took::toString);
        List<String> traced = claims("Exosomes of mast cells were isolated from the cultures and labelled. Histology traced "
                + "labelled vesicles inside splenic macrophages.", "Histology traced");
        assertTrue(traced.contains("Exosome[MastCell] carries ImagingProbe"), traced::toString);
    }

    @Test
    void labelledAntibodiesAndLabelledSynapticVesiclesAreNoLabelledPreparation() throws Exception {
        List<String> antibodies = claims("Exosomes of mast cells were isolated from the cultures. Labelled antibodies against "
                + "CD63 bound the vesicles on the grid.", "Labelled antibodies");
        assertFalse(antibodies.stream().anyMatch(x -> x.endsWith(" carries ImagingProbe")), antibodies::toString);
        List<String> synaptic = claims("Exosomes of mast cells were isolated from the cultures. Neurons released labelled "
                + "synaptic vesicles within two hours.", "Neurons released");
        assertFalse(synaptic.stream().anyMatch(x -> x.endsWith(" carries ImagingProbe")), synaptic::toString);
        List<String> unlabelled = claims("Exosomes of mast cells were isolated from the cultures. Macrophages in the spleen "
                + "took up unlabelled vesicles within two hours.", "took up unlabelled");
        assertFalse(unlabelled.stream().anyMatch(x -> x.endsWith(" carries ImagingProbe")), unlabelled::toString);
    }
}
