package org.exokg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.exokg.ExoKg;

/** The prefixes used when ExoKG writes RDF for people (docs/graph-model.md). */
public final class Prefixes {
    private Prefixes() {}

    /** Adds only the prefixes whose namespace some IRI of {@code model} uses (keeps small descriptions small). */
    public static Model addUsed(Model model) {
        PrefixMapping all = addTo(PrefixMapping.Factory.create());
        java.util.Set<String> used = new java.util.HashSet<>();
        model.listStatements().forEachRemaining(st -> {
            for (RDFNode n : new RDFNode[] {st.getSubject(), st.getPredicate(), st.getObject()}) {
                if (n.isURIResource()) {
                    all.getNsPrefixMap().forEach((prefix, ns) -> {
                        if (n.asResource().getURI().startsWith(ns)) {
                            used.add(prefix);
                        }
                    });
                } else if (n.isLiteral() && n.asLiteral().getDatatypeURI() != null) {
                    String dt = n.asLiteral().getDatatypeURI();
                    all.getNsPrefixMap().forEach((prefix, ns) -> {
                        if (dt.startsWith(ns)) {
                            used.add(prefix);
                        }
                    });
                }
            }
        });
        model.clearNsPrefixMap(); // a CONSTRUCT result carries the store's prefixes, used or not
        all.getNsPrefixMap().forEach((prefix, ns) -> {
            if (used.contains(prefix)) {
                model.setNsPrefix(prefix, ns);
            }
        });
        return model;
    }

    /** The short form of {@code iri} with these prefixes (owl:Class), or null when none applies. */
    public static String shortForm(String iri) {
        PrefixMapping all = addTo(PrefixMapping.Factory.create());
        String best = null;
        for (java.util.Map.Entry<String, String> e : all.getNsPrefixMap().entrySet()) {
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) {
                String local = iri.substring(e.getValue().length());
                if (!local.contains("/") && !local.contains("#") && (best == null || best.length() > local.length())) {
                    best = e.getKey() + ":" + local;
                }
            }
        }
        return best;
    }

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
                .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
                .setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#");
    }
}
