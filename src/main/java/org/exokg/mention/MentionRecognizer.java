package org.exokg.mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds lexicon terms in text with one Aho–Corasick automaton over normalised keys (see
 * {@link TermKeys}): all matches in one pass, kept only when they start and end on word
 * boundaries and join their words with spaces or hyphens; overlapping matches are resolved
 * longest first ("cancer cells" beats "cancer").
 */
public final class MentionRecognizer {

    private static final java.util.regex.Pattern NEGATED_COMPOUND = java.util.regex.Pattern.compile("[\\-‐–](?:free|less|deficient|depleted)\\b");

    private final Lexicon lexicon;
    private final Trie trie;
    private final SenseDisambiguator senses;

    public MentionRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.trie = Trie.builder().addKeywords(lexicon.keys()).build();
        this.senses = new SenseDisambiguator(lexicon);
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** Whether a document is about the RNA exosome complex throughout (pass to {@link #recognize}). */
    public boolean documentAboutRnaExosomeComplex(String documentText) {
        return senses.documentAboutComplex(documentText);
    }

    /** Mentions within text[start, end), in text order. */
    public List<Mention> recognize(String text, int start, int end) {
        return recognize(text, start, end, false);
    }

    public List<Mention> recognize(String text, int start, int end, boolean documentAboutComplex) {
        List<TermKeys.Token> tokens = TermKeys.tokenize(text, start, end);
        if (tokens.isEmpty()) {
            return List.of();
        }
        StringBuilder key = new StringBuilder();
        int[] keyStarts = new int[tokens.size()];
        int[] keyEnds = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            keyStarts[i] = key.length();
            key.append(TermKeys.key(tokens.get(i).text()));
            keyEnds[i] = key.length();
        }
        // key position → token index for token starts (+1 so that 0 means "not a start") and ends
        int[] startToken = new int[key.length() + 1];
        int[] endToken = new int[key.length() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            startToken[keyStarts[i]] = i + 1;
            endToken[keyEnds[i]] = i + 1;
        }
        boolean[] joinsNext = new boolean[tokens.size()];
        for (int i = 0; i + 1 < tokens.size(); i++) {
            joinsNext[i] = TermKeys.joinable(text, tokens.get(i).end(), tokens.get(i + 1).start());
        }

        List<int[]> candidates = new ArrayList<>(); // {firstToken, lastToken}
        for (Emit emit : trie.parseText(key)) {
            int first = startToken[emit.getStart()] - 1;
            int last = endToken[emit.getEnd() + 1] - 1;
            if (first < 0 || last < 0 || last < first) {
                continue;
            }
            boolean joined = true;
            for (int t = first; t < last && joined; t++) {
                joined = joinsNext[t];
            }
            if (joined) {
                candidates.add(new int[] {first, last});
            }
        }
        // Longest surface first, then leftmost: greedy selection of non-overlapping spans.
        candidates.sort(Comparator.<int[]>comparingInt(c -> -(tokens.get(c[1]).end() - tokens.get(c[0]).start()))
                .thenComparingInt(c -> c[0]));
        boolean[] taken = new boolean[tokens.size()];
        List<Mention> mentions = new ArrayList<>();
        Boolean complexContext = documentAboutComplex ? Boolean.TRUE : null; // computed when first needed
        for (int[] c : candidates) {
            boolean free = true;
            for (int t = c[0]; t <= c[1] && free; t++) {
                free = !taken[t];
            }
            if (!free) {
                continue;
            }
            Arrays.fill(taken, c[0], c[1] + 1, true);
            if (NEGATED_COMPOUND.matcher(text).region(tokens.get(c[1]).end(), end).lookingAt()) {
                continue; // "cell-free therapeutics" is not about cells
            }
            String k = key.substring(keyStarts[c[0]], keyEnds[c[1]]);
            Lexicon.Entry best = lexicon.entries(k).get(0);
            int s = tokens.get(c[0]).start();
            int e = tokens.get(c[1]).end();
            Mention m = new Mention(best.term(), s, e, text.substring(s, e));
            if (senses.ambiguous(m, k)) {
                if (complexContext == null) {
                    complexContext = senses.sentenceAboutComplex(text.substring(start, end));
                }
                if (complexContext) {
                    m = senses.asComplex(m);
                }
            }
            mentions.add(m);
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }
}
