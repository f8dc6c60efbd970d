package org.exokg.query;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.exokg.ExoKg;
import org.exokg.store.GraphStore;

/**
 * The library as RDF in the style of the SIB {@code sparql-examples} project, so that queries can be found
 * with SPARQL: each query is an {@code sh:SPARQLExecutable} (and {@code sh:SPARQLSelectExecutable}, ...)
 * with its text ({@code sh:select}, ...), its question ({@code rdfs:comment}), its keywords and the
 * endpoint it is meant for ({@code schema:target}).
 */
public final class QueryCatalogue {
    private QueryCatalogue() {}

    public static final String SH = "http://www.w3.org/ns/shacl#";
    public static final String SCHEMA = "https://schema.org/";
    /** Namespace of the library's queries. */
    public static final String QUERY_NS = ExoKg.RESOURCE_NS + "query/";

    /** The catalogue of {@code library}, each query targeting {@code endpoint}. */
    public static Model describe(QueryLibrary library, String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sh", SH).setNsPrefix("schema", SCHEMA).setNsPrefix("rdfs", RDFS.uri)
                .setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("exokgq", QUERY_NS);
        Resource target = m.createResource(endpoint);
        for (LibraryQuery q : library.queries()) {
            String form = q.form();
            String kind = Character.toUpperCase(form.charAt(0)) + form.substring(1);
            Resource r = m.createResource(QUERY_NS + q.name())
                    .addProperty(RDF.type, m.createResource(SH + "SPARQLExecutable"))
                    .addProperty(RDF.type, m.createResource(SH + "SPARQL" + kind + "Executable"))
                    .addProperty(DCTerms.identifier, q.name())
                    .addProperty(RDFS.label, q.title(), "en")
                    .addProperty(RDFS.comment, q.question(), "en")
                    .addProperty(m.createProperty(SCHEMA, "description"), q.row(), "en")
                    .addProperty(m.createProperty(SH, form), q.text())
                    .addProperty(m.createProperty(SCHEMA, "target"), target);
            Property keywords = m.createProperty(SCHEMA, "keywords");
            q.keywords().forEach(k -> r.addProperty(keywords, k));
        }
        return m;
    }

    /** Replaces the store's queries graph ({@link ExoKg#QUERIES_GRAPH}) with the catalogue; returns it. */
    public static Model store(GraphStore store, QueryLibrary library, String endpoint) {
        Model catalogue = describe(library, endpoint);
        store.replaceGraph(ExoKg.QUERIES_GRAPH, catalogue);
        return catalogue;
    }
}
