package org.exokg.ontology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.util.NodeCmp;
import org.exokg.ExoKg;

/**
 * Generates the import modules {@code ontology/imports/*.ttl} from {@code verified-terms.tsv} and the SSSOM
 * file: for each external ontology, the terms ExoKG maps to (and their parents), with label, definition
 * and parent where the source file gave them, and their verification status; plus {@code mappings.ttl}
 * with the mappings themselves as SKOS triples (negative ones as {@code exokgm:notMatch}).
 *
 * <p>The output is a pure function of the two input files, written with sorted triples, so the committed
 * files can be checked for being up to date ({@code exokg imports --check}, and a test).
 */
public final class ImportModuleWriter {

    public static final String IMPORTS_DIR = "ontology/imports";
    public static final String SSSOM_FILE = "ontology/mappings/exokg.sssom.tsv";

    /** Namespace of the few mapping-specific properties (not ontology terms). */
    public static final String MAPPINGS_NS = "https://w3id.org/exokg/mappings/";
    static final String OBO = "http://purl.obolibrary.org/obo/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String OWL = "http://www.w3.org/2002/07/owl#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String OBO_IN_OWL = "http://www.geneontology.org/formats/oboInOwl#";

    /**
     * Ontologies ExoKG only cross-references, without an import module. MONDO is the disease ontology ExoKG
     * imports; DOID names the same diseases under other IRIs with the same labels (DOID:162 and MONDO:0004992
     * are both "cancer"), so importing both gives a merge with duplicate labels. DOID IDs stay in the SSSOM file
     * and in mappings.ttl, as MONDO itself keeps them as cross-references.
     */
    public static final Set<String> CROSS_REFERENCE_ONLY = Set.of("DOID");

    /** Relations among the verified terms (declared as object properties, not classes). */
    private static final Set<String> BFO_RELATIONS = Set.of("BFO:0000050", "BFO:0000051");

    /** Vocabularies whose terms the graph uses as values (not as mapping targets): all their verified terms are imported. */
    private static final Set<String> VALUE_VOCABULARIES = Set.of("UO");

    private final VerifiedTerms verified;
    private final MappingSet mappings;
    private final SourceAxioms sourceAxioms;

    public ImportModuleWriter(VerifiedTerms verified, MappingSet mappings) {
        this(verified, mappings, new SourceAxioms(List.of()));
    }

    public ImportModuleWriter(VerifiedTerms verified, MappingSet mappings, SourceAxioms sourceAxioms) {
        this.verified = verified;
        this.mappings = mappings;
        this.sourceAxioms = sourceAxioms;
    }

    public static ImportModuleWriter fromProject(Path projectDir) throws IOException {
        return new ImportModuleWriter(VerifiedTerms.read(projectDir.resolve(VerifiedTerms.FILE)),
                MappingSet.read(projectDir.resolve(SSSOM_FILE)), SourceAxioms.read(projectDir.resolve(SourceAxioms.FILE)));
    }

    /** File name (e.g. {@code go_import.ttl}) to Turtle text, for every module. */
    public Map<String, String> modules() {
        Map<String, List<Triple>> byModule = new TreeMap<>();
        Map<String, String> externalLabels = new TreeMap<>();
        for (MappingSet.Mapping m : mappings.mappings()) {
            externalLabels.putIfAbsent(m.objectId(), m.get("object_label"));
        }
        // the terms of the source axioms, with the labels given there (a mapping's label, if any, comes first)
        Map<String, String> axiomLabels = new TreeMap<>();
        for (SourceAxioms.Axiom a : sourceAxioms.axioms()) {
            axiomLabels.putIfAbsent(a.subject(), a.subjectLabel());
            axiomLabels.putIfAbsent(a.object(), a.objectLabel());
        }
        axiomLabels.forEach(externalLabels::putIfAbsent);
        // every object of a mapping, every term of a source axiom, and the parents of the verified ones used
        Set<String> used = new TreeSet<>(externalLabels.keySet());
        // units (UO) are values of exokg:unit in the data, not targets of mappings: every verified one is used
        verified.byCurie().keySet().stream().filter(c -> VALUE_VOCABULARIES.contains(c.substring(0, c.indexOf(':'))))
                .forEach(used::add);
        List<String> todo = new ArrayList<>(used);
        while (!todo.isEmpty()) {
            String curie = todo.remove(todo.size() - 1);
            verified.get(curie).filter(t -> !t.parent().isEmpty()).ifPresent(t -> {
                if (used.add(t.parent())) {
                    todo.add(t.parent());
                }
            });
        }
        used.removeIf(curie -> CROSS_REFERENCE_ONLY.contains(curie.substring(0, curie.indexOf(':'))));
        for (String curie : used) {
            String prefix = curie.substring(0, curie.indexOf(':'));
            List<Triple> triples = byModule.computeIfAbsent(prefix.toLowerCase(Locale.ROOT) + "_import.ttl",
                    k -> new ArrayList<>(moduleHeader(prefix)));
            triples.addAll(term(curie, externalLabels.get(curie)));
        }
        for (SourceAxioms.Axiom a : sourceAxioms.axioms()) {
            String prefix = a.subject().substring(0, a.subject().indexOf(':'));
            Node s = iri(expand(a.subject()));
            Node o = iri(expand(a.object()));
            boolean relation = a.subject().startsWith("RO:") || BFO_RELATIONS.contains(a.subject());
            String predicate = a.isA() ? (relation ? RDFS + "subPropertyOf" : RDFS + "subClassOf")
                    : (relation ? OWL + "propertyDisjointWith" : OWL + "disjointWith");
            byModule.get(prefix.toLowerCase(Locale.ROOT) + "_import.ttl").add(t(s, predicate, o));
        }
        Map<String, String> files = new LinkedHashMap<>();
        byModule.forEach((name, triples) -> files.put(name, turtle(triples,
                "Import module of " + name.substring(0, name.indexOf('_')).toUpperCase(Locale.ROOT)
                        + " terms used by ExoKG. GENERATED by `exokg imports` from " + VerifiedTerms.FILE + " and "
                        + SSSOM_FILE + ": edit those, not this file.")));
        files.put("mappings.ttl", turtle(mappingTriples(),
                "ExoKG mappings as RDF (SKOS; negative mappings as exokgm:notMatch). GENERATED by `exokg imports` from "
                        + SSSOM_FILE + ": edit that, not this file."));
        return files;
    }

