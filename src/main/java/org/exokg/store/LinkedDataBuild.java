package org.exokg.store;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.exokg.ExoKg;

/**
 * The linked-data part of {@code exokg build}, after the documents and the reasoning: the import modules
 * ({@code ontology/imports/*.ttl}) into the imports graph, the statement summary ({@link StatementSummary}),
 * then the VoID/DCAT description of the store as it now is into the void graph.
 */
public final class LinkedDataBuild {
    private LinkedDataBuild() {}

    /** Import module files in {@code importsDir}, sorted (none if the directory does not exist). */
    public static List<Path> importModules(Path importsDir) {
        if (!Files.isDirectory(importsDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(importsDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the imports graph with the union of the modules (one transaction); returns its size. */
    public static long loadImports(GraphStore store, Path importsDir) {
        Model imports = ModelFactory.createDefaultModel();
        for (Path f : importModules(importsDir)) {
            RDFDataMgr.read(imports, f.toString());
        }
        store.replaceGraph(ExoKg.IMPORTS_GRAPH, imports);
        return imports.size();
    }

    /**
     * The three steps. The modules are read from {@code imports/} next to the ontology file, else from the
     * project's {@code ontology/imports} (when building with another ontology file, e.g. a test fixture).
     */
    public static void run(GraphStore store, Path ontologyFile, PrintStream progress) {
        run(store, ontologyFile, progress, new BuildPhases());
    }

    /** The three steps, each timed as a phase of {@code phases}. */
    public static void run(GraphStore store, Path ontologyFile, PrintStream progress, BuildPhases phases) {
        run(store, ontologyFile, progress, phases, null);
    }

    /**
     * The three steps, each timed as a phase of {@code phases}; {@code storedSummary}, if not null, is the statement
     * summary already written into the store (computed beside the reasoning), which is then not computed again.
     */
    public static void run(GraphStore store, Path ontologyFile, PrintStream progress, BuildPhases phases, Model storedSummary) {
        Path dir = ontologyFile.toAbsolutePath().getParent();
        Path importsDir = dir != null && Files.isDirectory(dir.resolve("imports")) ? dir.resolve("imports")
                : Path.of("ontology", "imports");
        long imported = phases.time("imports", () -> loadImports(store, importsDir));
        Model summary = storedSummary != null ? storedSummary : phases.time("statements summary", () -> StatementSummary.store(store));
        Model description = phases.time("VoID", () -> VoidDescription.store(store, VoidDescription.DEFAULT_ENDPOINT));
        if (progress != null) {
            progress.printf("imports: %d modules from %s (%,d triples); statements: %,d triples; void: %,d triples%n",
                    importModules(importsDir).size(), importsDir, imported, summary.size(), description.size());
        }
    }
}
