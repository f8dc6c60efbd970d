package org.exokg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Reads the ontology as its files make it up: the domain ontology ({@link ExoKg#ONTOLOGY_FILE}) and the module
 * of claims and evidence ({@link ExoKg#CLAIMS_MODULE_FILE}), which imports it. Given either file, the other is
 * read too when it lies next to it, so every stage sees the same whole; a lone file (a test fixture) is read
 * alone. owl:imports is not followed over the network: the modules are local files, as in an ODK catalog.
 */
public final class OntologyFiles {
    private OntologyFiles() {}

    /** File names of the parts, in reading order. */
    public static final List<String> PARTS = List.of(Path.of(ExoKg.ONTOLOGY_FILE).getFileName().toString(),
            Path.of(ExoKg.CLAIMS_MODULE_FILE).getFileName().toString());

    /** The parts of the ontology that {@code file} belongs to, {@code file} first. */
    public static List<Path> parts(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (!PARTS.contains(name)) {
            return List.of(file);
        }
        java.util.ArrayList<Path> parts = new java.util.ArrayList<>(List.of(file));
        for (String part : PARTS) {
            Path sibling = file.resolveSibling(part);
            if (!part.equals(name) && Files.isRegularFile(sibling)) {
                parts.add(sibling);
            }
        }
        return List.copyOf(parts);
    }

    /** The union of {@link #parts(Path)} as one Jena model. */
    public static Model load(Path file) {
        Model m = RDFDataMgr.loadModel(file.toString());
        for (Path part : parts(file).subList(1, parts(file).size())) {
            RDFDataMgr.read(m, part.toString());
        }
        return m;
    }
}
