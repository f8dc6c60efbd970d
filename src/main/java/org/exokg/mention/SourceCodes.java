package org.exokg.mention;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.exokg.ClasspathText;
import org.exokg.ExoKg;

/**
 * Source abbreviations glued to a vesicle short form (issue 15, branch sourcecodes): "NK-EVs" are the vesicles of
 * natural killer cells, "Plt-EVs" of platelets, "RBCEVs" of red cells, "TDEs" tumour-derived exosomes, "PDNVs"
 * plant-derived nanovesicles. The abbreviation structure is read generally (a source code, then a hyphen or nothing,
 * then a vesicle short form); the codes are data ({@code source-codes.tsv}, written from general knowledge, read only
 * before a vesicle word because alone many are ambiguous) together with the source abbreviations the lexicon reads
 * ("MSC", "RBC", "DC"). The short forms written together are data too ({@code joined-vesicle-short-forms.tsv}). A name
 * the document defines ("(M2-Exos)", "called KX-Exos", "UC-Exo, an exosome preparation from ...") is left to the
 * readings of defined names, which know what the document says the code means.
 */
public final class SourceCodes {

    private static final String CODES = "/org/exokg/mention/source-codes.tsv";
    private static final String JOINED_FORMS = "/org/exokg/mention/joined-vesicle-short-forms.tsv";

    /** Where a code is read: before a hyphenated short form only, also written together, or only joined to some forms. */
    enum Where { HYPHEN, JOINED, JOINED_ONLY }

    /** A code's source class, where it is read and (JOINED_ONLY) the short forms it joins. */
    record Code(String iri, Where where, Set<String> forms) {}

    /** A word written together from a source code and a vesicle short form: the code's length and both classes. */
    public record Split(int codeLength, String sourceIri, String vesicleIri) {}

    private static final Map<String, String> SHIPPED_FORMS = IntroducedNames.shortFormsIn(JOINED_FORMS);
    private static final Map<String, Code> SHIPPED_CODES = readCodes();

    private final Lexicon lexicon;
    private final Map<String, Code> codes;
    private final Map<String, String> joinedForms;

    private SourceCodes(Lexicon lexicon, Map<String, Code> codes, Map<String, String> joinedForms) {
        this.lexicon = lexicon;
        this.codes = codes;
        this.joinedForms = joinedForms;
    }

