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
 * Vocabulary from the late development sets, sixth pass (issue 15, nineteenth session, branch vocab22): challenges in plain
 * words, antibodies denied in one phrase, the lining of organs as their epithelium, metastases in the plural, read with the
 * project's own ontology. Sentences are invented; each check has a near neighbour that must not be over-matched.
 */
class DevelopmentMissesSixthPassVocabularyTest {

    private static List<String> found(String text) {
        return new MentionRecognizer(TestSupport.projectLexicon()).recognize(text, 0, text.length()).stream()
                .map(m -> m.surface() + "=" + local(m.iri())).toList();
    }

    @Test
    void challengesInPlainWords() {
        assertEquals(List.of("batches vary=BatchVariability", "not pure=LowPurity", "co-sediment=LowPurity",
                "not yet standardised=LackOfStandardisation", "larger aggregates=VesicleAggregation",
                "loading is inefficient=LowLoadingEfficiency"),
                found("batches vary; not pure; co-sediment; not yet standardised; larger aggregates; loading is inefficient"));
        assertEquals(List.of("Exosome derivedFrom Milk", "Exosome hasChallenge LowPurity"),
                triples(projectClaims("Milk exosome preparations are not pure.")));
        // near neighbours: protein aggregates and a bare verb "aggregate" are not the vesicles clumping
        assertTrue(found("huntingtin aggregates were reduced; the peptides aggregate").stream()
                .noneMatch(m -> m.endsWith("=VesicleAggregation")));
    }

    @Test
    void antibodiesLiningAndMetastases() {
        assertEquals(List.of("raised no antibodies=LowImmunogenicity", "escape uptake=ImmuneEvasion",
                "cells lining=EpithelialCell", "lining of blood vessels=EndothelialCell", "metastases=MetastaticCancer"),
                found("raised no antibodies, escape uptake, cells lining, lining of blood vessels, metastases"));
        assertEquals(List.of("Exosome derivedFrom EpithelialCell", "Exosome carries Protein"),
                triples(projectClaims("Exosomes from the cells lining the gut carried proteins.")));
        // near neighbours: raised antibodies stay immunogenicity; the liver metastases keep their narrower label
        assertTrue(found("the vesicles raised antibodies").stream().anyMatch(m -> m.endsWith("=Immunogenicity")));
        assertTrue(found("liver metastases").contains("liver metastases=MetastaticCancer"));
    }
}
