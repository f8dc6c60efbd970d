package org.exokg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real shapes file over fixture data in the shape of docs/graph-model.md. */
class ShapeValidationTest {

    static final String ONT = "https://w3id.org/exokg/ontology/";
    static final String RES = "https://w3id.org/exokg/resource/";

    static ShapeValidation shapes;

    @BeforeAll
    static void loadShapes() {
        shapes = ShapeValidation.fromFile(Path.of(ShapeValidation.SHAPES_FILE));
    }

    static ShapeValidation.Report validateUnion(String fixture) {
        Dataset ds = RDFDataMgr.loadDataset("src/test/resources/shapes/" + fixture);
        return shapes.validate(ds.getUnionModel().getGraph());
    }

    @Test
    void aDocumentGraphAsTheContractDescribesItConforms() {
        ShapeValidation.Report report = validateUnion("conforming.trig");
        assertTrue(report.conforms(), () -> "unexpected findings:\n" + lines(report.findings()));
        assertEquals(List.of(), report.findings());
        assertTrue(report.summary().startsWith("conforms:"), report.summary());
    }

    @Test
    void brokenDataIsReportedNodeByNodeWithTheRuleThatFailed() {
        ShapeValidation.Report report = validateUnion("violating.trig");
        assertFalse(report.conforms());
        String all = lines(report.findings());

        assertFinding(report, RES + "document/Bad-Doc", ONT + "documentFormat", "exokg:documentFormat is one of");
        assertFinding(report, RES + "document/Bad-Doc", "", "A document IRI is");
        assertFinding(report, RES + "document/Bad-Doc", "http://purl.org/dc/terms/identifier", "its docId");
        assertFinding(report, RES + "sentence/s1", ONT + "startOffset", "less than its exokg:endOffset");
        assertFinding(report, RES + "claim/c1", "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate",
                "one of the eleven claim relations");
        assertFinding(report, RES + "claim/c1", ONT + "polarity", "exactly one exokg:polarity");
        assertFinding(report, RES + "claim/c1", ONT + "hedged", "(xsd:boolean)");
        assertFinding(report, RES + "claim/c1", ONT + "hasEvidence", "at least one exokg:hasEvidence");
        assertFinding(report, RES + "claim/c2", "", "names the narrowing source");
        assertFinding(report, RES + "claim/c2", "", "subject <" + ONT + "Doxorubicin> is not an exokg:ExtracellularVesicle");
        assertFinding(report, RES + "claim/c2", "", "object <" + ONT + "Milk> is not in the range <" + ONT
                + "BiologicalBarrier>");
        assertFinding(report, RES + "claim/c2", "", "is not stated as a plain triple");
        assertFinding(report, RES + "conflict/k1", "", "a single claim is an exokg:OntologyConflict");
        assertFinding(report, RES + "conflict/k1", "http://www.w3.org/2000/01/rdf-schema#comment", "says why");
        assertFinding(report, RES + "evidence/e2", "", "exactly one oa:TextQuoteSelector");
        // the well-formed parts are not blamed
        assertTrue(report.findings().stream().noneMatch(f -> f.focusNode().contains("evidence/e2")
                && f.message().contains("oa:hasBody")), all);
    }

    @Test
    void findingsPrintAsOneReadableLine() {
        ShapeValidation.Report report = validateUnion("violating.trig");
        ShapeValidation.Finding f = report.findings().stream()
                .filter(x -> x.path().contains("documentFormat")).findFirst().orElseThrow();
        assertEquals("Violation: <" + RES + "document/Bad-Doc> <" + ONT + "documentFormat>: "
                + "exokg:documentFormat is one of \"text\", \"jats\", \"pubmed\"", f.toString());
    }

    static void assertFinding(ShapeValidation.Report report, String focus, String path, String messagePart) {
        boolean found = report.findings().stream().anyMatch(f -> f.focusNode().equals("<" + focus + ">")
                && (path.isEmpty() || f.path().equals("<" + path + ">"))
                && f.message().contains(messagePart));
        assertTrue(found, () -> "no finding for " + focus + " " + path + " '" + messagePart + "' in:\n"
                + lines(report.findings()));
    }

    static String lines(List<ShapeValidation.Finding> findings) {
        return findings.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }
}
