package org.exokg.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.exokg.ExoKg;
import org.exokg.ontology.Finding.Level;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAnnotation;
import org.semanticweb.owlapi.model.OWLAnnotationAssertionAxiom;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLLiteral;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.model.parameters.Imports;

/**
 * Checks an ontology the way a curator would before a release: HermiT consistency, unsatisfiable
 * classes and classification; the OWL 2 DL profile; and quality rules after ROBOT's {@code report}
 * (one English label, a definition, no duplicate labels, ontology metadata, well-formed
 * cross-references). Only entities in {@code namespace} are held to the label/definition rules:
 * external terms are declared for DL-ness but described in their own ontologies.
 */
public final class OntologyCheck {

    public static final IRI DEFINITION = IRI.create("http://purl.obolibrary.org/obo/IAO_0000115");
    public static final IRI HAS_DB_XREF = IRI.create("http://www.geneontology.org/formats/oboInOwl#hasDbXref");
    public static final IRI UNVERIFIED_DB_XREF = IRI.create(ExoKg.NS + "unverifiedDbXref");
    private static final IRI DC_TITLE = IRI.create("http://purl.org/dc/terms/title");
    private static final IRI DC_DESCRIPTION = IRI.create("http://purl.org/dc/terms/description");
    private static final IRI DC_LICENSE = IRI.create("http://purl.org/dc/terms/license");

    /** A CURIE such as GO:0000178, NCBITaxon:9913 or CHEBI:28748. */
    private static final Pattern CURIE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*:[A-Za-z0-9_]+");

    private final String namespace;

    public OntologyCheck(String namespace) {
        this.namespace = namespace;
    }

    public OntologyCheck() {
        this(ExoKg.NS);
    }

