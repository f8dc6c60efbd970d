package org.exokg.claim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A yaml rule file of the claim reading (claim-rules.yaml, cues.yaml, statements.yaml, ...): found on the class path
 * and read as YAML; a missing file or text that is not YAML is refused with one line naming the file. What the
 * entries mean is each reader's own (ClaimPatterns, Cues, ...); how an entry of a list section is read (a mapping with an
 * id unique in the file and no key but the reader's) and how a list of words is read are the same for every file
 * ({@link #entries}, {@link #words}), so every file refuses the same mistakes in the same words.
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

    /** The list under {@code section}, or none if the file has no such section; a value that is no list is refused. */
    static List<?> optionalSection(Map<?, ?> root, String section, String name) {
        Object items = root.get(section);
        if (items != null && !(items instanceof List<?>)) {
            throw new IllegalStateException(name + ": section '" + section + "' is not a list");
        }
        return items == null ? List.of() : (List<?>) items;
    }

    /**
     * One entry of a list section: its mapping, its id, and how errors name it ({@code where}: the file, what the entry
     * is and its id, "cues.yaml: hedge 'hedge-modal'", "claim-rules.yaml: rule 'vesicle-carries-cargo'").
     */
    record Entry(Map<?, ?> map, String id, String where) {

        /** The text under {@code key}; absent, blank or not text is refused naming the entry. */
        String text(String key) {
            if (!(map.get(key) instanceof String value) || value.isBlank()) {
                throw new IllegalStateException(where + ": '" + key + "' missing or not text");
            }
            return value;
        }

        /** The text under {@code key}, or null if the entry has none; a value that is not text is refused. */
        String optionalText(String key) {
            Object value = map.get(key);
            if (value != null && !(value instanceof String)) {
                throw new IllegalStateException(where + ": '" + key + "' is not text");
            }
            return (String) value;
        }

        /** Whether {@code key} is true; absent is false, a value that is not true or false is refused. */
        boolean flag(String key) {
            Object value = map.get(key);
            if (value != null && !(value instanceof Boolean)) {
                throw new IllegalStateException(where + ": '" + key + "' must be true or false");
            }
            return Boolean.TRUE.equals(value);
        }
    }

    /**
     * The entries of a list section ({@code items}), each read the one strict way: a mapping, with a text id unique
     * across {@code ids} (the file's, or the section's where sections may share ids), and no key but {@code keys} (a
     * misspelt key would otherwise be read as absent and its entry run without it). A key given twice in an entry is
     * refused by {@link #yaml} already. Errors are one line naming the file and the entry: {@code label} (what an entry
     * of the section is, often the section's name) and its id, or its number until its id is known.
     */
    static List<Entry> entries(List<?> items, String label, String name, Set<String> ids, Set<String> keys) {
        List<Entry> out = new ArrayList<>();
        int index = 0;
        for (Object item : items) {
            index++;
            String where = name + ": " + label + " " + index;
            if (!(item instanceof Map<?, ?> map)) {
                throw new IllegalStateException(where + ": not a mapping");
            }
            if (!(map.get("id") instanceof String id) || id.isBlank()) {
                throw new IllegalStateException(where + ": no 'id'");
            }
            where = name + ": " + label + " '" + id + "'";
            if (!ids.add(id)) {
                throw new IllegalStateException(where + ": id given twice");
            }
            for (Object key : map.keySet()) {
                if (!"id".equals(key) && !keys.contains(key)) {
                    throw new IllegalStateException(where + ": unknown key '" + key + "' (known: id, "
                            + String.join(", ", keys.stream().sorted().toList()) + ")");
                }
            }
            out.add(new Entry(map, id, where));
        }
        return out;
    }

    /**
     * The words of a word list ({@code items}, the list under {@code section}) as one group of alternatives, in file order:
     * an empty list, a word that is not text and a word that is no regular expression are refused naming the file and
     * the section.
     */
    static String words(List<?> items, String section, String name) {
        if (items.isEmpty()) {
            throw new IllegalStateException(name + ": section '" + section + "' has no words");
        }
        List<String> words = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String word) || word.isBlank()) {
                throw new IllegalStateException(name + ": section '" + section + "': not a word: " + item);
            }
            try {
                Pattern.compile(word);
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(name + ": section '" + section + "': bad regular expression '" + word + "'", e);
            }
            words.add(word);
        }
        return "(?:" + String.join("|", words) + ")";
    }

    /** The word list of {@code section} as one group of alternatives ({@link #words(List, String, String)}); absent is refused. */
    static String words(Map<?, ?> root, String section, String name) {
        return words(section(root, section, name), section, name);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
