package org.exokg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, branch goldconv33: the class-scoped, moved and ON-by-default forms of {@code switched-labels.tsv}
 * (invented labels and classes).
 */
class SwitchedLabelsTest {

    private static final String NS = "https://example.org/exokg#";

    private static SwitchedLabels parse(String text) throws Exception {
        return SwitchedLabels.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @AfterEach
    void clear() {
        System.clearProperty("exokg.inventedMove");
        System.clearProperty("exokg.inventedNames");
    }

    @Test
    void aMovedLabelIsReadInItsNewPlaceOnlyWhenTheSwitchIsOnAndInItsFormerPlaceOtherwise() throws Exception {
        SwitchedLabels labels = parse("inventedMove\twidget root\tTuber\n!inventedMove\twidget root\tPlantPart\n");
        assertTrue(labels.off("widget root", NS + "Tuber"), "unset and not ON by default: the new place is off");
        assertEquals(List.of("widget root"), labels.formerLabels(NS + "PlantPart"), "the former place is given back");
        assertEquals(List.of(), labels.formerLabels(NS + "Tuber"));
        System.setProperty("exokg.inventedMove", "true");
        assertFalse(labels.off("widget root", NS + "Tuber"));
        assertEquals(List.of(), labels.formerLabels(NS + "PlantPart"), "switch on: the former place is gone");
    }

    @Test
    void aClassScopedLabelLeavesTheSameLabelOfAnotherClassAlone() throws Exception {
        SwitchedLabels labels = parse("inventedNames\tglimmer\tInflammatoryThing\n");
        assertTrue(labels.off("glimmer", NS + "InflammatoryThing"));
        assertFalse(labels.off("glimmer", NS + "OtherThing"));
    }

    @Test
    void aSwitchMarkedOnIsOnUnlessSetToFalse() throws Exception {
        SwitchedLabels labels = parse("@on\tinventedNames\ninventedNames\tglimmer\tInflammatoryThing\n"
                + "inventedMove\twidget root\tTuber\n");
        assertFalse(labels.off("glimmer", NS + "InflammatoryThing"), "ON by default");
        assertTrue(labels.off("widget root", NS + "Tuber"), "another switch keeps its default OFF");
        System.setProperty("exokg.inventedNames", "false");
        assertTrue(labels.off("glimmer", NS + "InflammatoryThing"));
    }

    /** (branch objectterms36) a {@code ~switch} line: a label the ontology keeps, left out while the switch is on. */
    @Test
    void aLabelMarkedWhileOffIsLeftOutOnlyWhenTheSwitchIsOn() throws Exception {
        SwitchedLabels labels = parse("~inventedNames\tglimmer root\tTuber\n");
        assertFalse(labels.off("glimmer root", NS + "Tuber"), "switch unset: the label is read");
        assertFalse(labels.off("glimmer root", NS + "OtherThing"));
        System.setProperty("exokg.inventedNames", "true");
        assertTrue(labels.off("glimmer root", NS + "Tuber"), "switch on: the label is left out");
        assertFalse(labels.off("glimmer root", NS + "OtherThing"), "only on its class");
    }

    @Test
    void theShippedMovesAreOnByDefault() {
        SwitchedLabels shipped = SwitchedLabels.shipped();
        String ns = "https://w3id.org/exokg/ontology/";
        assertFalse(shipped.off("lotus root", ns + "Rhizome"), "lotusRootRhizome is ON");
        assertEquals(List.of(), shipped.formerLabels(ns + "PlantStructure"), "its former place is not read");
        assertFalse(shipped.off("rosacea", ns + "InflammatoryDisease"), "skinInflammationNames is ON");
        assertTrue(shipped.off("otitis media"), "commonDiseaseNames stays OFF");
    }
}
