package org.exokg.mention;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.exokg.ExoKg;

/**
 * The extractor's dictionary, built from the ontology: every class (or individual) under one
 * of the top-level branches, with its labels and synonyms. The class hierarchy decides a
 * term's type; nothing about particular terms is hard-coded here.
 */
public final class Lexicon {

    private static final String OBO_IN_OWL = "http://www.geneontology.org/formats/oboInOwl#";

    /**
     * Label properties and their rank when two terms share a key (lower wins): a preferred
     * label beats an exact synonym beats a narrow one. Related and broad synonyms are not
     * used: they do not mean the same thing.
     */
    private static final Map<String, Integer> LABEL_PROPERTIES = Map.of(
            RDFS.label.getURI(), 0,
            SKOS.prefLabel.getURI(), 0,
            OBO_IN_OWL + "hasExactSynonym", 1,
            SKOS.altLabel.getURI(), 1,
            ExoKg.NS + "abbreviation", 1,
            SKOS.hiddenLabel.getURI(), 2,
            OBO_IN_OWL + "hasNarrowSynonym", 2);

    /** One way of naming a term. */
    public record Entry(Term term, String label, String key, int rank) {}

    /** Names of a class's members that follow a numbering scheme ("miR-21", "IL-6"): a pattern, not a list. */
    public record NamePattern(Term term, java.util.regex.Pattern pattern) {}

    private static final String NAME_PATTERN = ExoKg.NS + "namePattern";

    private final Map<String, Term> terms;
    private final Map<String, List<Entry>> entriesByKey;
    private final Map<String, Set<String>> ancestors;
    private final Map<String, Set<String>> definingSources;
    private final Map<String, Set<String>> impliedSources;
    private final String ontologyVersionIri;
    private final List<NamePattern> namePatterns;
    /** (branch binomials) The terms with a species' binomial among their labels (see addBinomialShortForms). */
    private final Set<String> withBinomial = new HashSet<>();

