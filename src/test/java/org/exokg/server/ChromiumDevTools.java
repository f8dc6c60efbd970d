package org.exokg.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol (a WebSocket, with the JDK's own client), so
 * that a test can do what a person does: load a page, type into a box, wait for the page to react, read
 * the DOM, take a screenshot. The browser is {@link HeadlessChromium}'s.
 */
final class ChromiumDevTools implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();

    private ChromiumDevTools(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts the browser with a blank page, {@code width} × {@code height} pixels. */
    static ChromiumDevTools start(Path binary, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("exokg-cdp-");
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars", "--remote-debugging-port=0",
                "--remote-debugging-address=127.0.0.1", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile, "about:blank"));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // Chromium writes the port it chose to DevToolsActivePort in its profile
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!Files.exists(portFile) || Files.readString(portFile).lines().count() < 2) {
                if (System.nanoTime() > deadline || !p.isAlive()) {
                    throw new IOException("chromium did not open its DevTools port");
                }
                Thread.sleep(100);
            }
            int port = Integer.parseInt(Files.readString(portFile).lines().findFirst().orElseThrow().strip());
            HttpClient http = HttpClient.newHttpClient();
            String pageSocket = null;
            while (pageSocket == null) {
                String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                for (JsonValue t : JSON.parseAny(list).getAsArray()) {
                    if ("page".equals(t.getAsObject().get("type").getAsString().value())) {
                        pageSocket = t.getAsObject().get("webSocketDebuggerUrl").getAsString().value();
                    }
                }
                if (pageSocket == null) {
                    if (System.nanoTime() > deadline) {
                        throw new IOException("chromium has no page to drive");
                    }
                    Thread.sleep(100);
                }
            }
            Listener listener = new Listener();
            WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), listener)
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            ChromiumDevTools cdp = new ChromiumDevTools(p, profile, ws);
            listener.owner = cdp;
            cdp.call("Page.enable", new JsonObject());
            cdp.call("Runtime.enable", new JsonObject());
            return cdp;
        } catch (IOException | InterruptedException | RuntimeException e) {
            p.destroyForcibly();
            throw e;
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IOException("cannot connect to chromium: " + e.getMessage(), e);
        }
    }

    /** Sends one DevTools command and waits for its result. */
    JsonObject call(String method, JsonObject params) throws IOException {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        JsonObject message = new JsonObject();
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        socket.sendText(JSON.toStringFlat(message), true).join();
        try {
            JsonObject reply = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (reply.hasKey("error")) {
                throw new IOException(method + ": " + reply.get("error"));
            }
            return reply.get("result").getAsObject();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(method + " got no answer: " + e, e);
        } finally {
            pending.remove(id);
        }
    }

    /** Loads {@code url} and waits until the document is complete. */
    void open(String url) throws IOException, InterruptedException {
        JsonObject params = new JsonObject();
        params.put("url", url);
        call("Page.navigate", params);
        waitFor("document.readyState === 'complete' && location.href === " + js(url));
    }

    /** The value of a JavaScript expression evaluated in the page (JSON-serialisable values). */
    JsonValue eval(String expression) throws IOException {
        JsonObject params = new JsonObject();
        params.put("expression", expression);
        params.put("returnByValue", true);
        params.put("awaitPromise", true);
        JsonObject result = call("Runtime.evaluate", params);
        if (result.hasKey("exceptionDetails")) {
            throw new IOException("page script failed: " + result.get("exceptionDetails"));
        }
        JsonObject value = result.get("result").getAsObject();
        return value.hasKey("value") ? value.get("value") : null;
    }

    /** Waits until a JavaScript condition holds in the page. */
    void waitFor(String condition) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonValue v;
            try {
                v = eval("!!(" + condition + ")");
            } catch (IOException e) {
                v = null; // the page is being replaced
            }
            if (v != null && v.isBoolean() && v.getAsBoolean().value()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("timed out waiting for " + condition);
            }
            Thread.sleep(50);
        }
    }

    /** Focuses the element {@code selector} and types {@code text} into it, as a keyboard would insert it. */
    void type(String selector, String text) throws IOException {
        eval("(function () { var e = document.querySelector(" + js(selector) + "); e.focus(); e.select(); })()");
        JsonObject params = new JsonObject();
        params.put("text", text);
        call("Input.insertText", params);
    }

    /** The texts of the elements matching {@code selector}. */
    List<String> texts(String selector) throws IOException {
        JsonValue v = eval("Array.from(document.querySelectorAll(" + js(selector)
                + ")).map(function (e) { return e.textContent.trim(); })");
        List<String> texts = new ArrayList<>();
        JsonArray array = v.getAsArray();
        array.forEach(t -> texts.add(t.getAsString().value()));
        return texts;
    }

    /** A PNG of the whole page (up to {@code maxHeight} pixels tall), written to {@code file}. */
    void screenshot(Path file, int width, int maxHeight) throws IOException {
        int height = (int) Math.min(maxHeight, eval("document.documentElement.scrollHeight").getAsNumber().value().intValue());
        JsonObject metrics = new JsonObject();
        metrics.put("width", width);
        metrics.put("height", height);
        metrics.put("deviceScaleFactor", 1);
        metrics.put("mobile", false);
        call("Emulation.setDeviceMetricsOverride", metrics);
        JsonObject params = new JsonObject();
        params.put("format", "png");
        String data = call("Page.captureScreenshot", params).get("data").getAsString().value();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(data));
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the browser goes anyway
        }
        // Chromium's helper processes (network service, renderer) outlive the main one for a moment and keep
        // writing into the profile: collect them before the main process goes, or they are reparented and lost
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle helper : helpers) {
                helper.destroy();
                try {
                    helper.onExit().get(5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    helper.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        HeadlessChromium.deleteTree(profile);
    }

    /** Collects text frames into messages and hands each reply to the command waiting for it. */
    private static final class Listener implements WebSocket.Listener {
        ChromiumDevTools owner;
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                JsonObject message = JSON.parse(text);
                if (message.hasKey("id") && owner != null) {
                    CompletableFuture<JsonObject> f = owner.pending.get(message.get("id").getAsNumber().value().intValue());
                    if (f != null) {
                        f.complete(message);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    /** A JavaScript string literal. */
    static String js(String s) {
        return JSON.toStringFlat(new JsonString(s));
    }
}
