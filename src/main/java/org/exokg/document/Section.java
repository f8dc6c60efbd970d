package org.exokg.document;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A titled part of a document and its paragraphs (spans of the document text that hold
 * running prose). The title is null when the text before the first heading has none.
 */
public record Section(String title, List<TextSpan> paragraphs) {

    /**
     * (branch headings) The part of a document a heading opens, read from section-headings.tsv (general vocabularies:
     * NLM's five structured-abstract categories, JATS sec-types, back matter).
     */
    public enum Category {
        BACKGROUND, OBJECTIVE, METHODS, RESULTS, CONCLUSIONS, REFERENCES, ACKNOWLEDGEMENTS, FUNDING, DECLARATIONS, AUTHORS;

        /** A findings part (results, conclusions, discussion). */
        boolean findings() {
            return this == RESULTS || this == CONCLUSIONS;
        }

        /** Back matter: references, acknowledgements, funding, declarations, author lists; no claim is read there. */
        public boolean backMatter() {
            return ordinal() >= REFERENCES.ordinal();
        }

        /** The category by its name in section-headings.tsv or in a PubMed NlmCategory ("METHODS"); null if none. */
        public static Category named(String name) {
            if (name == null) {
                return null;
            }
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null; // UNASSIGNED, or a value this list does not have
            }
        }
    }

    /**
     * (branch headings) Off switch (-Dexokg.oldMethodsHeadings=true): Methods headings read by the former pattern only
     * ({@link #OLD_METHODS_HEADING}), no structured-abstract labels, sec-types or back matter.
     */
    static final boolean OLD_METHODS_HEADINGS = Boolean.getBoolean("exokg.oldMethodsHeadings");

    /** The Methods headings before branch headings ("Materials and methods", "2. Methods", "Study design"). */
    private static final Pattern OLD_METHODS_HEADING = Pattern.compile(
            "(?i)\\A\\s*(?:[0-9]+(?:\\.[0-9]+)*\\.?\\s+)?(?:(?:materials?|patients|subjects|participants)\\s+(?:and|&)\\s+)?"
                    + "(?:methods?|methodology|experimental(?:\\s+(?:procedures?|section|methods?|design|setup))?|study\\s+design)"
                    + "(?:\\s+(?:and|&)\\s+materials?)?\\s*[.:]?\\s*\\z");

    /**
     * (issue 15, branch dev34) Switch -Dexokg.headingQualifiers (on by default since branch decision36, thirty-third
     * session; {@code =false} turns it off): a heading with a bracketed qualifier after its words ("Methods (summary)",
     * "Results (interim)") is the heading of its words; the bracket says how much of the part follows, not what part it
     * is. On by the brief's rule: 3 wrong claims fewer on the design sets (blind 34), no right claim lost, no claim changed
     * on the decision sets blind 30-32 and 36.
     */
    static boolean HEADING_QUALIFIERS = Boolean.parseBoolean(System.getProperty("exokg.headingQualifiers", "true"));
    /** A normalised heading's words, then a short bracketed qualifier of its own. */
    private static final Pattern QUALIFIED_HEADING = Pattern.compile("(.+?)\\s*\\([^()]{1,40}\\)");

    /** Numbering before a heading: "2.", "2.1", "II.", "A." (a roman or letter numeral needs its full stop). */
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d+(?:\\.\\d+)*\\.?|[ivxIVX]{1,5}\\.|[A-Z]\\.)\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s*_#]+|[\\s*_#.:;,–—-]+$");
    /** The joints of a heading in parts: "Design, setting, and participants", "Results & discussion", "Aims/hypothesis". */
    private static final Pattern PARTS = Pattern.compile("\\s*(?:,\\s*and\\s+|,|;|/|\\s+and\\s+)\\s*");

    /** Headings of any standing, by their normalised words. */
    private static final Map<String, Category> HEADINGS = new HashMap<>();
    /** Headings that are only structured-abstract labels. */
    private static final Map<String, Category> LABELS = new HashMap<>();

    static {
        String table = org.exokg.ClasspathText.read("/org/exokg/document/section-headings.tsv");
        int n = 0;
        for (String line : table.split("\n")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            Category c = f.length == 3 ? Category.named(f[0]) : null;
            if (c == null || !(f[1].equals("any") || f[1].equals("label")) || !f[2].equals(normalised(f[2]))) {
                throw new IllegalStateException("section-headings.tsv line " + n + ": expected category, any|label, "
                        + "a normalised heading: " + line);
            }
            (f[1].equals("any") ? HEADINGS : LABELS).put(f[2], c);
        }
    }

    public Section {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Lower case, no numbering, markup or final punctuation, "&" as "and", single spaces. */
    static String normalised(String heading) {
        String s = heading.replace('\u00a0', ' ').strip();
        s = NUMBERING.matcher(s).replaceFirst("");
        s = EDGE_PUNCTUATION.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace("&", " and ").replace('’', '\'');
        return s.replaceAll("\\s+", " ").strip();
    }

    /**
     * The category of a heading wherever it stands (a plain-text or JATS section title, an inline label): see
     * section-headings.tsv. Null for null, for a heading of no category ("Exosome isolation", "Figure 2"), and for the
     * name of a subsection ("Materials and methods / EV isolation", as the JATS reader names them) its first part's.
     */
    public static Category category(String title) {
        if (title == null) {
            return null;
        }
        // (branch enginespeed5, issue 16) a sentence's section is asked for by every findingsOnly rule and many readings:
        // the heading's normalisation (three expressions) ran again each time, 2 % of extraction. The answer depends on the
        // title alone, so it is kept (a bounded map; a title of no category is kept as NONE)
        Object known = CATEGORIES.get(title);
        if (known != null) {
            return known == NONE ? null : (Category) known;
        }
        int sub = title.indexOf(" / ");
        Category c = category(sub < 0 ? title : title.substring(0, sub), false);
        if (CATEGORIES.size() >= MAX_KEPT) {
            CATEGORIES.clear();
        }
        CATEGORIES.put(title, c == null ? NONE : c);
        return c;
    }

    /** (branch enginespeed5) The categories of the titles asked for, at most {@link #MAX_KEPT}; {@link #NONE} for none. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Object> CATEGORIES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Object NONE = new Object();
    private static final int MAX_KEPT = 4096;

    /**
     * The category of a structured-abstract label (a PubMed AbstractText Label, a JATS abstract's section title):
     * the headings of any standing and the labels only an abstract has ("DESIGN", "INTERVENTIONS", "SETTING").
     */
    public static Category labelCategory(String label) {
        return label == null ? null : category(label, true);
    }

    private static Category category(String heading, boolean label) {
        if (OLD_METHODS_HEADINGS) {
            return OLD_METHODS_HEADING.matcher(heading).matches() ? Category.METHODS : null;
        }
        String s = normalised(heading);
        if (s.isEmpty() || s.length() > 80) {
            return null;
        }
        Category whole = lookup(s, label);
        if (whole != null) {
            return whole;
        }
        java.util.regex.Matcher qualified = HEADING_QUALIFIERS ? QUALIFIED_HEADING.matcher(s) : null;
        if (qualified != null && qualified.matches() && lookup(qualified.group(1), label) != null) {
            return lookup(qualified.group(1), label);
        }
        String[] parts = PARTS.split(s);
        if (parts.length < 2) {
            return null;
        }
        Category first = null;
        Category findings = null;
        boolean methods = false;
        boolean placed = false; // a part allowed where the heading stands
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            Category c = HEADINGS.get(p);
            placed |= c != null;
            if (c == null) {
                c = LABELS.get(p);
            }
            if (c == null || c.backMatter()) {
                return null; // a part of no category: "Exosome isolation and loading"
            }
            first = first == null ? c : first;
            methods |= c == Category.METHODS;
            findings = findings == null && c.findings() ? c : findings;
        }
        if (first == null || !placed && !label) {
            return null;
        }
        // a Methods part with a findings part ("Methods and results") holds findings; one with an aim ("Aims and methods")
        // is a Methods part
        return findings != null ? findings : methods ? Category.METHODS : first;
    }

    private static Category lookup(String s, boolean label) {
        Category c = HEADINGS.get(s);
        return c != null || !label ? c : LABELS.get(s);
    }

    /**
     * True for the heading of a Methods section (see {@link #category(String)}) and for the name of one of its
     * subsections ("Materials and methods / EV isolation", as the JATS reader names them); false for null.
     */
    public static boolean isMethods(String title) {
        return category(title) == Category.METHODS;
    }

    /** True for the heading of back matter: references, acknowledgements, funding, declarations, author lists. */
    public static boolean isBackMatter(String title) {
        Category c = category(title);
        return c != null && c.backMatter();
    }
}
