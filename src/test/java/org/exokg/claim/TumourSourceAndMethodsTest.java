package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two gold conventions of 2 Dec 2026 (branch goldconv), on invented sentences through the real pipeline:
 * (1) vesicles from a tumour or cancer are narrowed by tumour cells (the rule file's qualifier remapping), never by the
 * disease; (2) a Methods sentence holds no finding: its claims are marked, and the gold scoring counts findings only.
 */
class TumourSourceAndMethodsTest {

    @TempDir
    Path dir;

    /** "Subject[Qualifier] relation object" for the claims of the sentence holding {@code words}, sorted. */
    private static List<String> claimsOf(DocumentExtraction e, String words) {
        return TestSupport.claimsOf(e, words, false);
    }

    @Test
    void aCancerNamedAsTheVesiclesSourceIsTumourCells() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "Tumour-derived exosomes spread drug resistance to nearby cells. "
                + "Cancer exosomes carry oncogenic microRNAs. "
                + "Exosomes produced by cancer are thought to promote metastasis. "
                + "Glioma exosomes cross the blood-brain barrier. "
                + "Tumour EVs could serve as biomarkers. "
                + "Exosomes from melanoma carry proteins. "
                + "Tumour exosomes are small extracellular vesicles. "
                + "Milk-derived exosomes carry paclitaxel. "
                + "Exosomes from milk are used for the treatment of cancer.\n", ".txt");
        assertEquals(List.of("Exosome derivedFrom TumorCell", "Exosome[TumorCell] contributesTo DrugResistance"), claimsOf(e, "spread drug resistance"));
        assertEquals(List.of("Exosome derivedFrom TumorCell", "Exosome[TumorCell] carries MicroRNA"), claimsOf(e, "oncogenic microRNAs"));
        assertEquals(List.of("Exosome derivedFrom TumorCell", "Exosome[TumorCell] contributesTo MetastaticCancer"), claimsOf(e, "produced by cancer"));
        // a kind of cancer (glioma under brain tumour, melanoma) is a cancer too
        assertEquals(List.of("Exosome derivedFrom TumorCell", "Exosome[TumorCell] crosses BloodBrainBarrier"), claimsOf(e, "Glioma exosomes"));
        assertEquals(List.of("Exosome derivedFrom TumorCell", "Exosome[TumorCell] carries Protein"), claimsOf(e, "from melanoma"));
        assertEquals(List.of("ExtracellularVesicle derivedFrom TumorCell", "ExtracellularVesicle[TumorCell] usedFor Biomarker"), claimsOf(e, "Tumour EVs"));
        // classification claims are narrowed the same way
        assertEquals(List.of("Exosome derivedFrom TumorCell", "Exosome[TumorCell] isKindOf SmallExtracellularVesicle"), claimsOf(e, "are small extracellular"));
        // each tumour-sourced subject also states its origin, derivedFrom TumorCell (branch tumoursource); other sources
        // are untouched, and a cancer as the object stays the disease
        assertEquals(List.of("Exosome derivedFrom Milk", "Exosome[Milk] carries Paclitaxel"), claimsOf(e, "Milk-derived"));
        assertEquals(List.of("Exosome derivedFrom Milk", "Exosome[Milk] treats Cancer"), claimsOf(e, "treatment of cancer"));
        // the graph says the same: the narrowed kind's qualifier is the cell type
        Model g = e.graph().model();
        assertTrue(g.contains(null, g.createProperty(ExoKg.NS + "subjectQualifier"), g.createResource(ExoKg.NS + "TumorCell")));
        assertFalse(g.contains(null, g.createProperty(ExoKg.NS + "subjectQualifier"), g.createResource(ExoKg.NS + "Cancer")));
    }

    @Test
    void theRemappingIsDataAndABrokenEntryIsRefused() {
        ClaimPatterns.QualifierRemapping r = ClaimPatterns.defaults().qualifierRemappings().stream()
                .filter(q -> q.id().equals("tumour-source-is-tumour-cells")).findFirst().orElseThrow();
        assertEquals(ExoKg.NS + "Cancer", r.whenUnderIri());
        assertEquals(ExoKg.NS + "TumorCell", r.thenIri());
        // another file remaps otherwise: the code holds no term
        ClaimPatterns other = ClaimPatterns.parse(new ByteArrayInputStream("""
                rules: []
                qualifierRemappings:
                  - id: fluid-is-plasma
                    when: {qualifierUnder: Blood}
                    then: {qualifier: BloodPlasma}
                """.getBytes(StandardCharsets.UTF_8)), "test.yaml");
        assertEquals(ExoKg.NS + "BloodPlasma", other.remapQualifier(ExoKg.NS + "Blood", String::equals));
        assertEquals(ExoKg.NS + "Milk", other.remapQualifier(ExoKg.NS + "Milk", String::equals));
        assertEquals(null, other.remapQualifier(null, String::equals));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> ClaimPatterns.parse(new ByteArrayInputStream("""
                        rules: []
                        qualifierRemappings:
                          - id: no-target
                            when: {qualifierUnder: Cancer}
                            then: {}
                        """.getBytes(StandardCharsets.UTF_8)), "test.yaml"));
        assertEquals("test.yaml: qualifier remapping 'no-target': 'qualifier' missing or not text", e.getMessage());
    }

    @Test
    void methodsSentencesHoldNoFindingAndTheGoldCountsFindingsOnly() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Methods\n\n"
                + "Exosomes were loaded with doxorubicin by electroporation.\n\n"
                + "Results\n\n"
                + "Exosomes loaded with paclitaxel by sonication reduced tumour growth.\n", ".txt");
        // the Methods sentence is read (what the study did) and marked; the Results sentence is a finding
        Model g = e.graph().model();
        org.apache.jena.rdf.model.Property methods = g.createProperty(ExoKg.NS + "methodsStatement");
        List<String> marked = e.claims().stream().filter(c -> org.exokg.document.Section.isMethods(c.sentence().section()))
                .map(c -> local(c.objectIri())).sorted().toList();
        assertEquals(List.of("Doxorubicin", "Electroporation"), marked);
        assertEquals(2, g.listSubjectsWithProperty(methods).toList().size());
        assertFalse(g.contains(g.createResource(ExoKg.NS + "Exosome"), g.createProperty(ExoKg.NS + "loadedBy"),
                g.createResource(ExoKg.NS + "Electroporation")), "a Methods claim states no plain fact");
        assertTrue(g.contains(g.createResource(ExoKg.NS + "Exosome"), g.createProperty(ExoKg.NS + "loadedBy"),
                g.createResource(ExoKg.NS + "Sonication")), "a finding states its fact");
        // the strict gold figure counts findings only: a gold file listing the finding alone is matched exactly
        String doc = e.document().id();
        List<String[]> gold = List.of(
                new String[] {doc, "loaded with paclitaxel by sonication", "Exosome", "-", "loadedBy", "Sonication", "positive", "false"},
                new String[] {doc, "loaded with paclitaxel by sonication", "Exosome", "-", "carries", "Paclitaxel", "positive", "false"});
        GoldStandard.Evaluation ev = GoldStandard.evaluate(gold, List.of(e));
        List<String> extracted = ev.extracted().keySet().stream().map(k -> k.relation() + " " + k.object()).sorted().toList();
        assertTrue(extracted.containsAll(List.of("carries Paclitaxel", "loadedBy Sonication")), extracted.toString());
        assertFalse(extracted.contains("loadedBy Electroporation"), "Methods claims are not scored: " + extracted);
        assertFalse(extracted.contains("carries Doxorubicin"), "Methods claims are not scored: " + extracted);
        assertEquals(2, ev.methodsOnly().size(), "the claims left out are counted");
    }
}
