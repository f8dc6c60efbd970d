package org.exokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.exokg.ExoKg;
import org.exokg.ontology.Finding;
import org.exokg.ontology.OntologyCheck;
import org.exokg.ontology.OntologyLoader;
import org.exokg.ontology.OntologyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the ontology: HermiT consistency and classification, OWL 2 DL profile, "
                + "and quality rules (labels, definitions, metadata, cross-references).")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--ontology", paramLabel = "FILE", description = "Ontology file (default: ${DEFAULT-VALUE}).")
    Path ontology = Path.of(ExoKg.ONTOLOGY_FILE);

    @Option(names = "--warnings", description = "Also list warnings and notes, not only errors.")
    boolean warnings;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        OntologyReport report = new OntologyCheck().check(OntologyLoader.load(ontology));
        out.println(ontology + ": " + report.summary());
        for (Finding f : report.findings()) {
            if (f.level() == Finding.Level.ERROR || warnings) {
                out.println(f);
            }
        }
        if (!report.isClean()) {
            spec.commandLine().getErr().println("exokg: " + ontology + " has " + report.errors().size()
                    + " error(s); see the lines above");
            return 1;
        }
        return 0;
    }
}
