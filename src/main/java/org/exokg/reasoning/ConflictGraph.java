package org.exokg.reasoning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.exokg.ExoKg;
import org.exokg.rdf.ContentHash;
import org.exokg.rdf.GraphVocabulary;
import org.exokg.reasoning.ClaimAxioms.Statement;

/** The conflicts graph (docs/graph-model.md): conflicts, exceptions and corroborations as resources linking claims. */
final class ConflictGraph {

    private ConflictGraph() {}

    static Model build(List<ConflictExplanation> conflicts, List<Corroboration> corroborations, String activityIri) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("exokg", ExoKg.NS).setNsPrefix("exokgr", ExoKg.RESOURCE_NS).setNsPrefix("prov", GraphVocabulary.PROV)
                .setNsPrefix("rdfs", RDFS.uri).setNsPrefix("dcterms", DCTerms.NS);
        Resource activity = m.createResource(activityIri);
        Property generatedBy = GraphVocabulary.PROV_WAS_GENERATED_BY;
        m.add(m.createResource(ExoKg.CONFLICTS_GRAPH), generatedBy, activity);
        Property involvesClaim = p(m, "involvesClaim");
        for (ConflictExplanation c : conflicts) {
            Resource r = m.createResource(c.iri());
            if (c.kind() == ConflictExplanation.Kind.EXCEPTION) {
                r.addProperty(RDF.type, m.createResource(ExoKg.NS + "Exception"));
            } else {
                r.addProperty(RDF.type, m.createResource(ExoKg.NS + "Conflict"));
                if (c.withOntology()) {
                    r.addProperty(RDF.type, m.createResource(ExoKg.NS + "OntologyConflict"));
                }
                if (c.hedged()) {
                    r.addProperty(RDF.type, m.createResource(ExoKg.NS + "HedgedConflict"));
                }
            }
            r.addLiteral(p(m, "involvesHedgedClaim"), c.hedged());
            r.addProperty(p(m, "unsatisfiableClass"), c.unsatisfiable());
            r.addProperty(RDFS.label, String.join(" / ", c.statements().stream().map(Statement::label).toList()), "en");
            r.addProperty(RDFS.comment, why(c), "en");
            for (StoredClaim claim : c.claims()) {
                r.addProperty(involvesClaim, m.createResource(claim.iri()));
            }
            statements(m, r, c.claims());
            for (Statement s : c.exceptional()) {
                c.claims().stream().filter(x -> matches(x, s))
                        .forEach(x -> r.addProperty(p(m, "exceptionClaim"), m.createResource(x.iri())));
            }
            for (StoredClaim claim : c.opposing()) {
                r.addProperty(p(m, "opposingClaim"), m.createResource(claim.iri()));
            }
            for (String axiom : c.ontologyAxioms()) {
                r.addProperty(p(m, "involvesAxiom"), axiom);
            }
            r.addProperty(generatedBy, activity);
        }
        for (Corroboration c : corroborations) {
            StoredClaim e = c.example();
            Resource r = m.createResource(c.iri());
            r.addProperty(RDF.type, m.createResource(ExoKg.NS + "Corroboration"));
            r.addProperty(RDF.subject, m.createResource(e.subject()));
            r.addProperty(RDF.predicate, m.createResource(e.predicate()));
            r.addProperty(RDF.object, m.createResource(e.object()));
            if (e.qualifier() != null) {
                r.addProperty(p(m, "subjectQualifier"), m.createResource(e.qualifier()));
            }
            r.addProperty(RDFS.label, (e.positive() ? "" : "NOT ") + ClaimAxioms.local(e.subject()) + " "
                    + ClaimAxioms.local(e.predicate()) + " " + ClaimAxioms.local(e.object()), "en");
            // xsd:integer, like every other count in the graph (not the xsd:int of a Java int)
            r.addLiteral(p(m, "supportingDocumentCount"),
                    m.createTypedLiteral(String.valueOf(c.supportingDocumentCount()), XSDDatatype.XSDinteger));
            // the claim count and an example (its first claim by IRI) spare a query the join over every claim
            r.addLiteral(p(m, "claimCount"), m.createTypedLiteral(String.valueOf(c.claims().size()), XSDDatatype.XSDinteger));
            r.addProperty(p(m, "exampleClaim"), m.createResource(e.iri()));
            for (String d : c.documents()) {
                r.addProperty(DCTerms.source, m.createResource(d));
            }
            for (StoredClaim claim : c.claims()) {
                r.addProperty(involvesClaim, m.createResource(claim.iri()));
            }
            r.addProperty(generatedBy, activity);
        }
        return m;
    }

    /**
     * One {@code exokg:ConflictingStatement} per statement (subject, relation, object, polarity, and the subject's
     * scope and qualifier) of a conflict or exception, with how many of its claims make it, from how many documents, and its first claim by IRI: a query
     * then shows one row per statement, not one per claim (a statement of a conflict can be made by thousands).
     */
    private static void statements(Model m, Resource conflict, List<StoredClaim> claims) {
        // keyed by the statement with its subject's scope and qualifier: an exception sets claims about a narrowed
        // kind against general ones of the same triple, so every claim of a row shares its example's scope
        Map<List<String>, List<StoredClaim>> byStatement = new TreeMap<>(Comparator.comparing(List::toString));
        for (StoredClaim claim : claims) {
            byStatement.computeIfAbsent(List.of(claim.subject(), claim.predicate(), claim.object(), claim.positive() ? "+" : "-",
                    claim.specific() ? "specific" : "general", claim.qualifier() == null ? "" : claim.qualifier()),
                    k -> new ArrayList<>()).add(claim);
        }
        byStatement.forEach((key, of) -> {
            Resource st = m.createResource(conflict.getURI() + "/statement/" + ContentHash.of(key.toArray(String[]::new)))
                    .addProperty(RDF.type, m.createResource(ExoKg.NS + "ConflictingStatement"))
                    .addProperty(RDF.subject, m.createResource(key.get(0)))
                    .addProperty(RDF.predicate, m.createResource(key.get(1)))
                    .addProperty(RDF.object, m.createResource(key.get(2)))
                    .addProperty(p(m, "polarity"), m.createResource(ExoKg.NS + (key.get(3).equals("+") ? "PositivePolarity" : "NegativePolarity")))
                    .addLiteral(p(m, "claimCount"), m.createTypedLiteral(String.valueOf(of.stream().map(StoredClaim::iri).distinct().count()),
                            XSDDatatype.XSDinteger))
                    .addLiteral(p(m, "documentCount"), m.createTypedLiteral(String.valueOf(of.stream().map(StoredClaim::document).distinct().count()),
                            XSDDatatype.XSDinteger))
                    .addProperty(p(m, "exampleClaim"), m.createResource(of.stream().map(StoredClaim::iri).min(String::compareTo).orElseThrow()));
            conflict.addProperty(p(m, "involvesStatement"), st);
        });
    }

    static boolean matches(StoredClaim c, Statement s) {
        return c.subject().equals(s.context().subject()) && c.predicate().equals(s.predicate())
                && c.object().equals(s.object()) && c.positive() == s.positive() && c.specific() == s.context().specific()
                && (s.context().qualifier() == null || s.context().qualifier().equals(c.qualifier()));
    }

    static String why(ConflictExplanation c) {
        String statements = String.join("; ", c.statements().stream().map(Statement::label).toList());
        String axioms = c.ontologyAxioms().isEmpty() ? "" : " given " + String.join("; ", c.ontologyAxioms());
        if (c.kind() == ConflictExplanation.Kind.EXCEPTION) {
            return "The claims about the narrower kind (" + String.join("; ", c.exceptional().stream().map(Statement::label).toList())
                    + ") depart from the claims about the broader kind: together (" + statements + ")" + axioms
                    + " they leave no room for " + c.unsatisfiable() + ".";
        }
        if (c.withOntology()) {
            return "This statement contradicts the ontology (" + statements + ")" + axioms + ": no " + c.unsatisfiable()
                    + " could satisfy it, whatever other claims say.";
        }
        return "These statements cannot all hold (" + statements + ")" + axioms + ": no " + c.unsatisfiable()
                + " could satisfy them.";
    }

    private static Property p(Model m, String local) {
        return m.createProperty(ExoKg.NS, local);
    }
}
