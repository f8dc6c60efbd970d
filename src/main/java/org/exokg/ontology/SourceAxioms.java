package org.exokg.ontology;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Axioms between external terms as their source ontologies state them ({@code ontology/mappings/source-axioms.tsv}):
 * further parents ({@code is_a}) and disjointness ({@code disjoint_from}). The import modules carry them so that
 * a merge of ExoKG with GO, BFO or OBI reasons with the source ontologies' own hierarchy.
 */
public record SourceAxioms(List<Axiom> axioms) {

    public static final String FILE = "ontology/mappings/source-axioms.tsv";

    /** One axiom; {@code checkedHow} is {@code not-stored} when it was not read in a stored source file. */
    public record Axiom(String subject, String subjectLabel, String relation, String object, String objectLabel,
                        String repo, String path, String commit, String checkedHow) {
        public boolean isA() {
            return relation.equals("is_a");
        }

        /** Whether the axiom (and so the labels it gives) was read in a source file at a known commit. */
        public boolean read() {
            return !repo.isEmpty() && !commit.isEmpty() && !checkedHow.equals("not-stored");
        }

        public String source() {
            return "https://github.com/" + repo + "/blob/" + commit + "/" + path;
        }
    }

    /** The axioms of {@code file}; none if it does not exist. */
    public static SourceAxioms read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new SourceAxioms(List.of());
        }
        CSVFormat format = CSVFormat.TDF.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setQuote(null).setIgnoreEmptyLines(true).setTrim(true).get();
        List<Axiom> axioms = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, format)) {
            for (CSVRecord rec : p) {
                Axiom a = new Axiom(rec.get("subject"), rec.get("subject_label"), rec.get("relation"), rec.get("object"),
                        rec.get("object_label"), rec.get("repo"), rec.get("path"), rec.get("commit"), rec.get("checked_how"));
                if (!a.isA() && !a.relation().equals("disjoint_from")) {
                    throw new IOException(file + ": relation of " + a.subject() + " must be is_a or disjoint_from, not '"
                            + a.relation() + "'");
                }
                axioms.add(a);
            }
        }
        return new SourceAxioms(List.copyOf(axioms));
    }
}
