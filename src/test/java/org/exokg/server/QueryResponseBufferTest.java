package org.exokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The response buffer in front of the dataset endpoints, with a 1,000-byte limit, around a servlet that
 * writes rows and then ends as Fuseki 5.6 does: fine, timed out (400 and its note), or failed (500).
 */
class QueryResponseBufferTest {

    static Server jetty;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();

    /** ?rows=N&end=ok|timeout|error */
    static final class Rows extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setStatus(200);
            resp.setContentType("text/csv");
            OutputStream out = resp.getOutputStream();
            for (int i = 0; i < Integer.parseInt(req.getParameter("rows")); i++) {
                out.write(String.format("row%05d\n", i).getBytes(StandardCharsets.UTF_8)); // 9 bytes
                out.flush();
            }
            switch (req.getParameter("end")) {
                case "timeout" -> {
                    resp.setStatus(400);
                    out.write(("\n##  " + QueryResponseBuffer.TIMEOUT_NOTE + "   ##\n").getBytes(StandardCharsets.UTF_8));
                }
                case "error" -> {
                    resp.setStatus(500);
                    resp.setContentType("text/plain");
                    out.write("boom\n".getBytes(StandardCharsets.UTF_8));
                }
                default -> { }
            }
            out.close();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        jetty = new Server(0);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new Rows()), "/*");
        context.addFilter(new FilterHolder(new QueryResponseBuffer(1000)), "/*", EnumSet.of(DispatcherType.REQUEST));
        jetty.setHandler(context);
        jetty.start();
        base = "http://localhost:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/";
    }

    @AfterAll
    static void stop() throws Exception {
        jetty.stop();
    }

    static HttpResponse<String> get(int rows, String end) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "?rows=" + rows + "&end=" + end)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCompleteAnswerIsSentWithItsLength() throws Exception {
        HttpResponse<String> r = get(100, "ok");
        assertEquals(200, r.statusCode());
        assertEquals(900, r.body().length());
        assertTrue(r.body().startsWith("row00000\nrow00001\n") && r.body().endsWith("row00099\n"), r.body());
        assertEquals("900", r.headers().firstValue("Content-Length").orElse(""));
    }

    @Test
    void aTimeoutWithinTheLimitIs503WithoutPartialResults() throws Exception {
        HttpResponse<String> r = get(100, "timeout");
        assertEquals(503, r.statusCode());
        assertEquals("Query timed out\n", r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }

    @Test
    void anotherErrorWithinTheLimitKeepsItsStatusAndDropsPartialResults() throws Exception {
        HttpResponse<String> r = get(100, "error");
        assertEquals(500, r.statusCode());
        assertEquals("boom\n", r.body());
    }

    @Test
    void pastTheLimitTheAnswerIsStreamedAndATimeoutCanNoLongerChangeTheStatus() throws Exception {
        HttpResponse<String> r = get(500, "timeout"); // 4,500 bytes
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("row00000\n") && r.body().contains("row00499\n"), r.body());
        assertTrue(r.body().endsWith("##  " + QueryResponseBuffer.TIMEOUT_NOTE + "   ##\n"), r.body());
        assertFalse(r.headers().firstValue("Content-Length").isPresent(), "streamed: " + r.headers());
    }
}
