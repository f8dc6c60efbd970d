package org.exokg.mention;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exokg.TestSupport;
import org.exokg.claim.Claim;
import org.junit.jupiter.api.Test;

/**
 * Vocabulary that extracellular-vesicle papers use and the ontology lacked (issue 15, branch vocab), read with the
 * project's own ontology. Sentences are invented in the shape of real papers; none is copied from a gold text.
 * The look-alikes check that a new synonym does not catch an ordinary word.
 */
class VocabularyForUnseenTextTest {

    private static final String NS = "https://w3id.org/exokg/ontology/";

    private static List<String> found(String text) {
        return new MentionRecognizer(TestSupport.projectLexicon()).recognize(text, 0, text.length()).stream()
                .map(m -> m.surface() + "=" + local(m.iri())).toList();
    }

    @Test
    void narrowerCargoIsFiledUnderItsClass() {
        assertEquals(List.of("tRNA fragments=RNA", "piRNAs=RNA", "mitochondrial DNA=DNA"),
                found("tRNA fragments, piRNAs and mitochondrial DNA"));
        assertEquals(List.of("PD-L1=Protein", "antisense oligonucleotides=TherapeuticNucleicAcid", "VEGF=SignalingProtein"),
                found("PD-L1, antisense oligonucleotides and VEGF"));
        assertEquals(List.of("Exosome carries RNA"), triples(projectClaims("Exosomes from T cells carry tRNA fragments.")).stream()
                .filter(t -> t.contains("carries")).toList());
    }

    @Test
    void sourcesFromPlantsBacteriaAndCells() {
        assertEquals(List.of("lemon=Fruit", "broccoli=PlantStructure", "Escherichia coli=Bacterium", "osteoblasts=Osteoblast"),
                found("lemon, broccoli, Escherichia coli and osteoblasts"));
        assertEquals(List.of("adipose-derived stem cells=MesenchymalStemCell", "Kupffer cells=Macrophage"),
                found("adipose-derived stem cells and Kupffer cells"));
        assertTrue(TestSupport.projectLexicon().isA(NS + "Osteoblast", NS + "Cell"));
    }

    @Test
    void newClassesSitWhereTheyBelong() {
        Lexicon lexicon = TestSupport.projectLexicon();
        assertTrue(lexicon.isA(NS + "Stroke", NS + "Disease"));
        assertTrue(lexicon.isA(NS + "CancerVaccine", NS + "Vaccine"), "a cancer vaccine is a vaccine");
        assertTrue(lexicon.isA(NS + "Vaccine", NS + "Application"));
        assertTrue(lexicon.isA(NS + "LackOfStandardisedIsolation", NS + "LackOfStandardisation"));
        assertTrue(lexicon.term(NS + "VesicleAggregation").is(MentionType.CHALLENGE));
        assertEquals(List.of("ischaemic stroke=Stroke", "thrombosis=CardiovascularDisease", "sepsis=InfectiousDisease",
                "GVHD=GraftVersusHostDisease", "colitis=InflammatoryDisease"), found("ischaemic stroke, thrombosis, sepsis, GVHD and colitis"));
        assertEquals(List.of("Exosome hasProperty Biodegradability", "Exosome hasProperty LowToxicity"),
                triples(projectClaims("Exosomes are biodegradable and non-cytotoxic.")));
        assertEquals(List.of("Exosome hasProperty Stability"), triples(projectClaims("Exosomes protect their cargo from degradation.")));
    }

    @Test
    void propertiesInTheWordsPapersUse() {
        assertEquals(List.of("Exosome hasProperty LowToxicity"), triples(projectClaims("The exosomes were well tolerated in mice.")));
        assertEquals(List.of("Exosome hasProperty LowImmunogenicity"), triples(projectClaims("Exosomes are less immunogenic than liposomes.")));
        // a property spelled as the vesicle's own verb phrase is its own predicate
        assertEquals(List.of("ExtracellularVesicle hasProperty Stability"), triples(projectClaims("The EVs survived gastric digestion.")));
        assertEquals(List.of("Exosome hasProperty ImmuneEvasion"), triples(projectClaims("Exosomes evade phagocytosis by macrophages.")).stream()
                .filter(t -> t.contains("hasProperty")).toList());
        Claim notToxic = TestSupport.claimOn(projectClaims("Exosomes from NK cells were not toxic to the kidneys."), "LowToxicity");
        assertFalse(notToxic.negated(), "'not toxic' is low toxicity, not a denial");
    }

    @Test
    void applicationsAndChallenges() {
        assertEquals(List.of("Exosome usedFor CellFreeTherapy"), triples(projectClaims("Exosomes are an off-the-shelf alternative to cell transplantation.")));
        assertEquals(List.of("ExtracellularVesicle usedFor Vaccine"), triples(projectClaims("Bacterial EVs can be used as vaccines.")).stream()
                .filter(t -> t.contains("usedFor")).toList());
        assertEquals(List.of("poor targeting efficiency=LowTargetingEfficiency", "EV aggregation=VesicleAggregation",
                "lack of standardisation=LackOfStandardisation"), found("poor targeting efficiency, EV aggregation and lack of standardisation"));
        assertEquals(List.of("Exosome hasChallenge StorageStability"),
                triples(projectClaims("During storage at 4 °C, much of the doxorubicin leaked out of the exosomes.")).stream()
                        .filter(t -> t.contains("hasChallenge")).toList());
    }

    @Test
    void ordinaryWordsAreNotTheNewTerms() {
        // "circulating" and "orange" are no sources; "platelet aggregation" is no vesicle aggregation; "off-target
        // effects" are as often reduced as suffered, so they name no challenge; "prognosis" alone is no diagnosis
        assertEquals(List.of("tumour cells=TumorCell"), found("circulating tumour cells"));
        assertEquals(List.of("platelet=Platelet"), found("platelet aggregation"));
        assertEquals(List.of(), found("an orange colour, reduced off-target effects and a poor prognosis"));
    }
}
