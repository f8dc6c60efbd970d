package org.exokg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Holds back the answer of a dataset endpoint until it is complete or larger than {@value #LIMIT} bytes, so
 * that its status is true. Fuseki streams query results: once the first bytes have left, a query that
 * times out can no longer say so with its status, and Fuseki appends its "Query timed out" note to the
 * results under a 200 (the protocol has no way to report an error after the status; ARQ and Fuseki offer no
 * option to buffer). Held back, an error replaces the partial results. A timeout during the writing of
 * results is answered as Fuseki answers one before it: 503 "Query timed out" (Fuseki 5.6 itself sets 400 and
 * its {@value #TIMEOUT_NOTE} note there, which is how it is recognised). A larger answer is sent as it is
 * written once the limit is passed, as Fuseki does; the README says so.
 */
final class QueryResponseBuffer implements Filter {

    /** Answers up to this size are sent only when complete. */
    static final int LIMIT = 4 * 1024 * 1024;
    /** What Fuseki writes into the results when a query times out while they are written. */
    static final String TIMEOUT_NOTE = "Query cancelled due to timeout during execution";

    private final int limit;

    QueryResponseBuffer() {
        this(LIMIT);
    }

    QueryResponseBuffer(int limit) {
        this.limit = limit;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(response instanceof HttpServletResponse http)) {
            chain.doFilter(request, response);
            return;
        }
        Held held = new Held(http, limit);
        try {
            chain.doFilter(request, held);
        } finally {
            held.finish();
        }
    }

    /** A response whose body is kept in memory until {@link #finish()} or until it passes the limit. */
    private static final class Held extends HttpServletResponseWrapper {
        private final HttpServletResponse real;
        private final int limit;
        private ByteArrayOutputStream held = new ByteArrayOutputStream();
        private ServletOutputStream out;
        private PrintWriter writer;
        /** Whether the held bytes have gone to the real response; from then on writes go straight through. */
        private boolean sent;
        private boolean errorSent;
        private int status = SC_OK;

        Held(HttpServletResponse real, int limit) {
            super(real);
            this.real = real;
            this.limit = limit;
        }

        /** Sends what is held (with its length) unless it was sent already. */
        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (!sent && !errorSent) {
                sent = true;
                byte[] body = held.toByteArray();
                held = null;
                if (status >= 400 && new String(body, StandardCharsets.UTF_8).contains(TIMEOUT_NOTE)) {
                    real.setStatus(SC_SERVICE_UNAVAILABLE);
                    real.setContentType("text/plain;charset=utf-8");
                    body = "Query timed out\n".getBytes(StandardCharsets.UTF_8);
                }
                real.setContentLength(body.length);
                real.getOutputStream().write(body);
            }
        }

        private void write(byte[] b, int off, int len) throws IOException {
            if (sent) {
                real.getOutputStream().write(b, off, len);
                return;
            }
            held.write(b, off, len);
            if (held.size() > limit) {
                // too large to hold: from here on, streamed (a later timeout cannot change the status)
                sent = true;
                real.getOutputStream().write(held.toByteArray());
                held = null;
            }
        }

        /** An error before anything was sent: the partial body is dropped, the error is the answer. */
        private void discardIfError(int sc) {
            if (!sent && sc >= 400 && held != null) {
                held.reset();
            }
        }

        @Override
        public void setStatus(int sc) {
            discardIfError(sc);
            if (!sent) {
                status = sc;
            }
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            discardIfError(sc);
            errorSent = !sent;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            discardIfError(sc);
            errorSent = !sent;
            super.sendError(sc);
        }

        @Override
        public boolean isCommitted() {
            return sent || errorSent || super.isCommitted();
        }

        @Override
        public void setContentLength(int len) {
            if (sent) {
                super.setContentLength(len);
            } // else: set from what is held, in finish()
        }

        @Override
        public void setContentLengthLong(long len) {
            if (sent) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (sent) {
                super.flushBuffer();
            }
        }

        @Override
        public void resetBuffer() {
            if (!sent && held != null) {
                held.reset();
            }
            super.resetBuffer();
        }

        @Override
        public void reset() {
            if (!sent && held != null) {
                held.reset();
            }
            super.reset();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (out == null) {
                out = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("held response");
                    }

                    @Override
                    public void write(int b) throws IOException {
                        Held.this.write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        Held.this.write(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        if (sent) {
                            real.getOutputStream().flush();
                        }
                    }

                    @Override
                    public void close() {
                        // the filter sends what is held when the request is done
                    }
                };
            }
            return out;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }
    }
}
