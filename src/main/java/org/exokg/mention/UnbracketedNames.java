package org.exokg.mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * (branch names2) Names of vesicle preparations a text uses without defining them in brackets or next to their vesicle
 * phrase: "nanovesicles prepared from ginseng ... GNVs were engulfed", "Akkermansia muciniphila sheds outer membrane
 * vesicles ... Oral AmEVs lowered ...". Such a name is a capitalised word: a short prefix (one to four letters, the
 * source's initials or the first letters of its first word), an optional hyphen, and a vesicle short form in the plural
 * (data: {@code unbracketed-name-short-forms.tsv}). Which source the prefix spells, the caller decides from the sources
 * the document named before ({@link #spells}); with none, the name is the short form's kind, unqualified.
 * A word the lexicon reads in part or whole ("OMVs", "MSC-EVs") is left to the ordinary mentions; a singular ("HCMV")
 * or a word with digits ("MVs2") is no such name.
 */
public final class UnbracketedNames {

    private static final String RESOURCE = "/org/exokg/mention/unbracketed-name-short-forms.tsv";

    /** A name in a sentence: its span, its prefix (letters before the short form) and the short form's class. */
    public record Name(int start, int end, String name, String prefix, String vesicleIri) {}

    /** Short form (case-sensitive, singular) → class IRI, in the file's order. */
    private static final Map<String, String> SHIPPED = read();

    private final Map<String, String> forms;
    private final Pattern pattern;

    private UnbracketedNames(Map<String, String> forms) {
        this.forms = forms;
        StringBuilder alternatives = new StringBuilder();
        for (String form : forms.keySet()) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(form));
        }
        // the lazy prefix takes the longest short form: "AmOMVs" is Am + OMVs, not AmO + MVs
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}\\-‐–])(\\p{Lu}\\p{L}{0,3}?)[\\-‐–]?(" + alternatives
                + ")s(?![\\p{L}\\p{N}\\-‐–])");
    }

    private static Map<String, String> read() {
        return IntroducedNames.shortFormsIn(RESOURCE);
    }

    /** The shipped short forms, kept to those whose class the lexicon knows. */
    public static UnbracketedNames of(Lexicon lexicon) {
        Map<String, String> forms = new LinkedHashMap<>();
        SHIPPED.forEach((form, iri) -> {
            if (lexicon.term(iri) != null) {
                forms.put(form, iri);
            }
        });
        return new UnbracketedNames(forms);
    }

    /** The names in text[start, end) that no mention overlaps (the lexicon did not read them, in part or whole). */
    public List<Name> find(String text, int start, int end, List<Mention> mentions) {
        return find(text, start, end, mentions, false);
    }

    /**
     * (branch dev18) As {@link #find(String, int, int, List)}, and with {@code vesicleNounAfterCode} also the hyphenated
     * names whose only mention is the vesicle short form after the hyphen ("GM-EVs": "EVs" is read, the code "GM" is
     * not); whether the code spells a source, and so names anything, is for the caller.
     */
    public List<Name> find(String text, int start, int end, List<Mention> mentions, boolean vesicleNounAfterCode) {
        List<Name> found = new ArrayList<>(0);
        Matcher m = pattern.matcher(text).region(start, end);
        m.useTransparentBounds(true);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            int codeEnd = m.end(1);
            boolean hyphenated = codeEnd < m.start(2);
            List<Mention> over = mentions.stream().filter(x -> x.start() < e && s < x.end()).toList();
            boolean onlyTheNoun = vesicleNounAfterCode && hyphenated && over.size() == 1 && over.get(0).is(MentionType.VESICLE)
                    && over.get(0).start() > codeEnd && over.get(0).end() == e;
            if (!over.isEmpty() && !onlyTheNoun) {
                continue;
            }
            found.add(new Name(s, e, m.group(), m.group(1), forms.get(m.group(2))));
        }
        return found;
    }

    /** Switch (branch sourcecodes; on by default): -Dexokg.noSourceCodes also leaves a final "derived" D unread. */
    private static final boolean DERIVED_INFIX = !Boolean.getBoolean("exokg.noSourceCodes");

    /**
     * Whether a name's prefix spells a source's surface: its words' initials ("G" ginseng, "AM" Akkermansia
     * muciniphila, "Am" too), the surface itself when an abbreviation ("MSC"), or, two letters or more, the start of
     * its first word ("Gin" ginseng).
     */
    /** A plant named with its part: "<part> of (the) <plant>" (group 1) or "<plant> <part>" (group 2). */
    private static final java.util.regex.Pattern PLANT_WITH_PART = java.util.regex.Pattern.compile(
            "(?:" + MentionRecognizer.PLANT_PART_WORDS + ")\\s+of\\s+(?:the\\s+)?(.+)|(.+?)\\s+(?:"
            + MentionRecognizer.PLANT_PART_WORDS + ")", java.util.regex.Pattern.CASE_INSENSITIVE);

    public static boolean spells(String prefix, String sourceSurface) {
        // (branch sourcecodes) a final D is the name's "derived" ("GDNVs" ginger-derived nanovesicles, "ADNVs")
        if (DERIVED_INFIX && prefix.length() >= 2 && prefix.endsWith("D") && spells(prefix.substring(0, prefix.length() - 1), sourceSurface)) {
            return true;
        }
        // a plant named with a part ("ginger roots", "the leaves of Moringa oleifera") is one source mention; a name's
        // prefix may spell the plant alone ("GDNVs" after "ginger roots")
        java.util.regex.Matcher part = PLANT_WITH_PART.matcher(sourceSurface);
        if (part.matches()) {
            String plant = part.group(1) != null ? part.group(1) : part.group(2);
            if (spells(prefix, plant)) {
                return true;
            }
        }
        String p = prefix.toUpperCase(Locale.ROOT);
        StringBuilder initials = new StringBuilder();
        String[] words = sourceSurface.split("[^\\p{L}\\p{N}]+");
        for (String w : words) {
            if (!w.isEmpty()) {
                initials.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        if (p.contentEquals(initials)) {
            return true;
        }
        String first = words.length == 0 ? "" : words[0].toUpperCase(Locale.ROOT);
        return p.length() >= 2 && first.startsWith(p);
    }
}
