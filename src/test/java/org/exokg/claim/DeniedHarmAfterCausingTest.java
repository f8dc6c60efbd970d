package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (branch dev29), conventions bbb and jjj made exact: a harm the vesicles are said not to cause after they were
 * given ("caused no inflammation in the eye", "did not provoke infection", "caused no neuropathic pain") is an affirmed
 * LowToxicity with no denial beside it, read only after a verb of causing and only for the harm words themselves
 * (claim-rules.yaml remappings "dev29-", conditions 'surface' and 'before'; switch -Dexokg.noDeniedHarmVerbs). Invented
 * sentences, none from a gold set, each with a near neighbour that must keep its denial.
 */
class DeniedHarmAfterCausingTest {

    @TempDir
    Path dir;

    private static final String OPENING = "Exosomes of amniotic epithelial cells were injected into the knees of rabbits. ";

    private List<String> claims(String text) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, OPENING + text + "\n", ".txt");
        return e.claims().stream().filter(c -> !c.sentence().text().startsWith("Exosomes of amniotic"))
                .map(c -> local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + c.relation().localName() + " "
                        + local(c.objectIri())).toList();
    }

    @Test
    void inflammationNotCausedIsLowToxicity() throws Exception {
        List<String> c = claims("The vesicles caused no inflammation in the joint.");
        assertTrue(c.contains("Exosome hasProperty LowToxicity"), c.toString());
        assertFalse(c.stream().anyMatch(s -> s.contains("NOT contributesTo")), c.toString());
        // a disease the vesicles do not worsen is a disease-mechanism denial, not a safety outcome
        List<String> near = claims("The vesicles did not worsen the inflammation in the joint.");
        assertFalse(near.contains("Exosome hasProperty LowToxicity"), near.toString());
    }

    @Test
    void coordinatedInfectionNotCausedIsLowToxicity() throws Exception {
        List<String> c = claims("Neither preparation provoked swelling or infection of the joints.");
        assertTrue(c.contains("Exosome hasProperty LowToxicity"), c.toString());
        assertFalse(c.contains("Exosome NOT contributesTo InfectiousDisease"), c.toString());
        // a named infectious disease not caused keeps its denial (a mechanism, not a harm after dosing)
        List<String> near = claims("The vesicles did not cause tuberculosis in the rabbits.");
        assertFalse(near.contains("Exosome hasProperty LowToxicity"), near.toString());
    }

    @Test
    void inflammationNotCausedInImmuneCellsIsLowImmunogenicity() throws Exception {
        List<String> c = claims("In culture, the vesicles did not provoke inflammation in macrophages.");
        assertTrue(c.contains("Exosome hasProperty LowImmunogenicity"), c.toString());
        assertFalse(c.contains("Exosome hasProperty LowToxicity"), c.toString());
        // inflammation denied in a tissue after dosing is LowToxicity, not an immune reading (jjj)
        List<String> near = claims("The vesicles did not provoke inflammation in the cartilage.");
        assertTrue(near.contains("Exosome hasProperty LowToxicity"), near.toString());
        assertFalse(near.contains("Exosome hasProperty LowImmunogenicity"), near.toString());
    }

    @Test
    void painNotCausedIsLowToxicity() throws Exception {
        List<String> c = claims("The vesicles caused no neuropathic pain behaviour.");
        assertTrue(c.contains("Exosome hasProperty LowToxicity"), c.toString());
        List<String> near = claims("The vesicles did not relieve neuropathic pain behaviour.");
        assertFalse(near.contains("Exosome hasProperty LowToxicity"), near.toString());
    }

    @Test
    void theRemappingNeedsTheWordsAndTheSwitchLeavesItOut() throws Exception {
        String inflammation = ExoKg.NS + "InflammatoryDisease";
        ClaimPatterns defaults = ClaimPatterns.defaults();
        assertNull(defaults.remapDenial(Relation.CONTRIBUTES_TO, inflammation));
        assertNotNull(defaults.remapDenial(Relation.CONTRIBUTES_TO, inflammation, "inflammation", "the vesicles did not provoke ", " in the eye."));
        assertNull(defaults.remapDenial(Relation.CONTRIBUTES_TO, inflammation, "inflammation", "the vesicles did not aggravate ", "."));
        assertNull(defaults.remapDenial(Relation.CONTRIBUTES_TO, inflammation, "colitis", "the vesicles did not cause ", "."));
        System.setProperty("exokg.noDeniedHarmVerbs", "true");
        try (InputStream in = ClaimPatterns.class.getResourceAsStream(ClaimPatterns.RESOURCE)) {
            ClaimPatterns off = ClaimPatterns.parse(in, ClaimPatterns.RESOURCE);
            assertNull(off.remapDenial(Relation.CONTRIBUTES_TO, inflammation, "inflammation", "the vesicles did not provoke ", "."));
        } finally {
            System.clearProperty("exokg.noDeniedHarmVerbs");
        }
    }

    @Test
    void conditionsWithoutADenialAreRefused() {
        String yaml = "rules:\n  - id: r1\n    relation: carries\n    objects: [cargo]\n    order: vesicle-first\n    triggers: ['carr\\w*']\n"
                + "remappings:\n  - id: m1\n    when: {relation: contributesTo, object: InflammatoryDisease, surface: 'x'}\n"
                + "    then: {relation: hasProperty, object: LowToxicity}\n";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ClaimPatterns.parse(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "fixture.yaml"));
        assertTrue(e.getMessage().contains("polarity"), e.getMessage());
    }
}
