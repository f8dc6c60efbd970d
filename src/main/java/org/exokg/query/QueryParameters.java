package org.exokg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * Parameters of a library query: the variables of a {@code VALUES} block placed directly in the WHERE
 * clause (not nested; or directly in the WHERE clause of the sub-select that pages the answer), whose single
 * row holds the defaults. Being inside the WHERE clause, the values
 * are bound for every pattern and FILTER of it. Setting a parameter replaces the value in the parsed
 * query; the value is parsed as one RDF term, so it cannot change the query's structure.
 */
final class QueryParameters {
    private QueryParameters() {}

    /**
     * The VALUES block that declares {@code name}, if any: at the top of the WHERE clause, or at the top of the
     * paged sub-select's (so that a page is chosen among the parameter's rows, not among all).
     */
    static Optional<ElementData> block(Query query, String name) {
        Optional<ElementData> top = block(query.getQueryPattern(), name);
        if (top.isPresent()) {
            return top;
        }
        // or in a sub-select at the top of the WHERE clause: a query that groups first sets its parameter where the
        // grouping reads it, not after
        return subSelects(query).stream().map(sub -> block(sub.getQuery().getQueryPattern(), name))
                .flatMap(Optional::stream).findFirst();
    }

    private static List<ElementSubQuery> subSelects(Query query) {
        List<ElementSubQuery> subs = new ArrayList<>();
        if (query.getQueryPattern() instanceof ElementGroup group) {
            for (Element e : group.getElements()) {
                if (e instanceof ElementSubQuery sub) {
                    subs.add(sub);
                }
            }
        }
        return subs;
    }

    private static Optional<ElementData> block(Element pattern, String name) {
        if (!(pattern instanceof ElementGroup group)) {
            return Optional.empty();
        }
        for (Element e : group.getElements()) {
            if (e instanceof ElementData data && data.getRows().size() == 1
                    && data.getVars().stream().anyMatch(v -> v.getVarName().equals(name))) {
                return Optional.of(data);
            }
        }
        return Optional.empty();
    }

    /** The paging parameters: they set the query's LIMIT and OFFSET (the query's own LIMIT is the default page). */
    static final Set<String> PAGING = Set.of("limit", "offset");

    static Query set(Query query, Map<String, String> values) {
        Query copy = query.cloneQuery();
        if (values.isEmpty()) {
            return copy;
        }
        PrefixMap prefixes = Prefixes.adapt(query.getPrefixMapping());
        Query target = copy;
        ElementSubQuery paged = copy.hasLimit() ? null : pagedSubSelect(copy).orElse(null);
        for (ElementSubQuery sub : subSelects(copy)) {
            List<Element> elements = ((ElementGroup) copy.getQueryPattern()).getElements();
            Query inner = sub.getQuery().cloneQuery(); // not shared with the library's parsed query
            elements.set(elements.indexOf(sub), new ElementSubQuery(inner));
            if (inner.getQueryPattern() instanceof ElementGroup group) {
                replaceValues(group, values, prefixes);
            }
            if (sub == paged) {
                target = inner;
            }
        }
        if (values.containsKey("limit")) {
            target.setLimit(count("limit", values.get("limit")));
        }
        if (values.containsKey("offset")) {
            target.setOffset(count("offset", values.get("offset")));
        }
        replaceValues((ElementGroup) copy.getQueryPattern(), values, prefixes);
        return copy;
    }

    private static void replaceValues(ElementGroup group, Map<String, String> values, PrefixMap prefixes) {
        List<Element> elements = group.getElements();
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof ElementData data && data.getRows().size() == 1) {
                Binding row = data.getRows().get(0);
                BindingBuilder b = Binding.builder();
                boolean changed = false;
                for (Var v : data.getVars()) {
                    String given = values.get(v.getVarName());
                    changed |= given != null;
                    Node value = given != null ? term(given, prefixes) : row.get(v);
                    if (value != null) {
                        b.add(v, value);
                    }
                }
                if (changed) {
                    elements.set(i, new ElementData(new ArrayList<>(data.getVars()), new ArrayList<>(List.of(b.build()))));
                }
            }
        }
    }

    /**
     * The query whose LIMIT pages the answer: the query's own, or else that of the first sub-select at the top of its
     * WHERE clause (a page is chosen before the rest of its rows is looked up, so a page costs what it shows).
     */
    static Optional<Query> paged(Query query) {
        return query.hasLimit() ? Optional.of(query) : pagedSubSelect(query).map(ElementSubQuery::getQuery);
    }

    private static Optional<ElementSubQuery> pagedSubSelect(Query query) {
        if (query.getQueryPattern() instanceof ElementGroup group) {
            for (Element e : group.getElements()) {
                if (e instanceof ElementSubQuery sub && sub.getQuery().hasLimit()) {
                    return Optional.of(sub);
                }
            }
        }
        return Optional.empty();
    }

    private static long count(String name, String value) {
        try {
            long n = Long.parseLong(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new LibraryQuery.InvalidQueryException("parameter " + name + " must be a whole number of rows (0 or more), not: " + value);
    }

    /** {@code <iri>}, {@code prefix:name}, {@code "literal"}, a number or boolean; else a plain string. */
    static Node term(String value, PrefixMap prefixes) {
        String v = value.strip();
        try {
            Node n = NodeFactoryExtra.parseNode(v, prefixes);
            if (n.isConcrete() && !n.isBlank()) {
                return n;
            }
        } catch (RuntimeException e) {
            if (v.startsWith("<") || v.startsWith("\"")) {
                throw new LibraryQuery.InvalidQueryException("parameter value is not an RDF term: " + value);
            }
        }
        return NodeFactory.createLiteralString(value);
    }
}
