package org.exokg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.exokg.ExoKg;

/** Terms of the document-graph shape in docs/graph-model.md that Jena's vocabularies lack. */
public final class GraphVocabulary {

    private GraphVocabulary() {}

    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";

    // exokg: classes
    public static final Resource DOCUMENT = exokg("Document");
    public static final Resource SENTENCE = exokg("Sentence");
    public static final Resource CLAIM = exokg("Claim");
    public static final Resource EVIDENCE = exokg("Evidence");
    public static final Resource BIBLIOGRAPHIC_REFERENCE = exokg("BibliographicReference");
    public static final Resource POSITIVE_POLARITY = exokg("PositivePolarity");
    public static final Resource NEGATIVE_POLARITY = exokg("NegativePolarity");

    // exokg: properties
    public static final Property PMID = exokgProperty("pmid");
    public static final Property PMCID = exokgProperty("pmcid");
    public static final Property DOI = exokgProperty("doi");
    public static final Property DOCUMENT_FORMAT = exokgProperty("documentFormat");
    public static final Property CONTENT_SHA256 = exokgProperty("contentSha256");
    /** The name (not the path) of the file the document was read from: tells which file a later one with the same id replaces. */
    public static final Property SOURCE_FILE_NAME = exokgProperty("sourceFileName");
    public static final Property SENTENCE_COUNT = exokgProperty("sentenceCount");
    public static final Property MENTIONS_TERM = exokgProperty("mentionsTerm");
    public static final Property TEXT = exokgProperty("text");
    public static final Property REFERENCE_NUMBER = exokgProperty("referenceNumber");
    public static final Property SECTION = exokgProperty("section");
    public static final Property START_OFFSET = exokgProperty("startOffset");
    public static final Property END_OFFSET = exokgProperty("endOffset");
    public static final Property OCCURRENCE_COUNT = exokgProperty("occurrenceCount");
    public static final Property POLARITY = exokgProperty("polarity");
    public static final Property HEDGED = exokgProperty("hedged");
    public static final Property HEDGE_CUE = exokgProperty("hedgeCue");
    public static final Property NEGATION_CUE = exokgProperty("negationCue");
    public static final Property SUBJECT_SCOPE = exokgProperty("subjectScope");
    public static final Property SUBJECT_QUALIFIER = exokgProperty("subjectQualifier");
    public static final Property CITES_REFERENCE = exokgProperty("citesReference");
    public static final Property HAS_EVIDENCE = exokgProperty("hasEvidence");
    public static final Property EXTRACTION_RULE = exokgProperty("extractionRule");
    /** True on a claim read from a Methods section (what the study did, not a finding); absent otherwise. */
    public static final Property METHODS_STATEMENT = exokgProperty("methodsStatement");
    public static final Property PREPARATION_NAME = exokgProperty("preparationName");

    // PROV-O
    public static final Resource PROV_ENTITY = ResourceFactory.createResource(PROV + "Entity");
    public static final Resource PROV_ACTIVITY = ResourceFactory.createResource(PROV + "Activity");
    public static final Resource PROV_SOFTWARE_AGENT = ResourceFactory.createResource(PROV + "SoftwareAgent");
    public static final Property PROV_USED = ResourceFactory.createProperty(PROV + "used");
    public static final Property PROV_WAS_ASSOCIATED_WITH = ResourceFactory.createProperty(PROV + "wasAssociatedWith");
    public static final Property PROV_WAS_DERIVED_FROM = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Property PROV_WAS_GENERATED_BY = ResourceFactory.createProperty(PROV + "wasGeneratedBy");

    // W3C Web Annotation
    public static final Resource OA_ANNOTATION = ResourceFactory.createResource(OA + "Annotation");
    public static final Resource OA_TEXT_POSITION_SELECTOR = ResourceFactory.createResource(OA + "TextPositionSelector");
    public static final Resource OA_TEXT_QUOTE_SELECTOR = ResourceFactory.createResource(OA + "TextQuoteSelector");
    public static final Property OA_HAS_BODY = ResourceFactory.createProperty(OA + "hasBody");
    public static final Property OA_HAS_TARGET = ResourceFactory.createProperty(OA + "hasTarget");
    public static final Property OA_HAS_SOURCE = ResourceFactory.createProperty(OA + "hasSource");
    public static final Property OA_HAS_SELECTOR = ResourceFactory.createProperty(OA + "hasSelector");
    public static final Property OA_START = ResourceFactory.createProperty(OA + "start");
    public static final Property OA_END = ResourceFactory.createProperty(OA + "end");
    public static final Property OA_EXACT = ResourceFactory.createProperty(OA + "exact");
    public static final Property OA_PREFIX = ResourceFactory.createProperty(OA + "prefix");
    public static final Property OA_SUFFIX = ResourceFactory.createProperty(OA + "suffix");

    private static Resource exokg(String local) {
        return ResourceFactory.createResource(ExoKg.NS + local);
    }

    private static Property exokgProperty(String local) {
        return ResourceFactory.createProperty(ExoKg.NS + local);
    }
}
