package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch qualifiers34: the learned choice of the subject's narrowing ({@link SubjectNarrowing}, weights
 * subject-narrowing.tsv). Invented text: a text about one sourced preparation whose later sentence speaks of bare
 * "exosomes"; every claim offers its own narrowing, none, and the text's preparation; a model that prefers another
 * candidate narrows the unqualified claim (and a model that prefers none takes a narrowing away); the switch off changes
 * nothing; unset (the default) or true reads the shipped threshold.
 */
class SubjectNarrowingTest {

    @TempDir
    Path dir;

    private static final String TEXT = "Results\n\nExosomes derived from mesenchymal stem cells reduced infarct size in "
            + "rats.\n\nIn a second experiment, exosomes carried RNA but lacked DNA.\n";

    @Test
    void theShippedWeightsLoadWithAThresholdReadWhenSwitchedOn() {
        ClaimConfidence m = SubjectNarrowing.shipped();
        assertTrue(m.threshold() > 0 && m.threshold() <= 1, "threshold " + m.threshold());
        String saved = System.getProperty(SubjectNarrowing.PROPERTY);
        try {
            System.clearProperty(SubjectNarrowing.PROPERTY);
            assertEquals(m.threshold(), SubjectNarrowing.activeThreshold(), "on by default at the shipped threshold");
            System.setProperty(SubjectNarrowing.PROPERTY, "false");
            assertTrue(Double.isNaN(SubjectNarrowing.activeThreshold()), "off when false");
            System.setProperty(SubjectNarrowing.PROPERTY, "true");
            assertEquals(m.threshold(), SubjectNarrowing.activeThreshold(), "the shipped threshold");
        } finally {
            restore(saved);
        }
    }

    @Test
    void everyClaimOffersItsOwnNarrowingNoneAndTheTextsPreparation() throws Exception {
        String saved = System.getProperty(SubjectNarrowing.PROPERTY);
        try {
            System.setProperty(SubjectNarrowing.PROPERTY, "false");
            DocumentExtraction off = TestSupport.extractText(dir, TEXT, ".txt");
            assertTrue(off.claims().stream().noneMatch(c -> c.rule().contains(SubjectNarrowing.APPLIED)), "off");
            List<SubjectNarrowing.Candidate> candidates = SubjectNarrowing.candidates(off.document(), off.mentions(),
                    off.claims());
            int rna = indexOf(off.claims(), "#RNA");
            assertTrue(rna >= 0, off.claims().toString());
            List<String> offered = candidates.stream().filter(k -> k.claim() == rna)
                    .map(SubjectNarrowing.Candidate::qualifier).toList();
            assertTrue(offered.contains(SubjectNarrowing.NONE), offered.toString());
            assertTrue(offered.stream().anyMatch(q -> q.endsWith("MesenchymalStemCell")), offered.toString());
        } finally {
            restore(saved);
        }
    }

    @Test
    void aModelPreferringAnotherCandidateNarrowsAndOnePreferringNoneWidens() throws Exception {
        String saved = System.getProperty(SubjectNarrowing.PROPERTY);
        try {
            System.setProperty(SubjectNarrowing.PROPERTY, "false");
            DocumentExtraction off = TestSupport.extractText(dir, TEXT, ".txt");
            int rna = indexOf(off.claims(), "#RNA");
            Claim before = off.claims().get(rna);
            ClaimConfidence preferTheText = new ClaimConfidence(Map.of("other:first=true", 4.0), -2.0, 0.5);
            List<Claim> narrowed = SubjectNarrowing.narrowed(off.document(), off.mentions(), off.claims(), preferTheText, 0.5);
            Claim after = narrowed.stream().filter(c -> c.objectIri().endsWith("/RNA") || c.objectIri().endsWith("#RNA")).findFirst().orElseThrow();
            if (before.qualifierIri() == null) {
                assertTrue(after.qualifierIri() != null && after.qualifierIri().endsWith("MesenchymalStemCell"), after.toString());
                assertEquals(SubjectScope.SPECIFIC, after.scope());
            }
            ClaimConfidence preferNone = new ClaimConfidence(Map.of("type=none", 4.0), -2.0, 0.5);
            for (Claim c : SubjectNarrowing.narrowed(off.document(), off.mentions(), off.claims(), preferNone, 0.5)) {
                if (c.relation() != Relation.IS_KIND_OF) {
                    assertEquals(null, c.qualifierIri(), c.toString());
                }
            }
            ClaimConfidence preferNothing = new ClaimConfidence(Map.of(), -2.0, 0.5);
            assertEquals(off.claims(), SubjectNarrowing.narrowed(off.document(), off.mentions(), off.claims(), preferNothing,
                    0.5), "nothing scored over the threshold: unchanged");
        } finally {
            restore(saved);
        }
    }

    private static int indexOf(List<Claim> claims, String object) {
        for (int i = 0; i < claims.size(); i++) {
            String o = claims.get(i).objectIri();
            if ((o.endsWith("/RNA") || o.endsWith("#RNA")) && claims.get(i).relation() != Relation.IS_KIND_OF) {
                return i;
            }
        }
        return -1;
    }

    private static void restore(String saved) {
        if (saved == null) {
            System.clearProperty(SubjectNarrowing.PROPERTY);
        } else {
            System.setProperty(SubjectNarrowing.PROPERTY, saved);
        }
    }
}
