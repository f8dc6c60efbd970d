package org.exokg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.exokg.ExoKg;
import org.exokg.server.ExoKgServer;
import org.exokg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store with Fuseki (configuration: fuseki-config/exokg.ttl).",
                "Builds the store from the corpus first if it does not exist. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port = 3030;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("data", "tdb2");

    @Option(names = "--config", paramLabel = "FILE", description = "Fuseki configuration (default: ${DEFAULT-VALUE}).")
    Path config = ExoKgServer.DEFAULT_CONFIG;

    @Option(names = "--passwd", paramLabel = "FILE",
            description = "Users and passwords for updates (default: the configuration's fuseki:passwd, created if missing).")
    Path passwordFile;

    @Option(names = "--timeout", paramLabel = "MS", description = "Query timeout in milliseconds (default: the configuration's, 5000).")
    Long timeoutMillis;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus for the first build (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("corpus");

    @Option(names = "--ontology", paramLabel = "FILE", description = "Ontology for the first build (default: ${DEFAULT-VALUE}).")
    Path ontology = Path.of(ExoKg.ONTOLOGY_FILE);

    @Option(names = "--localhost", description = "Listen on the loopback interface only (the default; overrides --host).")
    boolean localhost;

    @Option(names = "--host", paramLabel = "ADDR",
            description = "Interface to listen on (default: localhost, reachable from this machine only; "
                    + "0.0.0.0 for every interface: see README, 'Exposing the server').")
    String host;

    @Option(names = "--federation", paramLabel = "URL", split = ",",
            description = "SPARQL endpoints a query's SERVICE clause may reach (default: none). Repeatable.")
    java.util.List<String> federation = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        if (!GraphStore.exists(store)) {
            System.err.println("exokg: no store at " + store + ": building it from " + corpus);
            if (BuildCommand.build(store, corpus, ontology, System.err) != 0) {
                System.err.println("exokg: warning: the build reported errors; serving what was loaded");
            }
        }
        ExoKgServer.Options options = new ExoKgServer.Options(config, port, store, passwordFile,
                timeoutMillis == null ? null : Duration.ofMillis(timeoutMillis), true, localhost)
                .withFederation(federation);
        if (host != null && !localhost) {
            options = options.withHost(host);
        }
        ExoKgServer server = ExoKgServer.start(options, System.err, true);
        String shown = options.listenHost().equals("0.0.0.0") || options.listenHost().equals("localhost")
                ? "localhost" : options.listenHost();
        String base = "http://" + shown + ":" + server.port();
        if (!ExoKgServer.DEFAULT_HOST.equals(options.listenHost())) {
            System.err.println("exokg: listening on " + options.listenHost() + ": reachable from other machines; "
                    + "updates need the password (see README, 'Exposing the server')");
        }
        System.err.println("exokg: serving " + store + " at " + base + "/  (SPARQL: " + base + "/exokg/sparql, "
                + "rule inference: " + base + "/exokg-inf/sparql; Ctrl-C to stop)");
        server.join();
        return 0;
    }
}
