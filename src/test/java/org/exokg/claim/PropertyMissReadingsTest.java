package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch propertymisses35 (docs/extraction.md, "Properties and targets the extractor missed"): Stability kept
 * through storage ("kept their immunogenicity for three months at 4 °C") and CellularUptake stated by the passive uptake
 * verb with no agent ("were taken up within one hour"). Invented sentences, none from a gold set, through the real
 * pipeline; and cells named as the sentence's opening setting as the vesicles' target ("In cultured rat cardiomyocytes,
 * BMNVs ..."). Each reading next to a neighbour that must read nothing, and the switches
 * {@code -Dexokg.storedStability} (OFF by default), {@code -Dexokg.agentlessUptake} and {@code -Dexokg.cellsSetting}
 * (both ON by default).
 */
@ExtendWith(WithoutClaimConfidence.class)
class PropertyMissReadingsTest {

    private static final String STORED = "exokg.storedStability";
    private static final String UPTAKE = "exokg.agentlessUptake";
    private static final String SETTING = "exokg.cellsSetting";

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty(STORED);
        System.clearProperty(UPTAKE);
        System.clearProperty(SETTING);
    }

    private static final String PREP = "We isolated nanovesicles from kiwi fruit and loaded them with siRNA. ";

    private List<String> claims(String sentence, String words) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, PREP + sentence + "\n", ".txt");
        return e.claims().stream().filter(c -> c.sentence().text().contains(words))
                .map(c -> local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + c.relation().localName() + " "
                        + local(c.objectIri())).toList();
    }

    private static boolean has(List<String> got, String property) {
        return got.stream().anyMatch(c -> c.endsWith("hasProperty " + property) && !c.contains(" NOT "));
    }

    @Test
    void keptThroughStorageIsStability() throws Exception {
        System.setProperty(STORED, "true");
        List<String> kept = claims("The freeze-dried kiwi nanovesicles kept their siRNA for nine weeks at 4 °C.", "nine weeks");
        assertTrue(has(kept, "Stability"), kept.toString());
        List<String> lostNo = claims("The kiwi nanovesicles lost no activity after ten months at room temperature.", "ten months");
        assertTrue(has(lostNo, "Stability"), lostNo.toString());
        // a tissue the vesicles preserved for weeks, no storage: no Stability
        List<String> tissue = claims("The kiwi nanovesicles preserved the retinal layers for eleven weeks in the model.", "retinal");
        assertFalse(tissue.stream().anyMatch(c -> c.contains("Stability")), tissue.toString());
        // animals kept somewhere for days: nothing stored
        List<String> animals = claims("Mice were kept in metabolic cages for five days and then given the kiwi nanovesicles.", "cages");
        assertFalse(animals.stream().anyMatch(c -> c.contains("Stability")), animals.toString());
        // after a denied first predicate the cues would carry the denial over: no claim rather than a denied one
        List<String> denied = claims("The freeze-dried kiwi nanovesicles did not aggregate and kept their siRNA for nine weeks at 4 °C.", "aggregate");
        assertFalse(denied.stream().anyMatch(c -> c.contains("NOT hasProperty Stability")), denied.toString());
    }

    @Test
    void agentlessUptakeIsCellularUptake() throws Exception {
        List<String> taken = claims("In cultured colon cells, the kiwi nanovesicles were taken up within three hours.", "three hours");
        assertTrue(has(taken, "CellularUptake"), taken.toString());
        // a molecule taken up, no vesicle: nothing
        List<String> glucose = claims("Glucose was taken up faster by muscle cells of the treated mice.", "Glucose");
        assertFalse(glucose.stream().anyMatch(c -> c.contains("CellularUptake")), glucose.toString());
    }

    @Test
    void cellsNamedAsTheSettingAreTargeted() throws Exception {
        System.setProperty(SETTING, "true");
        List<String> cells = claims("In cultured mouse chondrocytes, the kiwi nanovesicles lowered the release of nitric oxide.", "chondrocytes");
        assertTrue(cells.stream().anyMatch(c -> c.endsWith("targets Chondrocyte") && !c.contains(" NOT ")), cells.toString());
        // an organ or animals as the setting: no cells to target
        List<String> mice = claims("In obese mice, the kiwi nanovesicles lowered the release of nitric oxide.", "obese");
        assertFalse(mice.stream().anyMatch(c -> c.contains(" targets ")), mice.toString());
        // cells named by an anaphor: another sentence's cells
        List<String> these = claims("In these chondrocytes, the kiwi nanovesicles lowered the release of nitric oxide.", "these chondrocytes");
        assertFalse(these.stream().anyMatch(c -> c.endsWith("targets Chondrocyte")), these.toString());
        System.setProperty(SETTING, "false");
        List<String> off = claims("In cultured mouse chondrocytes, the kiwi nanovesicles lowered the release of nitric oxide.", "chondrocytes");
        assertFalse(off.stream().anyMatch(c -> c.endsWith("targets Chondrocyte")), off.toString());
    }

    @Test
    void switchedOffReadsNothing() throws Exception {
        System.setProperty(UPTAKE, "false");
        List<String> kept = claims("The freeze-dried kiwi nanovesicles kept their siRNA for nine weeks at 4 °C.", "nine weeks");
        assertFalse(has(kept, "Stability"), kept.toString());
        List<String> taken = claims("In cultured colon cells, the kiwi nanovesicles were taken up within three hours.", "three hours");
        assertFalse(has(taken, "CellularUptake"), taken.toString());
    }
}
