package org.exokg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text files shipped inside the jar (SPARQL queries, Turtle templates), read by absolute classpath path. */
public final class ClasspathText {
    private ClasspathText() {}

    /**
     * The UTF-8 text of {@code path} (e.g. {@code /org/exokg/reasoning/claims.rq}).
     *
     * @throws IllegalStateException if the jar lacks it: a packaging error, not bad input
     */
    public static String read(String path) {
        try (InputStream in = ClasspathText.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
