package org.exokg.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Ontology labels that a switch can take out of the lexicon (issue 15, branch misses35): the lexicon is the ontology's
 * labels and synonyms, which no switch reaches, so a block of new synonyms that is to be measured with and without is
 * named here, one label a line with its switch ({@code switched-labels.tsv}: switch, tab, label). A label named here is
 * read only when its switch is set to {@code true} ({@code -Dexokg.commonDiseaseNames=true}): the readings these lists
 * hold are OFF by default until they gain on the decision sets; the ontology keeps the labels either way.
 */
public final class SwitchedLabels {

    private static final String RESOURCE = "/org/exokg/mention/switched-labels.tsv";
    private static SwitchedLabels shipped;

    /** label -> the system property that switches it. */
    private final Map<String, String> switchOf;

    private SwitchedLabels(Map<String, String> switchOf) {
        this.switchOf = switchOf;
    }

    /** The shipped list, read once. */
    public static synchronized SwitchedLabels shipped() {
        if (shipped == null) {
            try (InputStream in = SwitchedLabels.class.getResourceAsStream(RESOURCE)) {
                shipped = in == null ? new SwitchedLabels(Map.of()) : parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shipped;
    }

    public static SwitchedLabels parse(InputStream in) throws IOException {
        Map<String, String> switchOf = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException(RESOURCE + ": not 'switch<TAB>label': " + line);
            }
            switchOf.put(f[1].trim(), "exokg." + f[0].trim());
        }
        return new SwitchedLabels(switchOf);
    }

    /** True when {@code label} is named here and its switch is not set to true. */
    public boolean off(String label) {
        String property = switchOf.get(label);
        return property != null && !"true".equalsIgnoreCase(System.getProperty(property));
    }
}
