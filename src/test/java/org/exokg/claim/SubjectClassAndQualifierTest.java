package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch subjectclass: near misses whose one wrong field is the subject's class or its qualifier. Invented
 * sentences through the real pipeline; the pairing of {@link NearMissReview} on invented keys.
 */
class SubjectClassAndQualifierTest {

    @TempDir
    Path dir;

    private static List<String> claimsOf(DocumentExtraction e, String words) {
        return TestSupport.claimsOf(e, words, false);
    }

    @Test
    void aCellLineCodeWithAPointBeforeTheCellsStillNamesTheSource() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "We loaded tobramycin into EVs of RAW 264.7 macrophages by sonication. "
                + "Exosomes from J774A.1 macrophages carried miR-146a.\n", ".txt");
        List<String> raw = claimsOf(e, "RAW 264.7");
        assertTrue(raw.contains("ExtracellularVesicle[Macrophage] loadedBy Sonication"), raw.toString());
        assertTrue(raw.contains("ExtracellularVesicle derivedFrom Macrophage"), raw.toString());
        assertFalse(raw.contains("ExtracellularVesicle loadedBy Sonication"), raw.toString());
        List<String> j774 = claimsOf(e, "J774A.1");
        assertTrue(j774.contains("Exosome[Macrophage] carries MicroRNA"), j774.toString());
    }

    @Test
    void aNumberWithAPointBeforeNoCellsNamesNoSource() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "Exosomes of 1.5 nm thickness carried miR-21. "
                + "EVs from 2.5 ml serum samples carried CD63.\n", ".txt");
        List<String> thickness = claimsOf(e, "thickness");
        assertTrue(thickness.contains("Exosome carries MicroRNA"), thickness.toString());
        // the source is the fluid itself, not a cell population behind a code
        List<String> serum = claimsOf(e, "serum samples");
        assertFalse(serum.stream().anyMatch(c -> c.contains("[Macrophage]") || c.contains("[Cell]")), serum.toString());
    }

    @Test
    void theStandardOfAComparisonIsNotTheSubject() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Introduction\n\n"
                + "Edible roots release nanovesicles that resemble mammalian exosomes in size but contain plant lipids. "
                + "Kiwifruit nanovesicles, like exosomes, carry microRNAs.\n", ".txt");
        List<String> resemble = claimsOf(e, "resemble mammalian");
        // the nanovesicles (of roots, no plant term the ontology has) carry the lipids, not the exosomes they resemble
        assertTrue(resemble.stream().anyMatch(c -> c.endsWith("carries Lipid")), resemble.toString());
        assertFalse(resemble.stream().anyMatch(c -> c.startsWith("Exosome")), resemble.toString());
        List<String> like = claimsOf(e, "like exosomes");
        assertTrue(like.contains("PlantDerivedNanovesicle[Kiwifruit] carries MicroRNA") || like.contains("PlantDerivedNanovesicle[Fruit] carries MicroRNA"),
                like.toString());
        assertFalse(like.contains("Exosome carries MicroRNA"), like.toString());
        // the standard opens no apposition: no classification of it by the cargo after the comma
        assertFalse(e.claims().stream().anyMatch(c -> c.relation() == Relation.IS_KIND_OF), like.toString());
    }

    @Test
    void aLikenessGluedIntoANameIsNoComparison() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "Kiwifruit exosome-like nanovesicles carry microRNAs.\n", ".txt");
        List<String> claims = claimsOf(e, "exosome-like");
        assertTrue(claims.stream().anyMatch(c -> c.startsWith("PlantDerivedNanovesicle") && c.endsWith("carries MicroRNA")), claims.toString());
    }

    @Test
    void closeVesicleNamesWithoutAComparisonStillNameTheSameVesicles() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "Extracellular vesicles known as exosomes carry microRNAs. "
                + "Exosomes carry more microRNA than free liposomes do.\n", ".txt");
        List<String> known = claimsOf(e, "known as exosomes");
        assertTrue(known.contains("Exosome carries MicroRNA"), known.toString());
        List<String> than = claimsOf(e, "than free liposomes");
        assertTrue(than.contains("Exosome carries MicroRNA"), than.toString());
    }

    @Test
    void aFalsePositiveIsPairedWithTheFalseNegativeThatDiffersInOneField() {
        GoldStandard.Key extracted = new GoldStandard.Key("d", "s", "Exosome", "-", "carries", "MicroRNA", "positive");
        GoldStandard.Key qualified = new GoldStandard.Key("d", "s", "Exosome", "MesenchymalStemCell", "carries", "MicroRNA", "positive");
        GoldStandard.Key otherClass = new GoldStandard.Key("d", "s", "ExtracellularVesicle", "-", "carries", "MicroRNA", "positive");
        GoldStandard.Key twoFields = new GoldStandard.Key("d", "s", "ExtracellularVesicle", "Milk", "carries", "MicroRNA", "positive");
        GoldStandard.Key otherSentence = new GoldStandard.Key("d", "t", "Exosome", "Milk", "carries", "MicroRNA", "positive");
        assertEquals(List.of("qualifier", "-", "MesenchymalStemCell"), List.of(NearMissReview.singleDifference(extracted, qualified)));
        assertEquals(List.of("subject", "Exosome", "ExtracellularVesicle"), List.of(NearMissReview.singleDifference(extracted, otherClass)));
        assertNull(NearMissReview.singleDifference(extracted, twoFields));
        assertNull(NearMissReview.singleDifference(extracted, otherSentence));
        assertNotNull(NearMissReview.singleDifference(qualified, extracted));
    }
}
