package org.exokg.mention;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Lexicon coverage (issue 15, tenth session, branch vocab): adjectives of source labels before vesicle nouns, earlier
 * cells of a lineage, and names the literature uses that the ontology lacked, read with the project's own ontology.
 * Sentences are invented; each check has a near neighbour that must not be over-matched.
 */
class LexiconCoverageTest {

    private static List<String> found(String text) {
        return new MentionRecognizer(TestSupport.projectLexicon()).recognize(text, 0, text.length()).stream()
                .map(m -> m.surface() + "=" + local(m.iri())).toList();
    }

    @Test
    void theAdjectiveOfASourceLabelNamesTheCellBeforeAVesicleNoun() {
        assertEquals(List.of("endothelial=EndothelialCell", "microvesicles=Microvesicle", "epithelial=EpithelialCell",
                "exosomes=Exosome"), found("endothelial microvesicles and epithelial exosomes"));
        assertEquals(List.of("Endothelial=EndothelialCell", "EVs=ExtracellularVesicle"), found("Endothelial-derived EVs"));
        assertEquals(List.of("dendritic=DendriticCell", "exosomes=Exosome"), found("dendritic exosomes"));
        // not alone, and not before another noun
        // (branch hedged3) "barriers" is a biological barrier by its head noun; the adjectives still name no cell
        assertEquals(List.of("barriers=BiologicalBarrier"), found("endothelial dysfunction and epithelial barriers"));
        assertEquals(List.of("Microvesicle derivedFrom EndothelialCell"),
                triples(projectClaims("Endothelial microvesicles rise in plasma during relapses.")).stream()
                        .filter(t -> t.contains("derivedFrom EndothelialCell")).toList());
    }

    @Test
    void wordsJoinedBySlashesAreAlternativesSharingTheWordsAround() {
        assertEquals(List.of("mesenchymal stromal/stem cells=MesenchymalStemCell", "EVs=ExtracellularVesicle"),
                found("mesenchymal stromal/stem cells released EVs"));
        // alternatives that name two different terms are not merged; each word of "A/B" alone keeps its own reading
        assertEquals(List.of("B cell=BCell"), found("the T/B cell ratio"));
        assertEquals(List.of("plasma=BloodPlasma", "serum=BloodSerum", "EVs=ExtracellularVesicle"), found("plasma/serum EVs"));
    }

    @Test
    void anEarlierCellOfTheLineageIsNotTheCell() {
        assertEquals(List.of("Exosomes=Exosome", "macrophages=Macrophage"),
                found("Exosomes were taken up by macrophage precursors and by macrophages"));
        // a label that holds the word stays whole
        assertEquals(List.of("endothelial progenitor cells=EndothelialCell"), found("endothelial progenitor cells"));
    }

    @Test
    void cargoAndProbesNamedInTheLiterature() {
        assertEquals(List.of("Cas9=CrisprCas9", "insulin=Biologic", "lipopolysaccharide=Lipid", "mitochondria=Organelle"),
                found("Cas9, insulin, lipopolysaccharide and mitochondria"));
        assertEquals(List.of("tau=Protein", "perforin=Protein", "TGF-β1=SignalingProtein", "TNF-alpha=SignalingProtein"),
                found("tau, perforin, TGF-β1 and TNF-alpha"));
        assertEquals(List.of("indocyanine green=FluorescentDye", "89Zr=Radiolabel", "hypotonic dialysis=ActiveLoading"),
                found("indocyanine green, 89Zr and hypotonic dialysis"));
        // near neighbours: other words that begin alike
        assertEquals(List.of(), found("taurine and insulinoma"));
        assertEquals(List.of("Exosome carries Biologic"), triples(projectClaims("Milk exosomes were loaded with insulin.")).stream()
                .filter(t -> t.contains("carries")).toList());
    }

    @Test
    void diseasesNamedByTheirLesion() {
        assertEquals(List.of("renal fibrosis=ChronicKidneyDisease", "intracerebral haemorrhage=Stroke",
                "tendinopathy=Injury"), found("renal fibrosis, intracerebral haemorrhage and tendinopathy"));
        assertTrue(TestSupport.projectLexicon().entries(TermKeys.labelKey("fibrosis")).isEmpty(), "bare fibrosis names no class");
    }

    @Test
    void newClassesForDiseasesCellsAndBodyFluids() {
        Lexicon lexicon = TestSupport.projectLexicon();
        String ns = "https://w3id.org/exokg/ontology/";
        assertTrue(lexicon.term(ns + "LiverFibrosis").is(MentionType.DISEASE));
        assertTrue(lexicon.term(ns + "PancreaticBetaCell").is(MentionType.SOURCE));
        assertTrue(lexicon.isA(ns + "VitreousHumor", ns + "BodyFluid") && lexicon.term(ns + "VitreousHumor").is(MentionType.SOURCE));
        assertEquals(List.of("liver cirrhosis=LiverFibrosis", "NASH=FattyLiverDisease", "glaucoma=EyeDisease",
                "pre-eclampsia=Preeclampsia", "COPD=InflammatoryDisease"), found("liver cirrhosis, NASH, glaucoma, pre-eclampsia and COPD"));
        assertEquals(List.of("peritoneal fluid=PeritonealFluid", "stool=Feces", "vitreous humour=VitreousHumor",
                "osteoclasts=Osteoclast", "myoblasts=MuscleCell", "β-cells=PancreaticBetaCell"),
                found("peritoneal fluid, stool, vitreous humour, osteoclasts, myoblasts and β-cells"));
        // near neighbours: the organ is not its disease, a bare "liver" or "beta" names nothing
        assertEquals(List.of(), found("the liver, beta values and obese-looking"));
        assertEquals(List.of("ExtracellularVesicle derivedFrom Feces"), triples(projectClaims("Faecal EVs carry bacterial DNA.")).stream()
                .filter(t -> t.contains("derivedFrom")).toList());
        assertEquals(List.of("Exosome treats LiverFibrosis"), triples(projectClaims("MSC exosomes reduced liver fibrosis in mice.")).stream()
                .filter(t -> t.contains("treats")).toList());
    }
}
