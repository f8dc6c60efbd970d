package org.exokg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.riot.RDFDataMgr;
import org.exokg.store.GraphStore;

/** A real ExoKG server (Fuseki main + TDB2) over the small store of src/test/resources/linkeddata/store.trig. */
final class LinkedDataFixture implements AutoCloseable {

    final ExoKgServer server;
    final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    LinkedDataFixture(Path dir) {
        this(dir, false);
    }

    /** @param ui whether the server has the Fuseki UI at /fuseki/ */
    LinkedDataFixture(Path dir, boolean ui) {
        Path store = dir.resolve("tdb2");
        try (GraphStore graphStore = GraphStore.open(store)) {
            graphStore.write(() -> RDFDataMgr.read(graphStore.dataset(), "src/test/resources/linkeddata/store.trig"));
        }
        ExoKgServer.Options options = new ExoKgServer.Options(ExoKgServer.DEFAULT_CONFIG, 0, store,
                dir.resolve("users.properties"), null, ui, true);
        server = ExoKgServer.start(options, null, false);
        base = "http://localhost:" + server.port();
    }

    HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            b.header("Accept", accept);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
