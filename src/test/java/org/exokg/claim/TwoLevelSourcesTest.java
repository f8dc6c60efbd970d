package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch twolevelsources (thirtieth session): sources named at two levels. Cells named with the fluid or
 * tissue they were taken from give derivedFrom the cells (unqualified) and derivedFrom the fluid or tissue qualified by
 * the cells; a fluid named with the fluid it was taken from ("cord blood plasma") gives derivedFrom the outer fluid and
 * derivedFrom the inner one qualified by it (conventions ee, tt). On by default, off with -Dexokg.twoLevelSources=false:
 * each test checks the reading with the switch on and the older one-level reading with it off. Invented sentences.
 */
class TwoLevelSourcesTest {

    private static final boolean ON = ClaimExtractor.TWO_LEVEL_SOURCES;

    @TempDir
    Path dir;

    private List<String> claims(String sentence) throws Exception {
        return TestSupport.claimsOfText(dir, "Results\n\n" + sentence + "\n", sentence.substring(0, 20));
    }

    /** "-derived": the fluid the cells were grown from. */
    @Test
    void fluidDerivedCellsGiveTheFluidQualifiedByTheCells() throws Exception {
        List<String> c = claims("Exosomes released by saliva-derived stem cells carried microRNAs to neurons.");
        assertTrue(c.contains("Exosome derivedFrom StemCell"), c.toString());
        assertTrue(c.contains("Exosome[StemCell] carries MicroRNA"), c.toString());
        assertEquals(ON, c.contains("Exosome[StemCell] derivedFrom Saliva"), c.toString());
        assertFalse(c.contains("Exosome derivedFrom Saliva"), c.toString());
    }

    /** A compound: a fluid or a tissue stacked on the cell type. */
    @Test
    void stackedFluidOrTissueGivesASecondSource() throws Exception {
        List<String> fluid = claims("Exosomes from pleural fluid macrophages carried microRNAs to fibroblasts.");
        assertTrue(fluid.contains("Exosome derivedFrom Macrophage"), fluid.toString());
        assertTrue(fluid.contains("Exosome[Macrophage] carries MicroRNA"), fluid.toString());
        assertEquals(ON, fluid.contains("Exosome[Macrophage] derivedFrom PleuralFluid"), fluid.toString());
        List<String> tissue = claims("Exosomes from placental fibroblasts reduced scarring in mice.");
        assertTrue(tissue.contains("Exosome derivedFrom Fibroblast"), tissue.toString());
        assertEquals(ON, tissue.contains("Exosome[Fibroblast] derivedFrom Placenta"), tissue.toString());
    }

    /** A narrow cell name the lexicon holds whole, whose first words are a fluid of the lexicon. */
    @Test
    void aNarrowCellNameOpeningWithAFluidGivesTheFluid() throws Exception {
        List<String> c = claims("Vesicles secreted by menstrual blood stem cells reduced liver fibrosis in rats.");
        assertTrue(c.contains("ExtracellularVesicle derivedFrom StemCell"), c.toString());
        assertEquals(ON, c.contains("ExtracellularVesicle[StemCell] derivedFrom Blood"), c.toString());
    }

    /** Near neighbours: an exact name of the cells ("blood platelets"), a fluid's adjective, a denial, a bare tissue root. */
    @Test
    void namesThatSayNoOriginGiveNoSecondSource() throws Exception {
        List<String> platelets = claims("Activated blood platelets shed vesicles that carried proteins.");
        assertFalse(platelets.stream().anyMatch(x -> x.contains("derivedFrom Blood")), platelets.toString());
        List<String> adjective = claims("Exosomes from synovial MSCs carried microRNAs.");
        assertFalse(adjective.stream().anyMatch(x -> x.contains("SynovialFluid")), adjective.toString());
        List<String> denied = claims("The exosomes did not come from urine-derived stem cells.");
        assertFalse(denied.stream().anyMatch(x -> x.contains("derivedFrom Urine")), denied.toString());
        List<String> plasmaCells = claims("Exosomes secreted by plasma cells carried antibodies.");
        assertFalse(plasmaCells.stream().anyMatch(x -> x.contains("BloodPlasma")), plasmaCells.toString());
        List<String> membrane = claims("Exosomes from amniotic membrane stromal cells carried proteins.");
        assertFalse(membrane.stream().anyMatch(x -> x.contains("derivedFrom Tissue")), membrane.toString());
    }

