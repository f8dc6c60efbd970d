package org.exokg.server;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.assembler.JA;
import org.apache.jena.fuseki.FusekiConfigException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ExoKG SPARQL server: Fuseki main configured from {@code fuseki-config/exokg.ttl}, with
 *
 * <ul>
 *   <li>the TDB2 location, password file and query timeout substituted from {@link Options} (the file is
 *       read as RDF and those values rewritten before Fuseki builds the server, so the file itself stays a
 *       plain Fuseki configuration that the stock {@code fuseki-server --config} also runs);
 *   <li>the password file created, with a random password for user {@code admin}, if it is missing;
 *   <li>CORS on, the Fuseki UI (from the jena-fuseki-ui jar, read-only: no dataset admin), and one access
 *       log line per request (logger {@value #REQUEST_LOG}).
 * </ul>
 */
public final class ExoKgServer implements AutoCloseable {

    /** Logger of the one-line-per-request access log (NCSA format). */
    public static final String REQUEST_LOG = "org.exokg.server.request";

    public static final Path DEFAULT_CONFIG = Path.of("fuseki-config", "exokg.ttl");
    public static final String DATASET = "/exokg";
    public static final String DEFAULT_USER = "admin";

    private static final Logger LOG = LoggerFactory.getLogger(ExoKgServer.class);
    private static final String QUERY_TIMEOUT = "arq:queryTimeout";

    /** Server settings; null fields keep what the configuration file says. */
    public record Options(Path configFile, int port, Path store, Path passwordFile, Duration queryTimeout,
                          boolean ui, boolean localhostOnly) {
        public Options {
            Objects.requireNonNull(configFile, "configFile");
        }

        public static Options defaults() {
            return new Options(DEFAULT_CONFIG, 3030, null, null, null, true, false);
        }

        public Options withPort(int p) {
            return new Options(configFile, p, store, passwordFile, queryTimeout, ui, localhostOnly);
        }

        public Options withStore(Path s) {
            return new Options(configFile, port, s, passwordFile, queryTimeout, ui, localhostOnly);
        }

        public Options withPasswordFile(Path f) {
            return new Options(configFile, port, store, f, queryTimeout, ui, localhostOnly);
        }

        public Options withQueryTimeout(Duration t) {
            return new Options(configFile, port, store, passwordFile, t, ui, localhostOnly);
        }

        public Options withUi(boolean u) {
            return new Options(configFile, port, store, passwordFile, queryTimeout, u, localhostOnly);
        }

        public Options withLocalhostOnly(boolean l) {
            return new Options(configFile, port, store, passwordFile, queryTimeout, ui, l);
        }
    }

    private final FusekiServer server;
    private final Thread shutdownHook;
    private volatile boolean stopped;

    private ExoKgServer(FusekiServer server, boolean withShutdownHook) {
        this.server = server;
        this.shutdownHook = withShutdownHook ? new Thread(this::stopQuietly, "exokg-shutdown") : null;
    }

    /**
     * Builds and starts the server.
     *
     * @param messages where to say that a password file was created (normally stderr)
     * @param shutdownHook whether to stop the server cleanly when the JVM exits (Ctrl-C)
     */
    public static ExoKgServer start(Options options, PrintStream messages, boolean shutdownHook) {
        Model config = configuration(options, messages);
        FusekiServer.Builder builder = FusekiServer.create()
                .parseConfig(config)
                .port(options.port())
                .loopback(options.localhostOnly())
                .enableCors(true, null)
                .enablePing(true);
        if (options.ui()) {
            addUi(builder);
        }
        // Dereferenceable ExoKG IRIs and /.well-known/void, answered from the /exokg dataset once it is built.
        java.util.concurrent.atomic.AtomicReference<FusekiServer> built = new java.util.concurrent.atomic.AtomicReference<>();
        LinkedDataServlet.register(builder, () -> built.get().getDataAccessPointRegistry().get(DATASET)
                .getDataService().getDataset());
        FusekiServer fuseki = builder.build();
        built.set(fuseki);
        CustomRequestLog requestLog = new CustomRequestLog(slf4jWriter(), CustomRequestLog.NCSA_FORMAT + " %{ms}Tms");
        fuseki.getJettyServer().setRequestLog(requestLog);

        ExoKgServer server = new ExoKgServer(fuseki, shutdownHook);
        if (server.shutdownHook != null) {
            Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        }
        fuseki.start();
        return server;
    }

    /**
     * The configuration file as an RDF model, with the options substituted: TDB2 location of every
     * {@code tdb2:DatasetTDB2}, the server's {@code fuseki:passwd} (created if missing) and the server's
     * {@code arq:queryTimeout}.
     */
    public static Model configuration(Options options, PrintStream messages) {
        if (!Files.isRegularFile(options.configFile())) {
            throw new FusekiConfigException("No Fuseki configuration file at " + options.configFile());
        }
        Model config = RDFDataMgr.loadModel(options.configFile().toString());
        Resource server = singleSubject(config, RDF.type, FusekiVocab.tServer);

        if (options.store() != null) {
            String location = options.store().toAbsolutePath().toString();
            List<Resource> datasets = new ArrayList<>();
            datasets.addAll(config.listSubjectsWithProperty(RDF.type, VocabTDB2.tDatasetTDB).toList());
            datasets.addAll(config.listSubjectsWithProperty(RDF.type, VocabTDB2.tDatasetTDB2).toList());
            for (Resource dataset : datasets) {
                dataset.removeAll(VocabTDB2.pLocation).addProperty(VocabTDB2.pLocation, location);
            }
        }

        Path passwd = options.passwordFile();
        if (passwd == null && server.hasProperty(FusekiVocab.pPasswordFile)) {
            passwd = Path.of(server.getProperty(FusekiVocab.pPasswordFile).getString());
        }
        if (passwd != null) {
            ensurePasswordFile(passwd, messages);
            server.removeAll(FusekiVocab.pPasswordFile)
                    .addProperty(FusekiVocab.pPasswordFile, passwd.toAbsolutePath().toString());
        }

        if (options.queryTimeout() != null) {
            setContext(server, QUERY_TIMEOUT, Long.toString(options.queryTimeout().toMillis()));
        }
        return config;
    }

    /** Creates {@code file} with user {@value #DEFAULT_USER} and a random password if it does not exist. */
    public static void ensurePasswordFile(Path file, PrintStream messages) {
        if (Files.exists(file)) {
            return;
        }
        SecureRandom random = new SecureRandom();
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String text = "# ExoKG server users (Jetty format: user: password). Not in git; edit to change.\n"
                + "# Used for SPARQL Update (/exokg/update) and Graph Store writes (/exokg/data).\n"
                + DEFAULT_USER + ": " + password + "\n";
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: leave the default permissions
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the password file " + file, e);
        }
        if (messages != null) {
            messages.println("exokg: created " + file + " with user '" + DEFAULT_USER + "' and password '" + password
                    + "' (needed for /exokg/update and /exokg/data; edit the file to change it)");
        }
    }

    /**
     * The Fuseki UI files from the jena-fuseki-ui jar (what Fuseki's FMod_UI serves), without the admin module,
     * at /fuseki/ ({@link FusekiUiServlet}): / is ExoKG's home page.
     */
    private static void addUi(FusekiServer.Builder builder) {
        if (!FusekiUiServlet.available()) {
            LOG.warn("Fuseki UI files (jena-fuseki-ui) not found on the classpath: no web UI");
            return;
        }
        builder.addServlet(FusekiUiServlet.PATH + "/*", new FusekiUiServlet())
                // read-only server description used by the UI to list datasets and endpoints
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/validate/query", new QueryValidator())
                .addServlet("/$/validate/update", new UpdateValidator())
                .addServlet("/$/validate/iri", new IRIValidator())
                .addServlet("/$/validate/langtag", new LangTagValidator())
                .addServlet("/$/validate/data", new DataValidator())
                .enableStats(true);
    }

    private static Slf4jRequestLogWriter slf4jWriter() {
        Slf4jRequestLogWriter writer = new Slf4jRequestLogWriter();
        writer.setLoggerName(REQUEST_LOG);
        return writer;
    }

    private static Resource singleSubject(Model model, Property p, RDFNode o) {
        List<Resource> subjects = model.listSubjectsWithProperty(p, o).toList();
        if (subjects.size() != 1) {
            throw new FusekiConfigException("Expected one " + o + " in the configuration, found " + subjects.size());
        }
        return subjects.get(0);
    }

    /** Sets (replacing) {@code ja:context [ ja:cxtName name ; ja:cxtValue value ]} on a resource. */
    private static void setContext(Resource r, String name, String value) {
        Model m = r.getModel();
        Property context = JA.context;
        Property cxtName = JA.cxtName;
        Property cxtValue = JA.cxtValue;
        List<Statement> old = new ArrayList<>();
        r.listProperties(context).forEachRemaining(s -> {
            Resource c = s.getResource();
            if (c.hasProperty(cxtName) && name.equals(c.getProperty(cxtName).getString())) {
                old.add(s);
            }
        });
        old.forEach(s -> {
            s.getResource().removeProperties();
            m.remove(s);
        });
        r.addProperty(context, m.createResource().addProperty(cxtName, name).addProperty(cxtValue, value));
    }

    public int port() {
        return server.getHttpPort();
    }

    /** {@code http://localhost:PORT/} */
    public String serverUrl() {
        return server.serverURL();
    }

    public FusekiServer fuseki() {
        return server;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server (idempotent). */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        server.stop();
        stopUserStores();
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down
            }
        }
    }

    /** Jetty's password-file watcher (hot reload of users) outlives server.stop(): stop it too. */
    private void stopUserStores() {
        for (PropertyUserStore users : server.getJettyServer().getContainedBeans(PropertyUserStore.class)) {
            try {
                users.stop();
            } catch (Exception e) {
                LOG.debug("Stopping the user store: {}", e.getMessage());
            }
        }
    }

    private void stopQuietly() {
        try {
            stop();
            LOG.info("ExoKG server stopped");
        } catch (RuntimeException e) {
            LOG.warn("Error while stopping the server: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        stop();
    }
}
