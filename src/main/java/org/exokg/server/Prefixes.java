package org.exokg.server;

import org.apache.jena.shared.PrefixMapping;
import org.exokg.ExoKg;

/** The prefixes used when ExoKG writes RDF for people (docs/graph-model.md). */
public final class Prefixes {
    private Prefixes() {}

    public static PrefixMapping addTo(PrefixMapping m) {
        return m.setNsPrefix("exokg", ExoKg.NS)
                .setNsPrefix("exokgr", ExoKg.RESOURCE_NS)
                .setNsPrefix("exokgm", "https://w3id.org/exokg/mappings/")
                .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
                .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
                .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
                .setNsPrefix("oa", "http://www.w3.org/ns/oa#")
                .setNsPrefix("obo", "http://purl.obolibrary.org/obo/")
                .setNsPrefix("oboInOwl", "http://www.geneontology.org/formats/oboInOwl#")
                .setNsPrefix("void", "http://rdfs.org/ns/void#")
                .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
                .setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#");
    }
}
