package org.exokg.store;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.exokg.ExoKg;
import org.exokg.claim.ParseUse;
import org.exokg.syntax.SentenceParser;
import org.exokg.rdf.ContentHash;
import org.exokg.document.DocumentException;
import org.exokg.rdf.DocumentGraph;
import org.exokg.rdf.DocumentGraphBuilder;

/** Turns one corpus file into its document graphs (a PubMed file may hold several documents). */
@FunctionalInterface
public interface DocumentExtractor {

    List<DocumentGraph> extract(Path file) throws DocumentException;

    /**
     * What decides, besides a file, what the project's pipeline makes of it: ExoKG's version, its code (the
     * jar, or the class files when run from a build directory) and the ontology file. Stored graphs made
     * under another signature are extracted again.
     */
    static String signature(Path ontologyFile) {
        return signature(ontologyFile, false);
    }

    /** Like {@link #signature(Path)}, for graphs made with ({@code parsed}) or without the dependency parse. */
    static String signature(Path ontologyFile, boolean parsed) {
        List<Path> parts = new ArrayList<>();
        parts.add(ontologyFile);
        try {
            Path code = Path.of(DocumentGraphBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                try (Stream<Path> walk = Files.walk(code)) {
                    walk.filter(f -> f.toString().endsWith(".class")).sorted().forEach(parts::add);
                }
            } else {
                parts.add(code);
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return "unknown code " + java.util.UUID.randomUUID(); // never matches: every file is extracted
        }
        return ContentHash.sha256("exokg " + ExoKg.VERSION + (parsed ? " parse " + ParseUse.ADOPTED : ""), parts.toArray(Path[]::new));
    }

    /** The project's extraction pipeline ({@link DocumentGraphBuilder}), with its lexicon from the ontology. */
    static DocumentExtractor fromOntology(Path ontologyFile) {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(ontologyFile);
        return builder::build;
    }

    /**
     * The pipeline with the dependency parse ({@link ParseUse#ADOPTED}) when {@code parse}; the parser is the
     * process's one, loaded by the first call.
     */
    static DocumentExtractor fromOntology(Path ontologyFile, boolean parse) {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(ontologyFile);
        if (parse) {
            builder = builder.withParser(SentenceParser.english(), ParseUse.ADOPTED);
        }
        return builder::build;
    }
}
