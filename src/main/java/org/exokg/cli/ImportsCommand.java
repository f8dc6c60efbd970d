package org.exokg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.exokg.ontology.ImportModuleWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "imports", mixinStandardHelpOptions = true,
        description = {"Generate the import modules ontology/imports/*.ttl from the verified terms and mappings.",
                "The modules hold the external terms ExoKG maps to and the mappings as SKOS, "
                + "read from ontology/mappings/verified-terms.tsv and exokg.sssom.tsv."})
final class ImportsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--project", paramLabel = "DIR", description = "Project directory (default: the current one).")
    Path project = Path.of(".");

    @Option(names = "--check", description = "Only check that the committed modules are up to date (exit 1 if not).")
    boolean check;

    @Override
    public Integer call() throws Exception {
        ImportModuleWriter writer = ImportModuleWriter.fromProject(project);
        Path dir = project.resolve(ImportModuleWriter.IMPORTS_DIR).normalize();
        if (check) {
            List<String> stale = writer.outdated(dir);
            if (!stale.isEmpty()) {
                spec.commandLine().getErr().println("exokg: out of date in " + dir + ": " + String.join(", ", stale)
                        + " (run exokg imports)");
                return 1;
            }
            spec.commandLine().getOut().println(dir + ": up to date");
            return 0;
        }
        for (String name : writer.write(dir)) {
            spec.commandLine().getOut().println("wrote " + dir.resolve(name));
        }
        return 0;
    }
}
