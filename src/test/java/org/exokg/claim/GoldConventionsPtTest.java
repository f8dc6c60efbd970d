package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.hasClaim;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch goldconv6, the lead's gold conventions p-t of the seventeenth session) as the extractor reads them:
 * p "bacterial" right before a vesicle word names the source Bacterium; q telling patients apart is Diagnosis, marker
 * wording Biomarker; r a stated cup-shaped morphology is a property; s folate on the vesicles is FolateLigand; t drug
 * resistance the vesicles transfer or confer is contributed to, never a challenge. Invented sentences, each beside a
 * near neighbour that must not give the reading.
 */
class GoldConventionsPtTest {

    private static boolean has(String sentence, String subject, String relation, String object) {
        return hasClaim(projectClaims(sentence), subject, relation, object);
    }

    private static String all(String sentence) {
        return triples(projectClaims(sentence)).toString();
    }

    @Test
    void bacterialBeforeAVesicleWordNamesTheSource() {
        for (String s : List.of("Bacterial vesicles contaminate milk EV preparations.", "Gut bacterial vesicles reach the liver.",
                "Bacterial EVs carry lipopolysaccharide.")) {
            assertTrue(has(s, "ExtracellularVesicle", "derivedFrom", "Bacterium"), s + ": " + all(s));
        }
        // other "bacterial" words name no vesicle source
        for (String s : List.of("The bacterial load fell, and milk exosomes reduced colitis.", "Exosomes carried bacterial RNA.",
                "Exosomes from patients with bacterial infection carried microRNAs.")) {
            assertFalse(projectClaims(s).stream().anyMatch(c -> local(c.objectIri()).equals("Bacterium")
                    || "Bacterium".equals(c.qualifierIri() == null ? null : local(c.qualifierIri()))), s + ": " + all(s));
        }
    }

    @Test
    void bacterialAfterACopulaIsAClassificationNotASourceWord() {
        String s = "OMVs are bacterial extracellular vesicles.";
        assertFalse(has(s, "BacterialOuterMembraneVesicle", "derivedFrom", "Bacterium"), all(s));
    }

    @Test
    void contaminatingBacterialVesiclesAreNotThePreparationOfLowPurity() {
        String s = "Salivary preparations were contaminated with bacterial vesicles.";
        assertFalse(projectClaims(s).stream().anyMatch(c -> local(c.objectIri()).equals("LowPurity") && c.qualifierIri() != null
                && local(c.qualifierIri()).equals("Bacterium")), all(s));
    }

    @Test
    void tellingPatientsApartIsDiagnosisAndMarkerWordingIsBiomarker() {
        String s = "Serum exosomes distinguished patients with cancer from healthy donors.";
        assertTrue(has(s, "Exosome", "usedFor", "Diagnosis"), all(s));
        assertFalse(has(s, "Exosome", "usedFor", "Biomarker"), all(s));
        String m = "Exosomal microRNAs are biomarkers of cancer.";
        assertTrue(has(m, "Exosome", "usedFor", "Biomarker"), all(m));
        assertFalse(has(m, "Exosome", "usedFor", "Diagnosis"), all(m));
        // the same words without patients or disease: no use
        String n = "Serum exosomes were distinguished from lipoproteins by density.";
        assertFalse(has(n, "Exosome", "usedFor", "Diagnosis"), all(n));
    }

    @Test
    void aStatedCupShapedMorphologyIsAProperty() {
        String s = "The exosomes showed a cup-shaped morphology by transmission electron microscopy.";
        assertTrue(has(s, "Exosome", "hasProperty", "CupShapedMorphology"), all(s));
        String n = "Exosomes were negatively stained for transmission electron microscopy.";
        assertFalse(has(n, "Exosome", "hasProperty", "CupShapedMorphology"), all(n));
    }

    @Test
    void folateOnTheVesiclesIsTheFolateLigand() {
        String s = "Folate exosomes were taken up by ovarian cancer cells.";
        // (branch engineered, convention z) folate-decorated exosomes are engineered; (branch engineered3) the standalone
        // "Folate exosomes" is read so too, now that the ligand mention counts
        assertTrue(has(s, "EngineeredExosome", "carries", "FolateLigand"), all(s));
        assertFalse(has(s, "Exosome", "carries", "TargetingLigand"), all(s));
        String d = "Folate-decorated milk exosomes delivered paclitaxel to tumour cells.";
        assertTrue(has(d, "EngineeredExosome", "carries", "FolateLigand"), all(d));
        // a drug before the vesicle word is no ligand, and a receptor the vesicles do not bind is no cargo
        String n = "Doxorubicin exosomes reduced tumour growth, and the vesicles did not bind the folate receptor.";
        assertFalse(has(n, "Exosome", "carries", "FolateLigand"), all(n));
    }

    @Test
    void drugResistanceIsContributedToNeverAChallenge() {
        for (String s : List.of("Tumour exosomes confer drug resistance.", "Exosomes can transfer drug resistance between cancer cells.",
                "A drawback of tumour exosomes is drug resistance.")) {
            assertTrue(has(s, "Exosome", "contributesTo", "DrugResistance"), s + ": " + all(s));
            assertFalse(has(s, "Exosome", "hasChallenge", "DrugResistance"), s + ": " + all(s));
        }
        // the remapping changes drug resistance only: other challenges of the same frame stay challenges
        String c = "A drawback of tumour exosomes is their low yield.";
        assertTrue(has(c, "Exosome", "hasChallenge", "LowYield"), all(c));
        assertEquals(0, projectClaims(c).stream().filter(x -> x.relation().localName().equals("contributesTo")).count(), all(c));
    }
}
