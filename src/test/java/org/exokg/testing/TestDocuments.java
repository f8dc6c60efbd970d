package org.exokg.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.exokg.ExoKg;
import org.exokg.document.DocumentException;
import org.exokg.rdf.DocumentGraph;
import org.exokg.store.DocumentExtractor;

/** Hand-made document graphs in the shape of docs/graph-model.md, and a small ontology. */
public final class TestDocuments {
    private TestDocuments() {}

    public static final String PREFIXES = """
            PREFIX exokg:   <https://w3id.org/exokg/ontology/>
            PREFIX exokgr:  <https://w3id.org/exokg/resource/>
            PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl:     <http://www.w3.org/2002/07/owl#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov:    <http://www.w3.org/ns/prov#>
            PREFIX oa:      <http://www.w3.org/ns/oa#>
            PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
            """;

    public static final String ONTOLOGY_TTL = PREFIXES + """
            <https://w3id.org/exokg/ontology> a owl:Ontology .
            exokg:ExtracellularVesicle a owl:Class ; rdfs:label "extracellular vesicle"@en .
            exokg:Exosome a owl:Class ; rdfs:subClassOf exokg:ExtracellularVesicle ; rdfs:label "exosome"@en .
            exokg:VesicleSource a owl:Class ; rdfs:label "vesicle source"@en .
            exokg:BodyFluid a owl:Class ; rdfs:subClassOf exokg:VesicleSource ; rdfs:label "body fluid"@en .
            exokg:Milk a owl:Class ; rdfs:subClassOf exokg:BodyFluid ; rdfs:label "milk"@en .
            exokg:Cell a owl:Class ; rdfs:subClassOf exokg:VesicleSource ; rdfs:label "cell"@en .
            exokg:DendriticCell a owl:Class ; rdfs:subClassOf exokg:Cell ; rdfs:label "dendritic cell"@en .
            exokg:Claim a owl:Class .
            exokg:Document a owl:Class .
            exokg:derivedFrom a owl:ObjectProperty ; rdfs:range exokg:VesicleSource .
            """;

    public static String graphIri(String docId) {
        return ExoKg.documentGraph(docId);
    }

    /** A document graph (Turtle) with one positive claim "Exosome derivedFrom {source}" and its evidence. */
    public static String documentTtl(String docId, String title, String source) {
        return PREFIXES + """
                BASE <https://w3id.org/exokg/resource/>
                <document/%1$s> a exokg:Document, prov:Entity ;
                    dcterms:identifier "%1$s" ; dcterms:title "%2$s" ; exokg:documentFormat "text" .
                <sentence/%1$s-1> a exokg:Sentence ;
                    rdf:value "Exosomes can be isolated from %3$s." ;
                    dcterms:isPartOf <document/%1$s> ; exokg:startOffset 0 ; exokg:endOffset 36 .
                <claim/%1$s-1> a exokg:Claim ;
                    rdf:subject exokg:Exosome ; rdf:predicate exokg:derivedFrom ; rdf:object exokg:%3$s ;
                    exokg:polarity exokg:PositivePolarity ; exokg:hedged false ;
                    dcterms:source <document/%1$s> ; prov:wasDerivedFrom <sentence/%1$s-1> ;
                    exokg:hasEvidence <evidence/%1$s-1> .
                <evidence/%1$s-1> a oa:Annotation, exokg:Evidence ;
                    oa:hasBody <claim/%1$s-1> ;
                    oa:hasTarget [ oa:hasSource <document/%1$s> ;
                                   oa:hasSelector [ a oa:TextPositionSelector ; oa:start 0 ; oa:end 36 ] ] .
                exokg:Exosome exokg:derivedFrom exokg:%3$s .
                """.formatted(docId, title, source);
    }

    public static Model parse(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(m);
        return m;
    }

    public static Model ontology() {
        return parse(ONTOLOGY_TTL);
    }

    public static DocumentGraph document(String docId, String title, String source) {
        return new DocumentGraph(docId, graphIri(docId), parse(documentTtl(docId, title, source)));
    }

    /**
     * A document whose model fails part-way through being read (after {@code goodTriples} triples), as an
     * extractor bug or I/O error would.
     */
    public static DocumentGraph failingDocument(String docId, String title, String source, int goodTriples) {
        Graph base = parse(documentTtl(docId, title, source)).getGraph();
        Graph failing = new GraphWrapper(base) {
            @Override
            public ExtendedIterator<Triple> find(org.apache.jena.graph.Node s, org.apache.jena.graph.Node p,
                                                 org.apache.jena.graph.Node o) {
                return failAfter(super.find(s, p, o), goodTriples);
            }

            @Override
            public ExtendedIterator<Triple> find(Triple t) {
                return failAfter(super.find(t), goodTriples);
            }

            @Override
            public ExtendedIterator<Triple> find() {
                return failAfter(super.find(), goodTriples);
            }
        };
        return new DocumentGraph(docId, graphIri(docId), ModelFactory.createModelForGraph(failing));
    }

    private static ExtendedIterator<Triple> failAfter(ExtendedIterator<Triple> it, int n) {
        AtomicInteger count = new AtomicInteger();
        return WrappedIterator.create(it).mapWith(t -> {
            if (count.incrementAndGet() > n) {
                throw new IllegalStateException("simulated failure after " + n + " triples");
            }
            return t;
        });
    }

    /**
     * A stand-in for the extraction pipeline: a corpus file {@code NAME.txt} holds the Turtle of document
     * {@code NAME}; a file that does not parse is a {@link DocumentException}.
     */
    public static final DocumentExtractor TURTLE_EXTRACTOR = file -> {
        String name = file.getFileName().toString();
        String docId = name.substring(0, name.lastIndexOf('.'));
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return List.of(new DocumentGraph(docId, graphIri(docId), parse(text)));
        } catch (IOException | RiotException e) {
            throw new DocumentException(file, "cannot read: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    };

    public static Path write(Path dir, String name, String content) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