    private Lexicon(Map<String, Term> terms, Map<String, List<Entry>> entriesByKey,
            Map<String, Set<String>> ancestors, Map<String, Set<String>> definingSources,
            Map<String, Set<String>> restrictedSources, String ontologyVersionIri, List<NamePattern> namePatterns) {
        this.namePatterns = namePatterns;
        this.terms = terms;
        this.entriesByKey = entriesByKey;
        this.ancestors = ancestors;
        this.definingSources = definingSources;
        this.impliedSources = new HashMap<>();
        definingSources.forEach((k, v) -> this.impliedSources.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
        restrictedSources.forEach((k, v) -> this.impliedSources.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
        this.ontologyVersionIri = ontologyVersionIri;
    }

    public static Lexicon fromOntology(Path ontologyFile) {
        if (!Files.isRegularFile(ontologyFile)) {
            throw new IllegalArgumentException("ontology not found: " + ontologyFile);
        }
        return fromModel(org.exokg.OntologyFiles.load(ontologyFile));
    }

    public static Lexicon fromModel(Model ontology) {
        Map<String, Set<String>> ancestors = ancestors(ontology);
        Map<MentionType, Map<String, Set<String>>> branches = branches(ontology);
        Map<String, Term> terms = new TreeMap<>();
        Map<String, List<Entry>> byKey = new HashMap<>();
        Map<Term, List<String[]>> labelsByTerm = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> e : new TreeMap<>(ancestors).entrySet()) {
            String iri = e.getKey();
            Resource r = ontology.createResource(iri);
            if (r.hasLiteral(OWL2.deprecated, true)) {
                continue;
            }
            EnumSet<MentionType> types = EnumSet.noneOf(MentionType.class);
            boolean root = false;
            for (MentionType t : MentionType.values()) {
                if (t == MentionType.MATERIAL_ENTITY) {
                    continue;
                }
                if (t.rootIris().contains(iri)) {
                    root = true;
                    types.add(t);
                } else if (inBranch(e.getValue(), branches.get(t))) {
                    types.add(t);
                }
            }
            if (types.isEmpty() && e.getValue().contains(MentionType.MATERIAL_ENTITY.branchIri())) {
                // a material entity under no other branch; the root itself is too general to name anything
                root = iri.equals(MentionType.MATERIAL_ENTITY.branchIri());
                types.add(MentionType.MATERIAL_ENTITY);
            }
            if (types.isEmpty()) {
                continue; // not in any branch the extractor knows (documents, claims, ...)
            }
            List<String[]> labels = labels(r);
            if (labels.isEmpty()) {
                continue;
            }
            Term term = new Term(iri, labels.get(0)[0], types, root);
            terms.put(iri, term);
            labelsByTerm.put(term, labels);
            for (String[] label : labels) {
                String key = TermKeys.labelKey(label[0]);
                if (key == null || key.length() < 2) {
                    continue;
                }
                Entry entry = new Entry(term, label[0], key, Integer.parseInt(label[1]));
                List<Entry> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (list.stream().noneMatch(x -> x.term().equals(term))) {
                    list.add(entry);
                }
            }
        }
        Set<String> withBinomial = addBinomialShortForms(labelsByTerm, ancestors,
                branches.get(MentionType.SOURCE).keySet(), byKey);
        // Best entry first: preferred label over synonym, then the more specific term (depth in ExoKG's own
        // hierarchy: the upper-level classes it is aligned with do not make a branch more specific), then IRI.
        Comparator<Entry> order = Comparator.comparingInt(Entry::rank)
                .thenComparing(x -> -ancestors.getOrDefault(x.term().iri(), Set.of()).stream()
                        .filter(a -> a.startsWith(ExoKg.NS)).count())
                .thenComparing(x -> x.term().iri());
        byKey.values().forEach(list -> list.sort(order));
        String version = null;
        for (Statement s : ontology.listStatements(null, OWL2.versionIRI, (RDFNode) null).toList()) {
            if (s.getObject().isURIResource()) {
                version = s.getObject().asResource().getURI();
            }
        }
        Lexicon lexicon = new Lexicon(terms, byKey, ancestors, definingSources(ontology), restrictedSources(ontology), version,
                namePatterns(ontology, terms));
        lexicon.withBinomial.addAll(withBinomial);
        return lexicon;
    }

    /** The name patterns of the lexicon's terms, each matched on word boundaries; a pattern that does not compile is an error. */
    private static List<NamePattern> namePatterns(Model ontology, Map<String, Term> terms) {
        List<NamePattern> out = new ArrayList<>();
        for (Statement s : ontology.listStatements(null, ontology.createProperty(NAME_PATTERN), (RDFNode) null).toList()) {
            Term term = s.getSubject().isURIResource() ? terms.get(s.getSubject().getURI()) : null;
            if (term == null || !s.getObject().isLiteral()) {
                continue;
            }
            String regex = s.getLiteral().getLexicalForm();
            if (SwitchedLabels.shipped().off(regex)) {
                continue; // (branch objectterms33) a name pattern added behind a switch, switched off
            }
            try {
                out.add(new NamePattern(term, java.util.regex.Pattern.compile(
                        "(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])")));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("name pattern of " + term.iri() + " is not a regular expression: " + regex);
            }
        }
        out.sort(Comparator.comparing(n -> n.term().iri()));
        return List.copyOf(out);
    }

    /** Labels in English (or without a language), best first; each as {text, rank}. */
    private static List<String[]> labels(Resource r) {
        Map<String, Integer> found = new HashMap<>();
        for (Map.Entry<String, Integer> p : LABEL_PROPERTIES.entrySet()) {
            Property property = ResourceFactory.createProperty(p.getKey());
            for (Statement s : r.listProperties(property).toList()) {
                if (!s.getObject().isLiteral()) {
                    continue;
                }
                Literal l = s.getLiteral();
                String lang = l.getLanguage();
                if (!lang.isEmpty() && !lang.toLowerCase().startsWith("en")) {
                    continue;
                }
                if (SwitchedLabels.shipped().off(l.getLexicalForm(), r.getURI())) {
                    continue; // (branch misses35) a label added behind a switch, switched off
                }
                for (String variant : variants(l.getLexicalForm())) {
                    found.merge(variant, p.getValue(), Math::min);
                    // (branch vocab24) the label's organ words in their other form ("renal" / "kidney", "the fibrotic
                    // liver"): ranked as a narrow synonym, so a label another term has for those words keeps them
                    if (OrganWords.ENABLED) {
                        for (String organForm : OrganWords.shipped().variants(variant)) {
                            found.merge(organForm, Math.max(p.getValue(), 2), Math::min);
                        }
                    }
                }
            }
        }
        // (branch goldconv33) a label the ontology moved away from this class, given back while its switch is off
        for (String former : SwitchedLabels.shipped().formerLabels(r.getURI())) {
            for (String variant : variants(former)) {
                found.merge(variant, 2, Math::min);
            }
        }
        List<String[]> labels = new ArrayList<>();
        found.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> labels.add(new String[] {e.getKey(), String.valueOf(e.getValue())}));
        return labels;
    }

