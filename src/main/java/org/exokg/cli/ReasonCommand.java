package org.exokg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.vocabulary.RDF;
import org.exokg.ExoKg;
import org.exokg.reasoning.ConflictFinder;
import org.exokg.reasoning.InconsistentOntologyException;
import org.exokg.reasoning.ReasoningReport;
import org.exokg.reasoning.ReasoningResult;
import org.exokg.reasoning.StoreReasoning;
import org.exokg.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reason", mixinStandardHelpOptions = true,
        description = {"Reason over an existing store: classification, rules, and conflicts between claims.",
                "Runs HermiT over the ontology, the Jena rules over the ontology and document graphs, and finds "
                + "conflicts, exceptions and corroborations between claims. Replaces the inferred and conflicts graphs.",
                "Exit 0 when the ontology is consistent; 3 (with an explanation) when it is not; 1 for bad input; "
                + "2 for a usage error."})
final class ReasonCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("data", "tdb2");

    @Option(names = "--report", paramLabel = "FILE.md", description = "Write a Markdown report of the findings.")
    Path report;

    @Option(names = "--rules", paramLabel = "FILE", description = "Jena rules file (default: ${DEFAULT-VALUE}).")
    Path rules = Path.of(ExoKg.RULES_FILE);

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!GraphStore.exists(store)) {
            throw new IllegalArgumentException("no store at " + store + " (run 'exokg build' first)");
        }
        // the default rules file may be absent (then no rules apply), but one asked for by name must be there
        if (spec.commandLine().getParseResult().hasMatchedOption("--rules") && !Files.isRegularFile(rules)) {
            throw new IllegalArgumentException("no rules file at " + rules);
        }
        try (GraphStore graphStore = GraphStore.open(store)) {
            // a bar on a terminal only: the command's own summary line is the one line otherwise
            ConflictFinder finder = new ConflictFinder().withProgress(System.console() != null ? System.err : null);
            StoreReasoning reasoning = new StoreReasoning(rules, finder);
            ReasoningResult result;
            try {
                result = reasoning.reason(graphStore);
            } catch (InconsistentOntologyException e) {
                err.println("exokg: " + e.getMessage());
                err.flush();
                return 3;
            }
            StoreReasoning.write(graphStore, result);
            if (report != null) {
                if (report.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(report.toAbsolutePath().getParent());
                }
                Files.writeString(report, ReasoningReport.markdown(result), StandardCharsets.UTF_8);
            }
            err.println(String.format(Locale.ROOT,
                    "exokg reason: %d claims; %d conflicts, %d exceptions, %d corroborated; %d rule triples; %d inferred triples%s",
                    result.claims(), result.contradictions().size(), result.exceptions().size(),
                    result.corroborations().size(), result.ruleTriples(), result.inferredGraph().size(),
                    report == null ? "" : "; report " + report));
            // issue 13: findings between reported values (QuantityCheck), in the same conflicts graph
            long valueConflicts = result.conflictsGraph().listSubjectsWithProperty(RDF.type,
                    result.conflictsGraph().createResource(ExoKg.NS + "QuantityConflict")).toList().size();
            long valueExceptions = result.conflictsGraph().listSubjectsWithProperty(RDF.type,
                    result.conflictsGraph().createResource(ExoKg.NS + "QuantityException")).toList().size();
            err.println(String.format(Locale.ROOT, "exokg reason: conflict search: %d kinds, %d answered from the last run's "
                    + "answers (%s), %d searched, %d HermiT tests", finder.lastKindsTested(), finder.lastKindsReused(),
                    org.exokg.reasoning.ConflictCache.FILE_NAME, finder.lastKindsSearched(), finder.lastSatisfiabilityTests()));
            if (finder.lastSearchesCut() > 0 || finder.lastExplanationsCut() > 0) {
                // bounds counted in work cut the same searches on any machine; the clock is a last resort and says so
                err.println(String.format(Locale.ROOT, "exokg reason: %d searches and %d explanations stopped by a bound "
                        + "(%d and %d by the wall-clock safety net, so these depend on the machine's speed)",
                        finder.lastSearchesCut(), finder.lastExplanationsCut(), finder.lastSearchesCutByClock(),
                        finder.lastExplanationsCutByClock()));
            }
            err.println(String.format(Locale.ROOT, "exokg reason: reported values: %d conflicts, %d exceptions (query quantity-conflicts)",
                    valueConflicts, valueExceptions));
            err.flush();
            return 0;
        }
    }
}
