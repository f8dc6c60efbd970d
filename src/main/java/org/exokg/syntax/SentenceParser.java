package org.exokg.syntax;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.tokenizer.Tokenizer;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Dependency parses of English sentences from NLP4J (Emory NLP, Apache-2.0): its tokeniser, part-of-speech
 * tagger and transition-based dependency parser with the models of {@code nlp4j-english}, configured as NLP4J's
 * own English decode configuration less the named-entity recogniser.
 *
 * <p>The models take 35–60 s and about 1.4 GB of heap to load, so there is one parser per process
 * ({@link #english()}, loaded on first use). {@link #parse} may be called from several threads: NLP4J's
 * components build a fresh state per sentence and only read the shared models (checked by
 * {@code SentenceParserTest}, which parses the same sentences in parallel and serially).
 */
public final class SentenceParser {

    /**
     * NLP4J's decode configuration for English (config-decode-en.xml of nlp4j-api) without named entities; it names the
     * model resources of nlp4j-english.
     */
    private static final String CONFIGURATION = "org/exokg/syntax/nlp4j-decode-en.xml";
    /** Longer sentences are not parsed: the transition parser's work grows with length, and such runs are rarely prose. */
    public static final int MAX_TOKENS = 150;

    private static volatile SentenceParser english;

    private final NLPDecoder decoder;
    private final Tokenizer tokenizer;
    private final long loadMillis;

    /** (branch parseveto) A parser that only answers from the trees of a memo file (developer measurements). */
    private SentenceParser(boolean memoOnly) {
        this.decoder = null;
        this.tokenizer = null;
        this.loadMillis = 0;
    }

    private SentenceParser() {
        long t0 = System.nanoTime();
        try (InputStream config = SentenceParser.class.getClassLoader().getResourceAsStream(CONFIGURATION)) {
            if (config == null) {
                throw new IllegalStateException("NLP4J configuration " + CONFIGURATION + " not on the class path");
            }
            this.decoder = new NLPDecoder(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.tokenizer = decoder.getTokenizer();
        this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /** The process's parser, loaded on the first call (35–60 s); later calls return the same one. */
    public static SentenceParser english() {
        SentenceParser p = english;
        if (p == null) {
            synchronized (SentenceParser.class) {
                p = english;
                if (p == null && MEMO != null && MEMO_FILE != null && java.nio.file.Files.isRegularFile(MEMO_FILE)) {
                    loadMemo();
                    p = new SentenceParser(true);
                    english = p;
                }
                if (p == null) {
                    p = new SentenceParser();
                    english = p;
                }
            }
        }
        return p;
    }

    /** True once {@link #english()} has loaded the models in this process. */
    public static boolean loaded() {
        return english != null;
    }

    /** How long loading the models took. */
    public long loadMillis() {
        return loadMillis;
    }

    /**
     * The parse of text[start, end) (one sentence), its offsets in {@code text}; null if the sentence has more than
     * {@link #MAX_TOKENS} tokens.
     */
    public DependencyParse parse(String text, int start, int end) {
        String sentence = text.substring(start, end);
        if (MEMO != null) {
            // developer measurements only: the same sentence at the same offset gives the same tree
            String key = start + "\u0000" + sentence;
            DependencyParse known = MEMO.get(key);
            if (known == null) {
                known = parseUncached(text, sentence, start);
                MEMO.put(key, known == null ? NONE : known);
            }
            return known == NONE ? null : known;
        }
        return parseUncached(text, sentence, start);
    }

    /**
     * (branch parser2) -Dexokg.parser.memo=true keeps every tree in memory, so that a developer tool comparing several
     * parse uses over the same documents (ParseReview) parses each sentence once; off in every other run.
     */
    private static final java.util.Map<String, DependencyParse> MEMO = Boolean.getBoolean("exokg.parser.memo")
            ? new java.util.concurrent.ConcurrentHashMap<>() : null;
    private static final DependencyParse NONE = new DependencyParse(List.of());

    /**
     * (branch parseveto) -Dexokg.parser.memoFile=PATH with -Dexokg.parser.memo=true: when the file exists, {@link
     * #english()} answers from its trees without loading the models (a sentence not in it is an error); {@link
     * #saveMemo()} writes the trees parsed so far. Developer measurements only (ParseReview), never a pipeline.
     */
    private static final java.nio.file.Path MEMO_FILE = System.getProperty("exokg.parser.memoFile") == null ? null
            : java.nio.file.Path.of(System.getProperty("exokg.parser.memoFile"));

    /** True when the trees come from a memo file rather than the models. */
    public static boolean fromMemoFile() {
        return english != null && english.decoder == null;
    }

    /** Writes the memo's trees to the memo file (developer measurements; nothing without both properties). */
    public static void saveMemo() throws IOException {
        if (MEMO == null || MEMO_FILE == null) {
            return;
        }
        java.util.HashMap<String, ArrayList<Object[]>> out = new java.util.HashMap<>();
        MEMO.forEach((k, v) -> {
            ArrayList<Object[]> rows = new ArrayList<>();
            for (Token t : v.tokens()) {
                rows.add(new Object[] {t.index(), t.form(), t.lemma(), t.pos(), t.head(), t.label(), t.start(), t.end()});
            }
            out.put(k, rows);
        });
        try (java.io.ObjectOutputStream o = new java.io.ObjectOutputStream(new java.util.zip.GZIPOutputStream(
                java.nio.file.Files.newOutputStream(MEMO_FILE)))) {
            o.writeObject(out);
        }
    }

    @SuppressWarnings("unchecked")
    private static void loadMemo() {
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.util.zip.GZIPInputStream(
                java.nio.file.Files.newInputStream(MEMO_FILE)))) {
            java.util.Map<String, ArrayList<Object[]>> read = (java.util.Map<String, ArrayList<Object[]>>) in.readObject();
            read.forEach((k, rows) -> {
                List<Token> tokens = new ArrayList<>();
                for (Object[] r : rows) {
                    tokens.add(new Token((Integer) r[0], (String) r[1], (String) r[2], (String) r[3], (Integer) r[4], (String) r[5],
                            (Integer) r[6], (Integer) r[7]));
                }
                MEMO.put(k, tokens.isEmpty() ? NONE : new DependencyParse(tokens));
            });
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read parser memo file " + MEMO_FILE + ": " + e.getMessage(), e);
        }
    }

    private DependencyParse parseUncached(String text, String sentence, int start) {
        if (decoder == null) {
            throw new IllegalStateException("sentence not in the parser memo file " + MEMO_FILE + ": " + sentence);
        }
        List<edu.emory.mathcs.nlp.component.tokenizer.token.Token> words = tokenizer.tokenize(sentence);
        if (words.isEmpty() || words.size() > MAX_TOKENS) {
            return null;
        }
        NLPNode[] nodes = decoder.decode(decoder.toNodeArray(words));
        List<Token> tokens = new ArrayList<>(nodes.length - 1);
        int searchFrom = 0;
        for (int i = 1; i < nodes.length; i++) {
            NLPNode n = nodes[i];
            int s = n.getStartOffset();
            int e = n.getEndOffset();
            if (s < searchFrom || e > sentence.length() || s >= e) {
                // the tokeniser rewrote the form or lost its offsets: find the word from where the last one ended
                int found = sentence.indexOf(n.getWordForm(), searchFrom);
                s = found < 0 ? Math.min(searchFrom, sentence.length()) : found;
                e = found < 0 ? s : found + n.getWordForm().length();
            }
            searchFrom = Math.max(searchFrom, e);
            NLPNode h = n.getDependencyHead();
            int head = h == null || h.getID() == 0 ? -1 : h.getID() - 1;
            tokens.add(new Token(i - 1, n.getWordForm(), n.getLemma() == null ? n.getWordFormLowercase() : n.getLemma(),
                    n.getPartOfSpeechTag() == null ? "" : n.getPartOfSpeechTag(), head,
                    n.getDependencyLabel() == null ? "dep" : n.getDependencyLabel(), start + s, start + e));
        }
        return new DependencyParse(tokens);
    }
}
