package org.exokg.ontology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.exokg.ExoKg;

/**
 * Keeps the SSSOM file and the ontology in step ({@code exokg mappings}): which SSSOM subjects the ontology
 * does not declare, and which xrefs of the ontology ({@code oboInOwl:hasDbXref}, {@code exokg:unverifiedDbXref})
 * have no mapping yet, drafted as SSSOM rows (exactMatch, to be reviewed by a curator: the predicate, and
 * whether a negative mapping is needed, are judgements the xref does not carry).
 */
public final class MappingDraft {

    static final String OBO_IN_OWL = "http://www.geneontology.org/formats/oboInOwl#";

    private final Model ontology;
    private final MappingSet sssom;
    private final VerifiedTerms verified;

    public MappingDraft(Model ontology, MappingSet sssom, VerifiedTerms verified) {
        this.ontology = ontology;
        this.sssom = sssom;
        this.verified = verified;
    }

    /** SSSOM subjects (CURIEs) that the ontology does not declare as a class or property. */
    public List<String> undeclaredSubjects() {
        Set<String> missing = new TreeSet<>();
        for (MappingSet.Mapping m : sssom.mappings()) {
            Resource term = ontology.createResource(sssom.expand(m.subjectId()));
            if (!(ontology.contains(term, RDF.type, OWL.Class) || ontology.contains(term, RDF.type, OWL.ObjectProperty)
                    || ontology.contains(term, RDF.type, OWL.DatatypeProperty))) {
                missing.add(m.subjectId());
            }
        }
        return List.copyOf(missing);
    }

    /** {@code oboInOwl:hasDbXref} values of the ontology that are not in verified-terms.tsv ("term CURIE"). */
    public List<String> plainXrefsNotVerified() {
        List<String> out = new ArrayList<>();
        for (Xref x : xrefs()) {
            if (x.plain() && !verified.isVerified(x.curie())) {
                out.add(x.subject() + " " + x.curie());
            }
        }
        return out;
    }

    /** {@code exokg:unverifiedDbXref} values that are verified now and can become plain xrefs. */
    public List<String> promotable() {
        List<String> out = new ArrayList<>();
        for (Xref x : xrefs()) {
            if (!x.plain() && verified.isVerified(x.curie())) {
                out.add(x.subject() + " " + x.curie() + " (" + verified.get(x.curie()).orElseThrow().label() + ")");
            }
        }
        return out;
    }

    /** Draft SSSOM rows (TSV lines, in the file's column order) for xrefs with no positive mapping yet. */
    public List<String> draftRows() {
        List<String> rows = new ArrayList<>();
        for (Xref x : xrefs()) {
            boolean mapped = sssom.mappings().stream().anyMatch(m -> m.subjectId().equals(x.subject())
                    && m.objectId().equals(x.curie()) && !m.negated());
            if (mapped) {
                continue;
            }
            boolean isVerified = verified.isVerified(x.curie());
            String objectLabel = isVerified ? verified.get(x.curie()).orElseThrow().label() : x.curie();
            String comment = (isVerified ? "" : "unverified ID (label not yet checked against the source ontology file). ")
                    + "Drafted from the ontology's xref: review the predicate.";
            List<String> values = new ArrayList<>();
            for (String column : sssom.columns()) {
                values.add(switch (column) {
                    case "subject_id" -> x.subject();
                    case "subject_label" -> x.label();
                    case "predicate_id" -> "skos:exactMatch";
                    case "object_id" -> x.curie();
                    case "object_label" -> objectLabel;
                    case "mapping_justification" -> "semapv:ManualMappingCuration";
                    case "confidence" -> isVerified ? "0.8" : "0.5";
                    case "exokg_verification" -> isVerified ? "verified" : "unverified";
                    case "comment" -> comment;
                    default -> "";
                });
            }
            rows.add(String.join("\t", values));
        }
        return rows;
    }

    record Xref(String subject, String label, String curie, boolean plain) {}

    private List<Xref> xrefs() {
        List<Xref> out = new ArrayList<>();
        Property plain = ontology.createProperty(OBO_IN_OWL + "hasDbXref");
        Property unverified = ontology.createProperty(ExoKg.NS + "unverifiedDbXref");
        for (Property p : List.of(plain, unverified)) {
            for (Statement s : ontology.listStatements(null, p, (RDFNode) null).toList()) {
                if (!s.getSubject().isURIResource() || !s.getSubject().getURI().startsWith(ExoKg.NS)
                        || !s.getObject().isLiteral()) {
                    continue;
                }
                String curie = s.getString().trim();
                if (!curie.matches("[A-Za-z][A-Za-z0-9_]*:[A-Za-z0-9_]+")
                        || !sssom.curieMap().containsKey(curie.substring(0, curie.indexOf(':')))) {
                    continue; // e.g. a URL or a prefix the mapping set does not cover
                }
                String subject = "exokg:" + s.getSubject().getURI().substring(ExoKg.NS.length());
                out.add(new Xref(subject, label(s.getSubject()), curie, p.equals(plain)));
            }
        }
        out.sort((a, b) -> (a.subject() + a.curie()).compareTo(b.subject() + b.curie()));
        return out;
    }

    private String label(Resource r) {
        String best = null;
        for (Statement s : r.listProperties(RDFS.label).toList()) {
            String lang = s.getLanguage().toLowerCase(Locale.ROOT);
            if (best == null || lang.equals("en")) {
                best = s.getString();
            }
        }
        return best == null ? r.getLocalName() : best;
    }
}
