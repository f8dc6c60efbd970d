package org.exokg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tokens and matching keys shared by the lexicon and the recogniser, so that labels and text
 * are normalised the same way.
 *
 * <p>A term's key is the concatenation of its tokens' keys with no separator: "blood-brain
 * barrier", "blood brain barrier" and "bloodbrain barrier" meet, as do "bio-compatibility" and
 * "biocompatibility" and "freeze–thaw". Word boundaries are enforced afterwards (a match must
 * start and end on token boundaries). A token's key is:
 * <ul>
 *   <li>for abbreviation-like tokens (two or more capitals: "EV", "CSF", "miRNA", "CD63"): the
 *       token itself, case kept, without a plural "s" ("EVs", "DCs") — abbreviations are case
 *       sensitive;</li>
 *   <li>otherwise lower case with a crude stem that maps singular and plural to the same key
 *       (vesicle/vesicles, body/bodies, disease/diseases, process/processes; Latin and irregular plurals:
 *       nuclei/nucleus, bacteria/bacterium, mice/mouse, metastases/metastasis) and British to American
 *       spelling, at the end of a word and inside it (tumour/tumor, -isation/-ization, haem/hem, leukaemia,
 *       oedema, foetal, favourable, standardised, analysed, centre, analogue), so that one spelling of a
 *       label finds the others.</li>
 * </ul>
 */
public final class TermKeys {

    private TermKeys() {}

    /** A run of letters and digits; a possessive "'s" after it is not part of it. */
    public record Token(int start, int end, String text) {}

    public static List<Token> tokenize(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        int i = start;
        while (i < end) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            tokens.add(new Token(s, i, text.substring(s, i)));
            // skip a possessive 's / ’s
            if (i + 1 < end && (text.charAt(i) == '\'' || text.charAt(i) == '’') && text.charAt(i + 1) == 's'
                    && (i + 2 >= end || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                i += 2;
            }
        }
        return tokens;
    }

