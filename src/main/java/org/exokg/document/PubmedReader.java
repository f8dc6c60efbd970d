package org.exokg.document;

import static org.exokg.document.SecureXml.child;
import static org.exokg.document.SecureXml.children;
import static org.exokg.document.SecureXml.name;
import static org.exokg.document.SecureXml.path;
import static org.exokg.document.SecureXml.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * PubMed XML ({@code PubmedArticleSet}): every {@code PubmedArticle} becomes its own document
 * with PMID, title, abstract (labelled AbstractText parts become sections), DOI, PMC id, year,
 * authors, language and publication type.
 */
public final class PubmedReader implements DocumentReader {

    /** MEDLINE uses ISO 639-2 codes; the graph uses BCP 47. */
    private static final Map<String, String> LANGUAGES = Map.of(
            "eng", "en", "fre", "fr", "ger", "de", "spa", "es", "ita", "it", "jpn", "ja", "chi", "zh", "rus", "ru",
            "por", "pt", "dut", "nl");

    @Override
    public List<Document> read(Path file, String content, DocumentMetadata sidecar) throws DocumentException {
        org.w3c.dom.Document dom = SecureXml.parse(file, content);
        Element root = dom.getDocumentElement();
        List<Element> articles = name(root).equals("PubmedArticle") ? List.of(root) : children(root, "PubmedArticle");
        if (articles.isEmpty()) {
            throw new DocumentException(file, "no PubmedArticle in " + name(root));
        }
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            documents.add(article(file, articles.get(i), i + 1, articles.size() == 1 ? sidecar : DocumentMetadata.empty()));
        }
        return documents;
    }

    /**
     * (branch headings) The name of a labelled part of a structured abstract: its label, or, when the label's own
     * words do not tell its category (Section.category), the category before it ("METHODS / EXPERIMENTAL APPROACH"),
     * as the JATS reader names a Methods subsection. The category is NLM's (NlmCategory) when the record has one, else
     * the label's as a structured-abstract label (Section.labelCategory: "DESIGN", "INTERVENTIONS").
     */
    static String sectionName(String label, String nlmCategory) {
        if (Section.OLD_METHODS_HEADINGS) {
            return label;
        }
        Section.Category category = nlmCategory == null || nlmCategory.isBlank() ? Section.labelCategory(label)
                : Section.Category.named(nlmCategory);
        if (category == null || category == Section.category(label)) {
            return label;
        }
        return category.name() + " / " + label;
    }

    private Document article(Path file, Element pubmedArticle, int index, DocumentMetadata sidecar) {
        Element citation = child(pubmedArticle, "MedlineCitation");
        Element article = child(citation, "Article");
        String pmid = text(child(citation, "PMID"));
        String title = text(child(article, "ArticleTitle"));
        if (title == null) {
            title = text(child(article, "VernacularTitle"));
        }

        DocumentTextBuilder b = new DocumentTextBuilder();
        if (title != null) {
            b.startSection("Title");
            b.startParagraph();
            b.append(title);
            b.endParagraph();
        }
        Element abs = child(article, "Abstract");
        if (abs != null) {
            for (Element part : children(abs, "AbstractText")) {
                String label = part.getAttribute("Label");
                b.startSection(label.isBlank() ? "Abstract" : sectionName(label.strip(), part.getAttribute("NlmCategory")));
                b.startParagraph();
                b.append(part.getTextContent());
                b.endParagraph();
            }
        }
        String text = b.text();

        List<String> authors = new ArrayList<>();
        Element authorList = child(article, "AuthorList");
        for (Element author : children(authorList, "Author")) {
            String last = text(child(author, "LastName"));
            String fore = text(child(author, "ForeName"));
            if (fore == null) {
                fore = text(child(author, "Initials"));
            }
            String collective = text(child(author, "CollectiveName"));
            if (last != null) {
                authors.add(fore == null ? last : last + ", " + fore);
            } else if (collective != null) {
                authors.add(collective);
            }
        }
        String doi = null;
        for (Element loc : children(article, "ELocationID")) {
            if ("doi".equalsIgnoreCase(loc.getAttribute("EIdType"))) {
                doi = text(loc);
            }
        }
        String pmcid = null;
        Element ids = path(pubmedArticle, "PubmedData", "ArticleIdList");
        for (Element id : children(ids, "ArticleId")) {
            String type = id.getAttribute("IdType");
            if ("doi".equals(type) && doi == null) {
                doi = text(id);
            } else if ("pmc".equals(type) && text(id) != null) {
                pmcid = DocumentIds.normalizedPmcid(text(id));
            }
        }
        String language = text(child(article, "Language"));
        language = language == null ? sidecar.language() : LANGUAGES.getOrDefault(language.toLowerCase(Locale.ROOT), language.toLowerCase(Locale.ROOT));
        DocumentMetadata md = new DocumentMetadata(
                title != null ? title : sidecar.title(),
                publicationType(article, sidecar.type()),
                language != null ? language : "en",
                !authors.isEmpty() ? authors : sidecar.creators(),
                year(article, sidecar.year()),
                pmid, pmcid, doi);

        List<Reference> references = new ArrayList<>();
        Element refList = path(pubmedArticle, "PubmedData", "ReferenceList");
        for (Element ref : children(refList, "Reference")) {
            String c = text(child(ref, "Citation"));
            if (c != null) {
                references.add(new Reference(references.size() + 1, c));
            }
        }
        String id = pmid != null ? DocumentIds.forPmid(pmid) : DocumentIds.fromFileName(file) + "-" + index;
        return new Document(id, DocumentFormat.PUBMED, file, text, md, b.sections(), references, b.citations());
    }

    private static String publicationType(Element article, String fallback) {
        List<Element> types = children(child(article, "PublicationTypeList"), "PublicationType");
        String first = null;
        for (Element t : types) {
            String v = text(t);
            if (v == null) {
                continue;
            }
            if (v.toLowerCase(Locale.ROOT).contains("review")) {
                return "review";
            }
            if (first == null) {
                first = v.toLowerCase(Locale.ROOT);
            }
        }
        return first != null ? first : fallback;
    }

    private static String year(Element article, String fallback) {
        Element pubDate = path(article, "Journal", "JournalIssue", "PubDate");
        String y = text(child(pubDate, "Year"));
        if (y == null) {
            String medline = text(child(pubDate, "MedlineDate"));
            if (medline != null && medline.matches("\\d{4}.*")) {
                y = medline.substring(0, 4);
            }
        }
        if (y == null) {
            y = text(path(article, "ArticleDate", "Year"));
        }
        return y != null && y.matches("\\d{4}") ? y : fallback;
    }
}
