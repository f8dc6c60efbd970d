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
 * Vocabulary from development misses (issue 15, fifteenth session, branch vocab17): terms of the field that missed gold
 * claims named and the lexicon did not read, read with the project's own ontology. Sentences are invented; each check
 * has a near neighbour that must not be over-matched.
 */
class DevelopmentMissesVocabularyTest {

    private static List<String> found(String text) {
        return new MentionRecognizer(TestSupport.projectLexicon()).recognize(text, 0, text.length()).stream()
                .map(m -> m.surface() + "=" + local(m.iri())).toList();
    }

    @Test
    void diseasesNamedByASignOrAModel() {
        assertEquals(List.of("seizures=Epilepsy", "hepatic steatosis=FattyLiverDisease", "insulin resistance=Type2Diabetes",
                "mdx mice=MuscularDystrophy"), found("seizures, hepatic steatosis, insulin resistance and mdx mice"));
        // near neighbours: the words alone or in another term are not the disease
        assertEquals(List.of("insulin=Biologic"), found("insulin and seizing"));
    }

    @Test
    void cargoNamedByItsKindOrItsName() {
        assertEquals(List.of("flavonoids=Metabolite", "oligonucleotide=TherapeuticNucleicAcid", "kinases=Enzyme",
                "vancomycin=SmallMoleculeDrug", "PCA3=LongNoncodingRNA", "lactoferrin=Protein", "transcripts=MessengerRNA"),
                found("flavonoids, an oligonucleotide, kinases, vancomycin, PCA3, lactoferrin and transcripts"));
        assertEquals(List.of("Exosome carries LongNoncodingRNA"),
                triples(projectClaims("Urinary exosomes carried PCA3.")).stream().filter(t -> t.contains("carries")).toList());
    }

    @Test
    void sourcesNamedTheWayPapersNameThem() {
        assertEquals(List.of("stromal cell=MesenchymalStemCell", "exosomes=Exosome", "pleural effusions=PleuralFluid"),
                found("stromal cell exosomes in pleural effusions"));
        assertEquals(List.of("Bacteroides fragilis=Bacterium", "Fusobacterium nucleatum=Bacterium"),
                found("Bacteroides fragilis and Fusobacterium nucleatum"));
        // near neighbour: the stroma of a tumour is no cell
        assertTrue(found("the tumour stroma").stream().noneMatch(m -> m.endsWith("=MesenchymalStemCell")));
    }

    @Test
    void propertiesChallengesAndApplications() {
        assertEquals(List.of("adjuvant=Immunocompetence", "allergic reactions=SafetyConcern", "evade clearance=ImmuneEvasion",
                "regulatory framework=RegulatoryUncertainty", "liver and spleen=OffTargetAccumulation",
                "from batch to batch=BatchVariability", "cell-free treatment=CellFreeTherapy", "diagnostic test=Diagnosis"),
                found("adjuvant, allergic reactions, evade clearance, regulatory framework, liver and spleen, "
                        + "from batch to batch, cell-free treatment, diagnostic test"));
        // near neighbours: the liver alone, the batch alone
        assertTrue(found("the liver and the batch").stream().noneMatch(m -> m.endsWith("=OffTargetAccumulation")
                || m.endsWith("=BatchVariability")));
    }
}