    private static Map<String, Code> readCodes() {
        Map<String, Code> out = new HashMap<>();
        for (String line : ClasspathText.read(CODES).split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] cols = l.split("\t");
            if (cols.length != 3) {
                throw new IllegalStateException(CODES + ": expected 'code<TAB>class<TAB>where', got: " + l);
            }
            String w = cols[2].strip();
            Where where = w.equals("hyphen") ? Where.HYPHEN : w.equals("joined") ? Where.JOINED
                    : w.startsWith("joined:") ? Where.JOINED_ONLY : null;
            if (where == null) {
                throw new IllegalStateException(CODES + ": where must be hyphen, joined or joined:FORMS, got: " + l);
            }
            Set<String> forms = where != Where.JOINED_ONLY ? Set.of() : Set.of(w.substring("joined:".length()).split(","));
            for (String f : forms) {
                if (!SHIPPED_FORMS.containsKey(f)) {
                    throw new IllegalStateException(CODES + ": " + f + " is no short form of " + JOINED_FORMS + ": " + l);
                }
            }
            if (out.put(cols[0].strip(), new Code(ExoKg.NS + cols[1].strip(), where, forms)) != null) {
                throw new IllegalStateException(CODES + ": code listed twice: " + cols[0].strip());
            }
        }
        return Map.copyOf(out);
    }

    /** The shipped codes and forms, kept to those whose class the lexicon knows. */
    public static SourceCodes of(Lexicon lexicon) {
        Map<String, Code> codes = new HashMap<>();
        SHIPPED_CODES.forEach((code, c) -> {
            if (lexicon.term(c.iri()) != null) {
                codes.put(code, c);
            }
        });
        Map<String, String> forms = new LinkedHashMap<>();
        SHIPPED_FORMS.forEach((form, iri) -> {
            if (lexicon.term(iri) != null) {
                forms.put(form, iri);
            }
        });
        return new SourceCodes(lexicon, codes, forms);
    }

    /** The source class a code names right before a hyphen and a vesicle word ("NK" of "NK-EVs"), or null. */
    public String hyphenSource(String code) {
        Code c = listed(code);
        return c == null || c.where() == Where.JOINED_ONLY ? null : c.iri();
    }

    /**
     * A word written together from a source code and a vesicle short form, plural or not ("NKEVs", "RBCEVs", "TEX",
     * "PDNVs"), or null. The code is a listed one read joined, or a source abbreviation the lexicon reads spelt exactly
     * so ("MSC", "RBC"); the first split that gives both wins, shortest code first ("TDEs" is T + DEs).
     */
    public Split joined(String word) {
        for (int i = 1; i < word.length(); i++) {
            String code = word.substring(0, i);
            String rest = word.substring(i);
            String form = rest.length() > 1 && rest.endsWith("s") && !joinedForms.containsKey(rest)
                    ? rest.substring(0, rest.length() - 1) : rest;
            String vesicle = joinedForms.get(form);
            if (vesicle == null) {
                continue;
            }
            Code c = listed(code);
            String source = null;
            if (c != null && (c.where() == Where.JOINED || c.where() == Where.JOINED_ONLY && c.forms().contains(form))) {
                source = c.iri();
            } else if (c == null) {
                source = abbreviatedSource(code);
            }
            if (source != null) {
                return new Split(i, source, vesicle);
            }
        }
        return null;
    }

    /** A listed code, or one after a lower-case species letter ("hUCMSC", "mBMSC", "rADSC"). */
    private Code listed(String code) {
        Code c = codes.get(code);
        if (c == null && code.length() >= 3 && "hmr".indexOf(code.charAt(0)) >= 0 && Character.isUpperCase(code.charAt(1))) {
            c = codes.get(code.substring(1));
        }
        return c;
    }

    /** A source abbreviation of the lexicon, spelt as its label (two letters or more, a capital): "MSC", "RBC", "DC". */
    private String abbreviatedSource(String code) {
        for (String c : code.length() >= 3 && "hmr".indexOf(code.charAt(0)) >= 0 && Character.isUpperCase(code.charAt(1))
                ? new String[] {code, code.substring(1)} : new String[] {code}) {
            if (c.length() < 2 || c.chars().noneMatch(Character::isUpperCase)) {
                continue;
            }
            for (Lexicon.Entry e : lexicon.entries(TermKeys.key(c))) {
                if (e.label().equals(c) && e.term().is(MentionType.SOURCE) && !e.term().branchRoot()) {
                    return e.term().iri();
                }
            }
        }
        return null;
    }

    private static final String HYPHENS = "[\\-\u2010\u2011\u2012\u2013]";

    /**
     * Whether the document defines the name (as spelt in the text, "NK-EVs" or "NKEVs"): in brackets of its own ("(M2-Exos)",
     * "(GD2-NKEVs)", "(exosomes of X; UC-Exos)"), after a naming word ("called KX-Exos", "termed"), as the head of an
     * apposition ("UC-Exo, an exosome preparation from ..."), or before a bracketed long form ("ADSC-Exos (exosomes of
     * ...)"). Such a name means what the document says; the code's general meaning is not read.
     */
    public static boolean definedIn(String text, String name) {
        String stem = name.length() > 2 && name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
        String n = Pattern.quote(stem) + "s?";
        Pattern p = Pattern.compile("\\((?:[\\p{L}\\p{N}]+" + HYPHENS + ")*" + n + "\\s*[),;]"
                + "|[,;]\\s*" + n + "\\s*\\)"
                + "|\\b(?:called|termed|named|designated|dubbed|hereafter|hereinafter|referred to as|abbreviated(?: as)?)\\s+(?:as\\s+)?[\"“'‘]?" + n + "(?![\\p{L}\\p{N}])"
                + "|(?<![\\p{L}\\p{N}])" + n + ",\\s+(?:an?\\s|the\\s|[^,.;()]{0,60}?\\b(?:exosomes?|vesicles?|EVs?|nanovesicles?|preparation)\\b)"
                + "|(?<![\\p{L}\\p{N}])" + n + "\\s+\\((?![\\p{L}\\p{N}]*\\))");
        return p.matcher(text).find();
    }
}
