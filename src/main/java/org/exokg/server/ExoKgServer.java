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
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.jetty.security.PropertyUserStore;
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
 *   <li>safe defaults for a server others can reach: it listens on localhost unless a host is given; SPARQL
 *       {@code SERVICE} reaches no other endpoint unless it is on the federation allow-list; CORS for reads
 *       only and without credentials, 406/413/414/429 instead of a 500 or an echo ({@link RequestGuard});
 *   <li>the Fuseki UI (from the jena-fuseki-ui jar, read-only: no dataset admin), and one access log line per
 *       request (logger {@value #REQUEST_LOG}), with long URIs cut short.
 * </ul>
 */
public final class ExoKgServer implements AutoCloseable {

    /** Logger of the one-line-per-request access log (NCSA format). */
    public static final String REQUEST_LOG = "org.exokg.server.request";

    public static final Path DEFAULT_CONFIG = Path.of("fuseki-config", "exokg.ttl");
    public static final String DATASET = "/exokg";
    public static final String DEFAULT_USER = "admin";

    private static final Logger LOG = LoggerFactory.getLogger(ExoKgServer.class);
    /**
     * The access log, looked up once: looking a logger up by name walks the caller's stack (log4j's
     * getCallerClass), which per request cost more than the line itself (JFR, docs/performance.md).
     */
    private static final Logger REQUESTS = LoggerFactory.getLogger(REQUEST_LOG);
    private static final String QUERY_TIMEOUT = "arq:queryTimeout";

    /** Interface the server listens on unless told otherwise: only this machine can reach it. */
    public static final String DEFAULT_HOST = "localhost";

    /**
     * Server settings; null fields keep what the configuration file says.
     *
     * @param host the interface to listen on (null: {@value #DEFAULT_HOST}; {@code 0.0.0.0} for every interface)
     * @param federation the only endpoints a SPARQL {@code SERVICE} clause may reach (none by default)
     */
    public record Options(Path configFile, int port, Path store, Path passwordFile, Duration queryTimeout,
                          boolean ui, boolean localhostOnly, String host, List<String> federation) {
        public Options {
            Objects.requireNonNull(configFile, "configFile");
            federation = federation == null ? List.of() : List.copyOf(federation);
        }

        /** Listening on {@value #DEFAULT_HOST}, with no federation (localhostOnly is now the default either way). */
        public Options(Path configFile, int port, Path store, Path passwordFile, Duration queryTimeout, boolean ui,
                       boolean localhostOnly) {
            this(configFile, port, store, passwordFile, queryTimeout, ui, localhostOnly, null, List.of());
        }

        public static Options defaults() {
            return new Options(DEFAULT_CONFIG, 3030, null, null, null, true, false);
        }

        /** The interface actually listened on. */
        public String listenHost() {
            return host == null || localhostOnly ? DEFAULT_HOST : host;
        }

        public Options withHost(String h) {
            return new Options(configFile, port, store, passwordFile, queryTimeout, ui, false, h, federation);
        }

        public Options withFederation(List<String> endpoints) {
            return new Options(configFile, port, store, passwordFile, queryTimeout, ui, localhostOnly, host, endpoints);
        }

        public Options withPort(int p) {
            return new Options(configFile, p, store, passwordFile, queryTimeout, ui, localhostOnly, host, federation);
        }

        public Options withStore(Path s) {
            return new Options(configFile, port, s, passwordFile, queryTimeout, ui, localhostOnly, host, federation);
        }

        public Options withPasswordFile(Path f) {
            return new Options(configFile, port, store, f, queryTimeout, ui, localhostOnly, host, federation);
        }

        public Options withQueryTimeout(Duration t) {
            return new Options(configFile, port, store, passwordFile, t, ui, localhostOnly, host, federation);
        }

        public Options withUi(boolean u) {
            return new Options(configFile, port, store, passwordFile, queryTimeout, u, localhostOnly, host, federation);
        }

        public Options withLocalhostOnly(boolean l) {
            return new Options(configFile, port, store, passwordFile, queryTimeout, ui, l, host, federation);
        }
    }

    private final FusekiServer server;
    private final Thread shutdownHook;
    /** The JVM-wide query timeout before this server set its own (null: none). */
    private final Object previousTimeout;
    private volatile boolean stopped;

    private ExoKgServer(FusekiServer server, boolean withShutdownHook, Object previousTimeout) {
        this.server = server;
        this.previousTimeout = previousTimeout;
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
        // Fuseki copies the server-level context (our arq:queryTimeout) into ARQ's JVM-wide context, where it outlives
        // the server: stop() puts the previous value back, so in-process work after a server (tests, an embedding
        // application) is not cancelled by the server's timeout.
        Object previousTimeout = ARQ.getContext().get(ARQ.queryTimeout);
        FusekiServer.Builder builder = FusekiServer.create()
                .parseConfig(config)
                .port(options.port())
                .loopback(isLoopback(options.listenHost()))
                .enableCors(false) // RequestGuard answers CORS: for reads, without credentials
                .enablePing(true);
        if (options.ui()) {
            addUi(builder);
        }
        // answers of the dataset endpoints held back up to a bound, so that a query timing out gets a 503
        for (String dataset : datasetNames(config)) {
            builder.addFilter(dataset + "/*", new QueryResponseBuffer()); // "/exokg/*" includes "/exokg"
        }
        // Dereferenceable ExoKG IRIs and /.well-known/void, answered from the /exokg dataset once it is built.
        java.util.concurrent.atomic.AtomicReference<FusekiServer> built = new java.util.concurrent.atomic.AtomicReference<>();
        LinkedDataServlet.register(builder, () -> built.get().getDataAccessPointRegistry().get(DATASET)
                .getDataService().getDataset());
        FusekiServer fuseki = builder.build();
        built.set(fuseki);
        org.eclipse.jetty.server.Server jetty = fuseki.getJettyServer();
        for (org.eclipse.jetty.server.Connector c : jetty.getConnectors()) {
            if (c instanceof org.eclipse.jetty.server.ServerConnector connector) {
                connector.setHost(options.listenHost().equals("*") ? null : options.listenHost());
            }
        }
        jetty.setHandler(new RequestGuard(jetty.getHandler(), writePaths(fuseki)));
        jetty.setRequestLog(ExoKgServer::logRequest);
        restrictService(fuseki, options.federation());

        ExoKgServer server = new ExoKgServer(fuseki, shutdownHook, previousTimeout);
        if (server.shutdownHook != null) {
            Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        }
        fuseki.start();
        return server;
    }

    /** The services' names in the configuration, as paths ("/exokg"). */
    private static List<String> datasetNames(Model config) {
        List<String> names = new ArrayList<>();
        config.listObjectsOfProperty(FusekiVocab.pServiceName).forEachRemaining(n -> {
            String name = n.isLiteral() ? n.asLiteral().getString() : n.toString();
            names.add(name.startsWith("/") ? name : "/" + name);
        });
        return names;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    /** Paths of the endpoints that change data (SPARQL Update, Graph Store Protocol read-write). */
    private static java.util.Set<String> writePaths(FusekiServer fuseki) {
        java.util.Set<String> paths = new java.util.HashSet<>();
        for (org.apache.jena.fuseki.server.DataAccessPoint dap : fuseki.getDataAccessPointRegistry().accessPoints()) {
            dap.getDataService().forEachEndpoint(e -> {
                org.apache.jena.fuseki.server.Operation op = e.getOperation();
                if (op.equals(org.apache.jena.fuseki.server.Operation.Update)
                        || op.equals(org.apache.jena.fuseki.server.Operation.GSP_RW)) {
                    String name = e.getName() == null || e.getName().isEmpty() ? "" : "/" + e.getName();
                    paths.add(dap.getName() + name);
                }
            });
        }
        return paths;
    }

    /**
     * SPARQL {@code SERVICE} lets a query make the server fetch a URL: anonymous users could reach services
     * behind the firewall through it. Only endpoints on the allow-list may be queried that way.
     */
    private static void restrictService(FusekiServer fuseki, List<String> allowed) {
        java.util.Set<String> allowList = java.util.Set.copyOf(allowed);
        for (org.apache.jena.fuseki.server.DataAccessPoint dap : fuseki.getDataAccessPointRegistry().accessPoints()) {
            org.apache.jena.sparql.util.Context context = dap.getDataService().getDataset().getContext();
            org.apache.jena.sparql.service.ServiceExecutorRegistry registry =
                    org.apache.jena.sparql.service.ServiceExecutorRegistry.chooseRegistry(context).copy();
            registry.addSingleLink((opExecute, original, binding, execCxt, chain) -> {
                org.apache.jena.graph.Node service = opExecute.getService();
                if (service.isURI() && allowList.contains(service.getURI())) {
                    return chain.createExecution(opExecute, original, binding, execCxt);
                }
                throw new org.apache.jena.query.QueryExecException("SERVICE " + (service.isURI() ? "<"
                        + abbreviate(service.getURI(), 100) + ">" : service) + " is not allowed on this server"
                        + " (federation is limited to the endpoints given with 'exokg serve --federation')");
            });
            org.apache.jena.sparql.service.ServiceExecutorRegistry.set(context, registry);
        }
    }

    /** One line per request; the URI cut short, so that a huge request line cannot flood the log. */
    private static void logRequest(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response) {
        Logger log = REQUESTS;
        if (!log.isInfoEnabled()) {
            return;
        }
        long ms = System.currentTimeMillis() - org.eclipse.jetty.server.Request.getTimeStamp(request);
        log.info("{} \"{} {} {}\" {} {} {}ms", org.eclipse.jetty.server.Request.getRemoteAddr(request), request.getMethod(),
                abbreviate(request.getHttpURI().getPathQuery(), 300), request.getConnectionMetaData().getProtocol(),
                response.getStatus(), org.eclipse.jetty.server.Response.getContentBytesWritten(response), ms);
    }

    private static String abbreviate(String s, int max) {
        if (s == null) {
            return "-";
        }
        return s.length() <= max ? s : s.substring(0, max) + "…(" + s.length() + " chars)";
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
        ensurePasswordFile(file, messages, messages == null ? null : System.console());
    }

    /**
     * Creates the password file if missing. The password goes to the terminal ({@code console}) only, never
     * to {@code messages}, which may be a captured log; without a terminal it is only in the file.
     */
    public static void ensurePasswordFile(Path file, PrintStream messages, java.io.Console console) {
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
            // created readable by the owner only from the start: no moment where others could read it
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file); // not a POSIX file system
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the password file " + file, e);
        }
        if (console != null) {
            console.printf("exokg: password for user '%s' (shown once; it is in %s): %s%n", DEFAULT_USER, file, password);
            console.flush();
        }
        if (messages != null) {
            messages.println("exokg: created " + file + " (mode 0600) with user '" + DEFAULT_USER + "' and a random password"
                    + (console != null ? " (shown on the terminal, not logged)" : " (read it from the file; it is not logged)")
                    + "; it is needed for /exokg/update and /exokg/data");
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
                .addServlet("/$/server", new ServerDescription())
                .addServlet("/$/validate/query", new QueryValidator())
                .addServlet("/$/validate/update", new UpdateValidator())
                .addServlet("/$/validate/iri", new IRIValidator())
                .addServlet("/$/validate/langtag", new LangTagValidator())
                .addServlet("/$/validate/data", new DataValidator())
                .enableStats(true);
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
        if (previousTimeout == null) {
            ARQ.getContext().unset(ARQ.queryTimeout);
        } else {
            ARQ.getContext().set(ARQ.queryTimeout, previousTimeout);
        }
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
