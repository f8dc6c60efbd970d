package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch usedfor39: inflammation named as a harm that was not seen (switch absentInflammation) and cells that
 * take up the vesicles with a quantity, a relative pronoun or a label between (switch cellsTakeUpVesicles);
 * UseAndPropertyMissReadings, docs/extraction.md. Invented sentences, none from a gold set, through the real pipeline;
 * each reading with its switch off and with a look-alike that must not read the claim.
 */
@ExtendWith(WithoutClaimConfidence.class)
class UseAndPropertyMissReadingsTest {

    private static final List<String> SWITCHES = List.of("exokg.absentInflammation", "exokg.cellsTakeUpVesicles",
            "exokg.harmAbsentWithVesicle", "exokg.tinyCalledVesicles");

    @AfterEach
    void reset() {
        SWITCHES.forEach(System::clearProperty);
    }

    @TempDir
    Path dir;

    @Test
    void inflammationNotSeenIsLowToxicityOfTheVesiclesUnderDiscussion() throws Exception {
        String opening = "Ginger nanovesicles were injected under the skin of rats twice a week.";
        String s = "No inflammation or hair loss was seen at the injection points.";
        List<String> off = TestSupport.claimsAfterOpening(dir, opening, s);
        assertFalse(off.contains("PlantDerivedNanovesicle hasProperty LowToxicity"), off.toString());
        System.setProperty("exokg.absentInflammation", "true");
        List<String> on = TestSupport.claimsAfterOpening(dir, opening, s);
        assertTrue(on.contains("PlantDerivedNanovesicle hasProperty LowToxicity"), on.toString());
        List<String> infiltrate = TestSupport.claimsAfterOpening(dir, opening,
                "No inflammatory infiltrate was found in the dermis.");
        assertTrue(infiltrate.contains("PlantDerivedNanovesicle hasProperty LowToxicity"), infiltrate.toString());
        // inflammation that was seen is no absent harm, and a disease treated in the sentence makes it an outcome
        List<String> seen = TestSupport.claimsAfterOpening(dir, opening, "Inflammation was seen at the injection points.");
        assertFalse(seen.contains("PlantDerivedNanovesicle hasProperty LowToxicity"), seen.toString());
        List<String> outcome = TestSupport.claimsAfterOpening(dir, opening,
                "In rats with colitis, no inflammation was seen in the colon after treatment.");
        assertFalse(outcome.contains("PlantDerivedNanovesicle hasProperty LowToxicity"), outcome.toString());
    }

    @Test
    void cellsThatTakeUpPartOfTheVesiclesGiveUptake() throws Exception {
        String opening = "Ginger nanovesicles were studied.";
        String s = "Alveolar macrophages took up most of the ginger nanovesicles within an hour.";
        List<String> off = TestSupport.claimsAfterOpening(dir, opening, s);
        assertFalse(off.contains("PlantDerivedNanovesicle hasProperty CellularUptake"), off.toString());
        System.setProperty("exokg.cellsTakeUpVesicles", "true");
        List<String> on = TestSupport.claimsAfterOpening(dir, opening, s);
        assertTrue(on.contains("PlantDerivedNanovesicle hasProperty CellularUptake"), on.toString());
        assertTrue(on.contains("PlantDerivedNanovesicle targets Macrophage"), on.toString());
        List<String> relative = TestSupport.claimsAfterOpening(dir, opening,
                "Dendritic cells that engulfed the ginger nanovesicles matured within a day.");
        assertTrue(relative.contains("PlantDerivedNanovesicle hasProperty CellularUptake"), relative.toString());
        // the cells took up something else: the vesicles are only named after it
        List<String> other = TestSupport.claimsAfterOpening(dir, opening,
                "Alveolar macrophages took up more glucose after ginger nanovesicles were added.");
        assertFalse(other.contains("PlantDerivedNanovesicle hasProperty CellularUptake"), other.toString());
    }

    @Test
    void anAbsentHarmWithTheVesiclesNamedAfterItIsTheirs() throws Exception {
        String opening = "Milk exosomes were studied in rats.";
        String s = "No weight loss or fever was observed in the rats after repeated injections of goat milk exosomes.";
        List<String> off = TestSupport.claimsAfterOpening(dir, opening, s);
        assertFalse(off.contains("Exosome hasProperty LowToxicity"), off.toString());
        System.setProperty("exokg.harmAbsentWithVesicle", "true");
        List<String> on = TestSupport.claimsAfterOpening(dir, opening, s);
        assertTrue(on.contains("Exosome hasProperty LowToxicity"), on.toString());
        // the harm absent after another agent, the vesicles named in the next clause for their effect
        List<String> other = TestSupport.claimsAfterOpening(dir, opening,
                "No weight loss was seen in rats given cisplatin, but goat milk exosomes reduced tumour growth.");
        assertFalse(other.contains("Exosome hasProperty LowToxicity"), other.toString());
    }

    @Test
    void tinyThingsCalledVesiclesAreSmall() throws Exception {
        String s = "Fat cells release tiny parcels called extracellular vesicles into the blood.\n";
        List<String> off = TestSupport.extractText(dir, s, ".txt").claims().stream().map(UseAndPropertyMissReadingsTest::plain).toList();
        assertFalse(off.contains("ExtracellularVesicle hasProperty SmallSize"), off.toString());
        System.setProperty("exokg.tinyCalledVesicles", "true");
        List<String> on = TestSupport.extractText(dir, s, ".txt").claims().stream().map(UseAndPropertyMissReadingsTest::plain).toList();
        assertTrue(on.contains("ExtracellularVesicle hasProperty SmallSize"), on.toString());
        // tiny amounts of a cargo in the vesicles say nothing of their size
        List<String> amounts = TestSupport.extractText(dir, "Tiny amounts of albumin were found in the exosomes.\n", ".txt")
                .claims().stream().map(UseAndPropertyMissReadingsTest::plain).toList();
        assertFalse(amounts.contains("Exosome hasProperty SmallSize"), amounts.toString());
    }

    private static String plain(Claim c) {
        return TestSupport.local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + c.relation().localName() + " "
                + TestSupport.local(c.objectIri());
    }
}
