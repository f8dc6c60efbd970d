package org.exokg.server;

import static org.exokg.server.HtmlDescription.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exokg.server.ResourceDescriber.Row;

/**
 * The claims of a document as readable statements, under the sentence that makes them, in the order of
 * the text and by section.
 */
final class DocumentView {

    private DocumentView() {
    }

    static void render(StringBuilder h, List<Row> claims) {
        if (claims.isEmpty()) {
            return;
        }
        Map<String, List<Row>> bySentence = new LinkedHashMap<>();
        for (Row c : claims) {
            bySentence.computeIfAbsent(c.text("sentence"), k -> new ArrayList<>()).add(c);
        }
        h.append("<section id=\"document-claims\" aria-labelledby=\"document-claims-h\">\n<h2 id=\"document-claims-h\">")
                .append("Claims in this document (").append(claims.size()).append(")</h2>\n<p>").append(bySentence.size())
                .append(bySentence.size() == 1 ? " sentence makes them." : " sentences make them.").append("</p>\n")
                .append("<table>\n<tr><th scope=\"col\">Sentence</th><th scope=\"col\">What it claims</th></tr>\n");
        String section = null;
        for (List<Row> rows : bySentence.values()) {
            Row first = rows.get(0);
            if (first.has("section") && !first.text("section").equals(section)) {
                section = first.text("section");
                h.append("<tr><th scope=\"rowgroup\" colspan=\"2\" class=\"muted\">Section “").append(esc(section))
                        .append("”</th></tr>\n");
            }
            h.append("<tr class=\"sentence\"><td>").append(esc(first.text("sentenceText"))).append("</td><td><ul>\n");
            for (Row c : rows) {
                boolean negated = c.text("polarity").endsWith("NegativePolarity");
                boolean hedged = "true".equals(c.text("hedged"));
                h.append("<li class=\"claim").append(negated ? " negated" : "").append(hedged ? " hedged" : "").append("\">")
                        .append(HtmlDescription.link(c.get("claim"), ClaimPhrasing.statement(c)));
                if (negated) {
                    h.append("<span class=\"badge negated\">negated").append(c.has("negationCue") ? ": “"
                            + esc(c.text("negationCue")) + "”" : "").append("</span>");
                }
                if (hedged) {
                    h.append("<span class=\"badge hedged\">hedged").append(c.has("hedgeCue") ? ": “" + esc(c.text("hedgeCue"))
                            + "”" : "").append("</span>");
                }
                h.append("</li>\n");
            }
            h.append("</ul></td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }
}
