package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.document.TitleSentences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, convention kkk (branch conventionrules): a plain text's first line that is a full sentence with a finite
 * verb carries the rows a sentence would; a first line that is a noun phrase (a title, a participle) carries none (ww).
 * Invented documents, real pipeline.
 */
class FirstLineSentenceTest {

    @TempDir
    Path dir;

    private List<String> firstLineClaims(String firstLine) throws Exception {
        return TestSupport.claimsOfText(dir, firstLine + "\n\nThe study was small and ran for two years.\n",
                firstLine.substring(0, 20));
    }

    @Test
    void aFirstLineWithAFiniteVerbGivesItsClaims() throws Exception {
        List<String> claims = firstLineClaims("Milk exosomes deliver curcumin to colon cancer cells");
        assertTrue(claims.contains("Exosome derivedFrom Milk") && claims.stream().anyMatch(c -> c.contains("carries Curcumin")),
                claims::toString);
    }

    @Test
    void aFirstLineThatIsANounPhraseGivesNone() throws Exception {
        List<String> claims = firstLineClaims("Milk exosomes delivering curcumin to colon cancer cells");
        assertTrue(claims.isEmpty(), claims::toString);
    }

    @Test
    void theFiniteVerbTest() {
        assertTrue(TitleSentences.hasFiniteVerb("Reticulocyte-derived extracellular vesicles deliver messenger RNA to hepatocytes"));
        assertTrue(TitleSentences.hasFiniteVerb("Breast milk vesicles could protect the fragile gut of premature babies"));
        assertTrue(TitleSentences.hasFiniteVerb("Vesicor Biologics Reports First Human Data for FluVes"));
        assertTrue(TitleSentences.hasFiniteVerb("What two years of red blood cell vesicles taught us"));
        // nouns that look like verbs, participles, infinitives
        assertFalse(TitleSentences.hasFiniteVerb("Meeting report: extracellular vesicles in brain tumours"));
        assertFalse(TitleSentences.hasFiniteVerb("Extracellular Vesicle Core Facility: annual report 2026"));
        assertFalse(TitleSentences.hasFiniteVerb("Technology transfer brief: brain-targeted exosomes for RNA therapies"));
        assertFalse(TitleSentences.hasFiniteVerb("Platelet exosomes carrying temozolomide"));
        assertFalse(TitleSentences.hasFiniteVerb("Vesicles for spinal cord repair"));
        assertFalse(TitleSentences.hasFiniteVerb("Exosome-Encapsulated Gold Nanoparticles to Treat Tumours"));
    }
}
