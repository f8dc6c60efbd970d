package org.exokg.claim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A yaml rule file of the claim reading (claim-rules.yaml, cues.yaml, statements.yaml, ...): found on the class path
 * and read as YAML; a missing file or text that is not YAML is refused with one line naming the file. What the
 * entries mean is each reader's own (ClaimPatterns, Cues, ...).
 */
final class RuleFile {

    /** Where the shipped rule files are: next to this class. */
    static final String SHIPPED = "org/exokg/claim/";

    /** Reads a rule file's text into its rules; {@code name} is how its errors name the file. */
    @FunctionalInterface
    interface Reader<T> {
        T read(InputStream in, String name);
    }

    private RuleFile() {}

    /**
     * The rule file at {@code path} read by {@code reader}: a file name is a shipped file (next to this class), a path
     * from the class path's root starts with "/". The reader's errors name the file by its name alone.
     *
     * @throws IllegalStateException if the class path lacks the file: a packaging error, not bad input
     */
    static <T> T read(String path, Reader<T> reader) {
        try (InputStream in = RuleFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing rule file " + (path.startsWith("/") ? path.substring(1) : SHIPPED + path));
            }
            return reader.read(in, path.substring(path.lastIndexOf('/') + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /**
     * The YAML tree of a rule file (a mapping, a list, a scalar, or null if empty; the reader checks its shape). Text
     * that is not YAML is refused in one line naming the file, and the line and column where it stops being YAML.
     */
    static Object yaml(InputStream in, String name) {
        try {
            // a key given twice in one entry (two branches each adding "unlessBefore") would silently keep only the last
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            return new Yaml(new SafeConstructor(options)).load(in);
        } catch (MarkedYAMLException e) {
            Mark at = e.getProblemMark();
            String where = at == null ? "" : " (line " + (at.getLine() + 1) + ", column " + (at.getColumn() + 1) + ")";
            throw new IllegalStateException(name + ": not YAML" + where + ": " + firstLine(e.getProblem()), e);
        } catch (YAMLException e) {
            throw new IllegalStateException(name + ": not YAML: " + firstLine(e.getMessage()), e);
        }
    }

    /** The YAML tree of a rule file made of named sections; any other shape is refused naming the file and {@code what} it should hold. */
    static Map<?, ?> sections(InputStream in, String name, String what) {
        if (!(yaml(in, name) instanceof Map<?, ?> root)) {
            throw new IllegalStateException(name + ": not a mapping of " + what);
        }
        return root;
    }

    /** The list under {@code section}; an absent section or one that is no list is refused naming the file and section. */
    static List<?> section(Map<?, ?> root, String section, String name) {
        if (!(root.get(section) instanceof List<?> items)) {
            throw new IllegalStateException(name + ": section '" + section + "' missing or not a list");
        }
        return items;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
