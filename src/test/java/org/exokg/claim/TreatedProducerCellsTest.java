package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch sourceattribution: vesicles of producer cells named with what was done to them ("infected",
 * "treated", "primed", ... with an agent glued by any Unicode hyphen or dash, or named after the cells). The cells are the
 * source (derivedFrom and qualifier); the agent (bacterium, virus, cytokine, drug) is neither. Near neighbours: a
 * bacterium that is itself the vesicles' source, cells' conditioned medium, cells treated with vesicles of a named source.
 * Invented sentences through the real pipeline ({@link TreatedCells}, cell-words.yaml treatmentParticiples, rule
 * vesicle-of-treated-cells).
 */
class TreatedProducerCellsTest {

    @TempDir
    Path dir;

    private List<String> claims(String sentence) throws Exception {
        return TestSupport.claimsOfText(dir, "Results\n\n" + sentence + "\n", sentence.substring(0, 20));
    }

    private static boolean bacteriumAnywhere(List<String> claims) {
        return claims.stream().anyMatch(c -> c.contains("Bacterium"));
    }

    @Test
    void cellsInfectedByAGluedBacteriumAreTheSource() throws Exception {
        List<String> gastric = claims("Exosomes from Helicobacter pylori-infected gastric epithelial cells carried CagA.");
        assertTrue(gastric.contains("Exosome derivedFrom EpithelialCell"), gastric.toString());
        assertTrue(gastric.contains("Exosome[EpithelialCell] carries Protein"), gastric.toString());
        assertFalse(bacteriumAnywhere(gastric), gastric.toString());
        // an en dash, and "of" before the cells (rule vesicle-of-treated-cells)
        List<String> skin = claims("EVs of Staphylococcus aureus\u2013infected keratinocytes carried interleukin-1.");
        assertTrue(skin.contains("ExtracellularVesicle derivedFrom Keratinocyte"), skin.toString());
        assertTrue(skin.contains("ExtracellularVesicle[Keratinocyte] carries SignalingProtein"), skin.toString());
        assertFalse(bacteriumAnywhere(skin), skin.toString());
        List<String> dotted = claims("Exosomes from M. tuberculosis-infected macrophages carried mycobacterial antigens.");
        assertTrue(dotted.contains("Exosome[Macrophage] carries Protein") && dotted.contains("Exosome derivedFrom Macrophage"),
                dotted.toString());
        assertFalse(bacteriumAnywhere(dotted), dotted.toString());
        // infected patients whose serum holds the vesicles: the serum is the source, the bacterium nothing
        List<String> serum = claims("Exosomes isolated from the serum of H. pylori-infected patients carried CagA.");
        assertTrue(serum.contains("Exosome derivedFrom BloodSerum") && serum.contains("Exosome[BloodSerum] carries Protein"),
                serum.toString());
        assertFalse(bacteriumAnywhere(serum), serum.toString());
    }

    @Test
    void aCytokineGluedByNonBreakingHyphensLeavesTheCellsTheQualifier() throws Exception {
        List<String> primed = claims("Exosomes from TNF\u2011\u03b1\u2011primed mesenchymal stem cells carried microRNAs.");
        assertTrue(primed.contains("Exosome derivedFrom MesenchymalStemCell"), primed.toString());
        assertTrue(primed.contains("Exosome[MesenchymalStemCell] carries MicroRNA"), primed.toString());
        List<String> treated = claims("EVs from TNF-\u03b1-treated mesenchymal stem cells reduced colitis.");
        assertTrue(treated.contains("ExtracellularVesicle[MesenchymalStemCell] treats InflammatoryDisease"), treated.toString());
        assertFalse(treated.contains("ExtracellularVesicle treats InflammatoryDisease"), treated.toString());
    }

    @Test
    void cellsInfectedWithABacteriumNamedAfterThemReleaseTheVesicles() throws Exception {
        List<String> released = claims("Macrophages infected with Salmonella release exosomes that carry microRNAs.");
        assertTrue(released.contains("Exosome derivedFrom Macrophage"), released.toString());
        assertTrue(released.contains("Exosome[Macrophage] carries MicroRNA"), released.toString());
        assertFalse(bacteriumAnywhere(released), released.toString());
    }

    @Test
    void bareCellsNamedByWhatWasDoneToThemAreASource() throws Exception {
        List<String> treated = claims("EVs of palmitate-treated cells carried ceramide.");
        assertTrue(treated.contains("ExtracellularVesicle derivedFrom Cell"), treated.toString());
        assertTrue(treated.contains("ExtracellularVesicle[Cell] carries Ceramide"), treated.toString());
        List<String> infected = claims("Exosomes of infected cells carried viral RNA.");
        assertTrue(infected.contains("Exosome derivedFrom Cell"), infected.toString());
        // cells named by a determiner only stay no source of their own
        List<String> these = claims("The exosomes of these cells carried microRNAs.");
        assertFalse(these.contains("Exosome derivedFrom Cell"), these.toString());
    }

    @Test
    void aBacteriumThatIsTheSourceStaysTheSource() throws Exception {
        List<String> own = claims("Exosomes from Helicobacter pylori carried CagA.");
        assertTrue(own.contains("Exosome derivedFrom Bacterium") && own.contains("Exosome[Bacterium] carries Protein"), own.toString());
        List<String> ofBacteria = claims("EVs of Staphylococcus aureus carried alpha-toxin and lipoproteins.");
        assertTrue(ofBacteria.contains("ExtracellularVesicle derivedFrom Bacterium"), ofBacteria.toString());
    }

    @Test
    void conditionedMediumAndVesiclesGivenToCellsKeepTheirSource() throws Exception {
        // "-conditioned medium" names the cells' product: the cells before it are the source, not an agent
        List<String> medium = claims("EVs isolated from macrophage-conditioned media carried microRNAs.");
        assertTrue(medium.contains("ExtracellularVesicle derivedFrom Macrophage"), medium.toString());
        assertTrue(medium.contains("ExtracellularVesicle[Macrophage] carries MicroRNA"), medium.toString());
        // the cells' agent is vesicles with a source of their own: that source stays
        List<String> given = claims("Macrophages treated with milk exosomes released less TNF.");
        assertTrue(given.contains("Exosome derivedFrom Milk"), given.toString());
        assertTrue(given.contains("Exosome[Milk] targets Macrophage"), given.toString());
        // cells "pre-treated" or "pre-conditioned" with an agent: the prefix glued to the participle leaves the cells
        List<String> pre = claims("Exosomes from mesenchymal stem cells pre-conditioned with hypoxia carried microRNAs.");
        assertTrue(pre.contains("Exosome derivedFrom MesenchymalStemCell"), pre.toString());
        assertTrue(pre.contains("Exosome[MesenchymalStemCell] carries MicroRNA"), pre.toString());
        // a bacterium after the participle whose own vesicles the cells were given stays their source
        List<String> bacterial = claims("Macrophages treated with Lactobacillus plantarum vesicles released less TNF.");
        assertTrue(bacterial.contains("ExtracellularVesicle derivedFrom Bacterium"), bacterial.toString());
        assertTrue(bacterial.contains("ExtracellularVesicle[Bacterium] targets Macrophage"), bacterial.toString());
    }
}
