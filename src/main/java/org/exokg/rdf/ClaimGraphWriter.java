package org.exokg.rdf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.exokg.ExoKg;
import org.exokg.claim.Claim;
import org.exokg.claim.SubjectScope;
import org.exokg.document.Document;
import org.exokg.document.DocumentFormat;
import org.exokg.document.DocumentMetadata;
import org.exokg.document.Reference;
import org.exokg.document.Section;
import org.exokg.document.Sentence;
import org.exokg.mention.Mention;
import org.exokg.rdf.DocumentExtraction.DistinctSentence;

import static org.exokg.rdf.GraphVocabulary.*;

/**
 * Writes one document's sentences and claims as the named graph of docs/graph-model.md.
 * Every IRI inside is derived from content (no blank nodes, no clock), so the same input gives
 * the identical graph and a store can replace a document's graph wholesale.
 */
public final class ClaimGraphWriter {

    /** Length of the text before and after a quote kept in the TextQuoteSelector. */
    static final int CONTEXT_CHARS = 32;

    private final String ontologyVersionIri;

    /** @param ontologyVersionIri the ontology release the lexicon came from, recorded as used; may be null */
    public ClaimGraphWriter(String ontologyVersionIri) {
        this.ontologyVersionIri = ontologyVersionIri;
    }

