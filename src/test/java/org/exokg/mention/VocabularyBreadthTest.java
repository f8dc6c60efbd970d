package org.exokg.mention;

import static org.exokg.TestSupport.claimsOf;
import static org.exokg.TestSupport.extractText;
import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vocabulary breadth and morphology (issue 15, branch lexicon): the general mechanisms that let one label match the
 * ways papers spell it — British and American spelling inside words, Latin and irregular plurals, invisible hyphens and
 * thin spaces, abbreviations a text defines, and names that follow a numbering scheme (miR-21, IL-6). Sentences are
 * invented; the look-alikes check that folding does not merge different words.
 */
class VocabularyBreadthTest {

    @TempDir
    Path dir;

    private static List<String> found(String text) {
        return new MentionRecognizer(TestSupport.projectLexicon()).recognize(text, 0, text.length()).stream()
                .map(m -> m.surface() + "=" + local(m.iri())).toList();
    }

    /** Mentions read with the abbreviations the text defines, as the pipeline reads a document. */
    private static List<String> foundInDocument(String text) {
        MentionRecognizer r = new MentionRecognizer(TestSupport.projectLexicon());
        return r.recognize(text, 0, text.length(), false, r.definedAbbreviations(text)).stream()
                .map(m -> m.surface() + "=" + local(m.iri())).toList();
    }

    private static void sameKey(String a, String b) {
        assertEquals(TermKeys.labelKey(a), TermKeys.labelKey(b), a + " / " + b);
    }

    @Test
    void britishAndAmericanSpellingInsideWordsMeet() {
        sameKey("haematopoietic", "hematopoietic");
        sameKey("leukaemia", "leukemia");
        sameKey("ischaemic", "ischemic");
        sameKey("oedema", "edema");
        sameKey("foetal", "fetal");
        sameKey("oesophageal", "esophageal");
        sameKey("diarrhoea", "diarrhea");
        sameKey("favourable", "favorable");
        sameKey("tumourigenic", "tumorigenic");
        sameKey("standardised", "standardized");
        sameKey("characterising", "characterizing");
        sameKey("analysed", "analyzed");
        sameKey("centre", "center");
        sameKey("fibres", "fibers");
        sameKey("analogue", "analog");
        // a label written in one spelling is found in the other
        assertEquals(List.of("favorable pharmacokinetics=Pharmacokinetics"), found("favorable pharmacokinetics"));
        assertEquals(List.of("critical limb ischemia=CardiovascularDisease", "hematological malignancies=Cancer"),
                found("critical limb ischemia and hematological malignancies"));
    }

    @Test
    void latinAndIrregularPluralsMeetTheirSingulars() {
        sameKey("nuclei", "nucleus");
        sameKey("foci", "focus");
        sameKey("bacteria", "bacterium");
        sameKey("media", "medium");
        sameKey("mice", "mouse");
        sameKey("metastases", "metastasis");
        sameKey("tea leaves", "tea leaf");
        sameKey("viruses", "virus");
        assertEquals(List.of("tea leaves=PlantStructure"), found("tea leaves"));
    }

    @Test
    void foldingKeepsDifferentWordsApart() {
        for (String[] pair : new String[][] {{"does", "dose"}, {"four", "for"}, {"hour", "her"}, {"cause", "case"},
                {"source", "sorce"}, {"journal", "jornal"}, {"raised", "razed"},
                {"rates", "rats"}, {"fate", "fat"}, {"plane", "plan"}}) {
            assertNotEquals(TermKeys.labelKey(pair[0]), TermKeys.labelKey(pair[1]), pair[0] + " / " + pair[1]);
        }
        sameKey("causes", "cause");
        sameKey("processes", "process");
        sameKey("boxes", "box");
        sameKey("diseases", "disease");
        assertEquals(List.of(), found("the mirror, an ILLUSTRATION and four hours"));
        // "rate" is no "rat": heart rates name no animal
        assertEquals(List.of(), found("heart rates were normal"));
    }

    @Test
    void invisibleHyphensAndThinSpacesJoinATerm() {
        assertEquals(List.of("blood\u00ADbrain barrier=BloodBrainBarrier"), found("the blood\u00ADbrain barrier"));
        assertEquals(List.of("blood\u2009brain barrier=BloodBrainBarrier"), found("the blood\u2009brain barrier"));
        assertEquals(List.of("exo\u00ADsomes=Exosome"), found("exo\u00ADsomes"));
    }

