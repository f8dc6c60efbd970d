package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, "challenges as noun phrases or events": a process noun with a predicate of difficulty, lack or
 * variation ("the loading efficiency was poor") names a challenge (claim-rules.yaml, {@code challengeEvents}).
 * Invented sentences of the shapes, none from a gold set, through the real pipeline so the discourse is read.
 */
class ChallengeEventsTest {

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    /** "Subject (NOT) relation object" for the claims of the sentence that contains {@code words}. */
    private static List<String> claimsOf(DocumentExtraction e, String words) {
        return e.claims().stream().filter(c -> c.sentence().text().contains(words))
                .map(c -> local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + local(c.objectIri()))
                .toList();
    }

    @Test
    void aVesicleInsideOrBeforeTheEventIsItsSubject() throws Exception {
        DocumentExtraction e = extract("Microvesicles were studied as carriers of siRNA. "
                + "The encapsulation efficiency of the microvesicles was rather low in every run. "
                + "Exosome purification remains cumbersome for clinical laboratories.\n");
        assertEquals(List.of("Microvesicle hasChallenge LowLoadingEfficiency"), claimsOf(e, "encapsulation efficiency"));
        assertEquals(List.of("Exosome hasChallenge LackOfStandardisedIsolation"), claimsOf(e, "purification remains"));
    }

    @Test
    void withoutAVesicleTheDiscourseGivesTheSubject() throws Exception {
        DocumentExtraction e = extract("Exosomes from adipose stem cells protected cartilage in a rat model. "
                + "However, their recovery was often insufficient. The price per patient remained prohibitive, "
                + "and potency was found to differ between production runs.\n");
        List<String> claims = e.claims().stream().map(c -> local(c.subjectIri()) + " " + c.relation().localName() + " "
                + local(c.objectIri())).toList();
        assertTrue(claims.contains("Exosome hasChallenge LowYield"), claims.toString());
        assertTrue(claims.contains("Exosome hasChallenge HighCost"), claims.toString());
    }

    @Test
    void variationAndLackAreChallenges() throws Exception {
        DocumentExtraction e = extract("The composition of the exosomes varied widely between preparations. "
                + "Exosome products from several companies are in trials. Still, validated potency assays are missing.\n");
        assertEquals(List.of("Exosome hasChallenge BatchVariability"), claimsOf(e, "varied widely"));
        assertTrue(claimsOf(e, "potency assays").contains("Exosome hasChallenge LackOfPotencyAssay"), claimsOf(e, "potency assays").toString());
    }

    @Test
    void aGoodValueOrAnotherSubjectIsNoChallenge() throws Exception {
        DocumentExtraction e = extract("Exosomes were loaded with curcumin by sonication. The loading efficiency was high. "
                + "The yield of liposomes was low, whereas exosome yields varied little.\n");
        assertEquals(List.of(), claimsOf(e, "efficiency was high"));
        // the low yield is the liposomes' (the vesicle named inside the event), and "varied little" is no variability
        // (branch precision4) and a claim about liposomes is kept only with -Dexokg.noLiposomeSubjectCheck
        assertEquals(ClaimExtractor.LIPOSOME_SUBJECT_CHECK ? List.of() : List.of("Liposome hasChallenge LowYield"),
                claimsOf(e, "yield of liposomes"));
    }

    @Test
    void anotherTermInsideKeepsItsOwnClaims() throws Exception {
        DocumentExtraction e = extract("The isolation of exosomes from urine remains difficult.\n");
        List<String> claims = claimsOf(e, "from urine");
        assertTrue(claims.contains("Exosome derivedFrom Urine"), claims.toString());
    }

    @Test
    void aBrokenEventEntryIsRefused() {
        String file = "rules:\n  - {id: r, relation: carries, objects: [cargo], order: vesicle-first, triggers: [carr\\w*]}\n"
                + "challengeEvents:\n  - {id: e, challenge: LowYield, pattern: 'yield (is low'}\n";
        IllegalStateException x = assertThrows(IllegalStateException.class,
                () -> ClaimPatterns.parse(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "t.yaml"));
        assertTrue(x.getMessage().contains("challenge event 'e'"), x.getMessage());
    }
}
