package org.exokg.reasoning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.exokg.ClasspathText;
import org.exokg.ExoKg;
import org.exokg.rdf.ContentHash;
import org.exokg.rdf.GraphVocabulary;

/**
 * Finds reported values that cannot all be true of the same vesicles (issue 13), each with the minimal set of
 * quantity statements behind it:
 * <ul>
 * <li>shares of disjoint sources that add up to more than 100 % ("80–90 % from immune cells" and "almost always from
 * endothelial and cancer cells");</li>
 * <li>two disjoint sources each said to be the most common, or one said to be the most common while another gives
 * the majority;</li>
 * <li>two shares of the same source that do not overlap;</li>
 * <li>a size wholly outside the size class of the vesicle's kind (small EVs &lt; 200 nm): a conflict with the ontology;</li>
 * <li>a negative and a positive zeta potential of the same vesicles.</li>
 * </ul>
 * What words of predominance mean as numbers, and the size classes, are data files read at run time
 * (ontology/rules/predominance.tsv, size-classes.tsv). As for claims, statements about a narrower population (EVs
 * circulating in blood against EVs in general, exosomes against EVs) or from different study settings make an
 * exception, and statements about unrelated populations nothing.
 */
public final class QuantityCheck {

    private static final Query STATEMENTS = query("quantity-statements.rq");
    private static final Query SHARES = query("quantity-shares.rq");
    private static final Query VALUES = query("quantity-values.rq");

    public static final String PREDOMINANCE_FILE = "predominance.tsv";
    public static final String SIZE_CLASSES_FILE = "size-classes.tsv";

    private static final String NS = ExoKg.NS;

    /** What words of predominance mean: a share from min to max percent; plurality = more than any other source. */
    public record Meaning(Double min, Double max, boolean plurality) {}

    private record SizeClass(String kindIri, Double min, Double max, String source) {}

    /** A share of a population from one or more sources (the sources of one statement count together). */
    private record Share(List<String> statements, String subject, String qualifier, Set<String> sources, double min,
            double max, boolean plurality, boolean hedged, String stage, String label) {}

    private record Value(String statement, String subject, String qualifier, Double low, Double high, boolean hedged,
            String stage, String label) {}

    /** A finding: the statements, whether an exception, and why; documents: how many documents its statements come from. */
    public record Finding(String kind, List<String> statements, boolean exception, boolean withOntology, boolean hedged,
            String about, String label, String why, long documents) {

        Finding(String kind, List<String> statements, boolean exception, boolean withOntology, boolean hedged, String about,
                String label, String why) {
            this(kind, statements, exception, withOntology, hedged, about, label, why, 0);
        }

        public String iri() {
            return ExoKg.RESOURCE_NS + "conflict/" + ContentHash.of(new TreeSet<>(statements).toArray(String[]::new));
        }
    }

    private final Map<String, Meaning> meanings;
    private final List<SizeClass> sizeClasses;

    public QuantityCheck(Map<String, Meaning> meanings, List<String[]> sizeClasses) {
        this.meanings = meanings;
        this.sizeClasses = sizeClasses.stream().map(r -> new SizeClass(NS + r[0], bound(r[1]), bound(r[2]), r.length > 3 ? r[3] : ""))
                .toList();
    }

    /** Reads the two data files from a folder (the rules folder); a missing file means no such knowledge. */
    public static QuantityCheck fromFolder(Path folder) {
        Map<String, Meaning> meanings = new LinkedHashMap<>();
        for (String[] r : rows(folder.resolve(PREDOMINANCE_FILE), 4)) {
            meanings.put(r[0].toLowerCase(Locale.ROOT), new Meaning(bound(r[1]), bound(r[2]), r[3].equalsIgnoreCase("yes")));
        }
        return new QuantityCheck(meanings, rows(folder.resolve(SIZE_CLASSES_FILE), 3));
    }

