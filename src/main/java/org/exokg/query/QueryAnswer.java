package org.exokg.query;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;

/** The answer of one query, held in memory (library answers are small): rows, a boolean or a graph. */
public final class QueryAnswer {

    /** How an answer is written: a text table for people, or CSV, TSV, JSON (SPARQL results formats). */
    public enum Format {
        TABLE, CSV, TSV, JSON;

        /** @throws IllegalArgumentException with a one-line message naming the choices */
        public static Format parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + name + "' (choose one of "
                        + String.join(", ", Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList()) + ")");
            }
        }
    }

    private final ResultSetRewindable rows;
    private final Boolean bool;
    private final Model graph;
    private final PrefixMapping prefixes;

    private QueryAnswer(ResultSetRewindable rows, Boolean bool, Model graph, PrefixMapping prefixes) {
        this.rows = rows;
        this.bool = bool;
        this.graph = graph;
        this.prefixes = prefixes;
    }

    static QueryAnswer rows(ResultSetRewindable rows, PrefixMapping prefixes) {
        return new QueryAnswer(rows, null, null, prefixes);
    }

    static QueryAnswer bool(boolean value, PrefixMapping prefixes) {
        return new QueryAnswer(null, value, null, prefixes);
    }

    static QueryAnswer graph(Model graph, PrefixMapping prefixes) {
        return new QueryAnswer(null, null, graph, prefixes);
    }

    public boolean isRows() {
        return rows != null;
    }

    /** The rows of a SELECT answer, rewound. */
    public ResultSetRewindable rows() {
        if (rows == null) {
            throw new IllegalStateException("not a SELECT answer");
        }
        rows.reset();
        return rows;
    }

    public List<String> variables() {
        return rows().getResultVars();
    }

    public int size() {
        return rows != null ? rows().size() : graph != null ? (int) graph.size() : 1;
    }

    public PrefixMapping prefixes() {
        return prefixes;
    }

    public void write(OutputStream out, Format format) {
        if (rows != null) {
            switch (format) {
                case TABLE -> ResultSetFormatter.out(out, rows(), prefixes);
                case CSV -> ResultSetFormatter.outputAsCSV(out, rows());
                case TSV -> ResultSetFormatter.outputAsTSV(out, rows());
                case JSON -> ResultSetFormatter.outputAsJSON(out, rows());
            }
        } else if (bool != null) {
            switch (format) {
                case TABLE -> ResultSetFormatter.out(out, bool);
                case CSV -> ResultSetFormatter.outputAsCSV(out, bool);
                case TSV -> ResultSetFormatter.outputAsTSV(out, bool);
                case JSON -> ResultSetFormatter.outputAsJSON(out, bool);
            }
        } else {
            graph.setNsPrefixes(prefixes);
            RDFDataMgr.write(out, graph, switch (format) {
                case TABLE -> Lang.TURTLE;
                case CSV, TSV -> Lang.NTRIPLES;
                case JSON -> Lang.JSONLD;
            });
        }
    }

    /** The answer written in {@code format}, as text. */
    public String toString(Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, format);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The canonical text compared with a query's expected file: SPARQL TSV (every term in full, in the
     * query's ORDER BY order). For a graph answer, its N-Triples lines sorted.
     */
    public String expectedText() {
        if (graph != null) {
            return toString(Format.TSV).lines().sorted().map(l -> l + "\n").reduce("", String::concat);
        }
        return toString(Format.TSV);
    }
}
