package org.exokg.query;

import java.util.function.Function;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs queries against the local store (a TDB2 dataset, read transaction, with the union of the named
 * graphs as default graph, as the server has it) or against a SPARQL endpoint such as a running
 * {@code exokg serve}.
 */
public final class QueryRunner {

    private final Function<Query, QueryExecution> executions;
    private final Dataset dataset; // null for an endpoint
    private final String where;

    private QueryRunner(Function<Query, QueryExecution> executions, Dataset dataset, String where) {
        this.executions = executions;
        this.dataset = dataset;
        this.where = where;
    }

    /** Queries {@code dataset}; its default graph is the union of its named graphs (as in fuseki-config/exokg.ttl). */
    public static QueryRunner local(Dataset dataset) {
        return new QueryRunner(q -> QueryExecution.dataset(dataset).query(q)
                .set(TDB2.symUnionDefaultGraph, true).build(), dataset, "the local store");
    }

    /** Like {@link #local(Dataset)}, stopping a query that runs longer than {@code timeout}. */
    public static QueryRunner local(Dataset dataset, java.time.Duration timeout) {
        return new QueryRunner(q -> QueryExecution.dataset(dataset).query(q)
                .set(TDB2.symUnionDefaultGraph, true)
                .timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).build(), dataset, "the local store");
    }

    /**
     * What a remote SELECT asks for: SPARQL results in Thrift first (Fuseki writes and Jena reads it in about half
     * the time of JSON for a 1,000-row answer: docs/performance.md, "HTTP overhead and load alone"), then the
     * standard formats for an endpoint that does not offer it. The client reads whichever format comes back.
     */
    public static final String SELECT_ACCEPT = "application/sparql-results+thrift, application/sparql-results+json;q=0.9,"
            + " application/sparql-results+xml;q=0.8, text/tab-separated-values;q=0.7, text/csv;q=0.5, */*;q=0.1";

    /**
     * The HTTP client of every remote query: one for the JVM, so its connections are pooled and reused, and HTTP/1.1,
     * which SPARQL endpoints (Fuseki included) speak over plain HTTP. Jena's default client is the JDK's default,
     * HTTP/2, which over plain HTTP first asks the server to upgrade; against Fuseki that cost 10-25 % of a small
     * request (p50 and p95, 1,000 interleaved requests: docs/performance.md, "Build tail and HTTP cost").
     */
    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .connectTimeout(java.time.Duration.ofSeconds(10))
            .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
            .build();

    /** Like {@link #remote(String)}, giving up when the endpoint has not answered within {@code timeout}. */
    public static QueryRunner remote(String endpointUrl, java.time.Duration timeout) {
        return new QueryRunner(q -> QueryExecutionHTTP.service(endpointUrl).httpClient(HTTP).query(q).acceptHeaderSelectQuery(SELECT_ACCEPT)
                .timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).build(), null, endpointUrl);
    }

    /** Queries a SPARQL endpoint over HTTP (e.g. {@code http://localhost:3030/exokg/sparql}). */
    public static QueryRunner remote(String endpointUrl) {
        return new QueryRunner(q -> QueryExecutionHTTP.service(endpointUrl).httpClient(HTTP).query(q).acceptHeaderSelectQuery(SELECT_ACCEPT)
                .build(), null, endpointUrl);
    }

    /**
     * Runs one query and keeps its whole answer.
     *
     * @throws QueryFailedException with a one-line message when the store or endpoint refuses or fails
     */
    public QueryAnswer run(Query query) {
        PrefixMapping prefixes = query.getPrefixMapping();
        try {
            if (dataset != null) {
                return Txn.calculateRead(dataset, () -> execute(query, prefixes));
            }
            return execute(query, prefixes);
        } catch (QueryExceptionHTTP e) {
            throw new QueryFailedException(where + ": " + httpProblem(e.getStatusCode(), e.getResponse(), e), e);
        } catch (org.apache.jena.query.QueryCancelledException e) {
            throw new QueryFailedException(where + ": the query ran out of time (--timeout)", e);
        } catch (QueryException e) {
            throw new QueryFailedException(where + ": " + LibraryQuery.firstLine(e.getMessage() == null ? e.toString() : e.getMessage()), e);
        } catch (HttpException e) {
            throw new QueryFailedException(where + ": " + httpProblem(e.getStatusCode(), e.getResponse(), e), e);
        }
    }

    /** Why an HTTP query failed, without the query text that Jena's message repeats in the URL. */
    private static String httpProblem(int status, String response, RuntimeException e) {
        if (status > 0) {
            String body = response == null ? "" : LibraryQuery.firstLine(response);
            return "HTTP " + status + (body.isEmpty() ? "" : ": " + (body.length() > 200 ? body.substring(0, 200) + "…" : body));
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        // what the network said, in words: Java names a refused connection after its channel class
        if (root instanceof java.net.ConnectException || root instanceof java.nio.channels.ClosedChannelException) {
            return "cannot connect: nothing answers there (is 'exokg serve' running, on that port?)";
        }
        if (root instanceof java.nio.channels.UnresolvedAddressException || root instanceof java.net.UnknownHostException) {
            return "cannot connect: unknown host";
        }
        if (root instanceof java.net.http.HttpTimeoutException || root instanceof java.util.concurrent.TimeoutException) {
            return "no answer in time (--timeout)";
        }
        return "cannot query the endpoint: " + (root == e ? "no answer" : root.getMessage() == null
                ? root.getClass().getSimpleName() : root.getClass().getSimpleName() + ": " + LibraryQuery.firstLine(root.getMessage()));
    }

    private QueryAnswer execute(Query query, PrefixMapping prefixes) {
        try (QueryExecution qe = executions.apply(query)) {
            if (query.isSelectType()) {
                return QueryAnswer.rows(ResultSetFactory.copyResults(qe.execSelect()), prefixes);
            } else if (query.isAskType()) {
                return QueryAnswer.bool(qe.execAsk(), prefixes);
            } else if (query.isConstructType()) {
                return QueryAnswer.graph(qe.execConstruct(), prefixes);
            }
            return QueryAnswer.graph(qe.execDescribe(), prefixes);
        }
    }

    /** The query could not be answered (endpoint down, HTTP error, execution error). */
    public static final class QueryFailedException extends RuntimeException {
        QueryFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
