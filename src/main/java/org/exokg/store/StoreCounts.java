package org.exokg.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.vocabulary.RDF;
import org.exokg.ExoKg;

/**
 * The counted part of the VoID description — what {@code void/graphs.rq}, {@code totals.rq}, {@code classes.rq}
 * and {@code vocabularies.rq} answer — read from a TDB2 store's quad indexes in one ordered scan of term ids
 * instead of four queries that decode every term of every quad and group them in hash tables (issue 16: these
 * queries took tens of seconds per million quads). One scan of {@code SPOG} gives all of it (it was one of
 * {@code SPOG} and one of {@code POSG}, 24 s at 10,000 documents: docs/performance.md, "Build tail"). Only distinct
 * terms are decoded, and of the instances only each typed subject once. As in the queries, the void graph itself is left out. Runs in the caller's transaction.
 */
final class StoreCounts {
    private StoreCounts() {}

    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    /** As in vocabularies.rq: a term's namespace is its IRI up to the last '/' or '#'. */
    private static final java.util.regex.Pattern NAMESPACE = java.util.regex.Pattern.compile("^(.*[/#])[^/#]*$");

    static void describe(DatasetGraphTDB tdb, Model m, Resource dataset) {
        NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        TupleIndex[] indexes = tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
        NodeId voidGraph = nodes.getNodeIdForNode(NodeFactory.createURI(ExoKg.VOID_GRAPH));
        NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());

        // one SPOG scan (tuples come in G, S, P, O order whatever the index; the index is sorted S, P, O, G): triples
        // per graph and in all; distinct subjects (a subject's quads are adjacent); distinct properties and rdf:type
        // objects (few: a set); each class's distinct instances in ExoKG's resource space (the quads of one subject,
        // rdf:type and class are adjacent, one per graph; a subject is decoded once, for its first rdf:type quad)
        Map<NodeId, long[]> perGraph = new HashMap<>();
        long triples = 0;
        long subjects = 0;
        NodeId lastSubject = null;
        Set<NodeId> properties = new HashSet<>();
        Set<NodeId> terms = new LinkedHashSet<>(); // properties and rdf:type objects, for the vocabularies
        Map<NodeId, long[]> instances = new HashMap<>();
        NodeId lastClass = null;
        NodeId lastInstance = null;
        NodeId decodedSubject = null;
        boolean inResourceSpace = false;
        for (Iterator<Tuple<NodeId>> it = index(indexes, "SPOG").all(); it.hasNext(); ) {
            Tuple<NodeId> q = it.next();
            NodeId g = q.get(0);
            if (g.equals(voidGraph)) {
                continue;
            }
            perGraph.computeIfAbsent(g, x -> new long[1])[0]++;
            triples++;
            NodeId s = q.get(1);
            if (!s.equals(lastSubject)) {
                subjects++;
                lastSubject = s;
            }
            NodeId p = q.get(2);
            if (properties.add(p)) {
                terms.add(p);
            }
            if (p.equals(type)) {
                NodeId c = q.get(3);
                terms.add(c);
                if (!c.equals(lastClass) || !s.equals(lastInstance)) {
                    lastClass = c;
                    lastInstance = s;
                    if (!s.equals(decodedSubject)) {
                        decodedSubject = s;
                        Node subject = nodes.getNodeForNodeId(s);
                        inResourceSpace = subject.isURI() && subject.getURI().startsWith(ExoKg.RESOURCE_NS);
                    }
                    if (inResourceSpace) {
                        instances.computeIfAbsent(c, x -> new long[1])[0]++;
                    }
                }
            }
        }

        Property voidTriples = m.createProperty(VOID, "triples");
        // graphs.rq
        Map<String, Long> graphs = new TreeMap<>();
        perGraph.forEach((g, n) -> graphs.put(nodes.getNodeForNodeId(g).getURI(), n[0]));
        graphs.forEach((iri, n) -> {
            Resource graph = m.createResource(iri);
            m.add(dataset, m.createProperty(VOID, "subset"), graph);
            m.add(graph, RDF.type, m.createResource(VOID + "Dataset"));
            m.add(graph, RDF.type, m.createResource(SD + "Graph"));
            m.add(graph, voidTriples, integer(m, n));
            m.add(graph, m.createProperty(SD, "name"), graph);
        });
        // totals.rq (one row even for an empty store)
        m.add(dataset, voidTriples, integer(m, triples));
        m.add(dataset, m.createProperty(VOID, "distinctSubjects"), integer(m, subjects));
        m.add(dataset, m.createProperty(VOID, "properties"), integer(m, properties.size()));
        // classes.rq: one partition per class with at least one instance in the resource space
        instances.forEach((c, n) -> {
            Resource partition = m.createResource();
            m.add(dataset, m.createProperty(VOID, "classPartition"), partition);
            m.add(partition, m.createProperty(VOID, "class"), m.asRDFNode(nodes.getNodeForNodeId(c)));
            m.add(partition, m.createProperty(VOID, "entities"), integer(m, n[0]));
        });
        // vocabularies.rq: the namespaces of the properties and of the rdf:type objects that are IRIs
        for (NodeId id : terms) {
            Node term = nodes.getNodeForNodeId(id);
            if (term.isURI()) {
                m.add(dataset, m.createProperty(VOID, "vocabulary"),
                        m.createResource(NAMESPACE.matcher(term.getURI()).replaceFirst("$1")));
            }
        }
    }

    private static TupleIndex index(TupleIndex[] indexes, String name) {
        for (TupleIndex index : indexes) {
            if (index.getName().equals(name)) {
                return index;
            }
        }
        throw new IllegalStateException("no " + name + " index in this TDB2 store");
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
