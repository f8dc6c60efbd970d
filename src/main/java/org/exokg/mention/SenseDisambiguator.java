package org.exokg.mention;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Exosome" names two unrelated things: the extracellular vesicle and the RNA-degrading
 * exosome complex (GO:0000178). A vesicle mention whose key also names the complex (any word
 * of the complex's labels, e.g. "exosome") is read as the complex when the sentence talks
 * about RNA decay machinery, or when the whole document does and never about vesicles.
 */
final class SenseDisambiguator {

    /** Words that only occur when the RNA exosome complex is meant. */
    // (branch speed22) each lookahead lists the first characters of its expression's branches (the texts are lower
    // case): the word boundaries are tried only there, not at every position of a whole document (the same matches)
    private static final Pattern RNA_COMPLEX_CONTEXT = Pattern.compile(
            "(?=[ermtdncs3])(?:exosome complex|exoribonucleas|\\bribonucleas|\\bexonucleas|\\brna (?:degradation|decay|processing|surveillance|turnover)"
                    + "|\\bmrna (?:decay|degradation|turnover)|3['′]\\s*[-–]\\s*5['′]|\\brrp\\d|\\bdis3|\\bexosc\\d|\\bmtr4|\\btrf4"
                    + "|\\b(?:nuclear|cytoplasmic) exosome|\\bski complex|\\btramp complex)");
    private static final Pattern VESICLE_CONTEXT = Pattern.compile(
            "(?=[evsmc])(?:extracellular vesicle|\\bvesicle|\\bsecreted|\\bmultivesicular|\\bmembrane|\\bcargo|\\bev\\b|\\bevs\\b)");

    private final Term complex;
    private final Set<String> ambiguousKeys = new HashSet<>();

    SenseDisambiguator(Lexicon lexicon) {
        Term found = null;
        for (Term t : lexicon.terms()) {
            if (t.is(MentionType.RNA_EXOSOME_COMPLEX) && (found == null || t.branchRoot())) {
                found = t;
            }
        }
        complex = found;
        if (complex == null) {
            return;
        }
        // Every single-word key of a vesicle term that is also a word of a complex label.
        Set<String> complexWords = new HashSet<>();
        for (String key : lexicon.keys()) {
            for (Lexicon.Entry e : lexicon.entries(key)) {
                if (e.term().is(MentionType.RNA_EXOSOME_COMPLEX)) {
                    for (TermKeys.Token tok : TermKeys.tokenize(e.label(), 0, e.label().length())) {
                        complexWords.add(TermKeys.key(tok.text()));
                    }
                }
            }
        }
        for (String key : lexicon.keys()) {
            List<Lexicon.Entry> entries = lexicon.entries(key);
            if (!entries.isEmpty() && entries.get(0).term().is(MentionType.VESICLE) && complexWords.contains(key)) {
                ambiguousKeys.add(key);
            }
        }
    }

    /** Cheap test before the regular expression: every cue contains one of these. */
    private static final List<String> CUE_FRAGMENTS = List.of(
            "complex", "nucleas", "rna", "3'", "3′", "rrp", "dis3", "exosc", "mtr4", "trf4", "nuclear exosome", "cytoplasmic exosome");

    private static boolean mayHaveCue(String lower) {
        for (String f : CUE_FRAGMENTS) {
            if (lower.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the document as a whole is about the RNA exosome complex rather than vesicles. */
    boolean documentAboutComplex(String documentText) {
        if (complex == null) {
            return false;
        }
        String lower = documentText.toLowerCase(Locale.ROOT);
        if (!mayHaveCue(lower) || VESICLE_CONTEXT.matcher(lower).find()) {
            return false;
        }
        return RNA_COMPLEX_CONTEXT.matcher(lower).results().count() >= 3;
    }

    /** Whether a mention needs the context test at all. */
    boolean ambiguous(Mention m, String key) {
        return complex != null && m.is(MentionType.VESICLE) && ambiguousKeys.contains(key);
    }

    /** Whether a sentence talks about RNA decay machinery. */
    boolean sentenceAboutComplex(String sentenceText) {
        String lower = sentenceText.toLowerCase(Locale.ROOT);
        return mayHaveCue(lower) && RNA_COMPLEX_CONTEXT.matcher(lower).find();
    }

    /** The same span read as the RNA exosome complex. */
    Mention asComplex(Mention m) {
        return m.withTerm(complex);
    }
}
