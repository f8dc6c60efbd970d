package org.exokg.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A word-pattern list kept as data beside the class that reads it: one entry a line, {@code id TAB pattern TAB example},
 * lines starting "#" are comments; patterns match case-insensitively. A malformed or repeated entry fails at load, so a
 * bad edit to the file stops the build rather than silently dropping a pattern.
 */
final class PatternEntries {

    private PatternEntries() {}

    /** The patterns of resource {@code name}, relative to {@code owner}'s package. */
    static List<Pattern> load(Class<?> owner, String name) {
        List<Pattern> patterns = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + ": not found beside " + owner.getSimpleName());
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3 || !ids.add(f[0])) {
                    throw new IllegalStateException(name + ": bad or repeated entry: " + line);
                }
                patterns.add(Pattern.compile("(?i)" + f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(patterns);
    }
}