    /** "cerebrospinal fluid (CSF)" names the term twice: with and without the bracket. */
    private static Collection<String> variants(String label) {
        Set<String> v = new LinkedHashSet<>();
        String s = label.strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*$").matcher(s);
        if (m.matches() && !m.group(1).isBlank()) {
            v.add(m.group(1).strip());
            if (TermKeys.isAbbreviationLike(m.group(2).strip())) {
                v.add(m.group(2).strip());
            }
        } else {
            v.add(s);
        }
        return v;
    }

    /**
     * Measurement switch (branch binomials): -Dexokg.allBinomialShortForms restores the earlier generation of abbreviated
     * binomials (branch qualifiers): every two-word label of every term, "A. disease" from "Alzheimer disease" too, and a
     * short form two genera share read as whichever term sorts first.
     */
    static final boolean ALL_BINOMIAL_SHORT_FORMS = Boolean.getBoolean("exokg.allBinomialShortForms");

    /**
     * (branch qualifiers, guarded by branch binomials) A species' binomial is written with its genus abbreviated after
     * first use: "Staphylococcus aureus", then "S. aureus". The short form is generated from the labels and synonyms of two
     * words (Genus epithet) of the terms under a named class of derivedFrom's range (organisms, bacteria, plants, plant
     * parts: the taxa that release vesicles; the range's animals left out by a complement are organisms too, "H. sapiens"),
     * with the label's rank and term. Not where the second word is the lexicon's word for the term itself or one of its
     * ancestors ("Kupffer cell" is a cell, "Swiss chard" chard: a name before its head noun, no species; "Mycobacterium
     * tuberculosis" keeps its short form, tuberculosis being a disease), nor where the form is already a label of the ontology, nor where two terms' binomials give one
     * short form ("C. sinensis": Clonorchis, Camellia, Citrus): such a form is left to the text, whose own full mention
     * decides ({@link DefinedAbbreviations}). Returns the terms that have a binomial (their genus names a species too).
     */
    private static Set<String> addBinomialShortForms(Map<Term, List<String[]>> labelsByTerm,
            Map<String, Set<String>> ancestors, Set<String> rangeClasses, Map<String, List<Entry>> byKey) {
        Map<String, Map<Term, Integer>> shortForms = new TreeMap<>();
        Map<String, String> spelling = new HashMap<>();
        Set<String> withBinomial = new TreeSet<>();
        for (Map.Entry<Term, List<String[]>> e : labelsByTerm.entrySet()) {
            Term term = e.getKey();
            Set<String> up = ancestors.getOrDefault(term.iri(), Set.of());
            if (!ALL_BINOMIAL_SHORT_FORMS && rangeClasses.stream().noneMatch(up::contains)) {
                continue;
            }
            for (String[] label : e.getValue()) {
                java.util.regex.Matcher binomial = BINOMIAL.matcher(label[0]);
                if (!binomial.matches()) {
                    continue;
                }
                List<Entry> epithet = byKey.getOrDefault(TermKeys.labelKey(binomial.group(2)), List.of());
                if (!ALL_BINOMIAL_SHORT_FORMS && epithet.stream().anyMatch(x -> up.contains(x.term().iri()))) {
                    continue; // "Kupffer cell" is a cell, "Swiss chard" chard: a name and its head noun, no species
                }
                String shortForm = binomial.group(1) + ". " + binomial.group(2);
                String key = TermKeys.labelKey(shortForm);
                if (key == null) {
                    continue;
                }
                withBinomial.add(term.iri());
                shortForms.computeIfAbsent(key, k -> new HashMap<>()).merge(term, Integer.parseInt(label[1]), Math::min);
                spelling.putIfAbsent(key, shortForm);
            }
        }
        for (Map.Entry<String, Map<Term, Integer>> f : shortForms.entrySet()) {
            List<Entry> present = byKey.get(f.getKey());
            if (!ALL_BINOMIAL_SHORT_FORMS && (present != null || f.getValue().size() > 1)) {
                continue; // the ontology's own label of these letters, or two species' short forms: read neither
            }
            List<Entry> list = byKey.computeIfAbsent(f.getKey(), k -> new ArrayList<>());
            f.getValue().forEach((term, rank) -> {
                if (list.stream().noneMatch(x -> x.term().equals(term))) {
                    list.add(new Entry(term, spelling.get(f.getKey()), f.getKey(), rank));
                }
            });
        }
        return withBinomial;
    }

