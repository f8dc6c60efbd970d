package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch tumoursource (lead's convention of 3 Dec 2026): vesicles whose source is a tumour or a cancer state
 * that origin as {@code derivedFrom TumorCell}, the way "milk exosomes" state derivedFrom Milk, while their other
 * claims keep the qualifier TumorCell; vesicles that merely target or treat a tumour state no origin. Invented
 * sentences through the real pipeline.
 */
class TumourSourceDerivedFromTest {

    @TempDir
    Path dir;

    /** "Subject[Qualifier] relation object" for the claims of the sentence holding {@code words}, sorted. */
    private static List<String> claimsOf(DocumentExtraction e, String words) {
        return TestSupport.claimsOf(e, words, false);
    }

    @Test
    void aTumourNamedAsTheVesiclesSourceIsTheirOrigin() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "Tumour-derived exosomes spread drug resistance to nearby cells. "
                + "Glioma EVs carry mutant proteins. "
                + "Tumor exosomes did not cross the blood-brain barrier. "
                + "Breast cancer exosomes carry microRNAs. "
                + "Exosomes produced by cancer promote metastasis. "
                + "Exosomes derived from melanoma carry proteins. "
                + "Urinary EVs are thought to originate partly from the tumour.\n", ".txt");
        List<String> first = claimsOf(e, "spread drug resistance");
        assertTrue(first.contains("Exosome derivedFrom TumorCell"), first.toString());
        assertTrue(first.contains("Exosome[TumorCell] contributesTo DrugResistance"), first.toString());
        List<String> glioma = claimsOf(e, "Glioma EVs");
        assertTrue(glioma.contains("ExtracellularVesicle derivedFrom TumorCell"), glioma.toString());
        assertTrue(glioma.contains("ExtracellularVesicle[TumorCell] carries Protein"), glioma.toString());
        // the origin is named in the noun phrase: the clause's negation denies the crossing, not the origin
        List<String> denied = claimsOf(e, "did not cross");
        assertTrue(denied.contains("Exosome derivedFrom TumorCell"), denied.toString());
        assertTrue(denied.contains("Exosome[TumorCell] NOT crosses BloodBrainBarrier"), denied.toString());
        assertTrue(claimsOf(e, "Breast cancer exosomes").contains("Exosome derivedFrom TumorCell"));
        assertTrue(claimsOf(e, "produced by cancer").contains("Exosome derivedFrom TumorCell"));
        assertTrue(claimsOf(e, "derived from melanoma").contains("Exosome derivedFrom TumorCell"));
        // stated by a predicate, the origin is hedged as the clause is, and the fluid still narrows the vesicles
        List<Claim> urinary = e.claims().stream().filter(c -> c.sentence().text().contains("originate partly")
                && c.relation() == Relation.DERIVED_FROM && local(c.objectIri()).equals("TumorCell")).toList();
        assertEquals(1, urinary.size(), e.claims().toString());
        assertEquals("Urine", local(urinary.get(0).qualifierIri()));
        assertTrue(urinary.get(0).hedged());
        // a postmodifier is presupposed: not hedged
        assertTrue(e.claims().stream().filter(c -> c.sentence().text().contains("derived from melanoma")
                && c.relation() == Relation.DERIVED_FROM).noneMatch(Claim::hedged));
        // never the disease itself as an origin
        assertFalse(e.claims().stream().anyMatch(c -> c.relation() == Relation.DERIVED_FROM
                && !List.of("TumorCell", "Urine").contains(local(c.objectIri()))), e.claims().toString());
    }

    @Test
    void vesiclesThatTargetOrTreatATumourNameNoOrigin() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "Exosomes targeted to tumours delivered doxorubicin. "
                + "The exosomes reduced tumour growth in mice. "
                + "Tumour-targeting exosomes accumulated in the tumour. "
                + "Anti-tumour exosomes from dendritic cells activated T cells. "
                + "Exosomal DNA may serve as a marker of pancreatic cancer, and MSC exosomes are suitable carriers for gemcitabine. "
                + "Exosomes from cancer patients carry proteins. "
                + "Exosomes from tumour-bearing mice carry proteins. "
                + "Milk exosomes carry microRNAs.\n", ".txt");
        for (String words : List.of("targeted to tumours", "reduced tumour growth", "Tumour-targeting")) {
            List<String> claims = claimsOf(e, words);
            assertFalse(claims.stream().anyMatch(c -> c.contains("derivedFrom TumorCell") || c.contains("[TumorCell]")),
                    words + ": " + claims);
        }
        // vesicles against a tumour come from their own source
        List<String> anti = claimsOf(e, "Anti-tumour");
        assertTrue(anti.stream().anyMatch(c -> c.endsWith("derivedFrom DendriticCell")), anti.toString());
        assertFalse(anti.stream().anyMatch(c -> c.contains("derivedFrom TumorCell")), anti.toString());
        // a cancer coordinated with the vesicles' own source, and patients or animals with a tumour, are no origin named
        for (String words : List.of("marker of pancreatic cancer", "cancer patients", "tumour-bearing mice")) {
            List<String> claims = claimsOf(e, words);
            assertFalse(claims.contains("Exosome derivedFrom TumorCell"), words + ": " + claims);
        }
        assertTrue(claimsOf(e, "marker of pancreatic cancer").contains("Exosome derivedFrom MesenchymalStemCell"));
        // the tumour is what they treat, as before; (branch tumourfocus, convention o) the text names one cancer, so the
        // tumour is that cancer
        assertTrue(claimsOf(e, "reduced tumour growth").contains("Exosome treats PancreaticCancer"), claimsOf(e, "reduced tumour growth").toString());
        // a source term keeps its own origin claim
        assertEquals(List.of("Exosome derivedFrom Milk", "Exosome[Milk] carries MicroRNA"), claimsOf(e, "Milk exosomes"));
    }
}
