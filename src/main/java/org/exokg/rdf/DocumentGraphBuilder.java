package org.exokg.rdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.exokg.claim.Claim;
import org.exokg.claim.ClaimExtractor;
import org.exokg.claim.ClaimExtractor.Discourse;
import org.exokg.claim.DiseaseFocus;
import org.exokg.claim.ParseUse;
import org.exokg.syntax.DependencyParse;
import org.exokg.syntax.SentenceParser;
import org.exokg.claim.QuantityReader;
import org.exokg.document.Document;
import org.exokg.document.DocumentBudget;
import org.exokg.document.DocumentException;
import org.exokg.document.DocumentLoader;
import org.exokg.document.Sentence;
import org.exokg.document.SentenceSplitter;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionRecognizer;
import org.exokg.mention.MentionType;
import org.exokg.rdf.DocumentExtraction.DistinctSentence;

/**
 * The whole extraction pipeline for one file: read (text, JATS, PubMed) → sentences → mentions →
 * claims → one RDF graph per document (docs/graph-model.md).
 *
 * <p>A sentence text that occurs more than once in a document is processed once (its first
 * occurrence): one sentence resource, one set of claims, its occurrence count recorded.
 * Thread-safe once built: {@link #build} keeps no state between calls.
 */
public final class DocumentGraphBuilder {

    /**
     * Longest sentence whose mentions and claims are extracted. The claim rules compare mentions pairwise,
     * so work grows faster than the length of one sentence; real sentences stay well under this, and a
     * longer run of text (a table flattened into prose, a file without full stops) is kept as a sentence
     * but not analysed.
     */
    public static final int MAX_SENTENCE_CHARS = 5_000;

    private final Lexicon lexicon;
    private final DocumentLoader loader = new DocumentLoader();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final MentionRecognizer recognizer;
    private final ClaimGraphWriter writer;
    private final QuantityReader quantities;
    private final DiseaseFocus diseaseFocus;
    /** Dependency parses of the sentences that may hold a claim, and what they decide; null: surface rules only. */
    private final SentenceParser parser;
    private final Set<ParseUse> parseUses;

    private DocumentGraphBuilder(Lexicon lexicon) {
        this(lexicon, null, Set.of());
    }

    private DocumentGraphBuilder(Lexicon lexicon, SentenceParser parser, Set<ParseUse> parseUses) {
        this.parser = parser;
        this.parseUses = Set.copyOf(parseUses);
        this.lexicon = lexicon;
        this.recognizer = new MentionRecognizer(lexicon);
        this.writer = new ClaimGraphWriter(lexicon.ontologyVersionIri());
        this.quantities = new QuantityReader(lexicon);
        this.diseaseFocus = DiseaseFocus.of(lexicon);
    }

    /** A builder whose lexicon comes from the ontology file (Turtle). */
    public static DocumentGraphBuilder fromOntology(Path ontologyFile) {
        return new DocumentGraphBuilder(Lexicon.fromOntology(ontologyFile));
    }

    public static DocumentGraphBuilder fromLexicon(Lexicon lexicon) {
        return new DocumentGraphBuilder(lexicon);
    }

    /**
     * The same pipeline reading claims also from the dependency parse of each sentence that may hold one (a vesicle
     * and another term), for the given uses; the parser is shared, its models loaded once per process.
     */
    public DocumentGraphBuilder withParser(SentenceParser parser, Set<ParseUse> uses) {
        return new DocumentGraphBuilder(lexicon, parser, uses);
    }

