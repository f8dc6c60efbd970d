package org.exokg.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.ClasspathText;
import org.exokg.ExoKg;

/**
 * Names a text gives a population of vesicles without defining them: a demonstrative or article before a code-like
 * name whose last hyphenated part is a short form of a vesicle noun ("These iCM-Exos carried ...", "the Hx-Exo").
 * Such a name refers back to the vesicles last discussed; which vesicles, and of which source, the caller decides
 * (the discourse). The short forms are data ({@code vesicle-short-forms.tsv}): informal spellings the ontology does
 * not list as synonyms, because alone ("exo", "MV") they are too informal or ambiguous; inside such a name they are not.
 * A name whose vesicle part the lexicon reads already ("the MSC-EVs") is left to the ordinary mentions.
 */
public final class IntroducedNames {

    private static final String RESOURCE = "/org/exokg/mention/vesicle-short-forms.tsv";
    /** "These iCM-Exos", "the Hx‐Exo", "such BM-MVs": a determiner, then a name of two or more hyphenated parts. */
    private static final Pattern INTRODUCED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[Tt]hese|[Tt]hose|[Ss]uch|[Tt]he|[Oo]ur|[Bb]oth)\\s+"
                    + "([\\p{L}\\p{N}]+(?:[\\-‐–][\\p{L}\\p{N}]+)*[\\-‐–]([\\p{L}]+))(?![\\p{L}\\p{N}\\-‐–])");

    /** A name used in a sentence: its span and the vesicle class its short form names. */
    public record Name(int start, int end, String name, String vesicleIri) {}

    /** Lower-case short form (singular) → class IRI. */
    private final Map<String, String> shortForms;

    private IntroducedNames(Map<String, String> shortForms) {
        this.shortForms = shortForms;
    }

    /** The shipped short forms (lower case → class IRI), read once per process. */
    private static final Map<String, String> SHIPPED = read();

    private static Map<String, String> read() {
        Map<String, String> forms = new HashMap<>();
        shortFormsIn(RESOURCE).forEach((form, iri) -> forms.put(form.toLowerCase(Locale.ROOT), iri));
        return Map.copyOf(forms);
    }

    /**
     * A short-form file ({@code short form<TAB>class}, '#' comments) as written, in file order: the form as spelt → the
     * class IRI; a line of another shape is an error naming the file.
     */
    static Map<String, String> shortFormsIn(String resource) {
        Map<String, String> forms = new java.util.LinkedHashMap<>();
        for (String line : ClasspathText.read(resource).split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] cols = l.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException(resource + ": expected 'short form<TAB>class', got: " + l);
            }
            forms.put(cols[0].strip(), ExoKg.NS + cols[1].strip());
        }
        return forms;
    }

    /** The shipped short forms, kept to those whose class the lexicon knows. */
    public static IntroducedNames of(Lexicon lexicon) {
        Map<String, String> forms = new HashMap<>();
        SHIPPED.forEach((form, iri) -> {
            if (lexicon.term(iri) != null) {
                forms.put(form, iri);
            }
        });
        return new IntroducedNames(forms);
    }

    /** The class a short form names ("Exos" → exosome), or null. */
    public String vesicleOf(String shortForm) {
        String s = shortForm.toLowerCase(Locale.ROOT);
        String iri = shortForms.get(s);
        if (iri == null && s.length() > 2 && s.endsWith("s")) {
            iri = shortForms.get(s.substring(0, s.length() - 1));
        }
        return iri;
    }

    /**
     * The introduced names in text[start, end): a determiner and a name ending in a vesicle short form, where no
     * vesicle mention lies inside the name (the lexicon read it already).
     */
    public List<Name> find(String text, int start, int end, List<Mention> mentions) {
        List<Name> found = new ArrayList<>(0);
        Matcher m = INTRODUCED.matcher(text).region(start, end);
        m.useTransparentBounds(true);
        while (m.find()) {
            if (!hasCapital(m.group(1))) {
                continue;
            }
            int s = m.start(1);
            int e = m.end(1);
            String iri = vesicleOf(m.group(2));
            if (iri == null) {
                // "These CAP-exosomes": a code before a vesicle noun the lexicon reads; the code names no term of its own
                // (unlike "the MSC-EVs"), so the name is one population's, not a kind (branch dev10)
                iri = vesicleNounAfterCode(mentions, s, m.start(2), e);
            } else if (mentions.stream().anyMatch(x -> x.is(MentionType.VESICLE) && x.start() < e && s < x.end())) {
                iri = null;
            }
            if (iri != null) {
                found.add(new Name(s, e, m.group(1), iri));
            }
        }
        return found;
    }

    /**
     * The class of the vesicle mention that is exactly the last hyphenated part of a name [start, end) whose code before
     * it holds no mention at all ("CAP-exosomes", not "MSC-EVs" or "milk-exosomes"), or null.
     */
    private static String vesicleNounAfterCode(List<Mention> mentions, int start, int partStart, int end) {
        String iri = null;
        for (Mention x : mentions) {
            if (x.start() < end && start < x.end()) {
                if (x.is(MentionType.VESICLE) && x.start() == partStart && x.end() == end && iri == null) {
                    iri = x.iri();
                } else {
                    return null;
                }
            }
        }
        return iri;
    }

    /** A code-like name has a capital before its short form ("iCM-Exos"); "the exo-enriched" is a word. */
    private static boolean hasCapital(String name) {
        int lastHyphen = Math.max(name.lastIndexOf('-'), Math.max(name.lastIndexOf('‐'), name.lastIndexOf('–')));
        for (int i = 0; i < lastHyphen; i++) {
            if (Character.isUpperCase(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