    /** Writes the modules into {@code dir}; returns the names written. */
    public List<String> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> e : modules().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            written.add(e.getKey());
        }
        return written;
    }

    /** Names of modules in {@code dir} that are missing or differ from what would be generated now. */
    public List<String> outdated(Path dir) throws IOException {
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> e : modules().entrySet()) {
            Path f = dir.resolve(e.getKey());
            if (!Files.isRegularFile(f) || !Files.readString(f, StandardCharsets.UTF_8).equals(e.getValue())) {
                stale.add(e.getKey());
            }
        }
        return stale;
    }

    private List<Triple> moduleHeader(String prefix) {
        Node module = iri(ExoKg.NS + "imports/" + prefix.toLowerCase(Locale.ROOT) + "_import");
        Node annotationProperty = iri(OWL + "AnnotationProperty");
        return List.of(
                // the annotation properties the module uses, declared so that it is OWL 2 DL on its own
                t(iri(DCTERMS + "source"), RDF + "type", annotationProperty),
                t(iri(OBO_IN_OWL + "id"), RDF + "type", annotationProperty),
                t(iri(OBO + "IAO_0000115"), RDF + "type", annotationProperty),
                t(iri(MAPPINGS_NS + "verificationStatus"), RDF + "type", annotationProperty),
                t(module, RDF + "type", iri(OWL + "Ontology")),
                t(module, RDFS + "label", lit("ExoKG import module: " + prefix + " terms")),
                t(module, DCTERMS + "source", iri(OBO + prefix.toLowerCase(Locale.ROOT) + ".owl")),
                t(module, RDFS + "comment", lit("Only the " + prefix + " terms ExoKG maps to, with label, definition and "
                        + "parent where the source ontology file was read (ontology/mappings/verified-terms.tsv). Terms "
                        + "with exokgm:verificationStatus \"unverified\" have a label from the mapping file that was not "
                        + "checked against the source.")));
    }

    private List<Triple> term(String curie, String mappingLabel) {
        List<Triple> out = new ArrayList<>();
        Node s = iri(expand(curie));
        boolean relation = curie.startsWith("RO:") || BFO_RELATIONS.contains(curie);
        out.add(t(s, RDF + "type", iri(OWL + (relation ? "ObjectProperty" : "Class"))));
        out.add(t(s, OBO_IN_OWL + "id", lit(curie)));
        VerifiedTerms.Term v = verified.byCurie().get(curie);
        if (v != null) {
            out.add(t(s, RDFS + "label", lit(v.label())));
            out.add(t(s, MAPPINGS_NS + "verificationStatus", lit("verified")));
            out.add(t(s, DCTERMS + "source", iri(v.source())));
            if (!v.definition().isEmpty()) {
                out.add(t(s, OBO + "IAO_0000115", lit(v.definition())));
            }
            if (!v.parent().isEmpty()) {
                out.add(t(s, relation ? RDFS + "subPropertyOf" : RDFS + "subClassOf", iri(expand(v.parent()))));
            }
        } else if (mappingLabel == null && parentOf(curie) != null) {
            // only here as a parent: its label is the one the child's "is_a: X ! label" line gave, in the source file;
            // that verifies it only when the file is the parent's own ontology's (a CL file naming a UBERON parent is
            // a copy of UBERON's label)
            VerifiedTerms.Term child = parentOf(curie);
            boolean ownOntology = prefixOf(child.curie()).equals(prefixOf(curie));
            out.add(t(s, RDFS + "label", lit(child.parentLabel())));
            out.add(t(s, MAPPINGS_NS + "verificationStatus", lit(ownOntology ? "verified" : "unverified")));
            if (ownOntology) {
                out.add(t(s, DCTERMS + "source", iri(child.source())));
            }
        } else if (readIn(curie) != null) {
            // not in verified-terms.tsv, but its label was read with a source axiom that names it
            SourceAxioms.Axiom a = readIn(curie);
            out.add(t(s, RDFS + "label", lit(a.subject().equals(curie) ? a.subjectLabel() : a.objectLabel())));
            out.add(t(s, MAPPINGS_NS + "verificationStatus", lit("verified")));
            out.add(t(s, DCTERMS + "source", iri(a.source())));
        } else {
            out.add(t(s, RDFS + "label", lit(mappingLabel == null || mappingLabel.isEmpty() ? curie : mappingLabel)));
            out.add(t(s, MAPPINGS_NS + "verificationStatus", lit("unverified")));
        }
        return out;
    }

    /** The first source axiom read in a source file that names {@code curie}, if any. */
    private SourceAxioms.Axiom readIn(String curie) {
        return sourceAxioms.axioms().stream().filter(SourceAxioms.Axiom::read)
                .filter(a -> a.subject().equals(curie) || a.object().equals(curie)).findFirst().orElse(null);
    }

    private static String prefixOf(String curie) {
        return curie.substring(0, curie.indexOf(':'));
    }

    /** A verified term whose parent is {@code curie} and names it, if any (first in CURIE order). */
    private VerifiedTerms.Term parentOf(String curie) {
        return verified.byCurie().values().stream()
                .filter(t -> t.parent().equals(curie) && !t.parentLabel().isEmpty())
                .min(Comparator.comparing(VerifiedTerms.Term::curie)).orElse(null);
    }

    private List<Triple> mappingTriples() {
        List<Triple> out = new ArrayList<>();
        Node notMatch = iri(MAPPINGS_NS + "notMatch");
        Node status = iri(MAPPINGS_NS + "verificationStatus");
        out.add(t(notMatch, RDF + "type", iri(OWL + "AnnotationProperty")));
        out.add(t(notMatch, RDFS + "label", lit("not a match")));
        out.add(t(notMatch, RDFS + "comment", lit("A negative mapping (SSSOM predicate_modifier Not): the subject is NOT "
                + "the object, although their names invite confusion.")));
        out.add(t(status, RDF + "type", iri(OWL + "AnnotationProperty")));
        out.add(t(status, RDFS + "label", lit("verification status")));
        out.add(t(status, RDFS + "comment", lit("\"verified\" when the external ID's label was seen next to it in the "
                + "source ontology file (ontology/mappings/verified-terms.tsv), else \"unverified\".")));
        for (MappingSet.Mapping m : mappings.mappings()) {
            Node s = iri(expand(m.subjectId()));
            Node o = iri(expand(m.objectId()));
            out.add(t(s, m.negated() ? MAPPINGS_NS + "notMatch" : expand(m.predicateId()), o));
        }
        return out;
    }

    /** Expands with the SSSOM prefix map, or, for an OBO ontology's prefix missing from it, the OBO PURL. */
    private String expand(String curie) {
        String prefix = curie.substring(0, Math.max(0, curie.indexOf(':')));
        if (!mappings.curieMap().containsKey(prefix) && prefix.matches("[A-Z][A-Za-z]*")) {
            return OBO + prefix + "_" + curie.substring(curie.indexOf(':') + 1);
        }
        return mappings.expand(curie);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node lit(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static Triple t(Node s, String p, Node o) {
        return Triple.create(s, NodeFactory.createURI(p), o);
    }

    /** Sorted, de-duplicated triples as Turtle in subject blocks (stable from run to run). */
    private String turtle(List<Triple> triples, String comment) {
        List<Triple> sorted = new ArrayList<>(new TreeSet<>(comparator()) {{ addAll(triples); }});
        // a fixed prefix order (a hash map would make the header order depend on the JVM)
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("exokg", ExoKg.NS);
        prefixes.put("exokgm", MAPPINGS_NS);
        prefixes.put("obo", OBO);
        prefixes.put("oboInOwl", OBO_IN_OWL);
        prefixes.put("rdf", RDF);
        prefixes.put("rdfs", RDFS);
        prefixes.put("owl", OWL);
        prefixes.put("skos", SKOS);
        prefixes.put("dcterms", DCTERMS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF w = StreamRDFWriter.getWriterStream(bytes, RDFFormat.TURTLE_BLOCKS);
        w.start();
        prefixes.forEach(w::prefix);
        sorted.forEach(w::triple);
        w.finish();
        return "# " + comment + "\n" + bytes.toString(StandardCharsets.UTF_8);
    }

    private static Comparator<Triple> comparator() {
        return Comparator.<Triple, Node>comparing(Triple::getSubject, NodeCmp::compareRDFTerms)
                .thenComparing(Triple::getPredicate, NodeCmp::compareRDFTerms)
                .thenComparing(Triple::getObject, NodeCmp::compareRDFTerms);
    }
}
