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
 * clause (not nested), whose single row holds the defaults. Being inside the WHERE clause, the values
 * are bound for every pattern and FILTER of it. Setting a parameter replaces the value in the parsed
 * query; the value is parsed as one RDF term, so it cannot change the query's structure.
 */
final class QueryParameters {
    private QueryParameters() {}

    /** The VALUES block of the WHERE clause's top level that declares {@code name}, if any. */
    static Optional<ElementData> block(Query query, String name) {
        if (!(query.getQueryPattern() instanceof ElementGroup group)) {
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
        if (values.containsKey("limit") || values.containsKey("offset")) {
            page(copy, values);
        }
        PrefixMap prefixes = Prefixes.adapt(query.getPrefixMapping());
        List<Element> elements = ((ElementGroup) copy.getQueryPattern()).getElements();
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
        return copy;
    }

    /**
     * The query whose LIMIT pages the answer: the query's own, or else that of the first sub-select at the top of its
     * WHERE clause (a page of documents is chosen before their other values are looked up, so a page costs what it shows).
     */
    static Optional<Query> paged(Query query) {
        if (query.hasLimit()) {
            return Optional.of(query);
        }
        if (query.getQueryPattern() instanceof ElementGroup group) {
            for (Element e : group.getElements()) {
                if (e instanceof ElementSubQuery sub && sub.getQuery().hasLimit()) {
                    return Optional.of(sub.getQuery());
                }
            }
        }
        return Optional.empty();
    }

    private static void page(Query copy, Map<String, String> values) {
        Query target = copy;
        if (!copy.hasLimit()) {
            List<Element> elements = ((ElementGroup) copy.getQueryPattern()).getElements();
            for (int i = 0; i < elements.size(); i++) {
                if (elements.get(i) instanceof ElementSubQuery sub && sub.getQuery().hasLimit()) {
                    target = sub.getQuery().cloneQuery(); // not shared with the library's parsed query
                    elements.set(i, new ElementSubQuery(target));
                    break;
                }
            }
        }
        if (values.containsKey("limit")) {
            target.setLimit(count("limit", values.get("limit")));
        }
        if (values.containsKey("offset")) {
            target.setOffset(count("offset", values.get("offset")));
        }
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