    public static boolean isAbbreviationLike(String token) {
        int upper = 0;
        boolean lowerOrDigit = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c) || Character.isDigit(c)) {
                lowerOrDigit = true;
            }
        }
        // "EXOSOMES" in an all-caps heading is a word, not an abbreviation.
        return upper >= 2 && (lowerOrDigit || token.length() <= 5);
    }

    /**
     * Keys of words met before: a text repeats its words, and folding one costs several string operations and, for
     * some words, regular expressions. Shared by threads; emptied when full, so it holds at most a working vocabulary.
     */
    private static final java.util.Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_KEYS_KEPT = 1 << 16;

    public static String key(String token) {
        String known = KEYS.get(token);
        if (known == null) {
            known = keyOf(token);
            if (KEYS.size() >= MAX_KEYS_KEPT) {
                KEYS.clear();
            }
            KEYS.put(token, known);
        }
        return known;
    }

    private static String keyOf(String token) {
        if (isAbbreviationLike(token)) {
            int n = token.length();
            String k = n >= 3 && token.charAt(n - 1) == 's' && Character.isUpperCase(token.charAt(n - 2)) ? token.substring(0, n - 1) : token;
            // a capital that only opens a sentence or a title ("MicroRNAs are ...", "SiRNA loading"): the first letter of a
            // mixed-case word whose second letter is lower case is not part of its spelling, so "MicroRNA" and "microRNA"
            // share a key; all-capital abbreviations ("CD63", "MSC") keep theirs (branch dev11)
            if (k.length() >= 3 && Character.isUpperCase(k.charAt(0)) && Character.isLowerCase(k.charAt(1))) {
                k = Character.toLowerCase(k.charAt(0)) + k.substring(1);
            }
            return k;
        }
        return fold(token);
    }

    /** Lower case, plural and spelling variants folded. Applied to labels and text alike. */
    static String fold(String token) {
        String w = token.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR_PLURALS.get(w);
        if (irregular != null) {
            w = irregular;
        } else if (w.length() >= 4 && w.endsWith("i") && "lcgre".indexOf(w.charAt(w.length() - 2)) >= 0) {
            w = w.substring(0, w.length() - 1) + "us"; // nuclei / nucleus, foci / focus, stimuli / stimulus
        }
        if (w.length() >= 4) {
            if (w.endsWith("ies")) {
                w = w.substring(0, w.length() - 3) + "i";
            } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
                w = w.substring(0, w.length() - 1);
            }
        }
        w = britishToAmerican(w);
        if (w.length() >= 5 && w.endsWith("ium")) {
            w = w.substring(0, w.length() - 2) + "a"; // bacterium / bacteria, medium / media
        }
        if (w.length() >= 7 && w.endsWith("isation")) {
            w = w.substring(0, w.length() - 7) + "ization";
        } else if (w.length() >= 6 && w.endsWith("ise")) {
            w = w.substring(0, w.length() - 3) + "ize";
        } else if (w.length() >= 5 && w.endsWith("our")) {
            w = w.substring(0, w.length() - 3) + "or";
        }
        // the "e" left by an "-es" plural ("processes", "boxes") goes, and with it the "e" of words ending so ("disease"):
        // only after a sibilant, so that "rate" and "rat", "fate" and "fat" stay apart
        if (w.length() >= 4 && w.endsWith("e") && "sxz".indexOf(w.charAt(w.length() - 2)) >= 0
                || w.length() >= 5 && (w.endsWith("che") || w.endsWith("she"))) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() >= 3 && w.endsWith("y")) {
            w = w.substring(0, w.length() - 1) + "i";
        }
        return w;
    }

    /**
     * Plurals that no suffix rule reaches, as English grammar lists them (not terms of the domain): each maps to its
     * singular, which then folds like any word.
     */
    private static final java.util.Map<String, String> IRREGULAR_PLURALS = java.util.Map.ofEntries(
            java.util.Map.entry("mice", "mouse"), java.util.Map.entry("leaves", "leaf"), java.util.Map.entry("women", "woman"),
            java.util.Map.entry("men", "man"), java.util.Map.entry("children", "child"), java.util.Map.entry("teeth", "tooth"),
            java.util.Map.entry("feet", "foot"), java.util.Map.entry("geese", "goose"), java.util.Map.entry("lice", "louse"),
            java.util.Map.entry("analyses", "analysis"), java.util.Map.entry("diagnoses", "diagnosis"),
            java.util.Map.entry("metastases", "metastasis"), java.util.Map.entry("prostheses", "prosthesis"),
            java.util.Map.entry("syntheses", "synthesis"), java.util.Map.entry("hypotheses", "hypothesis"),
            java.util.Map.entry("criteria", "criterion"), java.util.Map.entry("phenomena", "phenomenon"),
            java.util.Map.entry("ganglia", "ganglion"), java.util.Map.entry("mitochondria", "mitochondrion"),
            java.util.Map.entry("lumina", "lumen"), java.util.Map.entry("foramina", "foramen"), java.util.Map.entry("ova", "ovum"));

    /**
     * Word-internal British spellings and their American forms: haem/hem and -aemia/-emia, oedema/edema and
     * foetal/fetal, tumourigenic/tumorigenic, -ised/-ized, analyse/analyze, centre/center, analogue/analog. Each rule is
     * tried only when the word contains its fragment (most words contain none).
     */
    private record Spelling(String fragment, java.util.regex.Pattern pattern, String american) {
        Spelling(String fragment, String regex, String american) {
            this(fragment, java.util.regex.Pattern.compile(regex), american);
        }
    }

    private static final List<Spelling> BRITISH_SPELLINGS = List.of(
            new Spelling("ae", "(?<=[a-z])ae(?=[a-z])", "e"),
            new Spelling("oe", "(?:(?<=^)|(?<=[a-z]))oe(?=[dstalbcn])", "e"),
            new Spelling("our", "(?<=[a-z][mvlbdri])our(?=[a-z])", "or"),
            new Spelling("is", "(?<=[a-z]{3})is(?=ed$|ing$|er$|ation)", "iz"),
            new Spelling("ys", "(?<=[a-z]l)ys(?=e$|ed$|ing$|er$)", "yz"),
            new Spelling("re", "(?<=[a-z]{2}[tb])re$", "er"),
            new Spelling("ogue", "(?<=[a-z]{2})ogue$", "og"));

    /**
     * British spellings folded to American ones inside a word. Folding is applied to labels and text alike, so a
     * spelling that happens to be American already ("aerosol", "does") only needs not to meet another word.
     */
    static String britishToAmerican(String w) {
        for (Spelling s : BRITISH_SPELLINGS) {
            if (w.contains(s.fragment())) {
                w = s.pattern().matcher(w).replaceAll(s.american());
            }
        }
        return w;
    }

    /** The key of a whole label, or null if it has no token. */
    public static String labelKey(String label) {
        StringBuilder key = new StringBuilder();
        for (Token t : tokenize(label, 0, label.length())) {
            key.append(key(t.text()));
        }
        return key.length() == 0 ? null : key.toString();
    }

    /**
     * Whether two adjacent tokens may belong to one term: only spaces (also thin and no-break ones), hyphens
     * (U+2010, U+2011, a soft hyphen), dashes, a slash, an invisible joiner or a possessive between them — not a
     * comma, a full stop or a bracket.
     */
    public static boolean joinable(String text, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        int newlines = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                newlines++;
            } else if (!(c == ' ' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u00AD'
                    || c == '\u200B' || c == '\u2060' || c == '-' || c == '‐' || c == '‑'
                    || c == '‒' || c == '–' || c == '—' || c == '−' || c == '/' || c == '\'' || c == '’' || c == 's' && i > from)) {
                return false;
            }
        }
        return newlines <= 1;
    }
}