    /** True if sentences are parsed. */
    public boolean parses() {
        return parser != null;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** One graph per document in the file (a PubMed file may hold several; a metadata sidecar none). */
    public List<DocumentGraph> build(Path file) throws DocumentException {
        return extract(file).stream().map(DocumentExtraction::graph).toList();
    }

    /** Like {@link #build} with what was found along the way (sentences, mentions, claims). */
    public List<DocumentExtraction> extract(Path file) throws DocumentException {
        List<DocumentExtraction> result = new ArrayList<>();
        List<Document> documents = loader.load(file);
        for (Document d : documents) {
            DocumentExtraction e = extract(d);
            if (e.sentences().isEmpty()) {
                throw new DocumentException(file, (documents.size() > 1 ? "document " + d.id() + ": " : "")
                        + "no sentences found (no text with letters); nothing loaded from this file");
            }
            result.add(e);
        }
        return result;
    }

    /** A part label of a structured abstract (PubMed {@code Label}, upper case): "BACKGROUND", "RESULTS", "CONCLUSIONS". */
    private static boolean abstractPart(String section) {
        return section != null && section.length() <= 40 && section.matches("[A-Z][A-Z &/]+");
    }

    private static final java.util.regex.Pattern TITLE_ANAPHOR = java.util.regex.Pattern.compile(
            "\\s*(?:They|Their|These (?:vesicles|nanovesicles|particles))\\b");

    public DocumentExtraction extract(Document document) {
        String text = document.text();
        ClaimExtractor extractor = new ClaimExtractor(lexicon, parseUses); // keeps per-sentence state: one per call
        boolean aboutRnaComplex = recognizer.documentAboutRnaExosomeComplex(text);
        // "tumour-associated macrophages (TAMs)": the document's own short forms name their terms throughout it
        org.exokg.mention.DefinedAbbreviations abbreviations = recognizer.definedAbbreviations(text);
        Map<String, DistinctSentence> distinct = new LinkedHashMap<>();
        Map<String, List<Mention>> mentionsBySentence = new LinkedHashMap<>();
        Map<String, Claim> claims = new LinkedHashMap<>();

        String section = null;
        Mention lastVesicle = null;
        boolean previousStartsWithVesicle = false;
        boolean firstSentence = true;
        // the vesicle the document's first sentence (its title) is about: the topic a section may refer back to
        Mention titleVesicle = null;
        boolean titleOpensWithVesicle = false;
        boolean inTitle = true;
        int unanalysed = 0;
        for (Sentence s : splitter.split(document)) {
            DocumentBudget.checkInterrupted();
            if (firstSentence || !Objects.equals(section, s.section())) {
                if (firstSentence || !(abstractPart(section) && abstractPart(s.section()))) {
                    // what a sentence may refer back to stays within its section; the labelled parts of one structured
                    // abstract (BACKGROUND, RESULTS, CONCLUSIONS) are one discourse
                    lastVesicle = null;
                }
                previousStartsWithVesicle = false;
                section = s.section();
                firstSentence = false;
            }
            String key = s.normalizedText();
            Mention nameUse = null;
            DistinctSentence seen = distinct.get(key);
            List<Mention> mentions;
            if (seen != null) {
                distinct.put(key, new DistinctSentence(seen.first(), seen.occurrences() + 1));
                mentions = mentionsBySentence.get(key);
            } else {
                distinct.put(key, new DistinctSentence(s, 1));
                if (s.end() - s.start() > MAX_SENTENCE_CHARS) {
                    unanalysed++;
                    mentionsBySentence.put(key, List.of());
                    lastVesicle = null;
                    previousStartsWithVesicle = false;
                    continue;
                }
                mentions = recognizer.recognize(text, s.start(), s.end(), aboutRnaComplex, abbreviations);
                mentionsBySentence.put(key, mentions);
                DependencyParse parse = parser != null && ClaimExtractor.mayHoldClaim(mentions) ? parser.parse(text, s.start(), s.end()) : null;
                Discourse discourse = new Discourse(lastVesicle, previousStartsWithVesicle);
                if (lastVesicle == null && titleVesicle != null && TITLE_ANAPHOR.matcher(s.text()).lookingAt()) {
                    // a section's opening "They ..." / "These vesicles ..." with no vesicle named before in it: the
                    // document's topic, its title's vesicle ("Milk exosomes as oral carriers" ... "They survive ...")
                    discourse = new Discourse(titleVesicle, titleOpensWithVesicle);
                }
                for (Claim c : extractor.extract(text, s, mentions, discourse, parse)) {
                    claims.putIfAbsent(c.identity(), c);
                }
                nameUse = ClaimExtractor.NAME_USE_TOPIC ? extractor.sentenceNameUse() : null;
            }
            Mention topic = topicVesicle(text, mentions);
            if (nameUse != null && (topic == null || nameUse.start() < topic.start())) {
                // (branch anaphors2) a sentence about a named preparation ("UC-Exo reduced infarct size") is about it even
                // where the mention layer reads no vesicle in the name: its anaphors after it are the preparation
                topic = nameUse;
            }
            boolean ownTopic = topic != null && topic != nameUse && topic.start() >= s.start() && topic.end() <= s.end();
            if (ownTopic && lastVesicle != null && PREDICATED_TOPIC
                    && PREDICATED_KIND.matcher(text.substring(Math.max(s.start(), topic.start() - 40), topic.start())).find()) {
                // (branch anaphors3) "EqM-EVs are small extracellular vesicles", "Most salivary vesicles were small EVs":
                // a kind a copula predicates of a subject the mention layer read no vesicle in is what the vesicles under
                // discussion are, not other vesicles; "the vesicles" after it stay those under discussion
                topic = null;
            }
            if (ownTopic && topic != null && lastVesicle != null && ClaimExtractor.CONTROL_ANTECEDENT
                    && ClaimExtractor.controlArm(text, s, topic)) {
                // (branch anaphors3) "Scrambled siRNA in EVs had no effect. No weight loss was observed.": a control arm
                // named after the preparation under discussion does not take the discourse over from it
                topic = null;
            }
            if (topic != null && !(lastVesicle != null && isLiposome(topic) && !isLiposome(lastVesicle)
                    && (ClaimExtractor.comparatorArm(s.text()) || COMPARED_WITH.matcher(text.substring(s.start(), topic.start())).find()))) {
                // "EVs cross the barrier ... Liposomes loaded with the same drugs were cleared faster. The obstacles are:
                // - low yield": a synthetic comparator arm ("the same drug / dose") named after the vesicles under
                // discussion does not take the discourse over from them (branch dev10)
                lastVesicle = topic;
            }
            // "Curcumin-loaded milk exosomes were ..." opens with its vesicle too: a few words of
            // modifiers may precede it.
            Mention firstNamed = firstVesicle(mentions);
            if (firstNamed == null || nameUse != null && nameUse.start() < firstNamed.start()) {
                firstNamed = nameUse;
            }
            previousStartsWithVesicle = topic != null && firstNamed != null
                    && wordsBefore(text, s.start(), firstNamed.start()) <= 4;
            if (inTitle) {
                inTitle = false;
                titleVesicle = topic;
                titleOpensWithVesicle = previousStartsWithVesicle;
            }
        }
        List<DistinctSentence> sentences = new ArrayList<>(distinct.values());
        List<Mention> mentions = new ArrayList<>();
        mentionsBySentence.values().forEach(mentions::addAll);
        List<Claim> claimList = new ArrayList<>(claims.values());
        if (DiseaseFocus.ON) {
            // (branch tumourfocus) "slowed tumour growth" in a text that names one cancer treats that cancer: read once
            // the whole document's mentions are known (convention o)
            claimList = diseaseFocus.resolve(text, mentions, claimList,
                    c -> mentionsBySentence.getOrDefault(c.sentence().normalizedText(), List.of()));
        }
        DocumentGraph graph = writer.write(document, sentences, mentions, claimList);
        // values, shares and study settings (issue 13): added to the same graph, linked to the claims
        QuantityGraphWriter.write(graph.model(), document.id(), quantities.read(text, document.metadata().type(),
                sentences.stream().map(DistinctSentence::first).filter(x -> x.end() - x.start() <= MAX_SENTENCE_CHARS).toList(),
                mentions, claimList), claimList);
        return new DocumentExtraction(document, sentences, mentions, claimList, graph, unanalysed);
    }

    /**
     * The vesicle a sentence is about, for later sentences to refer back to: its first vesicle,
     * or the one more specific vesicle it also names ("Exosomes, small membrane vesicles, ...").
     */
    private Mention topicVesicle(String text, List<Mention> mentions) {
        // (branch dev13) "their vesicles are not outer membrane vesicles": a kind a copula denies is not what the
        // sentence is about, and no later "Vesicles of ..." refers back to it
        mentions = mentions.stream().filter(m -> !m.is(MentionType.VESICLE)
                || !DENIED_KIND.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()).toList();
        Mention first = firstVesicle(mentions);
        if (first == null) {
            return null;
        }
        Mention specific = null;
        for (Mention m : mentions) {
            if (m.is(MentionType.VESICLE) && !m.iri().equals(first.iri()) && lexicon.isA(m.iri(), first.iri())
                    // (branch dev15) "Most salivary vesicles were small EVs. They ...": a kind a copula predicates of the
                    // subject is no renaming of it; the subject stays what the sentence is about
                    && !PREDICATED_KIND.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                if (specific != null && !specific.iri().equals(m.iri())) {
                    return first;
                }
                specific = m;
            }
        }
        return specific != null ? specific : first;
    }

    /** (branch anaphors3) Measurement switch -Dexokg.noPredicatedTopic: a predicated kind may become the discourse's antecedent. */
    static final boolean PREDICATED_TOPIC = !Boolean.getBoolean("exokg.noPredicatedTopic");

    /** Right before a vesicle: a copula with up to two adverbs or articles and one modifier ("were mostly small EVs") (branch dev15). */
    private static final java.util.regex.Pattern PREDICATED_KIND = java.util.regex.Pattern.compile(
            "(?i)\\b(?:is|are|was|were|become|became|remain|remains)\\s+(?:(?:mostly|mainly|largely|probably|all|also|the|a|an)\\s+){0,2}(?:[\\p{L}\\-‐–]+\\s+)?\\z");

    /** Right before a vesicle: a denied copula ("are not", "is no"), with an article or one modifier (branch dev13). */
    private static final java.util.regex.Pattern DENIED_KIND = java.util.regex.Pattern.compile(
            "(?i)\\b(?:is|are|was|were)\\s+(?:not|no)\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{L}\\-‐–]+\\s+)?\\z");

    /** Right before a term: the word of a comparison ("behave more like liposomes", "faster than liposomes"). */
    private static final java.util.regex.Pattern COMPARED_WITH = java.util.regex.Pattern.compile(
            "(?i)\\b(?:like|unlike|than|versus|vs\\.?)\\s+(?:(?:the|synthetic|conventional|plain)\\s+)*\\z");

    private boolean isLiposome(Mention m) {
        return lexicon.isA(m.iri(), org.exokg.ExoKg.NS + "Liposome");
    }

    private static Mention firstVesicle(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.is(MentionType.VESICLE)) {
                return m;
            }
        }
        return null;
    }

    /** Words in text[from, to). */
    private static int wordsBefore(String text, int from, int to) {
        int count = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                count++;
            }
            in = w;
        }
        return count;
    }
}