    private static List<String[]> rows(Path file, int columns) {
        List<String[]> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            boolean header = true;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < columns) {
                    throw new IllegalArgumentException(file + ": expected " + columns + " tab-separated columns: " + line);
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Double bound(String s) {
        return s == null || s.isBlank() || s.equals("-") ? null : Double.valueOf(s);
    }

    public Map<String, Meaning> meanings() {
        return meanings;
    }

    /** Every quantity statement of the dataset's document graphs, with all its properties (read in the caller's transaction). */
    public static Model statements(org.apache.jena.query.Dataset dataset) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(STATEMENTS).build()) {
            return qe.execConstruct();
        }
    }

    /** The findings over the quantity statements of {@code data} (ontology + quantity statements). */
    public List<Finding> find(Model data) {
        Map<String, Set<String>> ancestors = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        // Statements that report the same share or value of the same population in the same setting count as one:
        // a finding is made per pair of distinct reports and names every statement behind each, so that a corpus
        // repeating a figure gives one finding, not one per pair of repetitions (quadratic in the corpus).
        List<Share> shares = sameReportsMerged(shares(data));
        for (int i = 0; i < shares.size(); i++) {
            for (int j = i + 1; j < shares.size(); j++) {
                Finding f = compareShares(data, ancestors, shares.get(i), shares.get(j));
                if (f != null) {
                    out.add(f);
                }
            }
        }
        for (Value v : values(data, "VesicleSize")) {
            for (SizeClass c : sizeClasses) {
                if (isA(data, ancestors, v.subject(), c.kindIri())
                        && ((c.max() != null && v.low() != null && v.low() > c.max()) || (c.min() != null && v.high() != null && v.high() < c.min()))) {
                    out.add(new Finding("size", List.of(v.statement()), false, true, v.hedged(), local(v.subject()),
                            v.label(), "The reported size (" + v.label() + ") lies outside the size class of " + local(c.kindIri())
                                    + " (" + range(c.min(), c.max()) + " nm; " + c.source() + "), to which the ontology assigns "
                                    + local(v.subject()) + "."));
                }
            }
        }
        List<List<Value>> zetas = sameValuesGrouped(values(data, "ZetaPotential"));
        for (int i = 0; i < zetas.size(); i++) {
            for (int j = i + 1; j < zetas.size(); j++) {
                Value a = zetas.get(i).get(0);
                Value b = zetas.get(j).get(0);
                boolean opposite = (a.high() != null && a.high() < 0 && b.low() != null && b.low() > 0)
                        || (b.high() != null && b.high() < 0 && a.low() != null && a.low() > 0);
                if (!opposite) {
                    continue;
                }
                Relation rel = relation(data, ancestors, a.subject(), a.qualifier(), a.stage(), b.subject(), b.qualifier(), b.stage());
                if (rel != Relation.UNRELATED) {
                    List<String> statements = new ArrayList<>();
                    zetas.get(i).forEach(v -> statements.add(v.statement()));
                    zetas.get(j).forEach(v -> statements.add(v.statement()));
                    out.add(new Finding("zeta", statements, rel != Relation.SAME, false,
                            a.hedged() || b.hedged(), local(a.subject()), a.label() + " / " + b.label(),
                            (rel == Relation.SAME ? "The same vesicles cannot have both a negative and a positive zeta potential"
                                    : "A negative and a positive zeta potential are reported for vesicles of which one population is narrower or comes from another study setting, so one departs from the other")
                                    + " (" + a.label() + "; " + b.label() + ")."));
                }
            }
        }
        // a finding names every statement behind it (thousands on a large corpus): the graph also says how many, from
        // how many documents, so that a query can show one row per finding without reading them all
        List<Finding> counted = new ArrayList<>(out.size());
        for (Finding f : out) {
            Set<RDFNode> documents = new java.util.HashSet<>();
            f.statements().forEach(st -> documents.addAll(data.listObjectsOfProperty(data.createResource(st), DCTerms.source).toList()));
            counted.add(new Finding(f.kind(), f.statements(), f.exception(), f.withOntology(), f.hedged(), f.about(), f.label(), f.why(),
                    documents.size()));
        }
        return counted;
    }

    private enum Relation { SAME, NARROWER, UNRELATED }

    /** Shares saying the same thing (population, sources, bounds, setting, hedging) merged into one with all their statements. */
    private static List<Share> sameReportsMerged(List<Share> shares) {
        Map<List<Object>, Share> merged = new LinkedHashMap<>();
        for (Share s : shares) {
            List<Object> key = java.util.Arrays.asList(s.subject(), s.qualifier(), s.sources(), s.min(), s.max(), s.plurality(),
                    s.hedged(), s.stage());
            Share prev = merged.get(key);
            if (prev == null) {
                merged.put(key, s);
            } else {
                prev.statements().addAll(s.statements());
            }
        }
        return new ArrayList<>(merged.values());
    }

    /** Values of the same population, bounds, setting and hedging, grouped; the first of a group stands for it. */
    private static List<List<Value>> sameValuesGrouped(List<Value> values) {
        Map<List<Object>, List<Value>> groups = new LinkedHashMap<>();
        for (Value v : values) {
            groups.computeIfAbsent(java.util.Arrays.asList(v.subject(), v.qualifier(), v.low(), v.high(), v.hedged(), v.stage()),
                    k -> new ArrayList<>()).add(v);
        }
        return new ArrayList<>(groups.values());
    }

    /** Same population (kind and qualifier, and study setting); one narrower or another setting; or unrelated. */
    private Relation relation(Model data, Map<String, Set<String>> anc, String s1, String q1, String st1, String s2, String q2, String st2) {
        boolean sameKind = s1.equals(s2);
        boolean sameQualifier = Objects.equals(q1, q2);
        if (sameKind && sameQualifier) {
            return settingsDiffer(st1, st2) ? Relation.NARROWER : Relation.SAME;
        }
        boolean oneNarrower = (isA(data, anc, s1, s2) && narrowerOrEqual(data, anc, q1, q2))
                || (isA(data, anc, s2, s1) && narrowerOrEqual(data, anc, q2, q1));
        return oneNarrower ? Relation.NARROWER : Relation.UNRELATED;
    }

    /** q1 narrows at least as much as q2: q2 is absent (general), or q1 is q2 or below it. */
    private boolean narrowerOrEqual(Model data, Map<String, Set<String>> anc, String q1, String q2) {
        return q2 == null || (q1 != null && isA(data, anc, q1, q2));
    }

    private static boolean settingsDiffer(String a, String b) {
        return a != null && b != null && !a.equals(b) && !a.endsWith("LiteratureReview") && !b.endsWith("LiteratureReview");
    }

    private Finding compareShares(Model data, Map<String, Set<String>> anc, Share a, Share b) {
        Relation rel = relation(data, anc, a.subject(), a.qualifier(), a.stage(), b.subject(), b.qualifier(), b.stage());
        if (rel == Relation.UNRELATED) {
            return null;
        }
        boolean disjoint = disjoint(data, anc, a.sources(), b.sources());
        String why = null;
        if (disjoint && a.min() + b.min() > 100) {
            why = "Shares of disjoint sources cannot add up to more than 100 %: at least " + fmt(a.min()) + " % (" + a.label()
                    + ") and at least " + fmt(b.min()) + " % (" + b.label() + ").";
        } else if (disjoint && a.plurality() && b.plurality()) {
            why = "Two disjoint sources cannot each be the most common (" + a.label() + "; " + b.label() + ").";
        } else if (disjoint && a.plurality() && b.min() > 50) {
            why = "A source cannot be the most common (" + a.label() + ") while disjoint sources give more than half (" + b.label() + ").";
        } else if (disjoint && b.plurality() && a.min() > 50) {
            why = "A source cannot be the most common (" + b.label() + ") while disjoint sources give more than half (" + a.label() + ").";
        } else if (a.sources().equals(b.sources()) && (a.min() > b.max() || b.min() > a.max())) {
            why = "Two shares of the same source do not overlap (" + a.label() + "; " + b.label() + ").";
        }
        if (why == null) {
            return null;
        }
        if (rel == Relation.NARROWER) {
            why = "Would conflict if both were about the same vesicles, but one population is narrower or comes from another study setting: " + why;
        }
        List<String> statements = new ArrayList<>(a.statements());
        statements.addAll(b.statements());
        return new Finding("share", statements, rel == Relation.NARROWER, false, a.hedged() || b.hedged(), local(a.subject()),
                a.label() + " / " + b.label(), why);
    }

    private boolean disjoint(Model data, Map<String, Set<String>> anc, Set<String> xs, Set<String> ys) {
        for (String x : xs) {
            for (String y : ys) {
                if (x.equals(y) || isA(data, anc, x, y) || isA(data, anc, y, x)) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<Share> shares(Model data) {
        // the sources one statement names together ("endothelium and cancer cells") share one bound
        Map<String, Share> grouped = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.model(data).query(SHARES).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution r = rs.next();
                boolean number = r.getResource("prop").getURI().endsWith("SourceShare");
                String word = r.contains("word") ? r.getLiteral("word").getString() : null;
                Double min;
                Double max;
                boolean plurality = false;
                if (number) {
                    min = r.contains("low") ? r.getLiteral("low").getDouble() : 0.0;
                    max = r.contains("high") ? r.getLiteral("high").getDouble() : 100.0;
                } else {
                    Meaning m = word == null ? null : meanings.get(word.toLowerCase(Locale.ROOT));
                    if (m == null) {
                        continue;
                    }
                    min = m.min() == null ? 0.0 : m.min();
                    max = m.max() == null ? 100.0 : m.max();
                    plurality = m.plurality();
                }
                String subject = r.getResource("s").getURI();
                String qualifier = r.contains("qual") ? r.getResource("qual").getURI() : null;
                String stage = r.contains("stage") ? r.getResource("stage").getURI() : null;
                String key = number ? r.getResource("q").getURI()
                        : String.join("|", r.getResource("sentence").getURI(), subject, String.valueOf(qualifier), word);
                Share prev = grouped.get(key);
                String source = r.getResource("o").getURI();
                if (prev == null) {
                    Set<String> sources = new TreeSet<>(Set.of(source));
                    grouped.put(key, new Share(new ArrayList<>(List.of(r.getResource("q").getURI())), subject, qualifier, sources,
                            min, max, plurality, r.contains("hedged") && r.getLiteral("hedged").getBoolean(), stage,
                            shareLabel(subject, qualifier, sources, number ? range(min, max) + " %" : word)));
                } else {
                    prev.sources().add(source);
                    prev.statements().add(r.getResource("q").getURI());
                    grouped.put(key, new Share(prev.statements(), subject, qualifier, prev.sources(), min, max, plurality,
                            prev.hedged(), stage, shareLabel(subject, qualifier, prev.sources(), word)));
                }
            }
        }
        return new ArrayList<>(grouped.values());
    }

    private List<Value> values(Model data, String property) {
        List<Value> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(data).query(VALUES)
                .substitution("property", ResourceFactory.createResource(NS + property)).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution r = rs.next();
                String subject = r.getResource("s").getURI();
                String qualifier = r.contains("qual") ? r.getResource("qual").getURI() : null;
                out.add(new Value(r.getResource("q").getURI(), subject, qualifier,
                        r.contains("low") ? r.getLiteral("low").getDouble() : null,
                        r.contains("high") ? r.getLiteral("high").getDouble() : null,
                        r.contains("hedged") && r.getLiteral("hedged").getBoolean(),
                        r.contains("stage") ? r.getResource("stage").getURI() : null,
                        local(subject) + (qualifier == null ? "" : " (" + local(qualifier) + ")") + " " + r.getLiteral("written").getString()));
            }
        }
        return out;
    }

    private boolean isA(Model data, Map<String, Set<String>> cache, String iri, String ancestor) {
        if (iri.equals(ancestor)) {
            return true;
        }
        Set<String> all = cache.computeIfAbsent(iri, k -> {
            Set<String> found = new TreeSet<>();
            List<Resource> todo = new ArrayList<>(List.of(data.createResource(k)));
            while (!todo.isEmpty()) {
                Resource r = todo.remove(todo.size() - 1);
                for (RDFNode n : data.listObjectsOfProperty(r, RDFS.subClassOf).toList()) {
                    if (n.isURIResource() && found.add(n.asResource().getURI())) {
                        todo.add(n.asResource());
                    }
                }
            }
            return found;
        });
        return all.contains(ancestor);
    }

    /** The conflicts graph part for the findings (docs/graph-model.md). */
    public static Model graph(List<Finding> findings, String activityIri) {
        Model m = ModelFactory.createDefaultModel();
        Property involves = m.createProperty(NS, "involvesQuantity");
        for (Finding f : findings) {
            Resource r = m.createResource(f.iri());
            if (f.exception()) {
                r.addProperty(RDF.type, m.createResource(NS + "Exception")).addProperty(RDF.type, m.createResource(NS + "QuantityException"));
            } else {
                r.addProperty(RDF.type, m.createResource(NS + "Conflict")).addProperty(RDF.type, m.createResource(NS + "QuantityConflict"));
                if (f.withOntology()) {
                    r.addProperty(RDF.type, m.createResource(NS + "OntologyConflict"));
                }
                if (f.hedged()) {
                    r.addProperty(RDF.type, m.createResource(NS + "HedgedConflict"));
                }
            }
            Literal hedged = m.createTypedLiteral(f.hedged());
            r.addLiteral(m.createProperty(NS, "involvesHedgedClaim"), hedged);
            r.addProperty(m.createProperty(NS, "unsatisfiableClass"), f.about());
            r.addProperty(RDFS.label, f.label(), "en");
            r.addProperty(RDFS.comment, f.why(), "en");
            f.statements().stream().sorted().forEach(s -> r.addProperty(involves, m.createResource(s)));
            r.addLiteral(m.createProperty(NS, "quantityStatementCount"),
                    m.createTypedLiteral(String.valueOf(new TreeSet<>(f.statements()).size()), XSDDatatype.XSDinteger));
            r.addLiteral(m.createProperty(NS, "documentCount"), m.createTypedLiteral(String.valueOf(f.documents()), XSDDatatype.XSDinteger));
            r.addProperty(m.createProperty(NS, "exampleQuantityStatement"), m.createResource(new TreeSet<>(f.statements()).first()));
            r.addProperty(GraphVocabulary.PROV_WAS_GENERATED_BY, m.createResource(activityIri));
        }
        return m;
    }

    private static String shareLabel(String subject, String qualifier, Set<String> sources, String share) {
        return local(subject) + (qualifier == null ? "" : " (" + local(qualifier) + ")") + " from "
                + String.join(" or ", sources.stream().map(QuantityCheck::local).toList()) + ": " + share;
    }

    private static String range(Double min, Double max) {
        if (min != null && max != null) {
            return min.equals(max) ? fmt(min) : fmt(min) + "–" + fmt(max);
        }
        return min != null ? "≥ " + fmt(min) : max != null ? "≤ " + fmt(max) : "any";
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static Query query(String file) {
        return QueryFactory.create(ClasspathText.read("/org/exokg/reasoning/" + file));
    }

    static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

}
