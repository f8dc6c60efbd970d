package org.exokg.mention;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Vocabulary from the late development sets, seventh pass (issue 15, twentieth session, branch vocab23): named tumour cell
 * lines, drug resistance spread by vesicles, absent harms in lay words, lay words for RNA and for signalling, read with the
 * project's own ontology. Sentences are invented; each check has a near neighbour that must not be over-matched.
 */
class DevelopmentMissesSeventhPassVocabularyTest {

    private static List<String> found(String text) {
        return new MentionRecognizer(TestSupport.projectLexicon()).recognize(text, 0, text.length()).stream()
                .map(m -> m.surface() + "=" + local(m.iri())).toList();
    }

    @Test
    void tumourCellLinesAndDrugResistance() {
        assertEquals(List.of("Huh7 cells=TumorCell", "CT26 cells=TumorCell", "SKOV3 cells=TumorCell"),
                found("Huh7 cells, CT26 cells and SKOV3 cells"));
        assertTrue(triples(projectClaims("Exosomes from CT26 cells carried CD63.")).contains("Exosome derivedFrom TumorCell"));
        assertTrue(triples(projectClaims("Tumour exosomes transfer resistance to sensitive cells."))
                .contains("Exosome contributesTo DrugResistance"));
        // near neighbours: a kidney cell line is no tumour cell; resistance to degradation is the vesicles' stability
        assertTrue(found("HEK293 cells").contains("HEK293 cells=HEK293Cell"));
        assertTrue(found("resistance to degradation").stream().noneMatch(m -> m.endsWith("=DrugResistance")));
    }

    @Test
    void absentHarmsAndStability() {
        assertEquals(List.of("Exosome derivedFrom Milk", "Exosome hasProperty LowToxicity"),
                triples(projectClaims("The milk exosomes did not cause weight loss.")));
        assertEquals(List.of("did not raise liver enzymes=LowToxicity", "resist gastric acid=Stability",
                "protected from degradation=Stability"),
                found("did not raise liver enzymes; resist gastric acid; protected from degradation"));
        // near neighbours: weight loss that was caused, and raised liver enzymes, are no low toxicity; bare gastric acid no stability
        assertTrue(triples(projectClaims("The milk exosomes caused weight loss.")).stream()
                .noneMatch(t -> t.endsWith("LowToxicity")));
        assertTrue(found("the vesicles raised liver enzymes and met gastric acid").stream()
                .noneMatch(m -> m.endsWith("=LowToxicity") || m.endsWith("=Stability")));
    }

    @Test
    void layWordsForRnaSignallingAndProbes() {
        assertTrue(triples(projectClaims("Exosomes are messengers between cells."))
                .contains("Exosome hasProperty IntercellularCommunication"));
        assertTrue(triples(projectClaims("Urine vesicles carried messages from T cells."))
                .contains("ExtracellularVesicle carries NucleicAcid"));
        assertEquals(List.of("fluorescent=FluorescentDye", "loaded with gold=GoldNanoparticle",
                "negatively charged=NegativeZetaPotential", "casein micelles=LowPurity", "oral carrier=DrugDelivery"),
                found("fluorescent, loaded with gold, negatively charged, casein micelles, oral carrier"));
        // near neighbours: messenger RNA stays the molecule; gold standard, positively charged and casein are none of these
        assertTrue(found("messenger RNA").stream().noneMatch(m -> m.endsWith("=IntercellularCommunication")));
        assertTrue(found("the gold standard; positively charged; casein").isEmpty());
    }
}
