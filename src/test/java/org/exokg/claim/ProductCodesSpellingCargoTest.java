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
 * Issue 15, branch productcodes (twenty-sixth session), gold convention xx: a vesicle name whose structure spells a
 * loaded cargo, drug or probe ("Dox-EVs", "PTX-sEVs", "SOD-Hep-EVs", "siKRAS-CMEs", "EV-Dox") carries it in a sentence
 * that gives rows, without the text defining the name (CargoCodes, ClaimExtractor.cargoesSpelledInCodes; switch
 * -Dexokg.noCargoCodes). Invented sentences, each with a near neighbour that must not give the row.
 */
class ProductCodesSpellingCargoTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text, ".txt");
        return e.claims().stream()
                .map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + local(c.objectIri())
                        + (c.hedged() ? " HEDGED" : ""))
                .distinct().toList();
    }

    private static boolean has(List<String> got, String claim) {
        return got.contains(claim);
    }

    @Test
    void aDrugCodeBeforeTheVesicleWordIsCarried() throws Exception {
        List<String> got = claims("Dox-EVs reduced tumour volume in mice with breast cancer.");
        assertTrue(has(got, "ExtracellularVesicle carries Doxorubicin"), got.toString());
        assertTrue(has(got, "ExtracellularVesicle treats BreastCancer"), got.toString());
    }

    @Test
    void theSameVesiclesWithoutACodeCarryNoDrug() throws Exception {
        List<String> got = claims("EVs reduced tumour volume in mice with breast cancer treated with doxorubicin.");
        assertFalse(got.stream().anyMatch(c -> c.contains("carries Doxorubicin")), got.toString());
    }

    @Test
    void aDrugCodeAfterTheVesicleShortFormIsCarried() throws Exception {
        List<String> got = claims("EV-Dox accumulated in the tumour.");
        assertTrue(has(got, "ExtracellularVesicle carries Doxorubicin"), got.toString());
    }

    @Test
    void aLexiconCargoAsTheCodeIsCarried() throws Exception {
        List<String> got = claims("PTX-sEVs killed lung cancer cells.");
        assertTrue(has(got, "SmallExtracellularVesicle carries Paclitaxel"), got.toString());
    }

    @Test
    void anSiRnaNamedByItsTargetIsCarried() throws Exception {
        List<String> got = claims("siKRAS-EVs slowed the growth of colorectal tumours.");
        assertTrue(has(got, "ExtracellularVesicle carries SiRNA"), got.toString());
    }

    @Test
    void aCargoBeforeASourceCodeIsCarriedByTheSourcedVesicles() throws Exception {
        List<String> got = claims("Cur-MSC-sEVs were taken up by microglia.");
        assertTrue(has(got, "SmallExtracellularVesicle[MesenchymalStemCell] carries Curcumin"), got.toString());
    }

    @Test
    void aSourceCodeAloneSpellsNoCargo() throws Exception {
        List<String> got = claims("MSC-sEVs were taken up by microglia.");
        assertFalse(got.stream().anyMatch(c -> c.contains(" carries ")), got.toString());
    }

    @Test
    void aPrimingCytokineIsNoLoadedCargo() throws Exception {
        List<String> got = claims("IFN-γ-EVs reduced inflammation in colitis.");
        assertFalse(got.stream().anyMatch(c -> c.contains(" carries ")), got.toString());
    }

    @Test
    void aDyeCodeIsCarriedAsTheLabel() throws Exception {
        List<String> got = claims("ICG-EVs were taken up by macrophages.");
        assertTrue(has(got, "ExtracellularVesicle carries FluorescentDye"), got.toString());
    }

    @Test
    void aCodeInAParticipleCompoundIsNoName() throws Exception {
        List<String> got = claims("Dox-EV-treated mice had smaller tumours than mice given free doxorubicin.");
        assertFalse(got.stream().anyMatch(c -> c.contains("carries Doxorubicin")), got.toString());
    }

    @Test
    void eachNameCarriesForItsOwnKind() throws Exception {
        List<String> got = claims("SOD-Hep-EVs reduced necrosis in the liver of mice with acetaminophen injury.");
        assertTrue(has(got, "ExtracellularVesicle carries Enzyme"), got.toString());
    }

    @Test
    void aDenialOfTheSpelledCargoStands() throws Exception {
        List<String> got = claims("After a week at room temperature, Dox-EVs no longer carried doxorubicin.");
        assertFalse(has(got, "ExtracellularVesicle carries Doxorubicin"), got.toString());
    }
}
