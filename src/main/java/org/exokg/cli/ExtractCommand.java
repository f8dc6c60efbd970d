package org.exokg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.exokg.ExoKg;
import org.exokg.document.DocumentException;
import org.exokg.document.DocumentLoader;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;
import org.exokg.rdf.TrigOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract claims with evidence from documents (plain text/Markdown, JATS XML, PubMed XML) "
                + "and write them as TriG, one named graph per document. Nothing is stored.",
                "A summary line per document goes to stderr. A file that cannot be read is reported and skipped; "
                + "the exit code is then 1."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to read (metadata sidecars *.meta.json are skipped).")
    List<Path> files;

    @Option(names = "--out", paramLabel = "FILE.trig", description = "Write TriG here instead of stdout.")
    Path out;

    @Option(names = "--ontology", paramLabel = "FILE.ttl", description = "Ontology that provides the lexicon (default: ${DEFAULT-VALUE}).")
    Path ontology = Path.of(ExoKg.ONTOLOGY_FILE);

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(ontology)) {
            throw new IllegalArgumentException("ontology not found: " + ontology + " (use --ontology)");
        }
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(ontology);
        int failed = 0;
        // each document's graph is written as soon as it is extracted: memory does not grow with the corpus
        try (OutputStream o = out != null ? Files.newOutputStream(out) : new java.io.FilterOutputStream(System.out) {
                    @Override
                    public void close() throws IOException {
                        flush(); // leave System.out open
                    }
                };
             TrigOutput.Writer trig = TrigOutput.streaming(o)) {
            for (Path file : files) {
                if (DocumentLoader.isMetadataSidecar(file)) {
                    continue;
                }
                try {
                    for (DocumentExtraction e : builder.extract(file)) {
                        trig.write(e.graph());
                        err.println(e.summary());
                    }
                } catch (DocumentException e) {
                    err.println("exokg extract: " + e.getMessage());
                    failed++;
                }
                err.flush();
            }
        }
        if (failed > 0) {
            err.println("exokg extract: " + failed + " of " + files.size() + " file(s) failed");
            return 1;
        }
        return 0;
    }
}
