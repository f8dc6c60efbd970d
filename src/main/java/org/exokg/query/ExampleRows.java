package org.exokg.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;

/**
 * The first rows of an answer as a small Markdown-style table, the way a query header shows its
 * "example output": IRIs shortened with the query's prefixes, literals by their text, long values cut.
 */
public final class ExampleRows {
    private ExampleRows() {}

    /** Rows shown in a header. */
    public static final int ROWS = 3;
    static final int WIDTH = 60;

    /** Header line, then up to {@code max} rows; for an empty answer, the header and "(no rows)". */
    public static List<String> render(QueryAnswer answer, int max) {
        List<String> lines = new ArrayList<>();
        if (!answer.isRows()) {
            lines.add("| answer |");
            lines.add("| " + cell(answer.toString(QueryAnswer.Format.CSV).strip()) + " |");
            return lines;
        }
        List<String> vars = answer.variables();
        lines.add("| " + String.join(" | ", vars) + " |");
        ResultSetRewindable rows = answer.rows();
        int n = 0;
        while (rows.hasNext() && n < max) {
            QuerySolution s = rows.next();
            List<String> cells = new ArrayList<>();
            for (String v : vars) {
                cells.add(cell(term(s.get(v), answer.prefixes())));
            }
            lines.add("| " + String.join(" | ", cells) + " |");
            n++;
        }
        if (n == 0) {
            lines.add("(no rows)");
        }
        return lines;
    }

    static String term(RDFNode node, PrefixMapping prefixes) {
        if (node == null) {
            return "";
        }
        if (node.isURIResource()) {
            String uri = node.asResource().getURI();
            String shortName = prefixes.qnameFor(uri);
            return shortName != null ? shortName : "<" + uri + ">";
        }
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        return "_:b";
    }

    private static String cell(String text) {
        String oneLine = text.replaceAll("\\s+", " ").replace("|", "\\|");
        return oneLine.length() <= WIDTH ? oneLine : oneLine.substring(0, WIDTH - 1).stripTrailing() + "…";
    }
}
