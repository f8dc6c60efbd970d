package org.exokg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The Fuseki UI (the jena-fuseki-ui jar's {@code webapp/} files) at {@value #PATH}, so that {@code /} is
 * ExoKG's own home page. The UI computes every server URL from its own page path: from {@code /fuseki/} it
 * asks {@code /fuseki/$/server} and sends queries to {@code /fuseki/exokg}. Such a request is not a UI
 * file, so it is redirected (307, which keeps a POST and its body) to the same path without the prefix,
 * where the server answers it.
 */
public final class FusekiUiServlet extends HttpServlet {

    public static final String PATH = "/fuseki";
    private static final String FILES = "webapp/";

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
                            in.transferTo(out);
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
