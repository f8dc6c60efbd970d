package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.mention.SwitchedLabels;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch misses35: readings for three classes of missed claims (docs/extraction.md, "Missed claims by
 * class"): cargo kept through a treatment (claim-rules.yaml, keptcargo-*), an absent harm of two organs named once
 * (twoorgans-*) and common names of diseases and injuries (ontology/exokg.ttl, block "Branch misses35"). Invented
 * sentences, none from a gold set, through the real pipeline; each reading next to a neighbour that must read nothing.
 * The readings are OFF by default (MissedClaimReadings): each test turns its switch on and off again.
 */
@ExtendWith(WithoutClaimConfidence.class)
class MissedClaimClassesTest {

    private static final List<String> SWITCHES = List.of("exokg.keptCargo", "exokg.twoOrganHarms", "exokg.commonDiseaseNames");

    @BeforeEach
    void on() {
        SWITCHES.forEach(s -> System.setProperty(s, "true"));
    }

    @AfterEach
    void off() {
        SWITCHES.forEach(System::clearProperty);
    }

    @TempDir
    Path dir;

    private static final String PREP = "We isolated exosomes from goat milk and gave them to rats for six weeks. ";

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    private static List<String> shown(DocumentExtraction e, String words) {
        return TestSupport.claimsOf(e, words, false);
    }

    @Test
    void cargoKeptThroughATreatmentIsCarried() throws Exception {
        DocumentExtraction e = extract(PREP + "After freeze-drying, the exosomes retained their CD9 and Alix.\n");
        List<String> got = shown(e, "retained their");
        assertTrue(got.stream().anyMatch(c -> c.endsWith(" carries Cd9") && !c.contains(" NOT ")), got.toString());
        assertTrue(got.stream().anyMatch(c -> c.endsWith(" carries Alix")), got.toString());
        // kept in an organ: a place, no cargo
        DocumentExtraction place = extract(PREP + "The exosomes were retained in the liver and spleen for two days.\n");
        assertFalse(shown(place, "retained in").stream().anyMatch(c -> c.contains(" carries ")), shown(place, "retained in").toString());
    }

    @Test
    void noHarmOfTwoOrgansIsLowToxicity() throws Exception {
        DocumentExtraction e = extract(PREP + "The exosomes caused no liver or kidney damage.\n");
        List<String> got = shown(e, "liver or kidney");
        assertTrue(got.stream().anyMatch(c -> c.endsWith("hasProperty LowToxicity") && !c.contains(" NOT ")), got.toString());
        // damage that happened is no safety outcome
        DocumentExtraction harm = extract(PREP + "Cisplatin caused liver and kidney damage in the control rats.\n");
        assertFalse(shown(harm, "Cisplatin caused").stream().anyMatch(c -> c.contains("LowToxicity")), shown(harm, "Cisplatin caused").toString());
    }

    @Test
    void offByDefault() throws Exception {
        off();
        DocumentExtraction e = extract(PREP + "After freeze-drying, the exosomes retained their CD9 and Alix.\n");
        assertFalse(e.claims().stream().anyMatch(c -> c.rule() != null && c.rule().startsWith("keptcargo-")), "kept cargo is off by default");
    }

    @Test
    void commonDiseaseNamesAreTerms() throws Exception {
        // a lexicon built with the switch on (the shared test pipeline's lexicon is built once, switch off)
        Path f = dir.resolve("diseases.txt");
        java.nio.file.Files.writeString(f, "Exosomes from goat milk protected chinchillas against otitis media. "
                + "Exosomes from platelets reduced scarring in rats with muscle tears.\n");
        DocumentExtraction e = DocumentGraphBuilder.fromOntology(Path.of(org.exokg.ExoKg.ONTOLOGY_FILE)).extract(f).get(0);
        assertTrue(shown(e, "otitis").stream().anyMatch(c -> c.endsWith("treats InfectiousDisease")), shown(e, "otitis").toString());
        List<String> tears = shown(e, "muscle tears");
        assertTrue(tears.stream().anyMatch(c -> c.endsWith("treats Injury")), tears.toString());
        assertFalse(tears.stream().anyMatch(c -> c.contains("TearFluid")), "muscle tears are no tear fluid: " + tears);
    }

    @Test
    void aSwitchedLabelIsReadOnlyWhenItsSwitchIsTrue() throws Exception {
        SwitchedLabels labels = SwitchedLabels.parse(new ByteArrayInputStream(
                "# comment\ninventedSwitch\tinvented disease\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(labels.off("invented disease"), "unset: off");
        assertFalse(labels.off("another label"), "a label not listed is never off");
        System.setProperty("exokg.inventedSwitch", "true");
        try {
            assertFalse(labels.off("invented disease"));
        } finally {
            System.clearProperty("exokg.inventedSwitch");
        }
    }
}
