package org.exokg.rdf;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.exokg.ExoKg;
import org.exokg.claim.Claim;
import org.exokg.claim.Quantity;
import org.exokg.claim.QuantityReader;
import org.exokg.claim.QuantityStatement;
import org.exokg.claim.StudyContext;
import org.exokg.claim.SubjectScope;

import static org.exokg.rdf.GraphVocabulary.*;

/**
 * Adds to a document graph the values its sentences report ({@code exokg:QuantityStatement}, docs/graph-model.md) and
 * the study setting of each claim; a value is linked to the claims of its sentence about the same vesicle (and the
 * same object when it has one) with {@code exokg:hasQuantity}.
 */
public final class QuantityGraphWriter {

    private QuantityGraphWriter() {}

    public static String quantityIri(String docId, QuantityStatement q) {
        return ExoKg.RESOURCE_NS + "quantity/" + ContentHash.of(docId, q.identity());
    }

    public static void write(Model m, String docId, QuantityReader.Reading reading, List<Claim> claims) {
        m.setNsPrefix("obo", "http://purl.obolibrary.org/obo/");
        Resource document = m.createResource(ClaimGraphWriter.documentIri(docId));
        // each claim's IRI (a SHA-256) computed once, not once per quantity of its sentence
        java.util.Map<Claim, String> claimIris = new java.util.IdentityHashMap<>();
        java.util.function.Function<Claim, String> claimIri = c -> claimIris.computeIfAbsent(c, x -> ClaimGraphWriter.claimIri(docId, x));
        for (Claim c : claims) {
            StudyContext ctx = reading.contextOf(c.sentence());
            if (ctx != null) {
                context(m, m.createResource(claimIri.apply(c)), ctx);
            }
        }
        for (QuantityStatement q : reading.statements()) {
            Resource r = m.createResource(quantityIri(docId, q))
                    .addProperty(RDF.type, m.createResource(ExoKg.NS + "QuantityStatement"))
                    .addProperty(RDF.subject, m.createResource(q.subjectIri()))
                    .addProperty(p(m, "measuredProperty"), m.createResource(q.property().iri()))
                    .addProperty(DCTerms.source, document)
                    .addProperty(PROV_WAS_DERIVED_FROM, m.createResource(ClaimGraphWriter.sentenceIri(docId, q.sentence())))
                    .addProperty(EXTRACTION_RULE, q.rule());
            // the population, as for claims: vesicles in general, or narrowed by a source ("circulating" = blood)
            r.addProperty(SUBJECT_SCOPE, m.createResource((q.qualifierIri() != null ? SubjectScope.SPECIFIC : SubjectScope.GENERAL).iri()));
            if (q.qualifierIri() != null) {
                r.addProperty(SUBJECT_QUALIFIER, m.createResource(q.qualifierIri()));
            }
            if (q.objectIri() != null) {
                r.addProperty(RDF.object, m.createResource(q.objectIri()));
            }
            if (q.methodIri() != null) {
                r.addProperty(p(m, "method"), m.createResource(q.methodIri()));
            }
            if (q.predominance() != null) {
                r.addProperty(p(m, "predominance"), q.predominance());
            }
            r.addLiteral(HEDGED, m.createTypedLiteral(q.hedgeCue() != null));
            if (q.hedgeCue() != null) {
                r.addProperty(HEDGE_CUE, q.hedgeCue());
            }
            Quantity v = q.quantity();
            if (v != null) {
                r.addProperty(p(m, "valueAsWritten"), v.asWritten());
                if (v.low() != null) {
                    r.addLiteral(p(m, "lowValue"), decimal(m, v.low()));
                }
                if (v.high() != null) {
                    r.addLiteral(p(m, "highValue"), decimal(m, v.high()));
                }
                if (v.spread() != null) {
                    r.addLiteral(p(m, "spread"), decimal(m, v.spread()));
                }
                if (v.modifier() != null) {
                    r.addProperty(p(m, "valueModifier"), v.modifier());
                }
                r.addProperty(p(m, "unitLabel"), v.unit().label());
                if (v.unit().iri() != null) {
                    r.addProperty(p(m, "unit"), m.createResource(v.unit().iri()));
                }
                r.addLiteral(START_OFFSET, m.createTypedLiteral(BigInteger.valueOf(v.start())));
                r.addLiteral(END_OFFSET, m.createTypedLiteral(BigInteger.valueOf(v.end())));
            }
            context(m, r, q.context());
            for (Claim c : claims) {
                if (c.sentence().start() == q.sentence().start() && c.subjectIri().equals(q.subjectIri())
                        && (q.objectIri() == null || q.objectIri().equals(c.objectIri()))
                        && (q.objectIri() != null || q.property() != QuantityStatement.Property.PREDOMINANCE)) {
                    m.createResource(claimIri.apply(c)).addProperty(p(m, "hasQuantity"), r);
                }
            }
        }
    }

    private static void context(Model m, Resource r, StudyContext ctx) {
        r.addProperty(p(m, "studyStage"), m.createResource(ctx.stageIri()));
        if (ctx.speciesIri() != null) {
            r.addProperty(p(m, "studySpecies"), m.createResource(ctx.speciesIri()));
        }
        if (ctx.diseaseIri() != null && ctx.stage() != StudyContext.Stage.REVIEW) {
            r.addProperty(p(m, "studyDisease"), m.createResource(ctx.diseaseIri()));
        }
        if (ctx.phase() != null) {
            r.addProperty(p(m, "trialPhase"), ctx.phase());
        }
        if (ctx.registryId() != null) {
            r.addProperty(p(m, "trialRegistryId"), ctx.registryId());
        }
    }

    private static Literal decimal(Model m, double d) {
        return m.createTypedLiteral(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Property p(Model m, String local) {
        return m.createProperty(ExoKg.NS, local);
    }
}
