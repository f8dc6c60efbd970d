package org.exokg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.exokg.ExoKg;
import org.exokg.document.DocumentBudget;
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

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Time budget per file (default: 60 s plus 60 s per MB).")
    Long timeLimitSeconds;

    @Option(names = "--max-file-size", paramLabel = "MB", description = "Largest file read (default: 200).")
    Long maxFileMb;

    @picocli.CommandLine.Mixin
    ParserOption parser = new ParserOption();

    /** Loads the process's dependency parser before the documents, saying so (it takes 35-60 s). */
    static void loadParser(java.io.PrintStream err) {
        if (!org.exokg.syntax.SentenceParser.loaded()) {
            err.println("exokg: loading the dependency parser (NLP4J models, 35-60 s; leave out --parser to skip it)");
        }
        org.exokg.syntax.SentenceParser.english();
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(ontology)) {
            throw new IllegalArgumentException("ontology not found: " + ontology + " (use --ontology)");
        }
        DocumentGraphBuilder surface = DocumentGraphBuilder.fromOntology(ontology);
        if (parser.parse()) {
            loadParser(System.err);
        }
        DocumentGraphBuilder builder = parser.parse()
                ? surface.withParser(org.exokg.syntax.SentenceParser.english(), org.exokg.claim.ParseUse.ADOPTED) : surface;
        DocumentBudget budget = budget(timeLimitSeconds, maxFileMb);
        java.util.Map<String, Path> owners = new java.util.HashMap<>();
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
                    List<DocumentExtraction> extracted = budget.run(file, () -> builder.extract(file));
                    for (DocumentExtraction e : extracted) {
                        Path owner = owners.get(e.document().id());
                        if (owner != null && !owner.equals(file)) {
                            throw new DocumentException(file, "document id " + e.document().id() + " is already used by "
                                    + owner + " (two files with one name stem or one PMID); not written");
                        }
                    }
                    for (DocumentExtraction e : extracted) {
                        owners.put(e.document().id(), file);
                        trig.write(e.graph());
                        err.println(e.summary());
                    }
                } catch (DocumentException e) {
                    err.println("exokg extract: " + e.getMessage());
                    failed++;
                } catch (RuntimeException e) {
                    // a bug in a reader or a rule must cost this file only, said on one line
                    err.println("exokg extract: " + file + ": " + oneLine(e));
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

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** The per-file limits from the command's options (null: the default). */
    static DocumentBudget budget(Long timeLimitSeconds, Long maxFileMb) {
        DocumentBudget budget = DocumentBudget.defaults();
        if (timeLimitSeconds != null) {
            if (timeLimitSeconds <= 0) {
                throw new IllegalArgumentException("--time-limit must be positive");
            }
            budget = budget.withTimeLimit(java.time.Duration.ofSeconds(timeLimitSeconds));
        }
        if (maxFileMb != null) {
            if (maxFileMb <= 0) {
                throw new IllegalArgumentException("--max-file-size must be positive");
            }
            budget = budget.withMaxBytes(maxFileMb * 1024 * 1024);
        }
        return budget;
    }
}
