package org.exokg.rdf;

import org.apache.jena.rdf.model.Model;

/** Everything extracted from one document, to be stored as the named graph {@code graphIri}. */
public record DocumentGraph(String documentId, String graphIri, Model model) {}