    public static Model newModelWithPrefixes() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("exokg", ExoKg.NS);
        m.setNsPrefix("exokgr", ExoKg.RESOURCE_NS);
        m.setNsPrefix("rdf", RDF.getURI());
        m.setNsPrefix("rdfs", RDFS.getURI());
        m.setNsPrefix("owl", OWL2.getURI());
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.setNsPrefix("dcterms", DCTerms.getURI());
        m.setNsPrefix("prov", PROV);
        m.setNsPrefix("oa", OA);
        return m;
    }

    public static String documentIri(String docId) {
        return ExoKg.RESOURCE_NS + "document/" + docId;
    }

    public static String sentenceIri(String docId, Sentence s) {
        return ExoKg.RESOURCE_NS + "sentence/" + ContentHash.of(docId, s.normalizedText());
    }

    public static String claimIri(String docId, Claim c) {
        return ExoKg.RESOURCE_NS + "claim/" + ContentHash.of(docId, c.subjectIri(), c.relation().iri(), c.objectIri(),
                c.negated() ? "negative" : "positive", String.valueOf(c.hedged()), String.valueOf(c.qualifierIri()),
                c.sentence().normalizedText());
    }

    public DocumentGraph write(Document doc, List<DistinctSentence> sentences, List<Mention> mentions, List<Claim> claims) {
        Model m = newModelWithPrefixes();
        String id = doc.id();
        String contentSha = ContentHash.sha256(doc.text());

        Resource document = m.createResource(documentIri(id))
                .addProperty(RDF.type, DOCUMENT)
                .addProperty(RDF.type, PROV_ENTITY)
                .addProperty(DCTerms.identifier, id);
        DocumentMetadata md = doc.metadata();
        document.addProperty(DCTerms.title, md.title() != null ? md.title() : doc.file().getFileName().toString());
        if (md.type() != null) {
            document.addProperty(DCTerms.type, m.createLiteral(md.type(), "en"));
        }
        document.addProperty(DCTerms.language, md.language() != null ? md.language() : "en");
        for (String creator : md.creators()) {
            document.addProperty(DCTerms.creator, creator);
        }
        if (md.year() != null) {
            document.addProperty(DCTerms.date, m.createTypedLiteral(md.year(), XSDDatatype.XSDgYear));
        }
        addIfPresent(document, PMID, md.pmid());
        addIfPresent(document, PMCID, md.pmcid());
        addIfPresent(document, DOI, md.doi());
        document.addProperty(DOCUMENT_FORMAT, doc.format().label());
        document.addProperty(CONTENT_SHA256, contentSha);
        document.addProperty(SOURCE_FILE_NAME, doc.file().getFileName().toString());
        document.addLiteral(SENTENCE_COUNT, integer(m, sentences.size()));
        if (doc.format() != DocumentFormat.TEXT) {
            document.addProperty(TEXT, doc.text()); // offsets index into this text, not into the XML
        }
        Set<String> terms = new TreeSet<>();
        mentions.forEach(x -> terms.add(x.iri()));
        terms.forEach(t -> document.addProperty(MENTIONS_TERM, m.createResource(t)));

        // References: the reference list, plus any number a marker cites without a list entry.
        Set<Integer> cited = new TreeSet<>();
        for (DistinctSentence s : sentences) {
            cited.addAll(s.first().referenceNumbers());
        }
        Set<Integer> listed = new TreeSet<>();
        for (Reference r : doc.references()) {
            if (listed.add(r.number())) {
                reference(m, id, r.number(), r.label());
            }
        }
        for (Integer n : cited) {
            if (!listed.contains(n)) {
                reference(m, id, n, "[" + n + "]");
            }
        }

        Resource software = m.createResource(ExoKg.RESOURCE_NS + "software/exokg/" + ExoKg.VERSION)
                .addProperty(RDF.type, PROV_SOFTWARE_AGENT)
                .addProperty(RDFS.label, "ExoKG extractor")
                .addProperty(OWL2.versionInfo, ExoKg.VERSION);
        Resource activity = m.createResource(ExoKg.RESOURCE_NS + "activity/extraction/" + id + "/" + contentSha.substring(0, 12))
                .addProperty(RDF.type, PROV_ACTIVITY)
                .addProperty(PROV_USED, document)
                .addProperty(PROV_WAS_ASSOCIATED_WITH, software);
        if (ontologyVersionIri != null) {
            activity.addProperty(PROV_USED, m.createResource(ontologyVersionIri));
        }

        // sentence IRIs by normalised text: a document's claims share their sentences (each IRI is a SHA-256)
        java.util.Map<String, String> sentenceIris = new java.util.HashMap<>();
        Graph g = m.getGraph();
        // the literal nodes of sentence offsets, made once per document (each claim's evidence repeats its sentence's)
        java.util.Map<Integer, Node> offsets = new java.util.HashMap<>();
        for (DistinctSentence ds : sentences) {
            Sentence s = ds.first();
            Node sentence = NodeFactory.createURI(sentenceIris.computeIfAbsent(s.normalizedText(), k -> sentenceIri(id, s)));
            g.add(sentence, TYPE, SENTENCE_NODE);
            g.add(sentence, RDF_VALUE, NodeFactory.createLiteralString(s.text()));
            g.add(sentence, IS_PART_OF, document.asNode());
            g.add(sentence, START_OFFSET_NODE, offsets.computeIfAbsent(s.start(), ClaimGraphWriter::integer));
            g.add(sentence, END_OFFSET_NODE, offsets.computeIfAbsent(s.end(), ClaimGraphWriter::integer));
            g.add(sentence, OCCURRENCE_COUNT_NODE, integer(ds.occurrences()));
            if (s.section() != null) {
                g.add(sentence, SECTION_NODE, NodeFactory.createLiteralString(s.section()));
            }
        }

        Set<String> written = new LinkedHashSet<>();
        for (Claim c : claims) {
            String iri = claimIri(id, c);
            if (!written.add(iri)) {
                continue;
            }
            claim(m, doc, c, iri, document, activity, sentenceIris, offsets);
        }
        return new DocumentGraph(id, ExoKg.documentGraph(id), m);
    }

    /**
     * One claim's triples, added to the graph under the model (no Resource or Statement objects per triple), in the
     * order the Model-level calls made them: the same graph, written out in the same order.
     */
    private void claim(Model m, Document doc, Claim c, String iri, Resource document, Resource activity,
            java.util.Map<String, String> sentenceIris, java.util.Map<Integer, Node> offsets) {
        String id = doc.id();
        Sentence s = c.sentence();
        Graph g = m.getGraph();
        Node subject = NodeFactory.createURI(c.subjectIri());
        Node object = NodeFactory.createURI(c.objectIri());
        Node predicate = NodeFactory.createURI(c.relation().iri());
        Node claim = NodeFactory.createURI(iri);
        Node documentNode = document.asNode();
        g.add(claim, TYPE, CLAIM_NODE);
        g.add(claim, RDF_SUBJECT, subject);
        g.add(claim, RDF_PREDICATE, predicate);
        g.add(claim, RDF_OBJECT, object);
        g.add(claim, POLARITY_NODE, c.negated() ? NEGATIVE_NODE : POSITIVE_NODE);
        g.add(claim, HEDGED_NODE, c.hedged() ? TRUE : FALSE);
        g.add(claim, SUBJECT_SCOPE_NODE, NodeFactory.createURI(c.scope().iri()));
        g.add(claim, SOURCE_NODE, documentNode);
        g.add(claim, DERIVED_FROM_NODE, NodeFactory.createURI(sentenceIris.computeIfAbsent(s.normalizedText(), k -> sentenceIri(id, s))));
        g.add(claim, RULE_NODE, NodeFactory.createLiteralString(c.rule()));
        g.add(claim, GENERATED_BY_NODE, activity.asNode());
        if (c.hedged()) {
            g.add(claim, HEDGE_CUE_NODE, NodeFactory.createLiteralString(c.hedgeCue()));
        }
        if (c.negated()) {
            g.add(claim, NEGATION_CUE_NODE, NodeFactory.createLiteralString(c.negationCue()));
        }
        boolean methods = Section.isMethods(s.section());
        if (methods) {
            // said in a Methods section: what the study did, not a finding (queries and reasoning skip it)
            g.add(claim, METHODS_NODE, TRUE);
        }
        if (c.scope() == SubjectScope.SPECIFIC && c.qualifierIri() != null) {
            g.add(claim, QUALIFIER_NODE, NodeFactory.createURI(c.qualifierIri()));
        }
        if (c.preparationName() != null) {
            g.add(claim, PREPARATION_NODE, NodeFactory.createLiteralString(c.preparationName()));
        }
        for (Integer n : s.referenceNumbers()) {
            g.add(claim, CITES_NODE, NodeFactory.createURI(referenceIri(id, n)));
        }

        String evidenceIri = ExoKg.RESOURCE_NS + "evidence/" + ContentHash.of(iri);
        Node evidence = NodeFactory.createURI(evidenceIri);
        g.add(claim, HAS_EVIDENCE_NODE, evidence);
        // Target and selectors get IRIs under the evidence rather than blank nodes: identical, not
        // merely isomorphic, graphs on re-extraction.
        Node position = NodeFactory.createURI(evidenceIri + "/position");
        g.add(position, TYPE, POSITION_SELECTOR_NODE);
        g.add(position, OA_START_NODE, offsets.computeIfAbsent(s.start(), ClaimGraphWriter::integer));
        g.add(position, OA_END_NODE, offsets.computeIfAbsent(s.end(), ClaimGraphWriter::integer));
        String text = doc.text();
        Node quote = NodeFactory.createURI(evidenceIri + "/quote");
        g.add(quote, TYPE, QUOTE_SELECTOR_NODE);
        g.add(quote, OA_EXACT_NODE, NodeFactory.createLiteralString(s.text()));
        g.add(quote, OA_PREFIX_NODE, NodeFactory.createLiteralString(text.substring(Math.max(0, s.start() - CONTEXT_CHARS), s.start())));
        g.add(quote, OA_SUFFIX_NODE, NodeFactory.createLiteralString(text.substring(s.end(), Math.min(text.length(), s.end() + CONTEXT_CHARS))));
        Node target = NodeFactory.createURI(evidenceIri + "/target");
        g.add(target, OA_HAS_SOURCE_NODE, documentNode);
        g.add(target, OA_HAS_SELECTOR_NODE, position);
        g.add(target, OA_HAS_SELECTOR_NODE, quote);
        g.add(evidence, TYPE, ANNOTATION_NODE);
        g.add(evidence, TYPE, EVIDENCE_NODE);
        g.add(evidence, OA_HAS_BODY_NODE, claim);
        g.add(evidence, OA_HAS_TARGET_NODE, target);

        if (!c.negated() && !methods) {
            // The fact itself, so that a plain pattern finds it and GRAPH ?g says where from.
            g.add(subject, predicate, object);
        }
    }

    // the nodes every claim uses, made once
    private static final Node TYPE = RDF.type.asNode();
    private static final Node SENTENCE_NODE = SENTENCE.asNode();
    private static final Node RDF_VALUE = RDF.value.asNode();
    private static final Node IS_PART_OF = DCTerms.isPartOf.asNode();
    private static final Node START_OFFSET_NODE = START_OFFSET.asNode();
    private static final Node END_OFFSET_NODE = END_OFFSET.asNode();
    private static final Node OCCURRENCE_COUNT_NODE = OCCURRENCE_COUNT.asNode();
    private static final Node SECTION_NODE = SECTION.asNode();
    private static final Node RDF_SUBJECT = RDF.subject.asNode();
    private static final Node RDF_PREDICATE = RDF.predicate.asNode();
    private static final Node RDF_OBJECT = RDF.object.asNode();
    private static final Node CLAIM_NODE = CLAIM.asNode();
    private static final Node POLARITY_NODE = POLARITY.asNode();
    private static final Node NEGATIVE_NODE = NEGATIVE_POLARITY.asNode();
    private static final Node POSITIVE_NODE = POSITIVE_POLARITY.asNode();
    private static final Node HEDGED_NODE = HEDGED.asNode();
    private static final Node TRUE = ResourceFactory.createTypedLiteral(true).asNode();
    private static final Node FALSE = ResourceFactory.createTypedLiteral(false).asNode();
    private static final Node SUBJECT_SCOPE_NODE = SUBJECT_SCOPE.asNode();
    private static final Node SOURCE_NODE = DCTerms.source.asNode();
    private static final Node DERIVED_FROM_NODE = PROV_WAS_DERIVED_FROM.asNode();
    private static final Node RULE_NODE = EXTRACTION_RULE.asNode();
    private static final Node GENERATED_BY_NODE = PROV_WAS_GENERATED_BY.asNode();
    private static final Node HEDGE_CUE_NODE = HEDGE_CUE.asNode();
    private static final Node NEGATION_CUE_NODE = NEGATION_CUE.asNode();
    private static final Node METHODS_NODE = METHODS_STATEMENT.asNode();
    private static final Node QUALIFIER_NODE = SUBJECT_QUALIFIER.asNode();
    private static final Node PREPARATION_NODE = PREPARATION_NAME.asNode();
    private static final Node CITES_NODE = CITES_REFERENCE.asNode();
    private static final Node HAS_EVIDENCE_NODE = HAS_EVIDENCE.asNode();
    private static final Node POSITION_SELECTOR_NODE = OA_TEXT_POSITION_SELECTOR.asNode();
    private static final Node OA_START_NODE = OA_START.asNode();
    private static final Node OA_END_NODE = OA_END.asNode();
    private static final Node QUOTE_SELECTOR_NODE = OA_TEXT_QUOTE_SELECTOR.asNode();
    private static final Node OA_EXACT_NODE = OA_EXACT.asNode();
    private static final Node OA_PREFIX_NODE = OA_PREFIX.asNode();
    private static final Node OA_SUFFIX_NODE = OA_SUFFIX.asNode();
    private static final Node OA_HAS_SOURCE_NODE = OA_HAS_SOURCE.asNode();
    private static final Node OA_HAS_SELECTOR_NODE = OA_HAS_SELECTOR.asNode();
    private static final Node ANNOTATION_NODE = OA_ANNOTATION.asNode();
    private static final Node EVIDENCE_NODE = EVIDENCE.asNode();
    private static final Node OA_HAS_BODY_NODE = OA_HAS_BODY.asNode();
    private static final Node OA_HAS_TARGET_NODE = OA_HAS_TARGET.asNode();

    private static void reference(Model m, String docId, int n, String label) {
        m.createResource(referenceIri(docId, n))
                .addProperty(RDF.type, BIBLIOGRAPHIC_REFERENCE)
                .addLiteral(REFERENCE_NUMBER, integer(m, n))
                .addProperty(DCTerms.isPartOf, m.createResource(documentIri(docId)))
                .addProperty(RDFS.label, label);
    }

    public static String referenceIri(String docId, int n) {
        return documentIri(docId) + "/reference/" + n;
    }

    private static void addIfPresent(Resource r, org.apache.jena.rdf.model.Property p, String value) {
        if (value != null && !value.isBlank()) {
            r.addProperty(p, value);
        }
    }

    /** The node of {@link #integer(Model, long)}. */
    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** xsd:integer, as Turtle writes bare numbers (Jena's int literals would be xsd:int). */
    private static Literal integer(Model m, long n) {
        // the lexical form and datatype that a BigInteger value gives, without looking the datatype up by value
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
