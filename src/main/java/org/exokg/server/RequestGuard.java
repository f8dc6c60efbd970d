package org.exokg.server;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * What every request meets before Fuseki: the checks that make the server safe to expose.
 *
 * <ul>
 *   <li>414 for an over-long path, 413 for an over-large form, 406 for an {@code Accept} header that cannot be
 *       parsed (instead of a 500, and without echoing what was sent);
 *   <li>CORS for reads only, without credentials: any origin may read ({@code Access-Control-Allow-Origin: *}),
 *       no browser is told it may send cookies or Basic credentials across origins;
 *   <li>a write ({@code /exokg/update}, {@code /exokg/data}) from a browser page of another origin is refused (403):
 *       a form POST needs no preflight, so CORS alone would not stop a page from using cached credentials;
 *   <li>failed logins throttled per client address: after {@value #MAX_FAILED_LOGINS} wrong passwords within
 *       {@value #FAILURE_WINDOW_SECONDS} s, requests with credentials from that address get 429 for
 *       {@value #LOCKOUT_SECONDS} s.
 * </ul>
 */
final class RequestGuard extends Handler.Wrapper {

    /** Longest path answered (the query string is not counted: a SPARQL GET can be long). */
    static final int MAX_PATH = 2048;
    /** Largest urlencoded form (a SPARQL query or update sent as a form); the data endpoint takes files. */
    static final long MAX_FORM_BYTES = 1024 * 1024;
    static final int MAX_FAILED_LOGINS = 10;
    static final int FAILURE_WINDOW_SECONDS = 300;
    static final int LOCKOUT_SECONDS = 60;

    private final Set<String> writePaths;
    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

    /** @param writePaths paths of the update and read-write endpoints, e.g. {@code /exokg/update} */
    RequestGuard(Handler next, Set<String> writePaths) {
        super(next);
        this.writePaths = Set.copyOf(writePaths);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        String method = request.getMethod();
        if (path != null && path.length() > MAX_PATH) {
            return refuse(request, response, callback, HttpStatus.URI_TOO_LONG_414,
                    "path longer than " + MAX_PATH + " characters");
        }
        String client = Request.getRemoteAddr(request);
        boolean credentials = request.getHeaders().get(HttpHeader.AUTHORIZATION) != null;
        Failures f = failures.get(client);
        if (credentials && f != null && f.lockedOut()) { // reads without credentials stay open
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(LOCKOUT_SECONDS));
            return refuse(request, response, callback, HttpStatus.TOO_MANY_REQUESTS_429,
                    "too many failed logins from this address; try again later");
        }
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        if (accept != null && !parsableAccept(accept)) {
            return refuse(request, response, callback, HttpStatus.NOT_ACCEPTABLE_406, "unreadable Accept header");
        }
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && request.getLength() > MAX_FORM_BYTES) {
            return refuse(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413,
                    "form larger than " + MAX_FORM_BYTES / 1024 + " KB");
        }
        boolean write = path != null && writePaths.contains(path);
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (write && origin != null && !sameOrigin(origin, request)) {
            return refuse(request, response, callback, HttpStatus.FORBIDDEN_403,
                    "updates are not accepted from pages of another origin");
        }
        if (!write && origin != null) {
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, "Content-Type, Content-Length, Location, X-Total-Count");
            if ("OPTIONS".equals(method) && request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD) != null) {
                response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, HEAD, OPTIONS");
                response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Accept, Content-Type, X-Requested-With");
                response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "1800");
                response.setStatus(HttpStatus.NO_CONTENT_204);
                callback.succeeded();
                return true;
            }
        }
        if (!credentials) {
            return super.handle(request, response, callback);
        }
        // A request with credentials: count it if they were refused. The count is taken when the answer's first bytes
        // are written, before the client can read them: counted only on completion, a client's next guess could arrive
        // before the previous failure was counted (seen on a loaded machine: one guess more than the limit answered 401).
        java.util.concurrent.atomic.AtomicBoolean observed = new java.util.concurrent.atomic.AtomicBoolean();
        Response observing = new Response.Wrapper(request, response) {
            @Override
            public void write(boolean last, java.nio.ByteBuffer content, Callback writeCallback) {
                if (observed.compareAndSet(false, true)) {
                    observe(client, getStatus());
                }
                super.write(last, content, writeCallback);
            }
        };
        Callback counting = Callback.from(() -> {
            if (observed.compareAndSet(false, true)) {
                observe(client, response.getStatus());
            }
            callback.succeeded();
        }, x -> {
            if (observed.compareAndSet(false, true)) {
                observe(client, response.getStatus());
            }
            callback.failed(x);
        });
        return super.handle(request, observing, counting);
    }

    private void observe(String client, int status) {
        if (status == HttpStatus.UNAUTHORIZED_401) {
            failures.computeIfAbsent(client, c -> new Failures()).add();
        } else if (status < 400) {
            failures.remove(client);
        }
    }

    /**
     * Every item of the header is a media range ({@code type/subtype}, {@code type/*}, {@code *}{@code /*} or
     * {@code *}) with optional parameters. Items such as {@code ;;;} made the content negotiation of some
     * servlets fail with a 500; such a header is refused with 406 before any servlet reads it.
     */
    static boolean parsableAccept(String accept) {
        for (String item : accept.split(",")) {
            String t = item.strip();
            if (t.isEmpty()) {
                continue;
            }
            int semi = t.indexOf(';');
            String media = (semi < 0 ? t : t.substring(0, semi)).strip();
            if (media.equals("*")) {
                continue;
            }
            int slash = media.indexOf('/');
            if (slash <= 0 || slash == media.length() - 1 || media.indexOf('/', slash + 1) >= 0
                    || !token(media.substring(0, slash)) || !token(media.substring(slash + 1))) {
                return false;
            }
        }
        return true;
    }

    /** RFC 9110 token characters. */
    private static boolean token(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0))) {
                return false;
            }
        }
        return true;
    }

    /** The Origin header names this server (scheme, host and port as the request reached it). */
    private static boolean sameOrigin(String origin, Request request) {
        String scheme = request.getHttpURI().getScheme();
        String host = Request.getServerName(request);
        int port = Request.getServerPort(request);
        String expected = scheme + "://" + host;
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return origin.equalsIgnoreCase(expected + (defaultPort ? "" : ":" + port))
                || (defaultPort && origin.equalsIgnoreCase(expected + ":" + port));
    }

    /** A short plain-text answer: Jetty's error page would repeat the request URI, however long. */
    private static boolean refuse(Request request, Response response, Callback callback, int status, String reason) {
        byte[] body = (status + " " + HttpStatus.getMessage(status) + ": " + reason + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
        // the request body is not read: the connection cannot be reused for the client's next request
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, java.nio.ByteBuffer.wrap(body), callback);
        return true;
    }

    /** Failed logins of one address within the window, and the lock-out they cause. */
    private static final class Failures {
        private long windowStart = System.nanoTime();
        private int count;
        private long lockedUntil;

        synchronized void add() {
            long now = System.nanoTime();
            if (now - windowStart > FAILURE_WINDOW_SECONDS * 1_000_000_000L) {
                windowStart = now;
                count = 0;
            }
            count++;
            if (count >= MAX_FAILED_LOGINS) {
                lockedUntil = now + LOCKOUT_SECONDS * 1_000_000_000L;
                count = 0;
                windowStart = now;
            }
        }

        synchronized boolean lockedOut() {
            return lockedUntil != 0 && System.nanoTime() - lockedUntil < 0;
        }
    }
}