    @Test
    void namesThatFollowANumberingSchemeAreMembersOfTheirClass() {
        assertEquals(List.of("miR-21=MicroRNA", "miR\u2010125b\u20105p=MicroRNA", "let-7a=MicroRNA", "hsa-miR-146a=MicroRNA"),
                found("miR-21, miR\u2010125b\u20105p, let-7a and hsa-miR-146a"));
        assertEquals(List.of("IL-6=SignalingProtein", "IL-1β=SignalingProtein", "circHIPK3=CircularRNA"),
                found("IL-6, IL-1β and circHIPK3"));
        // a label of the same span keeps its own class; a near miss is no name
        assertEquals(List.of("HSP70=Hsp70"), found("HSP70"));
        assertEquals(List.of(), found("MiRa, let 7, IL and ILL-6, premiR-21x9"));
        // the claim reads the named microRNA as cargo
        assertTrue(TestSupport.triples(TestSupport.projectClaims("Exosomes from glioma cells carry miR-21."))
                .contains("Exosome carries MicroRNA"));
    }

    @Test
    void anAbbreviationTheTextDefinesNamesItsTerm() {
        String text = "Tumour-associated macrophages (TAMs) shape the tumour. Exosomes released by TAMs carry proteins.";
        assertEquals(List.of("Tumour-associated macrophages=Macrophage", "tumour=Cancer", "Exosomes=Exosome", "TAMs=Macrophage",
                "proteins=Protein"), foundInDocument(text));
        // without the definition the letters name nothing
        assertEquals(List.of("Exosomes=Exosome", "proteins=Protein"), found("Exosomes released by TAMs carry proteins."));
    }

    @Test
    void theTextsDefinitionWinsOverTheLexiconsReadingOfTheSameLetters() {
        // "EP" is an extracellular particle in the ontology; a text that defines it as electroporation means the method
        assertEquals(List.of("EP=ExtracellularParticle"), found("EP"));
        List<String> m = foundInDocument("Electroporation (EP) loaded the siRNA. After EP the exosomes aggregated.");
        assertTrue(m.contains("EP=Electroporation"), m.toString());
        assertTrue(m.stream().noneMatch(s -> s.endsWith("=ExtracellularParticle")), m.toString());
    }

    @Test
    void ambiguousShortFormsAreReadOnlyWhereTheTextDefinesThem() {
        // "AD", "PD", "MS" have no label: they name a disease only in a text that says which
        assertEquals(List.of(), found("AD and PD and MS"));
        List<String> m = foundInDocument("Alzheimer's disease (AD) and Parkinson's disease (PD) are common. EVs cross into the brain in AD and PD.");
        assertEquals(2, m.stream().filter(s -> s.equals("AD=AlzheimerDisease") || s.equals("PD=ParkinsonDisease")).count(), m.toString());
        // a bracket whose letters cannot abbreviate the term before it defines nothing
        assertEquals(List.of(), DefinedAbbreviations.abbreviates("HeLa", "cancer cells") ? List.of("wrong") : List.of());
        assertTrue(DefinedAbbreviations.abbreviates("MSCs", "mesenchymal stromal cells"));
        assertTrue(DefinedAbbreviations.abbreviates("AD", "Alzheimer's disease"));
        // one document, two meanings of one short form: read neither
        List<String> twice = foundInDocument("Extracellular particles (EPs) were counted. Electroporation (EP) loaded them. EP was repeated.");
        assertEquals("EP=ExtracellularParticle", twice.get(twice.size() - 1), twice.toString());
    }

    @Test
    void theDefinitionReachesTheClaims() throws Exception {
        DocumentExtraction e = extractText(dir,
                "Kupffer cells (KCs) line the liver sinusoids.\nExosomes derived from KCs carry miR-155.\n", ".txt");
        List<String> claims = claimsOf(e, "Exosomes derived from KCs", false);
        assertTrue(claims.contains("Exosome derivedFrom Macrophage"), claims.toString());
        assertTrue(claims.stream().anyMatch(c -> c.endsWith("carries MicroRNA")), claims.toString());
    }

    @Test
    void diseasesCellsAndAdjectivesFiledUnderTheirClasses() {
        assertEquals(List.of("lymphoma=Cancer", "triple-negative breast cancer=BreastCancer", "Alzheimer=AlzheimerDisease"),
                found("lymphoma, triple-negative breast cancer and Alzheimer's"));
        assertEquals(List.of("neuronal=Neuron", "EVs=ExtracellularVesicle", "astrocytic=Astrocyte", "HUVECs=EndothelialCell"),
                found("neuronal EVs, astrocytic ones and HUVECs"));
    }
}
