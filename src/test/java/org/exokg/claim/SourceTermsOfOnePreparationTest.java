package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (issue 15, branch preparationanaphors2) The text's one preparation is counted by source TERM, not by qualifier class:
 * two organisms of one class (Bacterium) are two preparations, and their anaphors keep the chain's
 * reading; one organism named in full and abbreviated, or by its genus and its binomial, is one. Invented texts; the
 * reading ({@link TextPreparation#resolve}) is applied here whatever the switch -Dexokg.textPreparationAnaphors.
 */
class SourceTermsOfOnePreparationTest {

    @TempDir
    Path dir;

    private List<String> claims(String text, String words) throws Exception {
        return TestSupport.claimsWithTextPreparation(dir, text, words);
    }

    private static final String TAIL = "In Gram-negative species these are called outer membrane vesicles, or OMVs. "
            + "OMVs carry enzymes that break down fibre. They also cross the mucus layer and reach the cells lining the gut.";

    private static final String QUALIFIED = "BacterialOuterMembraneVesicle[Bacterium] crosses BiologicalBarrier";

    @Test
    void twoOrganismsOfOneClassAreTwoPreparations() throws Exception {
        List<String> c = claims("Extracellular vesicles of Bacteroides fragilis protected mice against colitis. Extracellular vesicles of "
                + "Escherichia coli carry lipopolysaccharide. " + TAIL, "They also cross");
        assertFalse(c.stream().anyMatch(x -> x.startsWith(QUALIFIED)), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("BacterialOuterMembraneVesicle crosses BiologicalBarrier")), c.toString());
    }

    @Test
    void theTextsOrganismBesideAnotherNamedOnceIsOnePreparation() throws Exception {
        // most of the sentences that name a source name one organism: a comparison arm or a control of another does not make
        // the text two preparations
        List<String> c = claims("Extracellular vesicles of Bacteroides fragilis carry polysaccharide A. Extracellular vesicles of "
                + "Bacteroides fragilis protected mice against colitis. Extracellular vesicles of Escherichia coli were taken up by "
                + "dendritic cells. Extracellular vesicles of Bacteroides fragilis carry lipopolysaccharide. " + TAIL, "They also cross");
        assertTrue(c.stream().anyMatch(x -> x.startsWith(QUALIFIED)), c.toString());
    }

    @Test
    void oneOrganismInFullAndAbbreviatedIsOnePreparation() throws Exception {
        List<String> c = claims("Extracellular vesicles of Bacteroides fragilis carry polysaccharide A. Extracellular vesicles of "
                + "Bacteroides fragilis protected mice against colitis. Extracellular vesicles of B. fragilis were taken up by "
                + "dendritic cells. " + TAIL, "They also cross");
        assertTrue(c.stream().anyMatch(x -> x.startsWith(QUALIFIED)), c.toString());
    }

    @Test
    void aGenusBesideItsSpeciesIsOnePreparation() throws Exception {
        List<String> c = claims("Extracellular vesicles of Bacteroides fragilis carry polysaccharide A. Extracellular vesicles of "
                + "Bacteroides fragilis protected mice against colitis. Extracellular vesicles of Bacteroides were taken up by "
                + "dendritic cells. " + TAIL, "They also cross");
        assertTrue(c.stream().anyMatch(x -> x.startsWith(QUALIFIED)), c.toString());
    }

    @Test
    void countingSourceTermsSeparatesTwoOrganismsTheQualifierClassJoins() throws Exception {
        // the same two-organism text read by qualifier class alone (the first version's count) takes the one class
        String text = "Extracellular vesicles of Bacteroides fragilis protected mice against colitis. Extracellular vesicles of "
                + "Escherichia coli carry lipopolysaccharide. " + TAIL + "\n";
        List<Claim> all = TestSupport.extractText(dir, text, ".txt").claims();
        all = TextPreparation.resolve(all, TestSupport.projectBuilder().lexicon()::isA);
        assertTrue(all.stream().anyMatch(x -> x.sentence().text().contains("They also cross")
                && String.valueOf(x.qualifierIri()).endsWith("/Bacterium")), all.toString());
    }
}