    /** A genus (one capitalised word) and a species epithet (one lower-case word): a binomial name. */
    private static final java.util.regex.Pattern BINOMIAL = java.util.regex.Pattern.compile("([A-Z])[a-z]{3,} ([a-z]{4,})");

    /**
     * For each branch, the classes whose subclasses belong to it: its root classes and, for a role branch
     * (cargo, vesicle source), the named classes of its relation's range, a class or a union of classes. A member of
     * the union may also be a named class less some of its subclasses, {@code C and not (D or E)} (branch
     * organismsources: organisms that are no animals can be vesicle sources): each class maps to the classes whose
     * subclasses it does not bring into the branch.
     */
    private static Map<MentionType, Map<String, Set<String>>> branches(Model m) {
        Map<MentionType, Map<String, Set<String>>> branches = new java.util.EnumMap<>(MentionType.class);
        for (MentionType t : MentionType.values()) {
            Map<String, Set<String>> classes = new HashMap<>();
            t.rootIris().forEach(r -> classes.put(r, Set.of()));
            if (t.kindsRelationIri() != null) {
                for (RDFNode range : m.listObjectsOfProperty(m.createResource(t.kindsRelationIri()), RDFS.range).toList()) {
                    if (range.isURIResource()) {
                        classes.put(range.asResource().getURI(), Set.of());
                    } else if (range.isAnon() && range.asResource().hasProperty(OWL2.unionOf)) {
                        for (RDFNode n : members(range.asResource().getPropertyResourceValue(OWL2.unionOf))) {
                            if (n.isURIResource()) {
                                classes.put(n.asResource().getURI(), Set.of());
                            } else if (n.isAnon() && n.asResource().hasProperty(OWL2.intersectionOf)) {
                                lessSubclasses(n.asResource()).ifPresent(x -> classes.put(x.getKey(), x.getValue()));
                            }
                        }
                    }
                }
            }
            branches.put(t, classes);
        }
        return branches;
    }

