package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.document.Sentence;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch pairproposer: the learned proposer of claims for vesicle-object pairs no rule links
 * ({@link PairProposer}, weights pair-proposer.tsv). Invented sentences: a loading comparison whose techniques no rule
 * links to the vesicles is proposed as loadedBy at a threshold under its score and at 0.5, not at the shipped threshold
 * (0.68, which unseen text hardly reaches); a disease named as the patients' condition in a sampling clause is a candidate the shipped
 * weights score far under 0.5; a pair a rule links is no candidate; the switch off (the default) proposes nothing.
 */
class PairProposerTest {

    @TempDir
    Path dir;

    private static final String LOADING = "Results\n\nIn milk exosomes, sonication gave the highest loading efficiency "
            + "(31 %), electroporation 14 % and passive incubation below 4 %.\n";

    private static final String PATIENTS = "Results\n\nPlasma was collected from twelve patients with type 2 diabetes, "
            + "and exosomes were counted in every sample.\n";

    @Test
    void theShippedWeightsLoadWithAThreshold() {
        ClaimConfidence m = PairProposer.shipped();
        assertTrue(m.threshold() > 0.5 && m.threshold() < 1, "threshold " + m.threshold());
        assertTrue(m.weights().keySet().stream().anyMatch(f -> f.startsWith("loadedBy&")), "relation conjunctions");
    }

    @Test
    void aLoadingComparisonIsProposedAsLoadedByAndTheSwitchOffProposesNothing() throws Exception {
        String saved = System.getProperty(PairProposer.PROPERTY);
        try {
            System.clearProperty(PairProposer.PROPERTY);
            DocumentExtraction off = TestSupport.extractText(dir, LOADING, ".txt");
            assertTrue(off.claims().stream().noneMatch(c -> c.rule().equals(PairProposer.RULE)), "off by default");
            PairProposer.Candidate incubation = candidate(off, Relation.LOADED_BY, "Incubation");
            double score = PairProposer.shipped().score(incubation.features());

            System.setProperty(PairProposer.PROPERTY, String.valueOf(score - 1e-9));
            assertTrue(proposed(TestSupport.extractText(dir, LOADING, ".txt"), Relation.LOADED_BY, "Incubation"),
                    "proposed at a threshold just under its score " + score);
            System.setProperty(PairProposer.PROPERTY, String.valueOf(score + 1e-9));
            assertFalse(proposed(TestSupport.extractText(dir, LOADING, ".txt"), Relation.LOADED_BY, "Incubation"),
                    "not proposed at a threshold just over it");
            // the shipped weights rank it with the proposals of their held-out folds (P about 0.6 at 0.5), under the
            // shipped threshold, which the held-out folds reach only in 11 pairs of 10,580 candidates
            System.setProperty(PairProposer.PROPERTY, "0.5");
            assertTrue(proposed(TestSupport.extractText(dir, LOADING, ".txt"), Relation.LOADED_BY, "Incubation"),
                    "proposed at 0.5: " + score);
            System.setProperty(PairProposer.PROPERTY, "true");
            assertFalse(proposed(TestSupport.extractText(dir, LOADING, ".txt"), Relation.LOADED_BY, "Incubation"),
                    "not at the shipped threshold " + PairProposer.shipped().threshold() + ": " + score);
        } finally {
            restore(saved);
        }
    }

    @Test
    void thePatientsConditionIsACandidateNeverProposedAndALinkedPairIsNoCandidate() throws Exception {
        String saved = System.getProperty(PairProposer.PROPERTY);
        try {
            System.clearProperty(PairProposer.PROPERTY);
            DocumentExtraction off = TestSupport.extractText(dir, PATIENTS, ".txt");
            PairProposer.Candidate treats = candidate(off, Relation.TREATS, "Type2Diabetes");
            assertTrue(PairProposer.shipped().score(treats.features()) < PairProposer.shipped().threshold(),
                    "scored under the threshold: " + PairProposer.shipped().score(treats.features()));
            assertTrue(PairProposer.shipped().score(treats.features()) < 0.1, "far under even 0.5");
            System.setProperty(PairProposer.PROPERTY, "0.5");
            DocumentExtraction on = TestSupport.extractText(dir, PATIENTS, ".txt");
            assertTrue(on.claims().stream().noneMatch(c -> c.rule().equals(PairProposer.RULE)), on.claims().toString());

            // a pair the rules link ("derived from") gets no candidate
            DocumentExtraction linked = TestSupport.extractText(dir,
                    "Results\n\nExosomes derived from mesenchymal stem cells reduced liver fibrosis in rats.\n", ".txt");
            for (Claim c : linked.claims()) {
                assertTrue(candidates(linked).stream().noneMatch(x -> x.claim().subjectIri().equals(c.subjectIri())
                        && x.claim().objectIri().equals(c.objectIri())), "linked pair " + c);
            }
        } finally {
            restore(saved);
        }
    }

    private static List<PairProposer.Candidate> candidates(DocumentExtraction e) {
        List<Sentence> sentences = e.sentences().stream().map(DocumentExtraction.DistinctSentence::first).toList();
        return PairProposer.candidates(e.document(), sentences, e.mentions(), e.claims(), TestSupport.projectBuilder().lexicon());
    }

    private static PairProposer.Candidate candidate(DocumentExtraction e, Relation r, String object) {
        return candidates(e).stream().filter(c -> c.claim().relation() == r && c.claim().objectIri().endsWith("#" + object)
                || c.claim().relation() == r && c.claim().objectIri().endsWith("/" + object)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + r + " " + object + " in " + candidates(e).stream()
                        .map(c -> c.claim().relation() + " " + c.claim().objectIri()).toList()));
    }

    private static boolean proposed(DocumentExtraction e, Relation r, String object) {
        return e.claims().stream().anyMatch(c -> c.rule().equals(PairProposer.RULE) && c.relation() == r
                && (c.objectIri().endsWith("#" + object) || c.objectIri().endsWith("/" + object)));
    }

    private static void restore(String saved) {
        if (saved == null) {
            System.clearProperty(PairProposer.PROPERTY);
        } else {
            System.setProperty(PairProposer.PROPERTY, saved);
        }
    }
}