    /** A fluid of a fluid: "cord blood plasma" is plasma of cord blood, not blood plasma with "cord" dropped. */
    @Test
    void aFluidOfAFluidIsQualifiedByTheOuterFluid() throws Exception {
        List<String> c = claims("Cord blood plasma exosomes carried anti-inflammatory microRNAs.");
        if (ON) {
            assertTrue(c.contains("Exosome derivedFrom UmbilicalCordBlood"), c.toString());
            assertTrue(c.contains("Exosome[UmbilicalCordBlood] derivedFrom BloodPlasma"), c.toString());
            assertTrue(c.contains("Exosome[UmbilicalCordBlood] carries MicroRNA"), c.toString());
            assertFalse(c.contains("Exosome derivedFrom BloodPlasma"), c.toString());
        } else {
            assertTrue(c.contains("Exosome[BloodPlasma] carries MicroRNA"), c.toString());
        }
        List<String> from = claims("We isolated exosomes from umbilical cord blood plasma of healthy donors.");
        assertTrue(from.contains("Exosome derivedFrom UmbilicalCordBlood"), from.toString());
        assertEquals(ON, from.contains("Exosome[UmbilicalCordBlood] derivedFrom BloodPlasma"), from.toString());
        assertEquals(!ON, from.contains("Exosome derivedFrom BloodPlasma"), from.toString());
    }

    /** Near neighbour: two fluids in a list share no word and qualify nothing. */
    @Test
    void listedFluidsStayTwoSources() throws Exception {
        List<String> c = claims("Exosomes were isolated from urine and plasma of patients.");
        assertTrue(c.contains("Exosome derivedFrom Urine"), c.toString());
        assertTrue(c.contains("Exosome derivedFrom BloodPlasma"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("[Urine] derivedFrom")), c.toString());
    }

    /**
     * (branch enginespeed10, issue 16) A cell name's opening words are looked up once per text and kept by its surface:
     * the same name in a later sentence gives its second source again, a name of another shape in between ("plasma
     * cells", B cells) and a one-word cell name give none.
     */
    @Test
    void aCellNameNamedAgainInTheTextReadsAsTheFirstTime() throws Exception {
        org.exokg.rdf.DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "Vesicles secreted by menstrual blood stem cells reduced liver fibrosis in rats. "
                + "Exosomes secreted by plasma cells carried antibodies. "
                + "Exosomes from macrophages carried microRNAs to neurons. "
                + "Exosomes released by menstrual blood stem cells carried microRNAs to hepatocytes.\n", ".txt");
        List<String> first = TestSupport.claimsOf(e, "Vesicles secreted by menstrual", false);
        assertEquals(ON, first.contains("ExtracellularVesicle[StemCell] derivedFrom Blood"), first.toString());
        List<String> plasmaCells = TestSupport.claimsOf(e, "secreted by plasma cells", false);
        assertFalse(plasmaCells.stream().anyMatch(x -> x.contains("BloodPlasma")), plasmaCells.toString());
        List<String> macrophages = TestSupport.claimsOf(e, "from macrophages", false);
        assertTrue(macrophages.contains("Exosome derivedFrom Macrophage"), macrophages.toString());
        assertFalse(macrophages.stream().anyMatch(x -> x.contains("[Macrophage] derivedFrom")), macrophages.toString());
        List<String> again = TestSupport.claimsOf(e, "Exosomes released by menstrual", false);
        assertTrue(again.contains("Exosome derivedFrom StemCell"), again.toString());
        assertEquals(ON, again.contains("Exosome[StemCell] derivedFrom Blood"), again.toString());
        assertTrue(again.contains("Exosome[StemCell] carries MicroRNA"), again.toString());
    }
}
