package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch productcodes (twenty-sixth session), conventions d, ll and b: vesicle names of a bacterium spelt by its
 * species' initials ("AbOMVs", "Bf-OMVs", "SpMVs", "AmEVs") are the vesicles of the bacterium the document names by its
 * binomial, at every use (MentionRecognizer.addBacterialCodes; switch -Dexokg.noBacterialCodes). Invented texts; each
 * positive has a neighbour without the binomial, where the two letters name nothing.
 */
class BacterialSpeciesCodesTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text, ".txt");
        return e.claims().stream()
                .map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + local(c.objectIri())
                        + (c.hedged() ? " HEDGED" : "") + " | " + c.sentence().text())
                .distinct().toList();
    }

    private static boolean has(List<String> got, String claim, String sentenceStart) {
        return got.stream().anyMatch(c -> c.startsWith(claim + " | " + sentenceStart));
    }

    @Test
    void joinedInitialsAreTheNamedBacteriumsVesicles() throws Exception {
        List<String> got = claims("Outer membrane vesicles of Acinetobacter baumannii were purified from a detoxified strain.\n\n"
                + "AbOMVs carried no plasmid DNA.");
        assertTrue(has(got, "BacterialOuterMembraneVesicle derivedFrom Bacterium", "AbOMVs"), got.toString());
        assertTrue(has(got, "BacterialOuterMembraneVesicle[Bacterium] NOT carries DNA", "AbOMVs"), got.toString());
    }

    @Test
    void joinedLettersWithoutTheBinomialNameNoBacterium() throws Exception {
        List<String> got = claims("Outer membrane vesicles were purified from a detoxified strain.\n\nAbOMVs carried no plasmid DNA.");
        assertFalse(got.stream().anyMatch(c -> c.contains("derivedFrom Bacterium | AbOMVs")), got.toString());
    }

    @Test
    void hyphenatedInitialsAreTheNamedBacteriumsVesicles() throws Exception {
        List<String> got = claims("Bacteroides fragilis packages polysaccharide A into its outer membrane vesicles.\n\n"
                + "Bf-OMVs reduced colitis in mice.");
        assertTrue(has(got, "BacterialOuterMembraneVesicle[Bacterium] treats InflammatoryDisease", "Bf-OMVs"), got.toString());
        assertTrue(has(got, "BacterialOuterMembraneVesicle derivedFrom Bacterium", "Bf-OMVs"), got.toString());
    }

    @Test
    void membraneVesiclesOfAGramPositiveAreExtracellularVesicles() throws Exception {
        List<String> got = claims("Membrane vesicles of Streptococcus pneumoniae were isolated by ultracentrifugation.\n\n"
                + "SpMVs protected mice against pneumonia.");
        assertTrue(has(got, "ExtracellularVesicle[Bacterium] treats InfectiousDisease", "SpMVs"), got.toString());
    }

    @Test
    void anAntibodyCodeInATextNamingNoSuchBacteriumIsNoBacterium() throws Exception {
        List<String> got = claims("Antibodies against CD20 were conjugated to extracellular vesicles of macrophages.\n\n"
                + "Ab-EVs were taken up by lymphoma cells.");
        assertFalse(got.stream().anyMatch(c -> c.contains("Bacterium")), got.toString());
    }

    @Test
    void aBinomialOfAnotherKingdomSpellsNoBacterium() throws Exception {
        List<String> got = claims("Vesicles of Homo sapiens cells were compared with mouse vesicles.\n\n"
                + "HsEVs were taken up by macrophages.");
        assertFalse(got.stream().anyMatch(c -> c.contains("Bacterium")), got.toString());
    }
}
