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
 * A demonstrative vesicle noun in a later clause of the sentence that named the vesicles with their source refers back
 * to them ("B lymphocytes secrete exosomes ..., and such exosomes present antigen"): it keeps that source, as an anaphor
 * in the next sentence does (convention c; issue 15, branch discoursesource, SubjectScopeResolver.earlierVesiclesSource).
 * Invented sentences, each next to a near neighbour: a contrast between the two mentions, or two coordinated sources,
 * leave the later vesicles unqualified.
 */
class DemonstrativeVesiclesInTheSameSentenceTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String sentence) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, sentence + "\n", ".txt");
        return TestSupport.claimsOf(e, sentence.substring(0, 20), true);
    }

    @Test
    void theseVesiclesAfterTheirReleaseKeepTheReleasingCells() throws Exception {
        List<String> c = claimsOf("Neutrophils release exosomes, and these exosomes carry myeloperoxidase.");
        assertTrue(c.contains("Exosome[Neutrophil] carries Enzyme"), c.toString());
        assertFalse(c.contains("Exosome carries Enzyme"), c.toString());
    }

    @Test
    void suchVesiclesAfterARelativeClauseKeepThemToo() throws Exception {
        List<String> c = claimsOf("B lymphocytes secrete exosomes that carry MHC class II molecules, and such exosomes can "
                + "present antigen directly to T cells.");
        assertTrue(c.contains("Exosome[BCell] targets TCell"), c.toString());
        assertFalse(c.contains("Exosome targets TCell"), c.toString());
    }

    @Test
    void aContrastBetweenTheMentionsNamesOtherVesicles() throws Exception {
        List<String> c = claimsOf("Exosomes from fibroblasts did not reduce scarring, whereas these exosomes carry myeloperoxidase.");
        assertFalse(c.stream().anyMatch(x -> x.contains("[Fibroblast] carries")), c.toString());
    }

    @Test
    void coordinatedSourcesQualifyNeither() throws Exception {
        List<String> c = claimsOf("Neutrophils and macrophages release exosomes, and these exosomes carry myeloperoxidase.");
        assertTrue(c.contains("Exosome carries Enzyme"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("[")), c.toString());
    }

    @Test
    void theVesiclesAfterAnOriginPhraseKeepItsSource() throws Exception {
        List<String> c = claimsOf("A composition comprising exosomes isolated from bovine milk, wherein the exosomes carry paclitaxel.");
        assertTrue(c.stream().anyMatch(x -> x.matches("\\w*Exosome\\[BovineMilk\\] carries Paclitaxel")), c.toString());
    }

    @Test
    void aSourceInAnotherNounsPhraseIsNoOrigin() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "[0013] Exosomes from HEK293 cells are decorated with "
                + "lipid-anchored aptamers.\n[0014] The inventors believe that the lipid-anchored aptamers also shield the vesicles "
                + "from recognition by macrophages, so that the decorated vesicles evade immune clearance.\n", ".txt");
        List<String> c = TestSupport.claimsOf(e, "decorated vesicles evade", true);
        assertFalse(c.stream().anyMatch(x -> x.contains("[Macrophage]")), c.toString());
    }
}
