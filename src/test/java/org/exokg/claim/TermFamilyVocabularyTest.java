package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch dev28 (twenty-fifth session): families of terms written from general knowledge (ontology block of
 * branch dev28): infectious and eye diseases by their clinical names, long noncoding RNAs and antioxidant enzymes by
 * their gene symbols, bacterial protein toxins and coagulation proteins, cell-wall lipids, a radiolabel's adjective, a
 * hepatoma cell line, tendon and overdose injuries, a cluster-of-differentiation marker, and a body fluid or tissue named by its adjective right before a
 * vesicle noun. Invented sentences, each with a near neighbour in which a similar word must not give the claim.
 */
class TermFamilyVocabularyTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    @Test
    void clinicalNamesOfInfectiousAndEyeDiseasesAreDiseases() throws Exception {
        List<String> shigella = claims("Outer membrane vesicles of Salmonella protected mice against salmonellosis.");
        assertTrue(TestSupport.anyContains(shigella, "treats InfectiousDisease"), shigella.toString());
        List<String> eye = claims("Exosomes from retinal cells slowed geographic atrophy in patients.");
        assertTrue(TestSupport.anyContains(eye, "treats EyeDisease"), eye.toString());
        // "geographic" alone and "atrophy" of a muscle name no eye disease
        List<String> muscle = claims("Exosomes from mesenchymal stem cells were studied in geographic regions with little muscle atrophy.");
        assertTrue(!TestSupport.anyContains(muscle, "EyeDisease"), muscle.toString());
    }

    @Test
    void geneSymbolsOfLongNoncodingRnasAndEnzymesAreCargo() throws Exception {
        List<String> lnc = claims("Exosomes from tumour cells carried the long noncoding RNA NEAT1 and LINC00152.");
        assertTrue(TestSupport.anyContains(lnc, "carries LongNoncodingRNA"), lnc.toString());
        List<String> sod = claims("Exosomes from macrophages were loaded with SOD and catalase by sonication.");
        assertTrue(TestSupport.anyContains(sod, "carries Enzyme"), sod.toString());
        // a short word that only looks like a symbol ("sod" of turf) is no enzyme
        List<String> turf = claims("Exosomes from macrophages were studied in mice kept on sod and straw.");
        assertTrue(!TestSupport.anyContains(turf, "Enzyme"), turf.toString());
    }

    @Test
    void toxinsCoagulationProteinsAndCellWallLipidsAreCargo() throws Exception {
        List<String> toxin = claims("Membrane vesicles of Streptococcus pyogenes carried streptolysin O and lipoteichoic acid.");
        assertTrue(TestSupport.anyContains(toxin, "carries Protein"), toxin.toString());
        assertTrue(TestSupport.anyContains(toxin, "carries Lipid"), toxin.toString());
        List<String> factor = claims("Exosomes from monocytes exposed tissue factor on their surface.");
        assertTrue(!TestSupport.anyContains(factor, " Tissue"), factor.toString());
        // the tissue itself is no protein
        List<String> tissue = claims("Exosomes from monocytes reached the injured tissue within hours.");
        assertTrue(!TestSupport.anyContains(tissue, "carries Protein"), tissue.toString());
    }

    @Test
    void radiolabelledIsARadiolabelAndAHepatomaLineIsTumourCells() throws Exception {
        List<String> label = claims("Radiolabelled exosomes from mesenchymal stem cells remained in the injected muscle.");
        assertTrue(TestSupport.anyContains(label, "carries Radiolabel"), label.toString());
        List<String> line = claims("Exosomes from strawberry were taken up by Hepa1-6 cells.");
        assertTrue(TestSupport.anyContains(line, "targets TumorCell"), line.toString());
        // labelled with a dye: no radiolabel
        List<String> dye = claims("Exosomes from mesenchymal stem cells labelled with a fluorescent dye remained in the muscle.");
        assertTrue(!TestSupport.anyContains(dye, "Radiolabel"), dye.toString());
    }

    @Test
    void tendonAndOverdoseInjuriesAreInjuries() throws Exception {
        List<String> tendon = claims("Exosomes from tendon stem cells improved healing of rotator cuff tears in rats.");
        assertTrue(TestSupport.anyContains(tendon, "treats Injury"), tendon.toString());
        List<String> overdose = claims("Exosomes from hepatocytes protected mice after an acetaminophen overdose.");
        assertTrue(TestSupport.anyContains(overdose, "treats Injury"), overdose.toString());
        // the drug given as a treatment is no injury
        List<String> drug = claims("Exosomes from hepatocytes were loaded with acetaminophen and given to mice.");
        assertTrue(!TestSupport.anyContains(drug, "Injury"), drug.toString());
    }

    @Test
    void aFluidOrTissueAdjectiveRightBeforeAVesicleNounIsTheSource() throws Exception {
        List<String> peritoneal = claims("Peritoneal EVs of women with endometriosis carried vascular endothelial growth factor.");
        assertTrue(TestSupport.anyContains(peritoneal, "derivedFrom PeritonealFluid"), peritoneal.toString());
        List<String> muscle = claims("Muscle-derived EVs were hard to produce in large amounts.");
        assertTrue(TestSupport.anyContains(muscle, "derivedFrom MuscleCell"), muscle.toString());
        List<String> cardiac = claims("Cardiac progenitor EVs reduced fibrosis in infarcted hearts of mice.");
        assertTrue(TestSupport.anyContains(cardiac, "derivedFrom StemCell"), cardiac.toString());
        // the adjective before another noun names no source of the vesicles
        List<String> macrophages = claims("Exosomes from platelets were taken up by peritoneal macrophages and muscle fibres.");
        assertTrue(!TestSupport.anyContains(macrophages, "derivedFrom PeritonealFluid")
                && !TestSupport.anyContains(macrophages, "derivedFrom MuscleCell"), macrophages.toString());
    }

    @Test
    void aClusterOfDifferentiationMarkerIsAProteinButAMarkedCellIsNot() throws Exception {
        List<String> marker = claims("Exosomes from monocytes carried the complement regulator CD59.");
        assertTrue(TestSupport.anyContains(marker, "carries Protein"), marker.toString());
        // a cell named by its marker is the cell, not a cargo
        List<String> cells = claims("Exosomes from mesenchymal stem cells were taken up by CD68-positive macrophages and CD4+ T cells.");
        assertTrue(!TestSupport.anyContains(cells, "carries Protein"), cells.toString());
    }

    @Test
    void theVaccineWordForAdverseReactionsIsASafetyConcern() throws Exception {
        List<String> reactogenic = claims("The lipoprotein content of these outer membrane vesicles of Neisseria can be reactogenic.");
        assertTrue(TestSupport.anyContains(reactogenic, "hasChallenge SafetyConcern"), reactogenic.toString());
        List<String> tolerated = claims("Outer membrane vesicles of Neisseria were given to volunteers without serious adverse events.");
        assertTrue(TestSupport.anyContains(tolerated, "hasProperty LowToxicity"), tolerated.toString());
        // an adverse event that occurred is no low toxicity
        List<String> events = claims("Outer membrane vesicles of Neisseria caused serious adverse events in two volunteers.");
        assertTrue(!TestSupport.anyContains(events, "LowToxicity"), events.toString());
    }
}
