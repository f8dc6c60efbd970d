package org.exokg.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

/**
 * One query of the library: a {@code .rq} file whose comment header says what it is for.
 *
 * <pre>
 * # title: Sources of exosomes by kind
 * # question: From which cell types, body fluids, milks and plants are exosomes derived?
 * # parameters: none                       (or one "# parameter: ?name: meaning" line per parameter)
 * # row: one source term with its kind, the claim's sentence and document
 * # keywords: source, cell, body fluid
 * # example output:
 * # | source | kind | ... |
 * </pre>
 *
 * A parameter is a variable of a one-row {@code VALUES} block at the top of the WHERE clause, which holds
 * its default, so the file runs as it is; {@link #withParameters} replaces defaults in the parsed query,
 * never in the text. A query with a {@code LIMIT} (its own or its first sub-select's) may declare {@code ?limit} and
 * {@code ?offset} to page its answer: they set that LIMIT and OFFSET in the parsed query (over HTTP, edit the text). The example output is filled in by the expected-answers tool from the real store.
 */
public record LibraryQuery(String name, Path file, String text, String title, String question,
                           Map<String, String> parameters, String row, List<String> keywords,
                           List<String> exampleOutput, Query query) {

    /** A library file whose header or SPARQL is not usable; the message is one line and names the file. */
    public static final class InvalidQueryException extends RuntimeException {
        public InvalidQueryException(String message) {
            super(message);
        }
    }

    private static final Pattern FIELD = Pattern.compile("^#\\s*([a-z ]+):\\s*(.*)$");
    private static final Pattern PARAMETER = Pattern.compile("^\\?(\\w+)\\s*:\\s*(.+)$");

    /** Reads and checks one file: header fields present, SPARQL 1.1 (strict) parses, parameters declared. */
    public static LibraryQuery read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidQueryException(file + ": cannot read: " + e.getMessage());
        }
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        return parse(name, file, text);
    }

    static LibraryQuery parse(String name, Path file, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> example = new ArrayList<>();
        boolean inExample = false;
        for (String line : text.split("\\R")) {
            if (!line.startsWith("#")) {
                break; // the header is the leading block of comment lines
            }
            Matcher m = FIELD.matcher(line);
            if (inExample) {
                String row = line.substring(1).strip();
                if (!row.isEmpty()) {
                    example.add(row);
                }
            } else if (m.matches()) {
                String key = m.group(1).strip();
                String value = m.group(2).strip();
                switch (key) {
                    case "parameter" -> {
                        Matcher p = PARAMETER.matcher(value);
                        if (!p.matches()) {
                            throw invalid(file, "parameter line must read '# parameter: ?name: meaning', not: " + value);
                        }
                        parameters.put(p.group(1), p.group(2).strip());
                    }
                    case "example output" -> inExample = true;
                    default -> fields.put(key, value);
                }
            }
        }
        for (String required : List.of("title", "question", "parameters", "row", "keywords")) {
            if (required.equals("parameters") && !parameters.isEmpty()) {
                continue;
            }
            if (fields.getOrDefault(required, "").isBlank()) {
                throw invalid(file, "header lacks '# " + required + ":'");
            }
        }
        if (!parameters.isEmpty() && fields.containsKey("parameters")) {
            throw invalid(file, "header has both '# parameters: " + fields.get("parameters") + "' and '# parameter:' lines");
        }
        if (parameters.isEmpty() && !fields.get("parameters").equalsIgnoreCase("none")) {
            throw invalid(file, "'# parameters:' must be 'none'; declare each one as '# parameter: ?name: meaning'");
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw invalid(file, "not SPARQL 1.1: " + firstLine(e.getMessage()));
        }
        for (String p : parameters.keySet()) {
            if (QueryParameters.PAGING.contains(p)) {
                if (QueryParameters.paged(query).isEmpty()) {
                    throw invalid(file, "parameter ?" + p + " pages the answer: the query (or its first sub-select) needs a LIMIT, the default page size");
                }
                continue;
            }
            if (QueryParameters.block(query, p).isEmpty()) {
                throw invalid(file, "parameter ?" + p + " has no default in a one-row VALUES block at the top of the WHERE clause");
            }
        }
        List<String> keywords = Arrays.stream(fields.get("keywords").split(","))
                .map(String::strip).filter(k -> !k.isEmpty()).toList();
        return new LibraryQuery(name, file, text, fields.get("title"), fields.get("question"), Map.copyOf(parameters),
                fields.get("row"), keywords, List.copyOf(example), query);
    }

    /** The query form, as the sparql-examples vocabulary names it: select, construct, ask or describe. */
    public String form() {
        if (query.isSelectType()) {
            return "select";
        } else if (query.isConstructType()) {
            return "construct";
        } else if (query.isAskType()) {
            return "ask";
        }
        return "describe";
    }

    /**
     * The query with some parameters set (name without '?' → value). A value is an RDF term in SPARQL
     * syntax ({@code <iri>}, a prefixed name using the query's prefixes, {@code "text"}, a number); anything
     * else is taken as a plain string. Parameters not given keep their defaults.
     *
     * @throws InvalidQueryException for a name that is not a declared parameter
     */
    public Query withParameters(Map<String, String> values) {
        for (String p : values.keySet()) {
            if (!parameters.containsKey(p)) {
                throw new InvalidQueryException("query " + name + " has no parameter '" + p + "'"
                        + (parameters.isEmpty() ? " (it takes none)" : " (it takes: " + String.join(", ", parameters.keySet().stream().sorted().toList()) + ")"));
            }
        }
        return QueryParameters.set(query, values);
    }

    /**
     * The file's text with its "example output" block replaced by {@code rows} (lines of
     * {@link ExampleRows#render}); the rest of the file is kept as it is.
     */
    public String textWithExampleOutput(List<String> rows) {
        List<String> lines = new ArrayList<>(List.of(text.split("\\R", -1)));
        int start = -1;
        for (int i = 0; i < lines.size() && lines.get(i).startsWith("#"); i++) {
            if (lines.get(i).matches("^#\\s*example output:.*")) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            throw new InvalidQueryException(file + ": header lacks '# example output:'");
        }
        int end = start + 1;
        while (end < lines.size() && lines.get(end).startsWith("#") && !FIELD.matcher(lines.get(end)).matches()) {
            end++;
        }
        List<String> block = rows.stream().map(r -> "# " + r).toList();
        lines.subList(start + 1, end).clear();
        lines.addAll(start + 1, block);
        return String.join("\n", lines);
    }

    private static InvalidQueryException invalid(Path file, String message) {
        return new InvalidQueryException(file + ": " + message);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    @Override
    public String toString() {
        return name + " (" + title + ")";
    }

    /** Lower-case name for matching a format or a query name given by a user. */
    static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
