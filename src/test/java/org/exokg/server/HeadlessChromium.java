package org.exokg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real headless Chromium (Debian's {@code chromium} package) that loads a URL and prints the DOM it
 * built. Found through {@code $EXOKG_CHROMIUM}, else {@code chromium}, {@code chromium-browser},
 * {@code google-chrome} on the PATH. The CI script installs it (see the report / .ci/run).
 */
final class HeadlessChromium {

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    static Optional<HeadlessChromium> find() {
        String env = System.getenv("EXOKG_CHROMIUM");
        if (env != null && !env.isBlank() && Files.isExecutable(Path.of(env))) {
            return Optional.of(new HeadlessChromium(Path.of(env)));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            Optional<Path> found = Stream.of(path.split(java.io.File.pathSeparator))
                    .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
            if (found.isPresent()) {
                return Optional.of(new HeadlessChromium(found.get()));
            }
        }
        return Optional.empty();
    }

    /** The same browser driven over the DevTools protocol, to type, wait and take screenshots. */
    ChromiumDevTools devTools(int width, int height) throws IOException, InterruptedException {
        return ChromiumDevTools.start(binary, width, height);
    }

    /** Loads {@code url} the way a browser does (its own Accept header) and returns the serialised DOM. */
    String dumpDom(String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("exokg-chromium-");
        Path out = Files.createTempFile("exokg-dom-", ".html");
        try {
            List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--dump-dom", url));
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("chromium did not finish loading " + url + " in 120 s");
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            deleteTree(profile);
        }
    }

    /**
     * Removes a temporary profile. Chromium's helper processes may still be writing into it for a moment after
     * the main one exits; a file that vanishes meanwhile is not an error (cleaning up is not what is tested).
     */
    static void deleteTree(Path dir) {
        for (int attempt = 0; attempt < 3 && Files.exists(dir); attempt++) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
