package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch celllexicon (twenty-fourth session): a cell type, tissue or body fluid named by a common word the
 * lexicon lacked ("haematopoietic stem and progenitor cells", "thymocytes", "plasma cells", "sera", "breastmilk",
 * "bronchoalveolar lavage") is read as its class (ontology block of branch celllexicon: synonyms on existing classes).
 * Invented sentences, each with a near neighbour in which a similar word names another thing.
 */
class CellTissueFluidNameTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    @Test
    void stemAndProgenitorCellsNameTheirClass() throws Exception {
        List<String> got = claims("Extracellular vesicles from haematopoietic stem and progenitor cells carried microRNAs.");
        assertTrue(TestSupport.anyContains(got, "derivedFrom HematopoieticStemCell"), got.toString());
        List<String> hmsc = claims("Exosomes secreted by hMSCs reduced inflammation in mice.");
        assertTrue(TestSupport.anyContains(hmsc, "derivedFrom MesenchymalStemCell"), hmsc.toString());
        // stem cells of amniotic fluid: the stem cells are the vesicles' source; the fluid is no source of its own, only
        // (branch twolevelsources, ON by default) a second source qualified by the stem cells (conventions ee, tt)
        List<String> afsc = claims("Exosomes from amniotic fluid stem cells reduced inflammation in mice.");
        assertTrue(TestSupport.anyContains(afsc, "derivedFrom StemCell") && !afsc.contains("Exosome derivedFrom AmnioticFluid")
                && afsc.contains("Exosome[StemCell] derivedFrom AmnioticFluid") == ClaimExtractor.TWO_LEVEL_SOURCES, afsc.toString());
    }

    @Test
    void immuneCellWordsNameImmuneCells() throws Exception {
        List<String> got = claims("Exosomes released by thymocytes carried microRNAs.");
        assertTrue(TestSupport.anyContains(got, "derivedFrom TCell"), got.toString());
        // "plasma cells" are B cells; the word "plasma" in them names no blood plasma
        List<String> plasma = claims("Exosomes released by plasma cells carried microRNAs.");
        assertTrue(TestSupport.anyContains(plasma, "derivedFrom BCell") && !TestSupport.anyContains(plasma, "BloodPlasma"), plasma.toString());
        List<String> blood = claims("Exosomes isolated from plasma carried microRNAs.");
        assertTrue(TestSupport.anyContains(blood, "derivedFrom BloodPlasma") && !TestSupport.anyContains(blood, "BCell"), blood.toString());
    }

    @Test
    void fluidWordsNameBodyFluids() throws Exception {
        List<String> sera = claims("Exosomes isolated from patient sera carried microRNAs.");
        assertTrue(TestSupport.anyContains(sera, "derivedFrom BloodSerum"), sera.toString());
        List<String> milk = claims("Extracellular vesicles isolated from breastmilk carried microRNAs.");
        assertTrue(TestSupport.anyContains(milk, "derivedFrom HumanMilk"), milk.toString());
        List<String> bal = claims("Exosomes isolated from bronchoalveolar lavage carried microRNAs.");
        assertTrue(TestSupport.anyContains(bal, "derivedFrom BronchoalveolarLavageFluid"), bal.toString());
        // a lavage as a treatment step, with cell vesicles, names no fluid source
        List<String> cells = claims("Exosomes from mesenchymal stem cells reduced lung injury in mice before lavage.");
        assertTrue(!TestSupport.anyContains(cells, "BronchoalveolarLavageFluid") && !TestSupport.anyContains(cells, "derivedFrom BodyFluid"), cells.toString());
    }

    @Test
    void tissueWordsNameTissues() throws Exception {
        List<String> got = claims("Extracellular vesicles isolated from the decidua carried microRNAs.");
        assertTrue(TestSupport.anyContains(got, "derivedFrom Tissue"), got.toString());
        // a cytotrophoblast is a placental source; the placental disease alone is none
        List<String> ctb = claims("Exosomes released by cytotrophoblasts carried microRNAs.");
        assertTrue(TestSupport.anyContains(ctb, "derivedFrom Placenta"), ctb.toString());
    }
}
