package org.exokg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.exokg.store.GraphStore;
import org.exokg.store.StoreExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the store for other tools (trig, nquads, jsonld; ttl or owl for the ontology).",
                "Writes every named graph, or with --ontology-only the ontology graph only "
                + "(ttl, jsonld, owl = OWL/XML, trig, nquads)."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "trig, nquads, jsonld, ttl or owl (ttl and owl imply --ontology-only).")
    String format;

    @Option(names = "--ontology-only", description = "Only the ontology graph.")
    boolean ontologyOnly;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("data", "tdb2");

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Override
    public Integer call() throws Exception {
        StoreExport.Format f;
        try {
            f = StoreExport.Format.parse(format);
        } catch (IllegalArgumentException e) {
            // a wrong option value is a usage error (exit 2), like every other bad option
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!GraphStore.exists(store)) {
            spec.commandLine().getErr().println("exokg: no store at " + store + " (run exokg build first)");
            return 1;
        }
        boolean onlyOntology = ontologyOnly || !f.holdsGraphs();
        try (GraphStore graphStore = GraphStore.open(store); OutputStream out = open()) {
            if (onlyOntology) {
                Model ontology = StoreExport.ontologyGraph(graphStore);
                if (ontology.isEmpty()) {
                    spec.commandLine().getErr().println("exokg: the store has no ontology graph");
                    return 1;
                }
                StoreExport.ontology(ontology, f, out);
            } else {
                StoreExport.dataset(graphStore, f, out);
            }
        }
        if (output != null) {
            spec.commandLine().getErr().println("exokg: wrote " + output + " (" + Files.size(output) + " bytes)");
        }
        return 0;
    }

    private OutputStream open() throws java.io.IOException {
        if (output == null) {
            // not closed by try-with-resources in a harmful way: System.out is wrapped, and flushed on close
            return new BufferedOutputStream(new java.io.FilterOutputStream(System.out) {
                @Override
                public void close() throws java.io.IOException {
                    flush();
                }
            });
        }
        if (output.toAbsolutePath().getParent() != null) {
            Files.createDirectories(output.toAbsolutePath().getParent());
        }
        return new BufferedOutputStream(Files.newOutputStream(output));
    }
}
