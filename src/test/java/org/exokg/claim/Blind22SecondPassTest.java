package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch dev22b (twentieth session): a patent's dependent claim that restates the claimed vesicles' source by a
 * broader word ("the milk exosomes" after "exosomes isolated from bovine milk") keeps the claimed source as qualifier; a molecule displayed by conjugation to the vesicles' own surface makes them
 * engineered (convention z); safety stated as "given safely" or "spared the liver" (LowToxicity) and harms of a label's
 * headings (SafetyConcern). Invented sentences, each with a near neighbour that must not give the claim.
 */
class Blind22SecondPassTest {

    @TempDir
    Path dir;

    private List<String> claims(String text, String words) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text, ".txt");
        return e.claims().stream().filter(c -> c.sentence().text().contains(words))
                .map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + local(c.objectIri()))
                .distinct().toList();
    }

    private static final String CLAIM_1 = "CLAIMS\n\n1. A composition comprising exosomes isolated from human milk, wherein the "
            + "exosomes carry curcumin.\n\n";

    @Test
    void aDependentClaimsShorterSourceWordKeepsTheClaimedSource() throws Exception {
        List<String> got = claims(CLAIM_1 + "2. The composition of claim 1, wherein the milk exosomes carry CD63.\n", "CD63");
        assertTrue(got.contains("Exosome[HumanMilk] carries Cd63"), got.toString());
        assertTrue(got.contains("Exosome derivedFrom Milk"), got.toString()); // the row of the word the sentence uses (b)
        List<String> engineered = claims("CLAIMS\n\n1. A composition comprising exosomes isolated from human milk, wherein the "
                + "exosomes display an RGD peptide conjugated to their surface.\n\n2. The composition of claim 1, wherein the milk "
                + "exosomes carry CD63.\n", "CD63");
        assertTrue(engineered.contains("EngineeredExosome[HumanMilk] carries Cd63"), engineered.toString());
        assertTrue(engineered.contains("EngineeredExosome derivedFrom Milk"), engineered.toString());
    }

    @Test
    void aMeansAfterTheVesiclesIsNoOriginOfTheirOwn() throws Exception {
        List<String> got = claims(CLAIM_1 + "2. The composition of claim 1, wherein the curcumin is loaded into the exosomes by "
                + "sonication.\n", "sonication");
        assertTrue(got.contains("Exosome[HumanMilk] loadedBy Sonication"), got.toString());
        List<String> other = claims(CLAIM_1 + "2. The composition of claim 1, further comprising the exosomes of bovine colostrum "
                + "carrying CD9.\n", "CD9");
        assertFalse(other.stream().anyMatch(c -> c.contains("[HumanMilk]")), other.toString());
    }

    @Test
    void aSentenceThatIsNoDependentClaimKeepsItsOwnWord() throws Exception {
        List<String> got = claims("Exosomes were isolated from human milk and loaded with curcumin. The milk exosomes carried "
                + "CD63.\n", "CD63");
        assertTrue(got.contains("Exosome[Milk] carries Cd63"), got.toString());
        List<String> other = claims(CLAIM_1 + "2. The composition of claim 1, wherein the plasma exosomes carry CD63.\n", "CD63");
        assertFalse(other.stream().anyMatch(c -> c.contains("[HumanMilk]")), other.toString());
    }

    @Test
    void aMoleculeConjugatedToTheirSurfaceMakesThemEngineered() throws Exception {
        List<String> got = claims("A composition comprising exosomes isolated from human milk, wherein the exosomes carry "
                + "doxorubicin and display an RGD peptide conjugated to their surface.\n", "RGD");
        assertTrue(got.stream().anyMatch(c -> c.startsWith("EngineeredExosome") && c.endsWith("carries Doxorubicin")), got.toString());
        List<String> loadedOnly = claims("A composition comprising exosomes isolated from human milk, wherein the exosomes "
                + "carry doxorubicin in their lumen.\n", "lumen");
        assertFalse(loadedOnly.stream().anyMatch(c -> c.startsWith("EngineeredExosome")), loadedOnly.toString());
    }

    @Test
    void givenSafelyIsLowToxicity() throws Exception {
        List<String> got = claims("Saliva exosomes were tested in hamsters. The study showed that the saliva exosomes can be "
                + "given safely by mouth.\n", "safely");
        assertTrue(got.contains("Exosome[Saliva] hasProperty LowToxicity"), got.toString());
        List<String> open = claims("Saliva exosomes were tested in hamsters. Whether the saliva exosomes could be given "
                + "safely to children is not known.\n", "safely");
        assertFalse(open.stream().anyMatch(c -> c.contains("LowToxicity")), open.toString());
    }

    @Test
    void sparingAnOrganIsLowToxicity() throws Exception {
        List<String> got = claims("Doxorubicin-loaded saliva exosomes spared the heart.\n", "spared");
        assertTrue(got.stream().anyMatch(c -> c.endsWith("hasProperty LowToxicity")), got.toString());
        List<String> other = claims("Doxorubicin-loaded saliva exosomes spared no effort.\n", "spared");
        assertFalse(other.stream().anyMatch(c -> c.contains("LowToxicity")), other.toString());
    }

    @Test
    void aLabelsHarmHeadingIsASafetyConcern() throws Exception {
        String opening = "ZX-11 (saliva exosomes) is an exosome preparation from saliva intended for oral mucositis.\n";
        List<String> got = claims(opening + "Injection reactions: mild rash and itching occurred in 5 % of injections.\n", "rash");
        assertTrue(got.stream().anyMatch(c -> c.endsWith("hasChallenge SafetyConcern")), got.toString());
        List<String> none = claims(opening + "Injection technique: a fine needle was used in 5 % of injections.\n", "needle");
        assertFalse(none.stream().anyMatch(c -> c.endsWith("hasChallenge SafetyConcern")), none.toString());
    }
}
