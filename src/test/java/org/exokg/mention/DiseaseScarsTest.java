package org.exokg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.ExoKg;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, branch goldconv34 (question a, convention ccccccc): the scars a disease leaves are not the disease. "acne"
 * is read by a name pattern that stops before "scars" ({@code -Dexokg.diseaseScars}, ON; =false gives back the plain
 * label). Invented sentences, none from a gold set; each reading next to a neighbour that must keep the disease.
 */
class DiseaseScarsTest {

    @AfterEach
    void clear() {
        System.clearProperty("exokg.diseaseScars");
        System.clearProperty("exokg.skinInflammationNames");
    }

    /** "surface=Class" for each mention of the sentence, with a lexicon built under the current switches. */
    private static List<String> mentions(String text) {
        Lexicon lexicon = Lexicon.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        return new MentionRecognizer(lexicon).recognize(text, 0, text.length()).stream()
                .map(m -> m.surface() + "=" + m.iri().substring(m.iri().lastIndexOf('/') + 1)).toList();
    }

    private static long diseases(List<String> mentions) {
        return mentions.stream().filter(m -> m.endsWith("=InflammatoryDisease")).count();
    }

    @Test
    void aDiseasesScarsAreNoMentionOfTheDisease() {
        List<String> scars = mentions("The serum promises to fade acne scars and acne-scarred skin within a month.");
        assertEquals(0, diseases(scars), scars.toString());
        List<String> disease = mentions("Acne improved in teenagers given the cream, and acne lesions shrank.");
        assertEquals(2, diseases(disease), "the disease and its lesions keep the disease: " + disease);
    }

    @Test
    void offGivesBackThePlainLabel() {
        System.setProperty("exokg.diseaseScars", "false");
        List<String> scars = mentions("The serum promises to fade acne scars within a month.");
        assertEquals(1, diseases(scars), "the former reading reads acne inside acne scars: " + scars);
        assertTrue(mentions("Acne improved in teenagers.").contains("Acne=InflammatoryDisease"));
    }

    @Test
    void skinInflammationNamesOffLeavesAcneUnreadEitherWay() {
        System.setProperty("exokg.skinInflammationNames", "false");
        assertFalse(mentions("Acne improved in teenagers.").stream().anyMatch(m -> m.endsWith("=InflammatoryDisease")));
        System.setProperty("exokg.diseaseScars", "false");
        assertFalse(mentions("Acne improved in teenagers.").stream().anyMatch(m -> m.endsWith("=InflammatoryDisease")));
    }

    @Test
    void aFormerLabelFollowsEverySwitchThatNamesIt() throws Exception {
        SwitchedLabels labels = SwitchedLabels.parse(new java.io.ByteArrayInputStream(
                ("@on\tinventedNames\n@on\tinventedMove\ninventedNames\tglimmer\tThing\n!inventedMove\tglimmer\tThing\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String thing = "https://example.org/exokg#Thing";
        assertEquals(List.of(), labels.formerLabels(thing), "the move is on: no former place");
        System.setProperty("exokg.inventedMove", "false");
        assertEquals(List.of("glimmer"), labels.formerLabels(thing));
        System.setProperty("exokg.inventedNames", "false");
        assertEquals(List.of(), labels.formerLabels(thing), "the other switch that names the label is off");
        System.clearProperty("exokg.inventedMove");
        System.clearProperty("exokg.inventedNames");
    }
}
