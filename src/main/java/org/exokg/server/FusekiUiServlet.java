package org.exokg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The Fuseki UI (the jena-fuseki-ui jar's {@code webapp/} files) at {@value #PATH}, so that {@code /} is
 * ExoKG's own home page. The UI computes every server URL from its own page path: from {@code /fuseki/} it
 * asks {@code /fuseki/$/server} and sends queries to {@code /fuseki/exokg}. Such a request is not a UI
 * file, so it is redirected (307, which keeps a POST and its body) to the same path without the prefix,
 * where the server answers it.
 *
 * <p>The UI offers every dataset admin action whether or not the server has it. Its {@code index.html} is
 * served with a small stylesheet and script ({@code fuseki-ui/only-what-works.*}) that hide what answers 404
 * here (remove, backup, new dataset, tasks) and what cannot work on a read-only dataset (add data, edit).
 * The UI's compiled files are left untouched: hiding by the UI's own class names, route links and the
 * server description it reads survives a new UI version better than patching its minified code, and if a
 * selector stops matching, the UI merely shows a button that answers 404 again (as the stock Fuseki does).
 */
public final class FusekiUiServlet extends HttpServlet {

    public static final String PATH = "/fuseki";
    private static final String FILES = "webapp/";
    private static final String ADDITIONS = "/org/exokg/server/fuseki-ui/only-what-works.";

    /** Whether the UI files are on the class path. */
    public static boolean available() {
        return FusekiUiServlet.class.getClassLoader().getResource(FILES + "index.html") != null;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.isEmpty()) {
            resp.sendRedirect(PATH + "/");
            return;
        }
        String file = path.equals("/") ? "index.html" : path.substring(1);
        boolean isFile = !file.contains("..") && !file.startsWith("$/") && file.lastIndexOf('.') > file.lastIndexOf('/');
        if (isFile && ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(FILES + file)) {
                if (in != null) {
                    resp.setStatus(HttpServletResponse.SC_OK);
                    resp.setContentType(mediaType(file));
                    if (!"HEAD".equals(req.getMethod())) {
                        try (OutputStream out = resp.getOutputStream()) {
                            if (file.equals("index.html")) {
                                out.write(withAdditions(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                                        .getBytes(StandardCharsets.UTF_8));
                            } else {
                                in.transferTo(out);
                            }
                        }
                    }
                    return;
                }
            }
        }
        // the raw (still percent-encoded) path, with one leading slash: "/fuseki//host" must not become the
        // protocol-relative "//host", a redirect off this server
        String raw = req.getRequestURI().substring(req.getContextPath().length() + PATH.length()).replaceFirst("^/+", "/");
        String query = req.getQueryString();
        resp.setStatus(HttpServletResponse.SC_TEMPORARY_REDIRECT);
        resp.setHeader("Location", raw + (query == null ? "" : "?" + query));
    }

    /** The UI's index.html with ExoKG's stylesheet and script at the end of its head (before the UI's code runs). */
    static String withAdditions(String index) {
        String additions = "<style>\n" + org.exokg.ClasspathText.read(ADDITIONS + "css") + "</style>\n<script>\n"
                + org.exokg.ClasspathText.read(ADDITIONS + "js") + "</script>\n";
        int head = index.indexOf("</head>");
        return head < 0 ? additions + index : index.substring(0, head) + additions + index.substring(head);
    }

    private static String mediaType(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        if (f.endsWith(".html")) {
            return "text/html;charset=utf-8";
        }
        if (f.endsWith(".js")) {
            return "text/javascript;charset=utf-8";
        }
        if (f.endsWith(".css")) {
            return "text/css;charset=utf-8";
        }
        if (f.endsWith(".ico")) {
            return "image/x-icon";
        }
        if (f.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "application/octet-stream";
    }
}
