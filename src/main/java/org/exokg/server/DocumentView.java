package org.exokg.server;

import static org.exokg.server.HtmlDescription.esc;

import java.util.List;
import org.exokg.server.ResourceDescriber.Row;

/** The claims of a document as readable statements, each with its sentence, in the order of the text. */
final class DocumentView {

    private DocumentView() {
    }

    static void render(StringBuilder h, List<Row> claims) {
        if (claims.isEmpty()) {
            return;
        }
        h.append("<section id=\"document-claims\" aria-labelledby=\"document-claims-h\">\n<h2 id=\"document-claims-h\">")
                .append("Claims in this document (").append(claims.size()).append(")</h2>\n")
                .append("<table>\n<tr><th scope=\"col\">Statement</th><th scope=\"col\">Sentence</th>"
                        + "<th scope=\"col\">Status</th></tr>\n");
        String section = null;
        for (Row c : claims) {
            if (c.has("section") && !c.text("section").equals(section)) {
                section = c.text("section");
                h.append("<tr><th scope=\"rowgroup\" colspan=\"3\" class=\"muted\">Section “").append(esc(section))
                        .append("”</th></tr>\n");
            }
            boolean negated = c.text("polarity").endsWith("NegativePolarity");
            boolean hedged = "true".equals(c.text("hedged"));
            h.append("<tr class=\"claim").append(negated ? " negated" : "").append(hedged ? " hedged" : "").append("\"><td>")
                    .append(HtmlDescription.link(c.get("claim"), ClaimPhrasing.statement(c))).append("</td><td>")
                    .append(esc(c.text("sentenceText"))).append("</td><td>");
            if (negated) {
                h.append("<span class=\"badge negated\">negated").append(c.has("negationCue") ? ": “"
                        + esc(c.text("negationCue")) + "”" : "").append("</span>");
            }
            if (hedged) {
                h.append("<span class=\"badge hedged\">hedged").append(c.has("hedgeCue") ? ": “" + esc(c.text("hedgeCue"))
                        + "”" : "").append("</span>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }
}
