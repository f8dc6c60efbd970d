package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch precision5 (eighteenth session): wrong objects, a term of the sentence read as the argument when it
 * is not. Invented sentences (none from a gold set), each with a near neighbour that keeps its claim, through the real
 * pipeline and the project ontology.
 */
class WrongObjectsTest {

    @TempDir
    Path dir;

    private void check(String text, String words, List<String> expected, List<String> unexpected) throws Exception {
        TestSupport.assertClaimsOfText(dir, text, words, expected, unexpected);
    }

    @Test
    void aClassBeforeItsListedExamplesGivesOnlyTheItems() throws Exception {
        // the lead's decision: "proteins such as Alix and TSG101" names Alix and TSG101, not Protein as well
        check("Exosomes carry proteins such as Alix and TSG101.\n", "carry",
                List.of("Exosome carries Alix", "Exosome carries Tsg101"), List.of("Exosome carries Protein"));
        check("Milk vesicles carry tetraspanins (e.g., CD63 and CD81) on their surface.\n", "carry",
                List.of("ExtracellularVesicle[Milk] carries Cd63"), List.of("ExtracellularVesicle[Milk] carries Tetraspanin"));
        // near neighbours: a class without examples, or with examples that are not of its kind, stays
        check("Exosomes carry proteins and microRNAs.\n", "carry", List.of("Exosome carries Protein"), List.of());
        check("Exosomes carry proteins such as those of the endosome, and microRNAs.\n", "carry",
                List.of("Exosome carries Protein"), List.of());
    }

    @Test
    void aTissueStackedOnACellTypeIsTheCellsOriginNotTheVesicles() throws Exception {
        check("Extracellular vesicles from umbilical cord mesenchymal stromal cells reduced lung fibrosis in mice.\n", "reduced",
                List.of("ExtracellularVesicle derivedFrom MesenchymalStemCell"),
                List.of("ExtracellularVesicle derivedFrom UmbilicalCord"));
        check("Extracellular vesicles from amniotic fluid stem cells protected the kidney of the rats.\n", "protected",
                List.of("ExtracellularVesicle derivedFrom StemCell"), List.of("ExtracellularVesicle derivedFrom AmnioticFluid"));
        // near neighbours: a fluid holding the cells' vesicles is their source; a tissue on its own stays a source
        check("Plasma hepatocyte extracellular vesicles were higher in patients with cirrhosis.\n", "higher",
                List.of("ExtracellularVesicle derivedFrom BloodPlasma"), List.of());
        check("Extracellular vesicles isolated from umbilical cord tissue carried microRNAs.\n", "carried",
                List.of("ExtracellularVesicle derivedFrom UmbilicalCord"), List.of());
    }

    @Test
    void aClassApposedToANamedCellDescribesIt() throws Exception {
        check("Osteoclasts, the cells that resorb bone, release extracellular vesicles.\n", "release",
                List.of("ExtracellularVesicle derivedFrom Osteoclast"), List.of("ExtracellularVesicle derivedFrom Cell"));
        check("Exosomes are taken up by immune cells called macrophages.\n", "taken up",
                List.of("Exosome targets Macrophage"), List.of("Exosome targets ImmuneCell"));
        // near neighbour: an indefinite apposition classifies the term and both stay
        check("Exosomes from microglia contribute to multiple sclerosis, an autoimmune disease of the brain.\n", "contribute",
                List.of("Exosome[MicroglialCell] contributesTo MultipleSclerosis", "Exosome[MicroglialCell] contributesTo AutoimmuneDisease"),
                List.of());
    }

    @Test
    void aTermThatModifiesAMeasureMarkerOrProcessIsNoSource() throws Exception {
        check("Exosomes from healthy skin contained keratinocyte markers and little tumour RNA.\n", "contained",
                List.of(), List.of("Exosome derivedFrom Keratinocyte"));
        check("Platelet exosomes are likely to be safe when they come from blood-group-matched donors.\n", "come from",
                List.of(), List.of("Exosome[Platelet] derivedFrom Blood", "Exosome derivedFrom Blood"));
        check("Milk exosomes loaded with the mRNA reached plasma levels of the enzyme that prevent disease.\n", "reached",
                List.of(), List.of("Exosome[Milk] derivedFrom BloodPlasma"));
        // near neighbours: the cells and the fluid themselves stay sources
        check("Exosomes from keratinocytes carried little tumour RNA.\n", "carried",
                List.of("Exosome derivedFrom Keratinocyte"), List.of());
        check("Vesicles shed by hepatocytes reached the serum within hours.\n", "reached",
                List.of("ExtracellularVesicle[Hepatocyte] derivedFrom BloodSerum"), List.of());
    }
}
