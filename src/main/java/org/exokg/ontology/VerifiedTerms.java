package org.exokg.ontology;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code ontology/mappings/verified-terms.tsv}: external IDs whose label was seen next to the ID in the
 * source ontology file (repository, path, commit and method per row; see the file's header).
 */
public record VerifiedTerms(Map<String, Term> byCurie) {

    public static final String FILE = "ontology/mappings/verified-terms.tsv";

    public record Term(String curie, String label, String ontology, String repo, String path, String commit,
                       String checkedHow, String definition, String parent, String parentLabel) {
        /** Where the label was seen, for provenance notes. */
        public String source() {
            return "https://github.com/" + repo + "/blob/" + commit + "/" + path;
        }
    }

    public static VerifiedTerms read(Path file) throws IOException {
        CSVFormat format = CSVFormat.TDF.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setQuote(null).setIgnoreEmptyLines(true).get();
        Map<String, Term> terms = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, format)) {
            for (CSVRecord rec : p) {
                Term t = new Term(rec.get("curie"), rec.get("label"), rec.get("ontology"), rec.get("repo"), rec.get("path"),
                        rec.get("commit"), rec.get("checked_how"), opt(rec, "definition"), opt(rec, "parent"),
                        opt(rec, "parent_label"));
                if (terms.put(t.curie(), t) != null) {
                    throw new IOException(file + ": " + t.curie() + " is listed twice");
                }
            }
        }
        return new VerifiedTerms(Map.copyOf(terms));
    }

    private static String opt(CSVRecord rec, String column) {
        return rec.isMapped(column) && rec.isSet(column) ? rec.get(column).trim() : "";
    }

    public boolean isVerified(String curie) {
        return byCurie.containsKey(curie);
    }

    public Optional<Term> get(String curie) {
        return Optional.ofNullable(byCurie.get(curie));
    }
}
