package org.exokg.mention;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations a document defines: a term followed by a short form in brackets ("tumour-associated macrophages
 * (TAMs)", "Alzheimer's disease (AD)") makes the short form name that term for the rest of the document, and before
 * it (a title may use it first). The text's definition wins over the lexicon's reading of the same letters ("UC" is
 * ultracentrifugation in the ontology, ulcerative colitis where a text says so), and short forms too ambiguous for the
 * lexicon ("AD", "PD", "MS") are read only where a text defines them.
 *
 * <p>A bracket defines only when its letters can abbreviate the term before it: they occur in order in the term's
 * words, the first at the start of a word (the test of Schwartz and Hearst, 2003, reduced to single terms).
 */
public final class DefinedAbbreviations {

    /** "(TAMs)", "(AD;", "(MSC," — a bracket that opens with one short token. */
    private static final Pattern BRACKET = Pattern.compile("\\(\\s*([A-Za-z][A-Za-z0-9]{1,9})\\s*[);,]");
    /** How far back from the bracket the term is looked for. */
    private static final int WINDOW = 120;

    public static final DefinedAbbreviations NONE = new DefinedAbbreviations(Map.of(), Map.of(), Map.of());

    /**
     * (branch binomials) A binomial written in full: a capitalised genus and a lower-case epithet ("Leishmania
     * guyanensis", "Camellia sinensis"), not after a full stop's initial or inside a longer name.
     */
    private static final Pattern FULL_BINOMIAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}.\\-])([A-Z])([a-z]{3,}) ([a-z]{4,})(?![\\p{L}\\p{N}\\-])");
    /** The same binomial with its genus abbreviated ("L. guyanensis"): a capital, a full stop and a space. */
    private static final Pattern SHORT_BINOMIAL = Pattern.compile("(?<![\\p{L}\\p{N}.])([A-Z])\\. ([a-z]{4,})(?![\\p{L}\\p{N}])");

    /**
     * Measurement switch (branch binomials): -Dexokg.noTextBinomials leaves a genus the text abbreviates unread where the
     * lexicon has no short form of that binomial (its own binomial, or two of the lexicon's in collision).
     */
    static final boolean TEXT_BINOMIALS = !Boolean.getBoolean("exokg.noTextBinomials");

    /** Short-form key (see {@link TermKeys#key}) → the term it names in this document. */
    private final Map<String, Term> byKey;
    /** Start offsets of the defining brackets' short forms (left as they are: the term before already names it). */
    private final Map<Integer, Term> definitions;

    /** (branch binomials) Abbreviated binomials' keys ("l"+"guyanensis") → the term the text's own full binomial names. */
    private final Map<String, Term> binomials;

    private DefinedAbbreviations(Map<String, Term> byKey, Map<Integer, Term> definitions, Map<String, Term> binomials) {
        this.byKey = byKey;
        this.definitions = definitions;
        this.binomials = binomials;
    }

    /**
     * (branch binomials) The abbreviated binomials a text's own full binomials define: "Leishmania guyanensis ... L.
     * guyanensis". A full binomial names its term when the lexicon keys it whole (a term with a species' binomial) or
     * when its genus alone is the lexicon's word for such a term and the epithet is no lexicon word ("Leishmania" is an
     * Organism, "Bacillus" a Bacterium; "Alzheimer disease", "Kupffer cell" name no species). Read only where the text
     * also writes the short form, and only where the lexicon has no short form of those letters (the lexicon's own wins;
     * one it dropped because two of its species share it is then decided by the text). Two full binomials of one short
     * form with two terms decide nothing.
     */
    static Map<String, Term> textBinomials(String text, Lexicon lexicon) {
        if (!TEXT_BINOMIALS) {
            return Map.of();
        }
        java.util.Set<String> shortKeys = new java.util.HashSet<>();
        Matcher s = SHORT_BINOMIAL.matcher(text);
        while (s.find()) {
            String key = TermKeys.labelKey(s.group(1) + ". " + s.group(2));
            if (key != null && lexicon.entries(key).isEmpty()) {
                shortKeys.add(key);
            }
        }
        if (shortKeys.isEmpty()) {
            return Map.of();
        }
        Map<String, Term> out = new HashMap<>();
        java.util.Set<String> conflicting = new java.util.HashSet<>();
        Matcher f = FULL_BINOMIAL.matcher(text);
        while (f.find()) {
            String key = TermKeys.labelKey(f.group(1) + ". " + f.group(3));
            if (!shortKeys.contains(key)) {
                continue;
            }
            Term term = null;
            List<Lexicon.Entry> whole = lexicon.entries(TermKeys.labelKey(f.group(1) + f.group(2) + " " + f.group(3)));
            if (!whole.isEmpty() && lexicon.hasBinomial(whole.get(0).term())) {
                term = whole.get(0).term();
            } else {
                List<Lexicon.Entry> genus = lexicon.entries(TermKeys.labelKey(f.group(1) + f.group(2)));
                if (!genus.isEmpty() && lexicon.hasBinomial(genus.get(0).term())
                        && lexicon.entries(TermKeys.labelKey(f.group(3))).isEmpty()) {
                    term = genus.get(0).term();
                }
            }
            if (term == null) {
                continue;
            }
            Term previous = out.putIfAbsent(key, term);
            if (previous != null && !previous.equals(term)) {
                conflicting.add(key);
            }
        }
        conflicting.forEach(out::remove);
        return Map.copyOf(out);
    }

    /** The abbreviations a document text defines, read with the recogniser's lexicon. */
    static DefinedAbbreviations in(String text, MentionRecognizer recognizer) {
        Map<String, Term> byKey = new HashMap<>();
        Map<String, Boolean> conflicting = new HashMap<>();
        Map<Integer, Term> definitions = new HashMap<>();
        Matcher m = BRACKET.matcher(text);
        while (m.find()) {
            String shortForm = m.group(1);
            if (!TermKeys.isAbbreviationLike(shortForm)) {
                continue;
            }
            int open = m.start();
            int from = Math.max(0, open - WINDOW);
            List<Mention> before = recognizer.recognizeLexicon(text, from, open);
            if (before.isEmpty()) {
                continue;
            }
            Mention last = before.get(before.size() - 1);
            Term named = last.term();
            if (!text.substring(last.end(), open).isBlank() || last.term().branchRoot() || !abbreviates(shortForm, last.surface())) {
                continue;
            }
            String key = TermKeys.key(shortForm);
            Term previous = byKey.putIfAbsent(key, named);
            if (previous != null && !previous.equals(named)) {
                conflicting.put(key, true); // one document, two meanings: read neither
            }
            definitions.put(m.start(1), named);
        }
        conflicting.keySet().forEach(byKey::remove);
        Map<String, Term> binomials = textBinomials(text, recognizer.lexicon());
        return byKey.isEmpty() && binomials.isEmpty() ? NONE
                : new DefinedAbbreviations(Map.copyOf(byKey), Map.copyOf(definitions), binomials);
    }

    /** Whether the letters of {@code shortForm} can abbreviate {@code longForm}. */
    static boolean abbreviates(String shortForm, String longForm) {
        String s = shortForm.toLowerCase(Locale.ROOT);
        if (s.length() >= 3 && s.endsWith("s") && Character.isUpperCase(shortForm.charAt(shortForm.length() - 2))) {
            s = s.substring(0, s.length() - 1); // "TAMs": the plural is not a letter of the term
        }
        String l = longForm.toLowerCase(Locale.ROOT);
        int at = -1;
        // the first letter at the start of a word of the long form
        for (int i = 0; i < l.length(); i++) {
            if (l.charAt(i) == s.charAt(0) && (i == 0 || !Character.isLetterOrDigit(l.charAt(i - 1)))) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return false;
        }
        int i = at + 1;
        for (int k = 1; k < s.length(); k++) {
            char c = s.charAt(k);
            while (i < l.length() && l.charAt(i) != c) {
                i++;
            }
            if (i >= l.length()) {
                return false;
            }
            i++;
        }
        return true;
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** (branch binomials) The term an abbreviated binomial's key names through the text's own full binomial, or null. */
    Term binomial(String key) {
        return binomials.get(key);
    }

    /** The term a short form names in this document, or null. */
    Term term(String key) {
        return byKey.get(key);
    }

    /** Whether the token at {@code start} is a short form in its own defining bracket. */
    boolean definesAt(int start) {
        return definitions.containsKey(start);
    }
}
