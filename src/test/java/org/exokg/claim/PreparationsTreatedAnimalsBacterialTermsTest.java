package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.exokg.TestSupport.claimsOfText;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (branch subjects2, seventeenth session): vesicle subjects the extractor did not read as such. A vesicle term
 * that spells its source as an adjective ("Bacterial OMVs") names bacteria as the origin (lead's convention p).
 * The treated animals standing after the outcome ("... was milder in treated mice") stand for the vesicles under
 * discussion; "both preparations", "these samples", "the fractions" in a discourse about vesicles are the vesicles.
 * Invented sentences, each beside a near neighbour that must not give the reading.
 */
class PreparationsTreatedAnimalsBacterialTermsTest {

    private static boolean has(String text, String subject, String relation, String object) {
        return projectClaims(text).stream().anyMatch(c -> local(c.subjectIri()).equals(subject)
                && c.relation().localName().equals(relation) && local(c.objectIri()).equals(object));
    }

    private static String all(String text) {
        return triples(projectClaims(text)).toString();
    }

    @Test
    void aVesicleTermSpellingBacterialNamesBacteriaAsTheSource() {
        for (String s : List.of("Bacterial OMVs carry lipopolysaccharide into the circulation.",
                "Bacterial outer membrane vesicles as vaccine platforms.")) {
            assertTrue(has(s, "BacterialOuterMembraneVesicle", "derivedFrom", "Bacterium"), s + ": " + all(s));
        }
        // bare OMVs spell no source: no row (convention p)
        String bare = "OMVs carry lipopolysaccharide into the circulation.";
        assertFalse(has(bare, "BacterialOuterMembraneVesicle", "derivedFrom", "Bacterium"), all(bare));
    }

    @TempDir
    Path dir;

    private static final String KIDNEY = "Stem cell exosomes in kidney injury\n\nExosomes from mesenchymal stem cells were given to "
            + "mice with acute kidney injury. ";

    @Test
    void theOutcomeBeforeTheTreatedAnimalsIsTreatedByTheDiscoursesVesicles() throws Exception {
        assertEquals(List.of("Exosome[MesenchymalStemCell] treats AcuteKidneyInjury"),
                claimsOfText(dir, KIDNEY + "Acute kidney injury was milder in treated mice.\n", "was milder"));
        // a measure of the disease under discussion, better lower or higher, and the vesicles named inside the subject
        assertEquals(List.of("Exosome[MesenchymalStemCell] treats AcuteKidneyInjury"),
                claimsOfText(dir, KIDNEY + "Serum creatinine fell in animals given the vesicles.\n", "fell in"));
        assertEquals(List.of("Exosome[MesenchymalStemCell] treats AcuteKidneyInjury"),
                claimsOfText(dir, KIDNEY + "Kidney function recovered in treated mice.\n", "recovered in"));
    }

    @Test
    void theTreatedAnimalsStandForNothingElse() throws Exception {
        // a part of the animals, a comparison, a cargo in them, a drug named since the vesicles: nothing is read
        for (String s : List.of("Kidney injury was as mild in treated mice as in control mice.",
                "MicroRNAs in treated mice were measured.", "T cells of treated mice produced less interferon.")) {
            assertEquals(List.of(), claimsOfText(dir, KIDNEY + s + "\n", s.substring(0, 12)), s);
        }
        assertEquals(List.of(), claimsOfText(dir, KIDNEY + "Other mice received dexamethasone. Acute kidney injury was "
                + "milder in treated mice.\n", "was milder"));
    }

    private static final String PAIN = "Macrophage exosomes in pain\n\nExosomes from macrophages were given to mice with neuropathic pain. ";

    @Test
    void preparationWordsStandForTheVesiclesUnderDiscussion() throws Exception {
        assertEquals(List.of("Exosome[Macrophage] hasProperty CellularUptake", "Exosome[Macrophage] targets Neuron"),
                claimsOfText(dir, PAIN + "Both preparations were taken up by neurons.\n", "Both preparations"));
        assertEquals(List.of("Exosome[Macrophage] hasChallenge LowPurity"),
                claimsOfText(dir, PAIN + "These samples were contaminated with albumin.\n", "These samples"));
    }

    @Test
    void samplesOfACellOrFluidAreNoVesicles() throws Exception {
        // a source in the phrase names what the samples are of; bare "samples" with no determiner are left alone
        for (String s : List.of("These plasma samples were contaminated with albumin.", "The cell pellets were contaminated with albumin.")) {
            assertEquals(List.of(), claimsOfText(dir, PAIN + s + "\n", s.substring(0, 12)), s);
        }
        // with no vesicles named before, the samples are no anaphor
        assertEquals(List.of(), claimsOfText(dir, "Pain\n\nMice with neuropathic pain were studied. These samples were "
                + "contaminated with albumin.\n", "These samples"));
    }

    @Test
    void vesiclesThatVaryBetweenBatchesHaveThatChallenge() throws Exception {
        assertEquals(List.of("Exosome[Macrophage] hasChallenge BatchVariability"),
                claimsOfText(dir, PAIN + "Such preparations vary between batches.\n", "vary between"));
        // the vesicles vary in a way that is no batch variation: no such challenge
        for (String s : List.of("The vesicles vary in size.", "The vesicles vary widely in size.")) {
            assertFalse(claimsOfText(dir, PAIN + s + "\n", s.substring(0, 12)).contains("Exosome[Macrophage] hasChallenge BatchVariability"), s);
        }
    }
}
