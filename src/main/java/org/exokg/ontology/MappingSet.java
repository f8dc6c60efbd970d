package org.exokg.ontology;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * An SSSOM mapping set in the SSSOM/TSV format with an embedded metadata block: lines starting with
 * {@code #} hold YAML (mapping set metadata, {@code curie_map}, extension definitions), the rest is a
 * TSV table with a header row. See https://mapping-commons.github.io/sssom/spec-formats-tsv/.
 */
public record MappingSet(Map<String, Object> metadata, List<String> columns, List<Mapping> mappings) {

    /** Columns every ExoKG mapping row must have. */
    public static final List<String> REQUIRED_COLUMNS = List.of("subject_id", "subject_label", "predicate_id",
            "object_id", "object_label", "mapping_justification", "comment");

    /** One row: column name to value ("" when empty). */
    public record Mapping(Map<String, String> values) {
        public String get(String column) {
            return values.getOrDefault(column, "");
        }

        public String subjectId() {
            return get("subject_id");
        }

        public String objectId() {
            return get("object_id");
        }

        public String predicateId() {
            return get("predicate_id");
        }

        /** True for a negative mapping ({@code predicate_modifier: Not}). */
        public boolean negated() {
            return "Not".equals(get("predicate_modifier"));
        }
    }

    public static MappingSet read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Splits the text into the YAML block (comment lines, "#" removed) and the TSV table, and parses both. */
    public static MappingSet parse(String text) throws IOException {
        StringBuilder yaml = new StringBuilder();
        StringBuilder tsv = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("#")) {
                yaml.append(line.substring(1)).append('\n');
            } else if (!line.isBlank()) {
                tsv.append(line).append('\n');
            }
        }
        Map<String, Object> metadata = yamlMap(yaml.toString());
        CSVFormat format = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(false).setQuote(null).get();
        List<Mapping> mappings = new ArrayList<>();
        List<String> columns;
        try (Reader r = new StringReader(tsv.toString()); CSVParser parser = CSVParser.parse(r, format)) {
            columns = List.copyOf(parser.getHeaderNames());
            for (CSVRecord rec : parser) {
                if (rec.size() != columns.size()) {
                    throw new IOException("SSSOM row " + rec.getRecordNumber() + " has " + rec.size() + " fields, the header "
                            + columns.size());
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (String c : columns) {
                    values.put(c, rec.get(c).trim());
                }
                mappings.add(new Mapping(values));
            }
        }
        return new MappingSet(metadata, columns, List.copyOf(mappings));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yamlMap(String yaml) throws IOException {
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(loaded instanceof Map)) {
            throw new IOException("The SSSOM metadata block is not a YAML mapping");
        }
        return (Map<String, Object>) loaded;
    }

    /** The CURIE prefix map of the metadata block. */
    @SuppressWarnings("unchecked")
    public Map<String, String> curieMap() {
        Object m = metadata.get("curie_map");
        return m instanceof Map ? (Map<String, String>) m : Map.of();
    }

    /** Expands a CURIE with the prefix map ({@code GO:0070062} to {@code http://purl.obolibrary.org/obo/GO_0070062}). */
    public String expand(String curie) {
        int colon = curie.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Not a CURIE: " + curie);
        }
        String ns = curieMap().get(curie.substring(0, colon));
        if (ns == null) {
            throw new IllegalArgumentException("Prefix of " + curie + " is not in the curie_map");
        }
        return ns + curie.substring(colon + 1);
    }
}
