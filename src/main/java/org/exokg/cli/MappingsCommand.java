package org.exokg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.exokg.ExoKg;
import org.exokg.ontology.ImportModuleWriter;
import org.exokg.ontology.MappingDraft;
import org.exokg.ontology.MappingSet;
import org.exokg.ontology.VerifiedTerms;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "mappings", mixinStandardHelpOptions = true,
        description = {"Check the SSSOM mapping file against the ontology.",
                "Lists subjects the ontology does not declare, plain xrefs that are not verified, "
                + "unverified xrefs that can be promoted, and xrefs with no mapping yet."})
final class MappingsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--ontology", paramLabel = "FILE", description = "Ontology (default: ${DEFAULT-VALUE}).")
    Path ontology = Path.of(ExoKg.ONTOLOGY_FILE);

    @Option(names = "--add-drafts", description = "Append draft rows for xrefs with no mapping (review them!).")
    boolean addDrafts;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path sssomFile = Path.of(ImportModuleWriter.SSSOM_FILE);
        MappingDraft draft = new MappingDraft(org.exokg.OntologyFiles.load(ontology), MappingSet.read(sssomFile),
                VerifiedTerms.read(Path.of(VerifiedTerms.FILE)));
        List<String> undeclared = draft.undeclaredSubjects();
        List<String> notVerified = draft.plainXrefsNotVerified();
        List<String> drafts = draft.draftRows();
        print(out, "SSSOM subjects not declared in " + ontology, undeclared);
        print(out, "oboInOwl:hasDbXref values not verified (use exokg:unverifiedDbXref)", notVerified);
        print(out, "exokg:unverifiedDbXref values now verified (can become oboInOwl:hasDbXref)", draft.promotable());
        print(out, "xrefs without a mapping in " + sssomFile, drafts);
        if (addDrafts && !drafts.isEmpty()) {
            Files.writeString(sssomFile, String.join("\n", drafts) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            out.println("appended " + drafts.size() + " draft row(s) to " + sssomFile + "; review the predicates, then run exokg imports");
            drafts = List.of();
        }
        return undeclared.isEmpty() && notVerified.isEmpty() && drafts.isEmpty() ? 0 : 1;
    }

    private static void print(PrintWriter out, String heading, List<String> items) {
        out.println(heading + ": " + (items.isEmpty() ? "none" : items.size()));
        items.forEach(i -> out.println("  " + i));
    }
}
