package org.exokg.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Ontology labels that a switch can take out of the lexicon (issue 15, branch misses35): the lexicon is the ontology's
 * labels and synonyms, which no switch reaches, so a block of new synonyms that is to be measured with and without is
 * named here, one label a line with its switch ({@code switched-labels.tsv}: switch, tab, label). A label named here is
 * read only when its switch is set to {@code true} ({@code -Dexokg.commonDiseaseNames=true}): the readings these lists
 * hold are OFF by default until they gain on the decision sets; the ontology keeps the labels either way.
 *
 * <p>(branch goldconv33) Two more forms, for a label the ontology moves from one class to another and for a switch
 * that is ON by default. A third column names the class ({@code switch, label, Class}: the label only on that class
 * follows the switch). A switch written {@code !switch} names the label's former place: {@code !switch, label,
 * FormerClass} gives {@code FormerClass} the label while the switch is off (the ontology no longer has it there), so
 * that {@code -Dexokg.switch=false} restores the former reading exactly. A line {@code @on, switch} makes the switch
 * ON unless set to {@code false}.
 *
 * <p>(branch objectterms36) A switch written {@code ~switch} names a label the ontology keeps that is left out while the
 * switch is ON ({@code ~switch, label[, Class]}), for a reading that reads the label's words another way.
 */
public final class SwitchedLabels {

    private static final String RESOURCE = "/org/exokg/mention/switched-labels.tsv";
    private static SwitchedLabels shipped;

    /** One line: the label, the class it is on (null: any), its switch's property, and whether it is the former place. */
    private record Row(String label, String className, String property, boolean former, boolean offWhileOn) {
        Row(String label, String className, String property, boolean former) {
            this(label, className, property, former, false);
        }
    }

    private final java.util.List<Row> rows;
    /** Properties of the switches that are ON unless set to false. */
    private final java.util.Set<String> onByDefault;

    private SwitchedLabels(java.util.List<Row> rows, java.util.Set<String> onByDefault) {
        this.rows = rows;
        this.onByDefault = onByDefault;
    }

    /** The shipped list, read once. */
    public static synchronized SwitchedLabels shipped() {
        if (shipped == null) {
            try (InputStream in = SwitchedLabels.class.getResourceAsStream(RESOURCE)) {
                shipped = in == null ? new SwitchedLabels(java.util.List.of(), java.util.Set.of()) : parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shipped;
    }

    public static SwitchedLabels parse(InputStream in) throws IOException {
        java.util.List<Row> rows = new java.util.ArrayList<>();
        java.util.Set<String> on = new java.util.HashSet<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[0].trim().equals("@on") && f.length == 2) {
                on.add("exokg." + f[1].trim());
                continue;
            }
            if (f.length != 2 && f.length != 3) {
                throw new IllegalStateException(RESOURCE + ": not 'switch<TAB>label[<TAB>Class]': " + line);
            }
            String name = f[0].trim();
            // (branch objectterms36) ~switch<TAB>label[<TAB>Class]: a label the ontology keeps that is left out while the
            // switch is ON (a reading that reads the label's words otherwise)
            if (name.startsWith("~")) {
                rows.add(new Row(f[1].trim(), f.length == 3 ? f[2].trim() : null, "exokg." + name.substring(1), false, true));
                continue;
            }
            boolean former = name.startsWith("!");
            if (former && f.length != 3) {
                throw new IllegalStateException(RESOURCE + ": a former place names its class: " + line);
            }
            rows.add(new Row(f[1].trim(), f.length == 3 ? f[2].trim() : null,
                    "exokg." + (former ? name.substring(1) : name), former));
        }
        return new SwitchedLabels(java.util.List.copyOf(rows), java.util.Set.copyOf(on));
    }

    /** True when the switch of {@code property} is on: set to true, or unset and ON by default. */
    private boolean on(String property) {
        String value = System.getProperty(property);
        return value == null ? onByDefault.contains(property) : "true".equalsIgnoreCase(value);
    }

    /** True when {@code label} is named here (for any class) and its switch is off. */
    public boolean off(String label) {
        return off(label, null);
    }

    /**
     * True when {@code label}, as a label of the class {@code classIri} (null: any), is named here and its switch is
     * off.
     */
    public boolean off(String label, String classIri) {
        for (Row row : rows) {
            if (!row.former() && row.label().equals(label) && applies(row, classIri)
                    && (row.offWhileOn() ? on(row.property()) : !on(row.property()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The labels this list gives the class {@code classIri} in their former place, while their switch is off and no
     * other switch naming the label on that class is off.
     */
    public java.util.List<String> formerLabels(String classIri) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Row row : rows) {
            // (branch goldconv34) a former label that another switch also names on this class follows that switch too
            if (row.former() && classIri != null && applies(row, classIri) && !on(row.property())
                    && !off(row.label(), classIri)) {
                out.add(row.label());
            }
        }
        return out;
    }

    private static boolean applies(Row row, String classIri) {
        return row.className() == null || classIri == null
                || classIri.endsWith("#" + row.className()) || classIri.endsWith("/" + row.className());
    }
}