    /**
     * {@code C and not D} or {@code C and not (D or E)} (C, D, E named classes): C with the classes it leaves out; empty
     * for any other intersection, which names no branch the lexicon can read.
     */
    private static java.util.Optional<Map.Entry<String, Set<String>>> lessSubclasses(Resource intersection) {
        String kept = null;
        Set<String> except = new HashSet<>();
        for (RDFNode part : members(intersection.getPropertyResourceValue(OWL2.intersectionOf))) {
            if (part.isURIResource() && kept == null) {
                kept = part.asResource().getURI();
            } else if (part.isAnon() && part.asResource().hasProperty(OWL2.complementOf)) {
                Resource c = part.asResource().getPropertyResourceValue(OWL2.complementOf);
                if (c.isURIResource()) {
                    except.add(c.getURI());
                } else if (c.hasProperty(OWL2.unionOf)) {
                    for (RDFNode d : members(c.getPropertyResourceValue(OWL2.unionOf))) {
                        if (!d.isURIResource()) {
                            return java.util.Optional.empty();
                        }
                        except.add(d.asResource().getURI());
                    }
                } else {
                    return java.util.Optional.empty();
                }
            } else {
                return java.util.Optional.empty();
            }
        }
        return kept == null || except.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(Map.entry(kept, Set.copyOf(except)));
    }

