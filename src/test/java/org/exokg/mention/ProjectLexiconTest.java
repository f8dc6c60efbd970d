package org.exokg.mention;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * The project's own ontology as the extractor reads it: synonym scopes decide what a word names. Exact
 * synonyms and hidden labels are matched; broad and related synonyms are not, because they do not mean the
 * term.
 */
class ProjectLexiconTest {

    private static List<String> found(String text) {
        return new MentionRecognizer(TestSupport.projectLexicon()).recognize(text, 0, text.length()).stream()
                .map(m -> m.surface() + "=" + local(m.iri())).toList();
    }

    @Test
    void markersAreProteinsOfTheirOwnNotSynonymsOfTheirFamily() {
        assertEquals(List.of("CD63=Cd63", "CD81=Cd81", "tetraspanins=Tetraspanin", "TSG101=Tsg101", "calnexin=Calnexin"),
                found("CD63, CD81 and other tetraspanins, TSG101 but no calnexin"));
        assertTrue(TestSupport.projectLexicon().isA("https://w3id.org/exokg/ontology/Cd9", "https://w3id.org/exokg/ontology/Tetraspanin"));
        assertTrue(TestSupport.projectLexicon().term("https://w3id.org/exokg/ontology/Lamp2bRvgFusionProtein").is(MentionType.CARGO),
                "a targeting ligand displayed on the surface is carried");
    }

    @Test
    void broaderWordsAreNotReadAsTheNarrowerTerm() {
        // "neoplastic cell" includes benign tumour cells, "neoplasm" benign tumours: broad synonyms, not matched
        // (the head noun of "neoplastic cells" is still a cell)
        assertEquals(List.of("malignant cells=TumorCell", "cells=Cell"), found("malignant cells, neoplastic cells and a neoplasm"));
        // a narrower disease still signals its broader class, as a narrow synonym
        assertEquals(List.of("myocardial infarction=CardiovascularDisease"), found("after myocardial infarction"));
    }

    @Test
    void adjectivesAndCarrierNounsAreHiddenLabelsThatStillSignalTheTerm() {
        assertEquals(List.of("synovial=SynovialFluid", "amniotic=AmnioticFluid"), found("synovial and amniotic vesicles"));
        List<org.exokg.claim.Claim> claims = TestSupport.projectClaims("Exosomes are not highly immunogenic.");
        // "highly immunogenic" signals HighImmunogenicity; denied, it is read as the opposite property, affirmed (convention u
        // of the eighteenth session, as "not toxic" is LowToxicity)
        assertEquals(List.of("Exosome hasProperty LowImmunogenicity"), triples(claims));
        assertFalse(claims.get(0).negated(), "the denial is the opposite property");
    }

    @Test
    void newSourcesAndDiseasesAreTerms() {
        assertEquals(List.of("umbilical cord blood=UmbilicalCordBlood", "red blood cells=Erythrocyte", "ulcerative colitis=UlcerativeColitis"),
                found("umbilical cord blood, red blood cells and ulcerative colitis"));
    }
}
