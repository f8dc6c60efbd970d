package org.exokg.server;

import static org.exokg.server.HtmlDescription.esc;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The frame shared by every HTML page: head, style, the site's navigation and the footer. Colours are
 * chosen for contrast of at least 4.5:1 on white (WCAG AA); every page has one h1, and sections h2.
 */
final class Page {

    static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:72em;margin:0 auto;padding:0 1em 2em;"
            + "line-height:1.45;color:#1a1a1a;background:#fff}a{color:#0b4f9c}a:visited{color:#5a2d91}"
            + "nav.site{display:flex;gap:1.2em;flex-wrap:wrap;align-items:baseline;border-bottom:1px solid #ccc;"
            + "padding:.6em 0;margin-bottom:1em}nav.site .brand{font-weight:bold;font-size:1.15em}"
            + "table{border-collapse:collapse;width:100%;margin:.4em 0 1em}td,th{border-bottom:1px solid #ddd;"
            + "padding:.3em .4em;text-align:left;vertical-align:top}th{background:#f2f2f2}td.n,th.n{text-align:right}"
            + "code{font-size:.9em}.badge.negated{color:#a40000}.badge.hedged,tr.unverified{color:#7a4100}.iri{color:#555}"
            + ".badge{display:inline-block;font-size:.8em;border:1px solid currentColor;border-radius:.3em;"
            + "padding:0 .3em;margin-left:.3em}.muted{color:#555}blockquote{margin:.3em 0 .3em 1em;padding-left:.6em;"
            + "border-left:3px solid #bbb}.stats{display:flex;gap:2em;flex-wrap:wrap;padding:0;list-style:none}"
            + ".stats li{font-size:1.05em}.stats strong{font-size:1.6em;display:block}"
            + ".side{border:1px solid #ccc;border-radius:.4em;padding:.2em 1em;margin:.6em 0}"
            + "#suggestions{list-style:none;padding:0;margin:.2em 0;max-width:40em}#suggestions li{padding:.2em 0}"
            + "input[type=search]{font-size:1.1em;padding:.3em;width:min(30em,90%)}button{font-size:1em}"
            + "form.filters{display:flex;gap:1em;flex-wrap:wrap;align-items:end}form.filters label{display:block}"
            + "svg text{font-family:system-ui,sans-serif;font-size:12px;fill:#1a1a1a}svg .bar{fill:#2b6cb0}"
            + ".columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(16em,1fr));gap:1em}";

    private Page() {
    }

    /** Opens a page: everything up to and including {@code <main>}; {@code head} is extra markup for the head. */
    static StringBuilder open(String title, String head) {
        StringBuilder h = new StringBuilder(16384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(title)).append(" — ExoKG</title>\n").append(head == null ? "" : head)
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<nav class=\"site\" aria-label=\"Site\"><a class=\"brand\" href=\"/\">ExoKG</a>")
                .append("<a href=\"/search\">Search</a><a href=\"/conflicts\">Conflicts</a>")
                .append("<a href=\"/fuseki/#/dataset/exokg/query\">Query editor</a>")
                .append("<a href=\"/.well-known/void\">VoID</a></nav>\n");
        return h;
    }

    /** Closes a page opened by {@link #open}, after the caller's {@code <main>} content. */
    static String close(StringBuilder h) {
        h.append("<footer><p class=\"muted\">ExoKG — an open knowledge graph of exosome therapeutics. Data CC BY 4.0. "
                + "<a href=\"/.well-known/void\">Dataset description (VoID)</a>, "
                + "<a href=\"/exokg/sparql\">SPARQL endpoint</a>, <a href=\"/#downloads\">downloads</a>.</p></footer>\n"
                + "</body>\n</html>\n");
        return h.toString();
    }

    static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A plain error page (400, 404) for people. */
    static void error(HttpServletResponse resp, int status, String title, String message) throws IOException {
        StringBuilder h = open(title, null);
        h.append("<main>\n<h1>").append(esc(title)).append("</h1>\n<p>").append(esc(message)).append("</p>\n</main>\n");
        LinkedDataServlet.send(resp, status, "text/html", close(h));
    }
}
