package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch recall (second pass): structures behind false negatives that recur on development sets 5-11
 * (docs/extraction.md, "Structures read, second pass"): a challenge subject with coordinated terms and postmodifiers, a
 * list item that is a clause of its own with a pronoun subject, cargo as the subject or head of its noun phrase.
 * Invented sentences (none from a gold set), through the real pipeline and the project ontology; claims as
 * "Subject[Qualifier] (NOT) relation Object". Each test also keeps the reading of a near neighbour.
 */
class StructuresSecondPassTest {

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    private static List<String> claimsOf(DocumentExtraction e, String words) {
        return TestSupport.claimsOf(e, words, true);
    }

    @Test
    void coordinatedChallengeSubjectsWithPostmodifiersAreTheDiscoursesVesicles() throws Exception {
        DocumentExtraction e = extract("Vesicles in repair\n\nApoptotic bodies cleared debris in mice. Batch variability between "
                + "donors and the low loading efficiency of siRNA are the main risks.\n\nMicrovesicles reduced inflammation in rats. "
                + "Production in flasks is simple, but the heterogeneity of cell sources and the lack of a potency assay make the "
                + "results hard to compare.\n");
        // both conjuncts, each with its "between" / "of" phrase, are the subject of "are the main risks"
        assertEquals(List.of("ApoptoticBody hasChallenge BatchVariability", "ApoptoticBody hasChallenge LowLoadingEfficiency"),
                claimsOf(e, "main risks"));
        // a later clause of a sentence that names no vesicle: the discourse's vesicles; the source term inside the
        // postmodifier ("of cell sources") is no claim of its own; the second conjunct, "the lack of a potency assay", is
        // a challenge too since branch vocab18b gave the lexicon that phrase
        assertEquals(List.of("Microvesicle hasChallenge Heterogeneity", "Microvesicle hasChallenge LackOfPotencyAssay"),
                claimsOf(e, "hard to compare"));
    }

    @Test
    void aChallengeSaidOfAnotherTermOrAfterAClauseAboutOneIsNoVesicleChallenge() throws Exception {
        DocumentExtraction e = extract("Vesicles in repair\n\nMicrovesicles reduced inflammation in rats. Cell therapy is "
                + "effective, but heterogeneity remains a hurdle for it. Heterogeneity between donors is a concern for cell therapy.\n");
        assertEquals(List.of(), claimsOf(e, "hurdle for it"));
        assertEquals(List.of(), claimsOf(e, "concern for cell therapy"));
    }

    @Test
    void aListItemWithAPronounSubjectIsReadWithItsOwnPredicate() throws Exception {
        DocumentExtraction e = extract("Vesicles in repair\n\nMilk EVs offer two advantages:\n- they cross the blood–brain barrier\n"
                + "- they are poorly immunogenic when taken from the patient's own cells\n\nLater sections follow.\n");
        // the lead-in's "advantages" names no crossing: the item's own verb does; the pronoun is the kind, unnarrowed
        assertEquals(List.of("ExtracellularVesicle[Milk] crosses BloodBrainBarrier"), claimsOf(e, "they cross"));
        // a condition on the source inside the item is no origin of the vesicles
        // the list item keeps the source of the lead-in's milk EVs, once (no unqualified twin from the list-item path)
        assertEquals(List.of("ExtracellularVesicle[Milk] hasProperty LowImmunogenicity"), claimsOf(e, "poorly immunogenic"));
    }

    @Test
    void cargoAsTheSubjectOrHeadOfItsNounPhrase() throws Exception {
        DocumentExtraction e = extract("Vesicles in repair\n\nGinger nanovesicles were studied. The benefit lies in the siRNA they "
                + "carry. The viral proteins inside them drive the response. Doxorubicin and curcumin have both been loaded into "
                + "milk exosomes. Glypican-1 is displayed on the surface of plasma exosomes. Curcumin in liposomes degraded within "
                + "weeks.\n");
        // the pronoun of a relative clause after a cargo is the vesicles, never the cargo
        assertEquals(List.of("PlantDerivedNanovesicle[Ginger] carries SiRNA"), claimsOf(e, "they carry"));
        assertEquals(List.of("PlantDerivedNanovesicle[Ginger] carries Protein"), claimsOf(e, "inside them"));
        // coordinated cargo subjects of one passive, with a floating "both"
        assertEquals(List.of("Exosome derivedFrom Milk", "Exosome[Milk] carries Curcumin", "Exosome[Milk] carries Doxorubicin"),
                claimsOf(e, "both been loaded"));
        assertTrue(claimsOf(e, "on the surface").contains("Exosome[BloodPlasma] carries Protein"), claimsOf(e, "on the surface").toString());
        // liposomes are no vesicles of the text's
        assertEquals(List.of(), claimsOf(e, "in liposomes"));
    }

    @Test
    void theBareVesicleNounAfterAPreparationsNameIsThatPreparation() throws Exception {
        DocumentExtraction e = extract("Vesicles in repair\n\nWe tested AB-7, an exosome preparation from astrocytes, in rats with "
                + "stroke. AB-7 acts through microRNAs, although proteins in the vesicles may contribute.\n");
        // "the vesicles" means AB-7, with its source; "microRNAs" in the clause before "although" is no item of the list
        // the "in the vesicles" phrase reads
        // (branch dev12) "acts through microRNAs" names the microRNAs as the means of the effect: carried, by the rule
        // vesicle-acts-through-cargo (not as an item of the "in the vesicles" list), with AB-7's source as well
        assertEquals(List.of("Exosome[Astrocyte] carries MicroRNA", "Exosome[Astrocyte] carries Protein"), claimsOf(e, "although proteins"));
        assertTrue(e.claims().stream().anyMatch(c -> c.objectIri().endsWith("MicroRNA") && c.rule().startsWith("vesicle-acts-through-cargo")));
    }
}
