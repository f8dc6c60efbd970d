package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 items 3 and 4 (branch `rules`): named preparations and source-qualified vesicles as narrowed kinds, lists
 * after a lead-in, and the other missed shapes of the issue — on invented texts (none from a gold set), through the
 * real pipeline so that sentences are read in order.
 */
class ScopeAndListRulesTest {

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text, String suffix) throws Exception {
        return TestSupport.extractText(dir, text, suffix);
    }

    /** "Subject[Qualifier]{name} relation object" (NOT before the relation when denied) for every claim, in order. */
    private static List<String> described(List<Claim> claims) {
        return claims.stream().map(c -> local(c.subjectIri())
                + (c.qualifierIri() != null ? "[" + local(c.qualifierIri()) + "]" : c.scope() == SubjectScope.SPECIFIC ? "[?]" : "")
                + (c.preparationName() != null ? "{" + c.preparationName() + "}" : "")
                + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + local(c.objectIri())).toList();
    }

    /** Claims of the sentence that contains {@code words}. */
    private static List<String> claimsOf(DocumentExtraction e, String words) {
        return described(e.claims().stream().filter(c -> c.sentence().text().contains(words)).toList());
    }

    @Test
    void aNamedPreparationIsANarrowedKindWithItsName() throws Exception {
        DocumentExtraction e = extract("Results\n\nKX-4, a nanovesicle preparation from grapefruit, showed low toxicity in cultured cells. "
                + "KX-4 crossed the blood-brain barrier. Exosomes carry proteins.\n", ".txt");
        assertEquals(List.of("PlantDerivedNanovesicle derivedFrom Grapefruit", "PlantDerivedNanovesicle[Grapefruit]{KX-4} hasProperty LowToxicity"),
                claimsOf(e, "showed low toxicity"));
        // the name stands for the preparation in later sentences
        assertEquals(List.of("PlantDerivedNanovesicle[Grapefruit]{KX-4} crosses BloodBrainBarrier"), claimsOf(e, "KX-4 crossed"));
        // other vesicles stay general
        assertEquals(List.of("Exosome carries Protein"), claimsOf(e, "Exosomes carry"));
        // the name is in the graph, with the specific scope
        Model g = e.graph().model();
        assertTrue(g.listStatements(null, g.createProperty(ExoKg.NS + "preparationName"), "KX-4").hasNext());
    }

    @Test
    void aNameAfterThePreparationAndAPreparationWithoutAName() throws Exception {
        DocumentExtraction e = extract("An exosome formulation from bovine milk (QB-210) carried doxorubicin. "
                + "Exosome preparations from dendritic cells carried proteins.\n", ".txt");
        assertEquals(List.of("Exosome derivedFrom BovineMilk", "Exosome[BovineMilk]{QB-210} carries Doxorubicin"),
                claimsOf(e, "QB-210"));
        // "preparations from X" narrows like "exosomes from X", with no name
        assertEquals(List.of("Exosome derivedFrom DendriticCell", "Exosome[DendriticCell] carries Protein"), claimsOf(e, "dendritic"));
        // a cargo with a code-like name is no preparation ("miR-21, a microRNA ...": the vesicle is not the head)
        DocumentExtraction cargo = extract("MiR-21, an exosomal microRNA, is carried by exosomes.\n", ".txt");
        assertTrue(cargo.claims().stream().allMatch(c -> c.preparationName() == null), described(cargo.claims()).toString());
    }

    @Test
    void sourceQualifiedVesiclesAreNarrowed() throws Exception {
        DocumentExtraction e = extract("Stem-cell EVs carried microRNAs.\n", ".txt");
        assertEquals(List.of("ExtracellularVesicle derivedFrom StemCell", "ExtracellularVesicle[StemCell] carries MicroRNA"),
                claimsOf(e, "carried"));
        assertNull(e.claims().get(0).preparationName());
    }

    @Test
    void aSubsectionOfAJatsMethodsSectionIsMethodsToo() throws Exception {
        String jats = "<article><front><article-meta><title-group><article-title>Test</article-title></title-group></article-meta></front>"
                + "<body><sec><title>Materials and methods</title><sec><title>Vesicle preparation</title>"
                + "<p>Exosomes were isolated from bovine milk by ultracentrifugation.</p></sec></sec>"
                + "<sec><title>Results</title><sec><title>Uptake</title><p>Exosomes carried proteins.</p></sec></sec></body></article>";
        DocumentExtraction e = extract(jats, ".xml");
        Claim methods = e.claims().stream().filter(c -> c.sentence().text().contains("isolated")).findFirst().orElseThrow();
        assertEquals("Materials and methods / Vesicle preparation", methods.sentence().section());
        assertTrue(org.exokg.document.Section.isMethods(methods.sentence().section()));
        Claim result = e.claims().stream().filter(c -> c.sentence().text().contains("carried")).findFirst().orElseThrow();
        assertEquals("Uptake", result.sentence().section());
        // the heading in the text is the subsection's own title
        assertTrue(e.document().text().contains("\nVesicle preparation\n"), e.document().text());
        Model g = e.graph().model();
        assertTrue(g.listStatements(null, g.createProperty(ExoKg.NS + "methodsStatement"), g.createTypedLiteral(true)).hasNext());
        // a Methods statement states no plain fact; the Results one does
        assertTrue(!g.contains(g.createResource(ExoKg.NS + "Exosome"), g.createProperty(ExoKg.NS + "derivedFrom"),
                g.createResource(ExoKg.NS + "BovineMilk")));
        assertTrue(g.contains(g.createResource(ExoKg.NS + "Exosome"), g.createProperty(ExoKg.NS + "carries"),
                g.createResource(ExoKg.NS + "Protein")));
    }

    @Test
    void aTopicWordIsNoRelation() throws Exception {
        // a trigger hyphenated to another word is part of a compound modifier ("sepsis-induced"), not a predicate
        assertEquals(List.of(), claimsOf(extract("We studied the benefit of EVs in a rat model of ischemia-induced kidney injury.\n", ".txt"),
                "benefit"));
        assertEquals(List.of("Exosome contributesTo Injury"), claimsOf(extract("Exosomes induced kidney injury in rats.\n", ".txt"), "induced"));
        // the effect of blocking the vesicles' secretion is the effect of their absence
        assertEquals(List.of(), claimsOf(extract("Inhibition of exosome release reduced tumour growth in mice.\n", ".txt"), "release"));
        assertEquals(List.of("Exosome treats Cancer"), claimsOf(extract("Exosomes reduced tumour growth in mice.\n", ".txt"), "reduced"));
    }

    @Test
    void aListAfterALeadInSharesItsTrigger() throws Exception {
        // items on one line, set off by dashes
        assertEquals(List.of("ExtracellularVesicle hasProperty Stability", "ExtracellularVesicle hasProperty LowToxicity"),
                claimsOf(extract("Unlike synthetic carriers, EVs show two benefits: – stability – relatively low toxicity.\n", ".txt"), "benefits"));
        // items on lines of their own: each item is a sentence, read with the lead-in's vesicle and trigger
        DocumentExtraction lines = extract("Plant exosomes bring several advantages:\n- low immunogenicity\n- stability under storage\n", ".txt");
        assertEquals(List.of("PlantDerivedNanovesicle hasProperty LowImmunogenicity"), claimsOf(lines, "immunogenicity"));
        assertEquals(List.of("PlantDerivedNanovesicle hasProperty Stability"), claimsOf(lines, "storage"));
        // the trigger may come before the vesicle in the lead-in
        assertEquals(List.of("Exosome hasChallenge Heterogeneity", "Exosome hasChallenge HighCost"),
                claimsOf(extract("Two hurdles remain for exosomes: heterogeneity and high cost.\n", ".txt"), "hurdles"));
        // items separated by semicolons after the colon
        assertEquals(List.of("Exosome hasChallenge LowYield", "Exosome hasChallenge HighCost"),
                claimsOf(extract("Exosomes still face problems: low yield; high cost.\n", ".txt"), "problems"));
        // no colon: a semicolon still ends a clause
        assertEquals(List.of("Exosome hasChallenge LowYield"),
                claimsOf(extract("Exosomes still face low yield; high cost is a matter for the clinics.\n", ".txt"), "yield"));
    }

    @Test
    void listItemsThatAreSentencesTakeTheLeadInsVesicleAndTrigger() throws Exception {
        DocumentExtraction e = extract("Challenges\n\nExosomes were tested in mice. Three hurdles remain for these vesicles:\n\n"
                + "1. Heterogeneity of preparations.\n2. High cost.\n\nThe study used forty mice in each group of animals.\n", ".txt");
        assertEquals(List.of("Exosome hasChallenge Heterogeneity"), claimsOf(e, "Heterogeneity of"));
        assertEquals(List.of("Exosome hasChallenge HighCost"), claimsOf(e, "High cost"));
        assertTrue(e.claims().stream().filter(c -> c.sentence().text().contains("High cost"))
                .allMatch(c -> c.rule().startsWith("vesicle-has-challenge+list-item")));
        // JATS list items are paragraphs of their own
        String jats = "<article><front><article-meta><title-group><article-title>T</article-title></title-group></article-meta></front>"
                + "<body><sec><title>Advantages</title><p>Milk exosomes have these advantages:</p><list>"
                + "<list-item><p>low immunogenicity</p></list-item><list-item><p>low toxicity</p></list-item></list>"
                + "<p>We thank the milk producers of the region for their help.</p></sec></body></article>";
        DocumentExtraction j = extract(jats, ".xml");
        assertEquals(List.of("Exosome[Milk] hasProperty LowImmunogenicity"), claimsOf(j, "low immunogenicity"));
        assertEquals(List.of("Exosome[Milk] hasProperty LowToxicity"), claimsOf(j, "low toxicity"));
        // a sentence that is not short, or not after a lead-in, is read on its own
        assertEquals(List.of(), claimsOf(e, "forty mice"));
    }

    @Test
    void aVesicleInAFrontedPhraseIsNoCoordinatedSubject() throws Exception {
        assertEquals(List.of("Exosome carries MicroRNA"),
                claimsOf(extract("In contrast to microvesicles, exosomes carry microRNAs.\n", ".txt"), "carry"));
        assertEquals(List.of("Exosome carries MicroRNA", "Microvesicle carries MicroRNA"),
                claimsOf(extract("Microvesicles and exosomes carry microRNAs.\n", ".txt"), "carry"));
    }

    @Test
    void unicodeHyphensInsideTermsAndRules() throws Exception {
        // U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash, U+2013 en dash, U+2212 minus: one reading
        for (char h : new char[] {'\u2010', '\u2011', '\u2012', '\u2013', '\u2212'}) {
            DocumentExtraction e = extract("Plasma" + h + "derived exosomes penetrated the blood" + h + "brain barrier. "
                    + "Siloxane" + h + "free exosome" + h + "based drug delivery was tested.\n", ".txt");
            assertEquals(List.of("Exosome derivedFrom BloodPlasma", "Exosome[BloodPlasma] crosses BloodBrainBarrier"),
                    claimsOf(e, "penetrated"), "hyphen U+" + Integer.toHexString(h));
            assertEquals(List.of("Exosome usedFor DrugDelivery"), claimsOf(e, "based drug"), "hyphen U+" + Integer.toHexString(h));
        }
    }

    @Test
    void cellsThatMoveCargoInVesiclesAreTheirSourceAndExploitedAsIsUse() throws Exception {
        // other terms (the cargo, the target cells) may stand between the source and its vesicles
        assertEquals(List.of("ExtracellularVesicle derivedFrom Macrophage"),
                claimsOf(extract("Macrophages shuttle proteins to neurons via EVs.\n", ".txt"), "shuttle").subList(0, 1));
        // the cells that receive are no source
        assertTrue(claimsOf(extract("Macrophages shuttle proteins to neurons via EVs.\n", ".txt"), "shuttle").stream()
                .noneMatch(c -> c.contains("derivedFrom Neuron")));
        // "could be exploited as": a hedged use
        DocumentExtraction e = extract("Urinary exosomes could be exploited as prognostic markers.\n", ".txt");
        assertEquals(List.of("Exosome derivedFrom Urine", "Exosome[Urine] usedFor Biomarker"), claimsOf(e, "exploited"));
        assertTrue(e.claims().stream().filter(c -> c.relation() == Relation.USED_FOR).allMatch(Claim::hedged));
    }

    @Test
    void aNominalisedSecretionNamesTheSourceAndNarrowsTheVesicles() throws Exception {
        assertEquals(List.of("Exosome derivedFrom Neuron", "Exosome[Neuron] carries MicroRNA"),
                claimsOf(extract("We measured the release of exosomes by neurons containing microRNAs.\n", ".txt"), "release"));
        // "by" after a vesicle without a secretion noun is no origin ("exosomes taken up by neurons" is uptake)
        assertTrue(claimsOf(extract("Uptake of exosomes by neurons was fast.\n", ".txt"), "Uptake").stream()
                .noneMatch(c -> c.contains("derivedFrom")));
    }

    @Test
    void aCarrierCoatedWithVesicleMembraneIsNoVesicle() throws Exception {
        assertEquals(List.of(), claimsOf(extract("Exosome-coated gold nanoparticles carried siRNA.\n", ".txt"), "coated"));
        // what is said of the coated liposomes is said of liposomes, not of EVs
        // (branch precision4: kept as a liposome claim only with -Dexokg.noLiposomeSubjectCheck)
        assertEquals(ClaimExtractor.LIPOSOME_SUBJECT_CHECK ? List.of() : List.of("Liposome crosses BloodBrainBarrier"),
                claimsOf(extract("EV membrane-coated liposomes crossed the blood-brain barrier.\n", ".txt"), "coated"));
        assertEquals(List.of("Exosome carries SiRNA"), claimsOf(extract("Exosomes coated with peptides carried siRNA.\n", ".txt"), "coated"));
    }
}
