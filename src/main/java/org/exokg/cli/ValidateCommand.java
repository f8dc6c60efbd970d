package org.exokg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.exokg.ExoKg;
import org.exokg.ontology.Finding;
import org.exokg.ontology.ImportModuleWriter;
import org.exokg.ontology.OntologyMerge;
import org.exokg.ontology.OntologyCheck;
import org.exokg.ontology.OntologyLoader;
import org.exokg.ontology.OntologyReport;
import org.exokg.rdf.ShapeValidation;
import org.exokg.store.GraphStore;
import org.exokg.store.StoreValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the ontology: HermiT consistency and classification, OWL 2 DL profile, "
                + "and quality rules (labels, definitions, metadata, cross-references); then the same over the "
                + "ontology merged with its import modules and its SSSOM exact matches (as equivalences).",
                "With --data: check the store's data against the SHACL shapes instead (Jena SHACL)."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--ontology", paramLabel = "FILE", description = "Ontology file (default: ${DEFAULT-VALUE}).")
    Path ontology = Path.of(ExoKg.ONTOLOGY_FILE);

    @Option(names = "--warnings", description = "Also list warnings and notes, not only errors.")
    boolean warnings;

    @Option(names = "--data", description = "Validate the store's data (all named graphs) with the SHACL shapes.")
    boolean data;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store for --data (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("data", "tdb2");

    @Option(names = "--shapes", paramLabel = "FILE", description = "SHACL shapes for --data (default: ${DEFAULT-VALUE}).")
    Path shapes = Path.of(ShapeValidation.SHAPES_FILE);

    @Override
    public Integer call() throws Exception {
        if (data) {
            return validateData();
        }
        PrintWriter out = spec.commandLine().getOut();
        OntologyReport report = new OntologyCheck().check(OntologyLoader.load(ontology));
        print(out, ontology.toString(), report);
        int errors = report.errors().size();
        // the merge an integrator makes: with the import modules next to the ontology and the SSSOM exact matches
        Path dir = ontology.toAbsolutePath().getParent();
        Path imports = dir.resolve("imports");
        Path sssom = dir.resolve("mappings").resolve(Path.of(ImportModuleWriter.SSSOM_FILE).getFileName());
        if (Files.isDirectory(imports) && Files.isRegularFile(sssom)) {
            OntologyReport merged = new OntologyCheck().checkMerge(new OntologyMerge(ontology, imports, sssom).toOwl());
            print(out, ontology + " merged with " + imports + " and the exact matches of " + sssom, merged);
            errors += merged.errors().size();
        }
        if (errors > 0) {
            spec.commandLine().getErr().println("exokg: " + ontology + " has " + errors + " error(s); see the lines above");
            return 1;
        }
        return 0;
    }

    private void print(PrintWriter out, String what, OntologyReport report) {
        out.println(what + ": " + report.summary());
        for (Finding f : report.findings()) {
            if (f.level() == Finding.Level.ERROR || warnings) {
                out.println(f);
            }
        }
    }

    private int validateData() {
        PrintWriter out = spec.commandLine().getOut();
        if (!GraphStore.exists(store)) {
            spec.commandLine().getErr().println("exokg: no store at " + store + " (run exokg build first)");
            return 1;
        }
        ShapeValidation validation = ShapeValidation.fromFile(shapes);
        ShapeValidation.Report report;
        try (GraphStore graphStore = GraphStore.open(store)) {
            report = StoreValidation.validate(graphStore, validation);
        }
        out.println(store + " against " + shapes + ": " + report.summary());
        for (ShapeValidation.Finding f : report.findings()) {
            if (f.severity().equals("Violation") || warnings) {
                out.println(f);
            }
        }
        if (!report.conforms()) {
            spec.commandLine().getErr().println("exokg: " + store + " has " + report.violations().size()
                    + " SHACL violation(s); see the lines above");
            return 1;
        }
        return 0;
    }
}
