package org.exokg.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.exokg.ExoKg;

/**
 * Terms that the text spells apart rather than as one phrase, read from the labels:
 * <ul>
 * <li>an "adjective noun" label said as a predicate: "the yield ... remained low" (low yield), "purity was poor",
 * or as a verb on the noun: "lowered the purity" (low purity). The mention covers the noun, where the term
 * would have stood.</li>
 * <li>"&lt;cancer&gt; cells" ("lung cancer cells", "glioma cells") are tumour cells, not a disease and cells.</li>
 * </ul>
 * Nothing here names a term: the adjective/noun pairs come from the ontology's labels.
 */
final class PredicativeTerms {

    /** Adjectives of degree that open labels such as "low yield", "high cost", "rapid clearance". */
    private static final Set<String> DEGREE = Set.of("low", "high", "poor", "limited", "rapid", "fast", "short", "small");
    private static final Set<String> LOWERING = Set.of("low", "poor", "limited");
    private static final Pattern COPULA = Pattern.compile(
            "(?i)remain(?:s|ed)?|stay(?:s|ed)?|is|are|was|were|be|been|became|become|becomes|proved|prove[sn]?");
    private static final Pattern ADVERB = Pattern.compile(
            "(?i)still|too|very|relatively|rather|extremely|generally|often|consistently|comparatively|quite|unacceptably");
    /** Verbs that lower what follows them: "lowered the purity". */
    private static final Pattern LOWERING_VERB = Pattern.compile("(?i)(?:lower|reduc|decreas|compromis|impair)(?:e|es|ed|ing|s)?");
    private static final Pattern STOP = Pattern.compile("(?i)not|no|never|neither|nor|but|and|or|which|that|than");
    /** Up to this many words between the noun and its predicate ("yield from cultured MSCs remained low"). */
    private static final int MAX_GAP = 5;

    private final Lexicon lexicon;
    /** noun key → adjective → term ("yield" → "low" → LowYield). */
    private final Map<String, Map<String, Term>> byNoun = new HashMap<>();
    private final Term tumorCell;
    private final String cellIri = ExoKg.NS + "Cell";
    private final String cancerIri = ExoKg.NS + "Cancer";

    PredicativeTerms(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (String key : lexicon.keys()) {
            for (Lexicon.Entry e : lexicon.entries(key)) {
                if (e.term().branchRoot()) {
                    continue;
                }
                List<TermKeys.Token> words = TermKeys.tokenize(e.label(), 0, e.label().length());
                if (words.size() < 2 || words.size() > 3) {
                    continue;
                }
                String adjective = words.get(0).text().toLowerCase(Locale.ROOT);
                if (!DEGREE.contains(adjective)) {
                    continue;
                }
                StringBuilder noun = new StringBuilder();
                for (int i = 1; i < words.size(); i++) {
                    noun.append(TermKeys.key(words.get(i).text()));
                }
                byNoun.computeIfAbsent(noun.toString(), k -> new HashMap<>()).putIfAbsent(adjective, e.term());
            }
        }
        this.tumorCell = lexicon.term(ExoKg.NS + "TumorCell");
    }