    /** Whether a class (given with its ancestors, itself included) falls under one of a branch's classes and not under the subclasses that class leaves out. */
    private static boolean inBranch(Set<String> ancestorsOfClass, Map<String, Set<String>> branch) {
        for (Map.Entry<String, Set<String>> b : branch.entrySet()) {
            if (ancestorsOfClass.contains(b.getKey()) && b.getValue().stream().noneMatch(ancestorsOfClass::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Classes defined by their source: {@code K ≡ P and (derivedFrom some S)} (S a class or a union of classes),
     * each with its sources S. Being derived from S is then enough to be a K.
     */
    private static Map<String, Set<String>> definingSources(Model m) {
        Map<String, Set<String>> out = new HashMap<>();
        Property onProperty = OWL2.onProperty;
        Resource derivedFrom = m.createResource(MentionType.SOURCE.kindsRelationIri());
        for (Statement def : m.listStatements(null, OWL2.equivalentClass, (RDFNode) null).toList()) {
            if (!def.getSubject().isURIResource() || !def.getObject().isAnon()
                    || !def.getObject().asResource().hasProperty(OWL2.intersectionOf)) {
                continue;
            }
            for (RDFNode part : members(def.getObject().asResource().getPropertyResourceValue(OWL2.intersectionOf))) {
                if (part.isAnon() && part.asResource().hasProperty(onProperty, derivedFrom)
                        && part.asResource().hasProperty(OWL2.someValuesFrom)) {
                    Resource filler = part.asResource().getPropertyResourceValue(OWL2.someValuesFrom);
                    Set<String> sources = out.computeIfAbsent(def.getSubject().getURI(), k -> new HashSet<>());
                    if (filler.isURIResource()) {
                        sources.add(filler.getURI());
                    } else if (filler.hasProperty(OWL2.unionOf)) {
                        members(filler.getPropertyResourceValue(OWL2.unionOf)).stream()
                                .filter(RDFNode::isURIResource).forEach(n -> sources.add(n.asResource().getURI()));
                    }
                }
            }
        }
        return out;
    }

    /** Classes with a superclass restriction {@code derivedFrom some S} (S a named class), each with its fillers S. */
    private static Map<String, Set<String>> restrictedSources(Model m) {
        Map<String, Set<String>> out = new HashMap<>();
        Resource derivedFrom = m.createResource(MentionType.SOURCE.kindsRelationIri());
        for (Statement sub : m.listStatements(null, RDFS.subClassOf, (RDFNode) null).toList()) {
            if (sub.getSubject().isURIResource() && sub.getObject().isAnon()
                    && sub.getObject().asResource().hasProperty(OWL2.onProperty, derivedFrom)) {
                Resource filler = sub.getObject().asResource().getPropertyResourceValue(OWL2.someValuesFrom);
                if (filler != null && filler.isURIResource()) {
                    out.computeIfAbsent(sub.getSubject().getURI(), k -> new HashSet<>()).add(filler.getURI());
                }
            }
        }
        return out;
    }

    private static List<RDFNode> members(Resource list) {
        return list.as(org.apache.jena.rdf.model.RDFList.class).asJavaList();
    }

    /** Named superclasses (transitively) of every named class and individual; includes itself. */
    private static Map<String, Set<String>> ancestors(Model m) {
        Map<String, Set<String>> parents = new HashMap<>();
        for (Statement s : m.listStatements(null, RDFS.subClassOf, (RDFNode) null).toList()) {
            if (s.getSubject().isURIResource() && s.getObject().isURIResource()) {
                parents.computeIfAbsent(s.getSubject().getURI(), k -> new HashSet<>()).add(s.getObject().asResource().getURI());
            }
        }
        Set<String> named = new TreeSet<>();
        for (Resource cls : List.of(OWL2.Class, RDFS.Class)) {
            m.listSubjectsWithProperty(RDF.type, cls).forEach(r -> {
                if (r.isURIResource()) {
                    named.add(r.getURI());
                }
            });
        }
        named.addAll(parents.keySet());
        // Individuals: their types act as parents.
        for (Statement s : m.listStatements(null, RDF.type, (RDFNode) null).toList()) {
            if (s.getSubject().isURIResource() && s.getObject().isURIResource()
                    && s.getObject().asResource().getURI().startsWith(ExoKg.NS)) {
                parents.computeIfAbsent(s.getSubject().getURI(), k -> new HashSet<>()).add(s.getObject().asResource().getURI());
                named.add(s.getSubject().getURI());
            }
        }
        Map<String, Set<String>> result = new HashMap<>();
        for (String c : named) {
            Set<String> seen = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(c));
            while (!todo.isEmpty()) {
                String x = todo.pop();
                if (seen.add(x)) {
                    todo.addAll(parents.getOrDefault(x, Set.of()));
                }
            }
            result.put(c, seen);
        }
        return result;
    }

    /** Patterns naming members of classes ("miR-21" for microRNA), from the ontology's {@code namePattern}. */
    public List<NamePattern> namePatterns() {
        return namePatterns;
    }

    public Set<String> keys() {
        return entriesByKey.keySet();
    }

    /** Terms named by a key, best first. */
    public List<Entry> entries(String key) {
        return entriesByKey.getOrDefault(key, List.of());
    }

    public Term term(String iri) {
        return terms.get(iri);
    }

    public Collection<Term> terms() {
        return terms.values();
    }

    public int size() {
        return terms.size();
    }

    /** The sources that define a class ({@code K ≡ P and derivedFrom some S}); empty if it is not defined so. */
    public Set<String> definingSources(String iri) {
        return definingSources.getOrDefault(iri, Set.of());
    }

    /**
     * The sources a vesicle class already implies: its defining sources and the fillers of its own {@code derivedFrom some S}
     * superclass restrictions ("bacterial outer membrane vesicle": Bacterium). A qualifier equal to one of them narrows nothing.
     */
    public Set<String> impliedSources(String iri) {
        return impliedSources.getOrDefault(iri, Set.of());
    }

    /**
     * (branch binomials) Whether a term has a species' binomial (Genus epithet) among its labels and synonyms, one the
     * lexicon abbreviates ("Saccharomyces cerevisiae" of Organism, "Escherichia coli" of Bacterium): a genus the lexicon
     * reads as that term then names a species in a text's own binomial too ("Leishmania guyanensis", then "L. guyanensis").
     */
    public boolean hasBinomial(Term term) {
        return term != null && withBinomial.contains(term.iri());
    }

    /** True if {@code iri} is {@code ancestorIri} or a subclass of it. */
    public boolean isA(String iri, String ancestorIri) {
        return ancestors.getOrDefault(iri, Set.of(iri)).contains(ancestorIri);
    }

    /** The ontology's version IRI, if it declares one (recorded as the lexicon used). */
    public String ontologyVersionIri() {
        return ontologyVersionIri;
    }
}
