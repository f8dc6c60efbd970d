package org.exokg.server;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;

/**
 * {@code /$/server}, the description the Fuseki UI reads (datasets, their services, version), as Fuseki's own
 * {@link ActionServerStatus} writes it but with Fuseki's true version. Fuseki takes its version from the
 * manifest of the jar its classes are in; in ExoKG's fat jar that is ExoKG's manifest, so the UI's badge
 * showed ExoKG's version as Fuseki's. The version is read from the Maven metadata the jena-fuseki-core jar
 * carries (kept in the fat jar) instead.
 */
final class ServerDescription extends HttpServlet {

    private static final String FUSEKI_POM = "/META-INF/maven/org.apache.jena/jena-fuseki-core/pom.properties";

    private final ActionServerStatus status = new ActionServerStatus();

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        status.init(config);
    }

    @Override
    public void destroy() {
        status.destroy();
    }

    /** The version of the Fuseki classes on the class path, or null when their Maven metadata is missing. */
    static String fusekiVersion() {
        try (InputStream in = ActionServerStatus.class.getResourceAsStream(FUSEKI_POM)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        Buffered buffered = new Buffered(resp);
        status.service(req, buffered);
        if (buffered.errorSent) {
            return; // the error page is written already
        }
        byte[] body = buffered.bytes();
        if (buffered.status == HttpServletResponse.SC_OK && body.length > 0) {
            try {
                JsonObject json = JSON.parse(new String(body, StandardCharsets.UTF_8));
                String version = fusekiVersion();
                json.put("version", version == null ? "unknown" : version);
                body = json.toString().getBytes(StandardCharsets.UTF_8);
            } catch (JsonParseException e) {
                // not the JSON description (e.g. an error text): passed on unchanged
            }
        }
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }

    /** Keeps the body (headers and status go through) so that it can be changed before it is sent. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private PrintWriter writer;
        private int status = SC_OK;
        private boolean errorSent;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return body.toByteArray();
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            errorSent = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            errorSent = true;
            super.sendError(sc);
        }

        @Override
        public void setContentLength(int len) {
            // the length of the changed body is set by the caller
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public void flushBuffer() {
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("buffered response");
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
            }
            return writer;
        }
    }
}
