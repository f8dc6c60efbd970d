package org.exokg.query;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/**
 * {@link QueryRunner#remote} behaves as a SPARQL client should against an HTTP/1.1 endpoint (issue 16, branch
 * buildtail): plain HTTP/1.1 requests (no HTTP/2 upgrade asked of the server on each new connection), pooled
 * connections reused for consecutive queries. The endpoint is a socket that records what it is sent.
 */
class RemoteClientTest {

    private static final String ANSWER = "{ \"head\": { \"vars\": [ \"o\" ] }, \"results\": { \"bindings\": [ "
            + "{ \"o\": { \"type\": \"literal\", \"value\": \"seven\" } } ] } }";

    @Test
    void queriesGoAsHttp11OnReusedConnections() throws Exception {
        List<String> requests = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0)) {
            Thread endpoint = new Thread(() -> serve(server, requests, connections), "fake-endpoint");
            endpoint.setDaemon(true);
            endpoint.start();
            QueryRunner remote = QueryRunner.remote("http://localhost:" + server.getLocalPort() + "/ds/sparql");
            for (int i = 0; i < 6; i++) {
                QueryAnswer answer = remote.run(QueryFactory.create("SELECT ?o WHERE { <urn:x:s> <urn:x:p> ?o }"));
                assertEquals(1, answer.size());
                assertTrue(answer.expectedText().contains("\"seven\""), answer.expectedText());
                Thread.sleep(100); // lets the client hand the connection back to its pool (done asynchronously)
            }
        }
        assertEquals(6, requests.size(), requests.toString());
        for (String head : requests) {
            String first = head.lines().findFirst().orElse("");
            assertTrue(first.startsWith("GET /ds/sparql?query=") && first.endsWith(" HTTP/1.1"), first);
            assertFalse(head.toLowerCase(java.util.Locale.ROOT).contains("upgrade"), "no HTTP/2 upgrade asked: " + head);
            assertTrue(head.contains("application/sparql-results+thrift"), head);
        }
        // the JDK client hands a connection back to its pool asynchronously once the body is read, so on a loaded machine
        // a query may start before that and open another one (three were seen at load 20); a client without reuse opens six
        assertTrue(connections.get() <= 3, "connections are reused: " + connections.get() + " for six queries");
    }

    /** Answers every request on every connection with ANSWER (JSON, keep-alive), recording each request's head. */
    private static void serve(ServerSocket server, List<String> requests, AtomicInteger connections) {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                Thread t = new Thread(() -> {
                    try (socket) {
                        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                        OutputStream out = socket.getOutputStream();
                        while (true) {
                            StringBuilder head = new StringBuilder();
                            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                                head.append(line).append('\n');
                            }
                            if (head.length() == 0) {
                                return;
                            }
                            requests.add(head.toString());
                            byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
                            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nContent-Length: "
                                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                            out.write(body);
                            out.flush();
                        }
                    } catch (java.io.IOException e) {
                        // the client closed the connection
                    }
                });
                t.setDaemon(true);
                t.start();
            } catch (java.io.IOException e) {
                return; // closed
            }
        }
    }
}