    public OntologyReport check(OWLOntology ontology) {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            return check(ontology, reasoner);
        } finally {
            reasoner.dispose();
        }
    }

    /**
     * The same check with a HermiT reasoner the caller made over {@code ontology} and keeps (classified by
     * this call when the ontology is consistent), so that a caller who reasons further classifies once.
     */
    public OntologyReport check(OWLOntology ontology, OWLReasoner reasoner) {
        return check(ontology, reasoner, false);
    }

    /**
     * Checks the ontology merged with its import modules and mapping equivalences ({@link OntologyMerge}), as an
     * integrator would load it: OWL 2 DL, HermiT consistency and unsatisfiable classes over the whole merge, and,
     * as ROBOT's report does, labels across every entity of the merge (an external term with two labels, or two
     * terms with the same label, is an error). The merge has no metadata of its own, so that is not checked.
     */
    public OntologyReport checkMerge(OWLOntology merged) {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(merged);
        try {
            return check(merged, reasoner, true);
        } finally {
            reasoner.dispose();
        }
    }

    private OntologyReport check(OWLOntology ontology, OWLReasoner reasoner, boolean merge) {
        List<Finding> findings = new ArrayList<>();
        checkProfile(ontology, findings);
        if (merge) {
            checkLabelsOfEveryEntity(ontology, findings);
        } else {
            checkOntologyMetadata(ontology, findings);
        }
        checkEntities(ontology, findings);

        long start = System.nanoTime();
        List<String> unsatisfiable = List.of();
        boolean consistent = reasoner.isConsistent();
        if (consistent) {
            reasoner.precomputeInferences(InferenceType.CLASS_HIERARCHY, InferenceType.CLASS_ASSERTIONS);
            unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom().stream()
                    .map(c -> c.getIRI().toString()).sorted().toList();
        } else {
            findings.add(new Finding(Level.ERROR, "inconsistent_ontology",
                    ontologyIri(ontology), "HermiT finds the ontology inconsistent"));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (String iri : unsatisfiable) {
            findings.add(new Finding(Level.ERROR, "unsatisfiable_class", iri,
                    "HermiT finds this class unsatisfiable (equivalent to owl:Nothing)"));
        }
        findings.sort(Comparator.comparing(Finding::level).thenComparing(Finding::rule)
                .thenComparing(Finding::subject));
        return new OntologyReport(
                ontology.getClassesInSignature(Imports.EXCLUDED).size(),
                ontology.getObjectPropertiesInSignature(Imports.EXCLUDED).size(),
                ontology.getDataPropertiesInSignature(Imports.EXCLUDED).size(),
                ontology.getAnnotationPropertiesInSignature(Imports.EXCLUDED).size(),
                ontology.getIndividualsInSignature(Imports.EXCLUDED).size(),
                ontology.getAxiomCount(), ontology.getLogicalAxiomCount(),
                consistent, unsatisfiable, millis, List.copyOf(findings));
    }

    private void checkProfile(OWLOntology ontology, List<Finding> findings) {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        for (OWLProfileViolation v : report.getViolations()) {
            String subject;
            try {
                subject = v.getAxiom() == null ? ontologyIri(ontology) : v.getAxiom().toString();
            } catch (IllegalStateException noAxiom) {
                subject = ontologyIri(ontology); // a violation of the ontology as a whole (e.g. its header)
            }
            findings.add(new Finding(Level.ERROR, "owl2_dl_profile", subject,
                    v.getClass().getSimpleName() + ": " + oneLine(v.toString())));
        }
    }

    private void checkOntologyMetadata(OWLOntology ontology, List<Finding> findings) {
        Set<IRI> present = ontology.getAnnotations().stream()
                .map(a -> a.getProperty().getIRI()).collect(Collectors.toSet());
        String iri = ontologyIri(ontology);
        if (!present.contains(DC_TITLE)) {
            findings.add(new Finding(Level.ERROR, "missing_ontology_title", iri, "no dcterms:title"));
        }
        if (!present.contains(DC_DESCRIPTION)) {
            findings.add(new Finding(Level.ERROR, "missing_ontology_description", iri, "no dcterms:description"));
        }
        if (!present.contains(DC_LICENSE)) {
            findings.add(new Finding(Level.ERROR, "missing_ontology_license", iri, "no dcterms:license"));
        }
        if (ontology.getOntologyID().getVersionIRI().isEmpty()) {
            findings.add(new Finding(Level.WARN, "missing_version_iri", iri, "no owl:versionIRI"));
        }
    }

    private void checkEntities(OWLOntology ontology, List<Finding> findings) {
        Map<String, List<String>> byLabel = new HashMap<>();
        int unverified = 0;
        for (OWLEntity entity : ontology.getSignature(Imports.EXCLUDED)) {
            String iri = entity.getIRI().toString();
            if (!iri.startsWith(namespace) || entity.isBuiltIn()) {
                continue;
            }
            List<OWLAnnotationAssertionAxiom> annotations =
                    ontology.getAnnotationAssertionAxioms(entity.getIRI()).stream().toList();
            List<String> labels = literals(annotations, IRI.create("http://www.w3.org/2000/01/rdf-schema#label"));
            List<String> definitions = literals(annotations, DEFINITION);
            if (labels.isEmpty()) {
                findings.add(new Finding(Level.ERROR, "missing_label", iri, "no rdfs:label"));
            } else if (labels.size() > 1) {
                findings.add(new Finding(Level.ERROR, "multiple_labels", iri, "labels " + labels));
            }
            for (String label : labels) {
                if (!label.equals(label.strip()) || label.contains("  ")) {
                    findings.add(new Finding(Level.WARN, "label_whitespace", iri, "label '" + label + "'"));
                }
                byLabel.computeIfAbsent(label.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(iri);
            }
            if (definitions.isEmpty()) {
                findings.add(new Finding(Level.ERROR, "missing_definition", iri, "no IAO:0000115 definition"));
            } else if (definitions.size() > 1) {
                findings.add(new Finding(Level.ERROR, "multiple_definitions", iri,
                        definitions.size() + " definitions"));
            }
            for (OWLAnnotationAssertionAxiom ax : annotations) {
                IRI p = ax.getProperty().getIRI();
                if (p.equals(HAS_DB_XREF) || p.equals(UNVERIFIED_DB_XREF)) {
                    String value = ax.getValue().asLiteral().map(OWLLiteral::getLiteral).orElse("");
                    if (!CURIE.matcher(value).matches()) {
                        findings.add(new Finding(Level.ERROR, "invalid_xref", iri,
                                "cross-reference '" + value + "' is not a CURIE like GO:0000178"));
                    }
                    if (p.equals(UNVERIFIED_DB_XREF)) {
                        unverified++;
                    }
                }
            }
        }
        byLabel.forEach((label, iris) -> {
            if (iris.size() > 1) {
                for (String iri : iris) {
                    findings.add(new Finding(Level.ERROR, "duplicate_label", iri,
                            "label '" + label + "' also used by " + iris.stream().filter(o -> !o.equals(iri)).toList()));
                }
            }
        });
        if (unverified > 0) {
            findings.add(new Finding(Level.INFO, "unverified_xref", ontologyIri(ontology),
                    unverified + " cross-references not yet checked against their source ontology"));
        }
    }

    /** ROBOT's duplicate_label and multiple_labels over every entity, external ones included. */
    private void checkLabelsOfEveryEntity(OWLOntology ontology, List<Finding> findings) {
        IRI rdfsLabel = IRI.create("http://www.w3.org/2000/01/rdf-schema#label");
        Map<String, List<String>> byLabel = new HashMap<>();
        for (OWLEntity entity : ontology.getSignature(Imports.EXCLUDED)) {
            String iri = entity.getIRI().toString();
            if (entity.isBuiltIn() || iri.startsWith(namespace)) {
                continue; // ExoKG's own terms get the stricter checks of checkEntities
            }
            Map<String, List<String>> byLanguage = new HashMap<>();
            for (OWLAnnotationAssertionAxiom ax : ontology.getAnnotationAssertionAxioms(entity.getIRI())) {
                if (ax.getProperty().getIRI().equals(rdfsLabel) && ax.getValue().asLiteral().isPresent()) {
                    OWLLiteral l = ax.getValue().asLiteral().get();
                    byLanguage.computeIfAbsent(l.getLang(), k -> new ArrayList<>()).add(l.getLiteral());
                    byLabel.computeIfAbsent(l.getLiteral() + "@" + l.getLang(), k -> new ArrayList<>()).add(iri);
                }
            }
            byLanguage.forEach((lang, labels) -> {
                if (labels.size() > 1) {
                    findings.add(new Finding(Level.ERROR, "multiple_labels", iri, "labels " + labels));
                }
            });
        }
        // ExoKG's own labels take part in the comparison with the external ones
        for (OWLEntity entity : ontology.getSignature(Imports.EXCLUDED)) {
            if (entity.getIRI().toString().startsWith(namespace)) {
                for (OWLAnnotationAssertionAxiom ax : ontology.getAnnotationAssertionAxioms(entity.getIRI())) {
                    if (ax.getProperty().getIRI().equals(rdfsLabel) && ax.getValue().asLiteral().isPresent()) {
                        OWLLiteral l = ax.getValue().asLiteral().get();
                        byLabel.computeIfAbsent(l.getLiteral() + "@" + l.getLang(), k -> new ArrayList<>())
                                .add(entity.getIRI().toString());
                    }
                }
            }
        }
        byLabel.forEach((label, iris) -> {
            List<String> distinct = iris.stream().distinct().sorted().toList();
            if (distinct.size() > 1 && distinct.stream().anyMatch(i -> !i.startsWith(namespace))) {
                for (String iri : distinct) {
                    findings.add(new Finding(Level.ERROR, "duplicate_label", iri, "label '" + label.replaceAll("@$", "")
                            + "' also used by " + distinct.stream().filter(o -> !o.equals(iri)).toList()));
                }
            }
        });
    }

    private static List<String> literals(List<OWLAnnotationAssertionAxiom> axioms, IRI property) {
        return axioms.stream()
                .filter(ax -> ax.getProperty().getIRI().equals(property))
                .map(OWLAnnotationAssertionAxiom::getAnnotation)
                .map(OWLAnnotation::getValue)
                .map(v -> v.asLiteral().map(OWLLiteral::getLiteral).orElse(v.toString()))
                .toList();
    }

    private static String ontologyIri(OWLOntology ontology) {
        return ontology.getOntologyID().getOntologyIRI().map(IRI::toString).orElse("(anonymous ontology)");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
