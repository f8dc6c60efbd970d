package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, names and codes defined as the preparation (branch preparationnames): the defining phrases of
 * naming-phrases.yaml ("(hereafter referred to as ...)", "(designated ...)", "(batch ...)"), lower-case coinages
 * ("teno-sEVs"), a sentence of naming ("We named these vesicles ...") and a copula with a noun of naming or of a product
 * ("... is the code name of ..."); the name's later uses are the preparation, kind and source. Invented sentences,
 * through the real pipeline and ontology, with the switch {@link NamingPhrases#DEFINED_PREPARATION_NAMES} on (restored
 * after each test); each reading has a neighbour that must not give it.
 */
class DefinedPreparationNamesTest {

    @TempDir
    Path dir;

    private boolean saved;

    @BeforeEach
    void on() {
        saved = NamingPhrases.DEFINED_PREPARATION_NAMES;
        NamingPhrases.DEFINED_PREPARATION_NAMES = true;
    }

    @AfterEach
    void restore() {
        NamingPhrases.DEFINED_PREPARATION_NAMES = saved;
    }

    private List<String> claims(String text, String sentence) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text, ".txt");
        return TestSupport.claimsOf(e, sentence, false);
    }

    @Test
    void aNameAfterHereafterReferredToAsIsThePreparation() throws Exception {
        List<String> c = claims("Extracellular vesicles from human keratinocytes (hereafter referred to as KQ-EVs) were isolated by "
                + "ultracentrifugation.\n\nKQ-EVs carried CD63.\n", "KQ-EVs carried");
        assertTrue(c.contains("ExtracellularVesicle[Keratinocyte] carries Cd63"), c::toString);
    }

    @Test
    void aDesignatedCodeIsThePreparation() throws Exception {
        List<String> c = claims("Exosomes from human platelets (designated PLQ-2) were prepared by ultracentrifugation.\n\n"
                + "PLQ-2 carried CD81.\n", "PLQ-2 carried");
        assertTrue(c.contains("Exosome[Platelet] carries Cd81"), c::toString);
    }

    @Test
    void aBatchCodeIsThePreparation() throws Exception {
        List<String> c = claims("Extracellular vesicles isolated from bovine milk (batch EQV-01) were loaded with curcumin.\n\n"
                + "EQV-01 reduced colitis in mice.\n", "EQV-01 reduced");
        assertTrue(c.contains("ExtracellularVesicle[BovineMilk] treats InflammatoryDisease"), c::toString);
    }

    @Test
    void aBatchCodeOfTheCargoIsNoPreparation() throws Exception {
        // neighbour: the bracket follows the drug, not the vesicle phrase; the drug's batch code names no vesicles, so the
        // code's sentence is read as without the switch (the previous sentence's vesicles, not a named preparation)
        String text = "Extracellular vesicles isolated from bovine milk were loaded with curcumin (batch CQR-04).\n\n"
                + "CQR-04 reduced colitis in mice.\n";
        List<String> on = claims(text, "CQR-04 reduced");
        NamingPhrases.DEFINED_PREPARATION_NAMES = false;
        List<String> off = claims(text, "CQR-04 reduced");
        assertEquals(off, on);
    }

    @Test
    void theSwitchOffLeavesTheBatchCodeUnread() throws Exception {
        NamingPhrases.DEFINED_PREPARATION_NAMES = false;
        List<String> c = claims("Extracellular vesicles isolated from bovine milk (batch EQV-02) were loaded with curcumin.\n\n"
                + "EQV-02 reduced colitis in mice.\n", "EQV-02 reduced");
        assertFalse(c.contains("ExtracellularVesicle[BovineMilk] treats InflammatoryDisease"), c::toString);
    }

    @Test
    void aLowerCaseCoinageInBracketsIsThePreparation() throws Exception {
        List<String> c = claims("We isolated small extracellular vesicles from human dermal fibroblasts (dermo-sEVs) by size "
                + "exclusion chromatography.\n\ndermo-sEVs carried CD63.\n", "dermo-sEVs carried");
        assertTrue(c.contains("SmallExtracellularVesicle[Fibroblast] carries Cd63"), c::toString);
    }

    @Test
    void aSentenceOfNamingNamesTheVesiclesOfItsAntecedent() throws Exception {
        List<String> c = claims("Extracellular vesicles from human dermal fibroblasts were isolated by ultracentrifugation. "
                + "We named these vesicles FQV-2.\n\nFQV-2 carried CD9.\n", "FQV-2 carried");
        assertTrue(c.contains("ExtracellularVesicle[Fibroblast] carries Cd9"), c::toString);
    }

    @Test
    void aVerbOfTreatingNamesNothing() throws Exception {
        // neighbour: the code after "these vesicles" is the agent of another verb, not a name
        List<String> c = claims("Extracellular vesicles from human dermal fibroblasts were isolated by ultracentrifugation. "
                + "We treated these vesicles with QRX-3 for two hours.\n\nQRX-3 carried CD9.\n", "QRX-3 carried");
        assertTrue(c.isEmpty(), c::toString);
    }

    @Test
    void aCodeNameByACopulaIsThePreparation() throws Exception {
        List<String> c = claims("UQX-5 is the code name of small extracellular vesicles secreted by umbilical cord mesenchymal "
                + "stem cells.\n\nUQX-5 carried CD63.\n", "UQX-5 carried");
        assertTrue(c.contains("SmallExtracellularVesicle[MesenchymalStemCell] carries Cd63"), c::toString);
    }

    @Test
    void aLeadProductBeforeAColonIsThePreparation() throws Exception {
        List<String> c = claims("NQR-7 is our lead product: exosomes from HEK293 cells.\n\nNQR-7 carried CD81.\n", "NQR-7 carried");
        assertTrue(c.contains("Exosome[HEK293Cell] carries Cd81"), c::toString);
    }

    @Test
    void aCodeNameOfADrugIsNoPreparation() throws Exception {
        // neighbour: the code names a drug the vesicles carry (more than two words between "of" and the vesicles)
        List<String> c = claims("GQL-7 is the code name of a kinase inhibitor loaded into exosomes from HEK293 cells.\n\n"
                + "GQL-7 carried CD81.\n", "GQL-7 carried");
        assertEquals(List.of(), c.stream().filter(x -> x.startsWith("Exosome")).toList());
    }

    @Test
    void aPhraseFileWithoutASectionIsRefused() {
        // the phrases are data: a file that leaves out a section is an error naming it, not a silent empty list
        String yaml = "later: ['hereafter']\nnaming: ['termed']\nlots: ['batch']\nactive: ['named']\n";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> NamingPhrases.parse(
                new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "test.yaml"));
        assertTrue(e.getMessage().contains("copula"), e::getMessage);
    }

    @Test
    void theShippedPhrasesReadTheirOwnExamples() {
        // each section's expression matches the example its comment in naming-phrases.yaml gives
        NamingPhrases p = NamingPhrases.defaults();
        assertTrue(java.util.regex.Pattern.compile("\\(\\s*" + p.bracketOpening() + "KQ-EVs").matcher("(hereafter referred to as KQ-EVs)").lookingAt());
        assertTrue(java.util.regex.Pattern.compile("\\(\\s*" + p.lotOpening() + "EQV-01").matcher("(batch no. EQV-01)").lookingAt());
        assertFalse(java.util.regex.Pattern.compile("\\(\\s*" + p.lotOpening()).matcher("(batch effects)").lookingAt());
    }
}
