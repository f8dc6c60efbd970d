package org.exokg.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A graph kept as its distinct triples in the order they were added, with no index: what a document graph needs,
 * which is written once and then read whole (to TriG, N-Quads or a store). Adding costs one hash lookup, where
 * Jena's default in-memory graph keeps three hash indexes (by subject, predicate and object) up to date; a
 * {@link #find} with a bound term scans every triple, which is fine for the few such reads a document graph gets
 * (tests, a model's convenience methods) but not for a graph queried many times (copy it into an indexed one).
 */
public final class UnindexedGraph extends GraphBase {

    private final List<Triple> triples = new ArrayList<>();
    private final Set<Triple> distinct = new HashSet<>();

    @Override
    public void performAdd(Triple t) {
        if (distinct.add(t)) {
            triples.add(t);
        }
    }

    @Override
    public void performDelete(Triple t) {
        if (distinct.remove(t)) {
            triples.remove(t);
        }
    }

    @Override
    public void clear() {
        List<Triple> removed = new ArrayList<>(triples);
        triples.clear();
        distinct.clear();
        removed.forEach(this::notifyDelete);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        // a copy when filtered, so that a caller may delete what it finds while iterating (as Model.removeAll does)
        if (!pattern.getSubject().isConcrete() && !pattern.getPredicate().isConcrete() && !pattern.getObject().isConcrete()) {
            return WrappedIterator.createNoRemove(List.copyOf(triples).iterator());
        }
        if (pattern.isConcrete()) {
            return WrappedIterator.createNoRemove(distinct.contains(pattern) ? List.of(pattern).iterator()
                    : List.<Triple>of().iterator());
        }
        List<Triple> found = new ArrayList<>();
        Node s = pattern.getSubject();
        Node p = pattern.getPredicate();
        Node o = pattern.getObject();
        for (Triple t : triples) {
            if (matches(s, t.getSubject()) && matches(p, t.getPredicate()) && matches(o, t.getObject())) {
                found.add(t);
            }
        }
        return WrappedIterator.createNoRemove(found.iterator());
    }

    /** A pattern's term matches: any term if it is not concrete (ANY or a variable), else the same term. */
    private static boolean matches(Node pattern, Node term) {
        return !pattern.isConcrete() || pattern.equals(term);
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        return t.isConcrete() ? distinct.contains(t) : super.graphBaseContains(t);
    }

    @Override
    protected int graphBaseSize() {
        return triples.size();
    }
}
