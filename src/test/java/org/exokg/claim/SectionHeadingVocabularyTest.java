package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.exokg.document.Section;
import org.exokg.document.Section.Category;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch headings) Section headings and structured-abstract labels read by their category from a general vocabulary
 * (section-headings.tsv: NLM's five categories, JATS sec-types, back matter), with invented texts both ways: a heading
 * read as Methods keeps its sentence's claims out of the findings (marked exokg:methodsStatement, no plain fact), and a
 * look-alike (a sentence opening with the same word, a label of another genre, a mixed "Methods and results") does not.
 */
class SectionHeadingVocabularyTest {

    @TempDir
    Path dir;

    private static final String LOADED = "Exosomes were loaded with doxorubicin by electroporation.";

    @Test
    void headingsOfAnyStandingAndTheirLookAlikes() {
        assertEquals(Category.METHODS, Section.category("2.1 Study design"));
        assertEquals(Category.METHODS, Section.category("EXPERIMENTAL APPROACH:"));
        assertEquals(Category.METHODS, Section.category("Materials & Methods"));
        assertEquals(Category.METHODS, Section.category("Procedures"));
        assertEquals(Category.METHODS, Section.category("Patients and methods / EV isolation"));
        assertEquals(Category.RESULTS, Section.category("Methods and results"), "a findings part makes a findings heading");
        assertEquals(Category.BACKGROUND, Section.category("Background and rationale"));
        assertEquals(Category.REFERENCES, Section.category("References"));
        assertNull(Section.category("Exosome isolation and loading"), "a part of no category");
        assertNull(Section.category("Design"), "a structured-abstract label only: as a heading of text it may be a patent's");
        assertEquals(Category.METHODS, Section.labelCategory("DESIGN"));
        assertEquals(Category.METHODS, Section.labelCategory("DESIGN, SETTING, AND PARTICIPANTS"));
        assertNull(Section.labelCategory("CLINICAL TRIAL REGISTRATION"));
        assertFalse(Section.isMethods(null));
        // every form the former pattern read stays a Methods heading
        for (String former : List.of("Methods", "2. Method", "METHODOLOGY", "Materials and methods", "Material & Method",
                "Methods and materials", "Methods and material", "Patients and methods", "Subjects & methods",
                "Participants and methods", "Experimental", "Experimental procedure", "Experimental section",
                "Experimental method", "Experimental design", "Experimental setup", "Study design.",
                "Materials and experimental procedures")) {
            assertEquals(Category.METHODS, Section.category(former), former);
        }
    }

    @Test
    void aPlainTextStudyDesignLabelIsMethodsAndItsClaimsAreMarked() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Study design: " + LOADED + "\n\n"
                + "Results: Exosomes loaded with paclitaxel by sonication reduced tumour growth.\n", ".txt");
        Model g = e.graph().model();
        assertTrue(e.claims().stream().anyMatch(c -> c.sentence().text().startsWith("Exosomes were loaded")
                && Section.isMethods(c.sentence().section())), "the sentence under \"Study design:\" is in Methods");
        assertFalse(g.listSubjectsWithProperty(g.createProperty(ExoKg.NS + "methodsStatement")).toList().isEmpty());
        assertFalse(g.contains(g.createResource(ExoKg.NS + "Exosome"), g.createProperty(ExoKg.NS + "loadedBy"),
                g.createResource(ExoKg.NS + "Electroporation")), "a Methods claim states no plain fact");
    }

    @Test
    void aSentenceOpeningWithAHeadingWordIsNoHeading() throws Exception {
        // "Procedures" opens a sentence, "Design:" is no Methods heading outside an abstract: both stay findings
        DocumentExtraction e = TestSupport.extractText(dir, "Procedures that use electroporation work. " + LOADED + "\n\n"
                + "Design: Exosomes loaded with paclitaxel by sonication reduced tumour growth.\n", ".txt");
        assertTrue(e.claims().stream().anyMatch(c -> c.sentence().text().startsWith("Exosomes were loaded")),
                "the claim is read");
        assertTrue(e.claims().stream().noneMatch(c -> Section.isMethods(c.sentence().section())),
                "no sentence is in Methods: " + e.claims().stream().map(c -> c.sentence().section()).distinct().toList());
    }

    @Test
    void backMatterGivesNoSentence() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "Exosomes loaded with paclitaxel by sonication reduced tumour growth.\n\n"
                + "References\n\n"
                + "1. Smith J. Exosomes loaded with doxorubicin by electroporation cross the blood-brain barrier. J Test. 2020.\n\n"
                + "Funding: Exosomes loaded with curcumin were a gift of the Vesicle Foundation.\n", ".txt");
        List<String> sections = e.sentences().stream().map(s -> String.valueOf(s.first().section())).distinct().toList();
        assertEquals(List.of("Results"), sections);
        assertTrue(e.claims().stream().noneMatch(c -> c.sentence().text().contains("doxorubicin") || c.sentence().text().contains("curcumin")));
    }

    @Test
    void aReferencesSectionTitledOtherwiseIsRead() throws Exception {
        // "Sources of exosomes" is no back-matter heading: its sentences are read
        DocumentExtraction e = TestSupport.extractText(dir, "Sources of exosomes\n\n"
                + "Exosomes loaded with doxorubicin by electroporation cross the blood-brain barrier.\n", ".txt");
        assertFalse(e.claims().isEmpty());
    }

    private static final String PUBMED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <PubmedArticleSet>
              <PubmedArticle>
                <MedlineCitation Status="MEDLINE" Owner="NLM">
                  <PMID Version="1">99990001</PMID>
                  <Article PubModel="Print">
                    <ArticleTitle>Invented record.</ArticleTitle>
                    <Abstract>
                      %s
                      <AbstractText Label="RESULTS">Exosomes loaded with paclitaxel by sonication reduced tumour growth.</AbstractText>
                    </Abstract>
                  </Article>
                </MedlineCitation>
              </PubmedArticle>
            </PubmedArticleSet>
            """;

    private List<String> sectionsOfLoadedSentence(String part) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, PUBMED.formatted(part), ".xml");
        return e.sentences().stream().filter(s -> s.first().text().startsWith("Exosomes were loaded"))
                .map(s -> s.first().section()).toList();
    }

    @Test
    void aPubmedLabelIsReadByItsNlmCategoryOrAsAnAbstractLabel() throws Exception {
        List<String> byLabel = sectionsOfLoadedSentence("<AbstractText Label=\"EXPERIMENTAL APPROACH\">" + LOADED + "</AbstractText>");
        assertTrue(Section.isMethods(byLabel.get(0)), byLabel.toString());
        List<String> design = sectionsOfLoadedSentence("<AbstractText Label=\"DESIGN\">" + LOADED + "</AbstractText>");
        assertEquals(List.of("METHODS / DESIGN"), design);
        // NlmCategory wins over the label's words, both ways
        List<String> nlm = sectionsOfLoadedSentence("<AbstractText Label=\"WHAT WE DID\" NlmCategory=\"METHODS\">" + LOADED + "</AbstractText>");
        assertEquals(List.of("METHODS / WHAT WE DID"), nlm);
        List<String> results = sectionsOfLoadedSentence("<AbstractText Label=\"APPROACH AND RESULTS\" NlmCategory=\"RESULTS\">" + LOADED
                + "</AbstractText>");
        assertFalse(Section.isMethods(results.get(0)), results.toString());
        List<String> other = sectionsOfLoadedSentence("<AbstractText Label=\"TRIAL REGISTRATION\">" + LOADED + "</AbstractText>");
        assertEquals(List.of("TRIAL REGISTRATION"), other);
    }

    @Test
    void aJatsSecTypeMethodsOpensAMethodsPart() throws Exception {
        String jats = """
                <?xml version="1.0" encoding="UTF-8"?>
                <article article-type="research-article">
                  <front><article-meta><article-id pub-id-type="pmc">PMC9999001</article-id>
                    <title-group><article-title>Invented article</article-title></title-group></article-meta></front>
                  <body>
                    <sec sec-type="%s"><title>%s</title><p>%s</p></sec>
                    <sec sec-type="results"><title>Results</title><p>Exosomes loaded with paclitaxel by sonication reduced tumour growth.</p></sec>
                  </body>
                </article>
                """;
        DocumentExtraction e = TestSupport.extractText(dir, jats.formatted("materials|methods", "Online content", LOADED), ".xml");
        assertEquals(List.of("Methods / Online content"), e.sentences().stream().filter(s -> s.first().text().startsWith("Exosomes were"))
                .map(s -> s.first().section()).toList());
        DocumentExtraction f = TestSupport.extractText(dir, jats.formatted("intro", "Online content", LOADED), ".xml");
        assertEquals(List.of("Online content"), f.sentences().stream().filter(s -> s.first().text().startsWith("Exosomes were"))
                .map(s -> s.first().section()).toList());
    }

    @Test
    void aNumberedOrDeeperHeadingUnderMethodsIsASubsection() throws Exception {
        String numbered = "Invented paper\n\n2. Methods\n\n2.1 Vesicle preparation\n\n" + LOADED + "\n\n3. Results\n\n"
                + "Exosomes loaded with paclitaxel by sonication reduced tumour growth.\n";
        assertEquals(List.of("2. Methods / 2.1 Vesicle preparation"), sectionsOfLoadedText(numbered, ".txt"));
        String markdown = "## Methods\n\n### Vesicle preparation\n\n" + LOADED + "\n\n## Results\n\n"
                + "Exosomes loaded with paclitaxel by sonication reduced tumour growth.\n";
        assertEquals(List.of("Methods / Vesicle preparation"), sectionsOfLoadedText(markdown, ".md"));
    }

    @Test
    void aHeadingOfTheSameLevelOrAnotherNumberEndsMethods() throws Exception {
        String numbered = "Invented paper\n\n2. Methods\n\nCells were grown in flasks.\n\n3. Vesicle preparation\n\n" + LOADED + "\n";
        assertEquals(List.of("3. Vesicle preparation"), sectionsOfLoadedText(numbered, ".txt"));
        String markdown = "## Methods\n\nCells were grown in flasks.\n\n## Vesicle preparation\n\n" + LOADED + "\n";
        assertEquals(List.of("Vesicle preparation"), sectionsOfLoadedText(markdown, ".md"));
    }

    @Test
    void aStructuredAbstractWrittenAsTextReadsItsLabelsAsAbstractLabels() throws Exception {
        String parts = "Background: Exosomes are carriers.\n\nDesign: " + LOADED + "\n\n"
                + "Results: Exosomes loaded with paclitaxel by sonication reduced tumour growth.\n\n"
                + "Conclusions: Exosomes are useful carriers.\n";
        assertEquals(List.of("Methods / Design"), sectionsOfLoadedText("Invented abstract\n\n" + parts, ".txt"));
        // with fewer than three parts of a structured abstract, "Design:" is a label of another genre
        String fewer = "Design: " + LOADED + "\n\nResults: Exosomes loaded with paclitaxel by sonication reduced tumour growth.\n";
        assertEquals(List.of("Design"), sectionsOfLoadedText("Invented abstract\n\n" + fewer, ".txt"));
    }

    private List<String> sectionsOfLoadedText(String text, String suffix) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text, suffix);
        return e.sentences().stream().filter(s -> s.first().text().startsWith("Exosomes were loaded"))
                .map(s -> s.first().section()).toList();
    }
}
