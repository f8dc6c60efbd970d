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

    public static final DefinedAbbreviations NONE = new DefinedAbbreviations(Map.of(), Map.of());

    /** Short-form key (see {@link TermKeys#key}) → the term it names in this document. */
    private final Map<String, Term> byKey;
    /** Start offsets of the defining brackets' short forms (left as they are: the term before already names it). */
    private final Map<Integer, Term> definitions;

    private DefinedAbbreviations(Map<String, Term> byKey, Map<Integer, Term> definitions) {
        this.byKey = byKey;
        this.definitions = definitions;
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
            if (!text.substring(last.end(), open).isBlank() || last.term().branchRoot() || !abbreviates(shortForm, last.surface())) {
                continue;
            }
            String key = TermKeys.key(shortForm);
            Term previous = byKey.putIfAbsent(key, last.term());
            if (previous != null && !previous.equals(last.term())) {
                conflicting.put(key, true); // one document, two meanings: read neither
            }
            definitions.put(m.start(1), last.term());
        }
        conflicting.keySet().forEach(byKey::remove);
        return byKey.isEmpty() ? NONE : new DefinedAbbreviations(Map.copyOf(byKey), Map.copyOf(definitions));
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

    /** The term a short form names in this document, or null. */
    Term term(String key) {
        return byKey.get(key);
    }

    /** Whether the token at {@code start} is a short form in its own defining bracket. */
    boolean definesAt(int start) {
        return definitions.containsKey(start);
    }
}
