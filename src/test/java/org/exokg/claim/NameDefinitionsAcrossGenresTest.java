package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, code names across genres (branch names6): a name in brackets after vesicles "secreted by" a producer
 * described at length is that preparation; a lower-case letter before a code's capitals ("iKC-EVs") qualifies the source
 * the capitals spell; a later definition that states a source replaces a first one that stated none. Invented sentences,
 * through the real pipeline and ontology.
 */
class NameDefinitionsAcrossGenresTest {

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    @Test
    void aNameAfterVesiclesSecretedByALongProducerPhraseIsThePreparation() throws Exception {
        DocumentExtraction e = extract("The sponsor gave mice vesicles secreted by keratinocytes derived from induced pluripotent "
                + "stem cells (iKC-EVs) in week 1.\n\niKC-EVs carried CD63.\n");
        List<String> claims = TestSupport.claimsOf(e, "iKC-EVs carried", false);
        assertTrue(claims.contains("ExtracellularVesicle[Keratinocyte] carries Cd63"), () -> TestSupport.claimsOf(e, "", false).toString());
        // the capitals after the lower-case prefix spell the source: the use has convention b's source row
        assertTrue(claims.contains("ExtracellularVesicle derivedFrom Keratinocyte"), () -> claims.toString());
    }

    @Test
    void capitalsThatSpellNoSourceGiveNoSourceRow() throws Exception {
        // near neighbour: the same definition, a code whose capitals spell nothing the producer phrase says
        DocumentExtraction e = extract("The sponsor gave mice vesicles secreted by keratinocytes derived from induced pluripotent "
                + "stem cells (iQZ-EVs) in week 1.\n\niQZ-EVs carried CD81.\n");
        List<String> claims = TestSupport.claimsOf(e, "iQZ-EVs carried", false);
        assertTrue(claims.contains("ExtracellularVesicle[Keratinocyte] carries Cd81"), () -> TestSupport.claimsOf(e, "", false).toString());
        assertFalse(claims.stream().anyMatch(c -> c.contains("derivedFrom")), () -> claims.toString());
    }

    @Test
    void aLaterDefinitionThatStatesTheSourceReplacesAnUnqualifiedOne() throws Exception {
        DocumentExtraction e = extract("Nanovesicles (AX-7) were well tolerated in a first trial.\n\n"
                + "AX-7, exosomes isolated from bovine milk, carried CD63.\n\nAX-7 carried TSG101.\n");
        List<String> claims = TestSupport.claimsOf(e, "AX-7 carried TSG101", false);
        assertTrue(claims.contains("Exosome[BovineMilk] carries Tsg101"), () -> TestSupport.claimsOf(e, "", false).toString());
    }

    @Test
    void aFirstDefinitionWithASourceIsKept() throws Exception {
        // near neighbour: the first definition stated a source; a later apposition naming another keeps the first
        DocumentExtraction e = extract("Exosomes isolated from bovine milk (AX-8) were well tolerated in a first trial.\n\n"
                + "AX-8, exosomes isolated from goat milk, carried CD63.\n\nAX-8 carried TSG101.\n");
        List<String> claims = TestSupport.claimsOf(e, "AX-8 carried TSG101", false);
        assertTrue(claims.contains("Exosome[BovineMilk] carries Tsg101"), () -> TestSupport.claimsOf(e, "", false).toString());
    }
}
