package org.exokg.rdf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
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
        return withPrefixes(ModelFactory.createDefaultModel());
    }

    /**
     * An empty document graph: unindexed (a document graph is written once, then read whole), with the usual prefixes.
     */
    public static Model newDocumentModel() {
        return withPrefixes(ModelFactory.createModelForGraph(new UnindexedGraph()));
    }

    private static Model withPrefixes(Model m) {
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
        Model m = newDocumentModel();
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
        for (DistinctSentence ds : sentences) {
            Sentence s = ds.first();
            Resource sentence = m.createResource(sentenceIris.computeIfAbsent(s.normalizedText(), k -> sentenceIri(id, s)))
                    .addProperty(RDF.type, SENTENCE)
                    .addProperty(RDF.value, s.text())
                    .addProperty(DCTerms.isPartOf, document)
                    .addLiteral(START_OFFSET, integer(m, s.start()))
                    .addLiteral(END_OFFSET, integer(m, s.end()))
                    .addLiteral(OCCURRENCE_COUNT, integer(m, ds.occurrences()));
            if (s.section() != null) {
                sentence.addProperty(SECTION, s.section());
            }
        }

        Set<String> written = new LinkedHashSet<>();
        for (Claim c : claims) {
            String iri = claimIri(id, c);
            if (!written.add(iri)) {
                continue;
            }
            claim(m, doc, c, iri, document, activity, sentenceIris);
        }
        return new DocumentGraph(id, ExoKg.documentGraph(id), m);
    }

    private void claim(Model m, Document doc, Claim c, String iri, Resource document, Resource activity,
            java.util.Map<String, String> sentenceIris) {
        String id = doc.id();
        Sentence s = c.sentence();
        Resource subject = m.createResource(c.subjectIri());
        Resource object = m.createResource(c.objectIri());
        Resource claim = m.createResource(iri)
                .addProperty(RDF.type, CLAIM)
                .addProperty(RDF.subject, subject)
                .addProperty(RDF.predicate, m.createProperty(c.relation().iri()))
                .addProperty(RDF.object, object)
                .addProperty(POLARITY, c.negated() ? NEGATIVE_POLARITY : POSITIVE_POLARITY)
                .addLiteral(HEDGED, m.createTypedLiteral(c.hedged()))
                .addProperty(SUBJECT_SCOPE, m.createResource(c.scope().iri()))
                .addProperty(DCTerms.source, document)
                .addProperty(PROV_WAS_DERIVED_FROM, m.createResource(sentenceIris.computeIfAbsent(s.normalizedText(), k -> sentenceIri(id, s))))
                .addProperty(EXTRACTION_RULE, c.rule())
                .addProperty(PROV_WAS_GENERATED_BY, activity);
        if (c.hedged()) {
            claim.addProperty(HEDGE_CUE, c.hedgeCue());
        }
        if (c.negated()) {
            claim.addProperty(NEGATION_CUE, c.negationCue());
        }
        boolean methods = Section.isMethods(s.section());
        if (methods) {
            // said in a Methods section: what the study did, not a finding (queries and reasoning skip it)
            claim.addLiteral(METHODS_STATEMENT, m.createTypedLiteral(true));
        }
        if (c.scope() == SubjectScope.SPECIFIC && c.qualifierIri() != null) {
            claim.addProperty(SUBJECT_QUALIFIER, m.createResource(c.qualifierIri()));
        }
        if (c.preparationName() != null) {
            claim.addProperty(PREPARATION_NAME, c.preparationName());
        }
        for (Integer n : s.referenceNumbers()) {
            claim.addProperty(CITES_REFERENCE, m.createResource(referenceIri(id, n)));
        }

        String evidenceIri = ExoKg.RESOURCE_NS + "evidence/" + ContentHash.of(iri);
        Resource evidence = m.createResource(evidenceIri);
        claim.addProperty(HAS_EVIDENCE, evidence);
        // Target and selectors get IRIs under the evidence rather than blank nodes: identical, not
        // merely isomorphic, graphs on re-extraction.
        Resource position = m.createResource(evidenceIri + "/position")
                .addProperty(RDF.type, OA_TEXT_POSITION_SELECTOR)
                .addLiteral(OA_START, integer(m, s.start()))
                .addLiteral(OA_END, integer(m, s.end()));
        String text = doc.text();
        Resource quote = m.createResource(evidenceIri + "/quote")
                .addProperty(RDF.type, OA_TEXT_QUOTE_SELECTOR)
                .addProperty(OA_EXACT, s.text())
                .addProperty(OA_PREFIX, text.substring(Math.max(0, s.start() - CONTEXT_CHARS), s.start()))
                .addProperty(OA_SUFFIX, text.substring(s.end(), Math.min(text.length(), s.end() + CONTEXT_CHARS)));
        Resource target = m.createResource(evidenceIri + "/target")
                .addProperty(OA_HAS_SOURCE, document)
                .addProperty(OA_HAS_SELECTOR, position)
                .addProperty(OA_HAS_SELECTOR, quote);
        evidence.addProperty(RDF.type, OA_ANNOTATION)
                .addProperty(RDF.type, EVIDENCE)
                .addProperty(OA_HAS_BODY, claim)
                .addProperty(OA_HAS_TARGET, target);

        if (!c.negated() && !methods) {
            // The fact itself, so that a plain pattern finds it and GRAPH ?g says where from.
            subject.addProperty(m.createProperty(c.relation().iri()), object);
        }
    }

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

    /** xsd:integer, as Turtle writes bare numbers (Jena's int literals would be xsd:int). */
    private static Literal integer(Model m, long n) {
        // the lexical form and datatype that a BigInteger value gives, without looking the datatype up by value
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