    /** The mentions with spelled-apart terms added or merged; text order kept. */
    List<Mention> refine(String text, int start, int end, List<Mention> mentions) {
        List<Mention> out = tumourCells(text, mentions);
        List<TermKeys.Token> tokens = TermKeys.tokenize(text, start, end);
        String[] keys = new String[tokens.size()]; // each token's key once (it was computed for every window)
        for (int i = 0; i < tokens.size(); i++) {
            keys[i] = TermKeys.key(tokens.get(i).text());
        }
        for (int i = 0; i < tokens.size(); i++) {
            for (int len = 2; len >= 1; len--) {
                if (i + len > tokens.size()) {
                    continue;
                }
                StringBuilder k = new StringBuilder();
                for (int j = i; j < i + len; j++) {
                    k.append(keys[j]);
                }
                Map<String, Term> adjectives = byNoun.get(k.toString());
                if (adjectives == null) {
                    continue;
                }
                int s = tokens.get(i).start(), e = tokens.get(i + len - 1).end();
                Term t = predicate(text, tokens, i + len, adjectives, out);
                if (t == null) {
                    t = loweredBefore(text, tokens, i, adjectives);
                }
                if (t != null && place(out, new Mention(t, s, e, text.substring(s, e)))) {
                    break;
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * "NOUN [a few words] remained (still) low": the term of that adjective, or null. Not when the adjective opens a term
     * of its own or modifies one right after it (branch dev20): "Osteoclast EVs were small EVs", "... were small vesicles"
     * predicates a kind, it does not make the subject's noun that kind.
     */
    private static Term predicate(String text, List<TermKeys.Token> tokens, int from, Map<String, Term> adjectives,
            List<Mention> mentions) {
        for (int j = from; j < tokens.size() && j <= from + MAX_GAP; j++) {
            if (!plainGap(text, tokens.get(j - 1).end(), tokens.get(j).start())) {
                return null;
            }
            String w = tokens.get(j).text();
            if (STOP.matcher(w).matches()) {
                return null;
            }
            if (COPULA.matcher(w).matches()) {
                int a = j + 1;
                while (a < tokens.size() && a <= j + 2 && ADVERB.matcher(tokens.get(a).text()).matches()) {
                    a++;
                }
                if (a < tokens.size() && plainGap(text, tokens.get(a - 1).end(), tokens.get(a).start())) {
                    TermKeys.Token adjective = tokens.get(a);
                    if (mentions.stream().anyMatch(m -> m.start() <= adjective.start() && adjective.end() <= m.end()
                            || m.start() >= adjective.end() && plainGap(text, adjective.end(), m.start()))) {
                        return null;
                    }
                    return adjectives.get(adjective.text().toLowerCase(Locale.ROOT));
                }
                return null;
            }
        }
        return null;
    }

    /** "lowered/reduced the NOUN": the term of a lowering adjective ("low purity"), or null. */
    private static Term loweredBefore(String text, List<TermKeys.Token> tokens, int nounAt, Map<String, Term> adjectives) {
        int v = nounAt - 1;
        if (v >= 0 && tokens.get(v).text().equalsIgnoreCase("the")) {
            v--;
        }
        if (v < 0 || !LOWERING_VERB.matcher(tokens.get(v).text()).matches()) {
            return null;
        }
        for (int t = v; t < nounAt; t++) {
            if (!plainGap(text, tokens.get(t).end(), tokens.get(t + 1).start())) {
                return null;
            }
        }
        for (String adjective : LOWERING) {
            Term t = adjectives.get(adjective);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** Only spaces (and hyphens) between two words: no punctuation that ends a phrase. */
    private static boolean plainGap(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(Character.isWhitespace(c) || c == '-' || c == '‐' || c == '–')) {
                return false;
            }
        }
        return true;
    }

    /** Adds m unless it overlaps another mention; a mention with exactly its span is replaced (more specific). */
    private static boolean place(List<Mention> mentions, Mention m) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention o = mentions.get(i);
            if (o.start() == m.start() && o.end() == m.end()) {
                mentions.set(i, m);
                return true;
            }
            if (o.start() < m.end() && m.start() < o.end()) {
                return false;
            }
        }
        mentions.add(m);
        return true;
    }

    /** "lung cancer cells": a cancer followed by bare "cells" names tumour cells. */
    private List<Mention> tumourCells(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        if (tumorCell == null) {
            return out;
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            Mention a = out.get(i), b = out.get(i + 1);
            if (a.is(MentionType.DISEASE) && lexicon.isA(a.iri(), cancerIri) && b.iri().equals(cellIri)
                    && plainGap(text, a.end(), b.start()) && b.start() - a.end() <= 2) {
                out.set(i, new Mention(tumorCell, a.start(), b.end(), text.substring(a.start(), b.end())));
                out.remove(i + 1);
            }
        }
        return out;
    }
}
