package org.exokg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

class XmlReadersTest {

    private final DocumentLoader loader = new DocumentLoader();

    @Test
    void jatsArticleGivesMetadataSectionsReferencesAndCitations() throws Exception {
        List<Document> docs = loader.load(TestSupport.resource("documents/jats-milk-exosomes.xml"));
        assertEquals(1, docs.size());
        Document d = docs.get(0);
        assertEquals(DocumentFormat.JATS, d.format());
        assertEquals("pmc-PMC9900001", d.id());
        DocumentMetadata md = d.metadata();
        assertEquals("Bovine milk exosomes as oral carriers of curcumin", md.title());
        assertEquals(List.of("Rivera, Ana", "Okafor, Chidi"), md.creators());
        assertEquals("2022", md.year());
        assertEquals("10.9999/jtv.2022.001", md.doi());
        assertEquals("PMC9900001", md.pmcid());
        assertEquals("research article", md.type());
        assertEquals(3, d.references().size());
        assertEquals("Smith J, Lee K. Milk exosomes. J Test. 2019;1:1-10.", d.references().get(0).label());

        List<Sentence> sentences = new SentenceSplitter().split(d);
        List<String> sections = sentences.stream().map(Sentence::section).distinct().toList();
        assertEquals(List.of("Title", "Abstract", "Introduction", "Loading", "Results", "Figure 2"), sections);
        Sentence first = sentences.stream().filter(s -> s.text().startsWith("Milk-derived")).findFirst().orElseThrow();
        // A bare superscript-style xref is written as a marker so it does not glue onto the word.
        assertEquals("Milk-derived exosomes carry curcumin and cross the blood-brain barrier[1].", first.text());
        assertEquals(List.of(1), first.referenceNumbers());
        Sentence second = sentences.stream().filter(s -> s.text().startsWith("However")).findFirst().orElseThrow();
        assertEquals(List.of(2, 3), second.referenceNumbers());
        assertTrue(second.text().endsWith("[2, 3]."), second.text());
        for (Sentence s : sentences) {
            assertEquals(s.text(), d.text().substring(s.start(), s.end()));
        }
        // "e.g." and "(Fig. 2)" do not split.
        assertTrue(sentences.stream().anyMatch(s -> s.text().contains("e.g. dendritic cells and mesenchymal stem cells (MSCs).")));
        assertTrue(sentences.stream().anyMatch(s -> s.text().equals("Exosomes loaded with doxorubicin were taken up by tumor cells (Fig. 2).")));
    }

    @Test
    void pubmedSetGivesOneDocumentPerArticle() throws Exception {
        List<Document> docs = loader.load(TestSupport.resource("documents/pubmed-two-articles.xml"));
        assertEquals(List.of("pmid-99000001", "pmid-99000002"), docs.stream().map(Document::id).toList());
        Document a = docs.get(0);
        assertEquals(DocumentFormat.PUBMED, a.format());
        assertEquals("99000001", a.metadata().pmid());
        assertEquals("PMC9900002", a.metadata().pmcid());
        assertEquals("10.9999/tj.2021.7", a.metadata().doi());
        assertEquals("2021", a.metadata().year());
        assertEquals("en", a.metadata().language());
        assertEquals(List.of("Nakamura, Yuki", "Vesicle Consortium"), a.metadata().creators());
        List<Sentence> s = new SentenceSplitter().split(a);
        assertEquals(List.of("Title", "BACKGROUND", "RESULTS"), s.stream().map(Sentence::section).distinct().toList());
        assertEquals("Exosomes from mesenchymal stem cells cross the blood-brain barrier.", s.get(0).text());

        Document b = docs.get(1);
        assertEquals("2019", b.metadata().year());
        assertEquals("review", b.metadata().type());
        assertEquals(List.of("Silva, MR"), b.metadata().creators());
        assertEquals(List.of("Title", "Abstract"), new SentenceSplitter().split(b).stream().map(Sentence::section).distinct().toList());
    }

    @Test
    void formatIsSniffedFromContentNotName() throws Exception {
        FormatDetector f = new FormatDetector();
        java.nio.file.Path p = java.nio.file.Path.of("misleading.txt");
        assertEquals(DocumentFormat.PUBMED, f.detect(p, "<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE PubmedArticleSet>\n<PubmedArticleSet/>"));
        assertEquals(DocumentFormat.JATS, f.detect(p, "\uFEFF<article xmlns:xlink=\"x\"><front/></article>"));
        assertEquals(DocumentFormat.TEXT, f.detect(p, "Exosomes < 200 nm are small."));
    }
}
