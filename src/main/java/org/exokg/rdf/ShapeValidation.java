package org.exokg.rdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/**
 * Runs the ExoKG SHACL shapes ({@code ontology/shapes/exokg-shapes.ttl}) over a graph with Jena SHACL and
 * turns Jena's report into {@link Finding}s that say which node broke which rule and why.
 */
public final class ShapeValidation {

    /** The shapes file, relative to the project directory. */
    public static final String SHAPES_FILE = "ontology/shapes/exokg-shapes.ttl";

    /** One result of the validation report. */
    public record Finding(String severity, String focusNode, String path, String value, String message,
                          String sourceShape) {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(severity).append(": ").append(focusNode);
            if (!path.isEmpty()) {
                b.append(" ").append(path);
            }
            if (!value.isEmpty() && !value.equals(focusNode)) {
                b.append(" = ").append(value);
            }
            b.append(": ").append(message);
            if (sourceShape.startsWith("<")) {
                b.append(" [").append(sourceShape).append("]");
            }
            return b.toString();
        }
    }

    /** What a validation found: conforming when there is no result of severity Violation. */
    public record Report(long triples, List<Finding> findings) {
        public boolean conforms() {
            return violations().isEmpty();
        }

        public List<Finding> violations() {
            return findings.stream().filter(f -> f.severity().equals("Violation")).toList();
        }

        public String summary() {
            long warnings = findings.stream().filter(f -> !f.severity().equals("Violation")).count();
            return String.format("%s: %,d triples checked, %d violation%s, %d warning%s",
                    conforms() ? "conforms" : "does NOT conform", triples, violations().size(),
                    violations().size() == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
        }
    }

    private final Shapes shapes;

    private ShapeValidation(Shapes shapes) {
        this.shapes = shapes;
    }

    /** Reads the shapes from a Turtle (or other RDF) file. */
    public static ShapeValidation fromFile(Path shapesFile) {
        if (!Files.isRegularFile(shapesFile)) {
            throw new IllegalArgumentException("No shapes file at " + shapesFile);
        }
        return new ShapeValidation(Shapes.parse(RDFDataMgr.loadGraph(shapesFile.toString())));
    }

    /** Number of shapes with targets (the rules that select nodes to check). */
    public int targetShapeCount() {
        return shapes.numRootShapes();
    }

    /** Validates {@code data} (read it inside a transaction if it is a store's graph). */
    public Report validate(Graph data) {
        Objects.requireNonNull(data, "data");
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Finding> findings = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            findings.add(new Finding(severityName(e.severity()), text(e.focusNode()), pathText(e.resultPath()),
                    e.value() == null ? "" : text(e.value()), e.message() == null ? "" : e.message(),
                    text(e.source())));
        }
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::focusNode)
                .thenComparing(Finding::path).thenComparing(Finding::message));
        return new Report(data.size(), List.copyOf(findings));
    }

    private static String severityName(Severity s) {
        if (s == null) {
            return "Violation";
        }
        String iri = s.level().getURI();
        return iri.substring(iri.lastIndexOf('#') + 1);
    }

    private static String pathText(org.apache.jena.sparql.path.Path p) {
        return p == null ? "" : p.toString();
    }

    private static String text(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isURI()) {
            return "<" + n.getURI() + ">";
        }
        if (n.isBlank()) {
            return "[]";
        }
        return n.toString();
    }
}
