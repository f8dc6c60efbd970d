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
import org.exokg.claim.DiscourseTopic;
import org.exokg.claim.DiseaseFocus;
import org.exokg.claim.SourceGenera;
import org.exokg.claim.DocumentPreparation;
import org.exokg.claim.ParseUse;
import org.exokg.claim.Relation;
import org.exokg.syntax.DependencyParse;
import org.exokg.syntax.SentenceParser;
import org.exokg.claim.QuantityReader;
import org.exokg.document.Document;
import org.exokg.document.DocumentBudget;
import org.exokg.document.DocumentException;
import org.exokg.document.DocumentLoader;
import org.exokg.document.Section;
import org.exokg.document.Sentence;
import org.exokg.document.SentenceSplitter;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionRecognizer;
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
    private final DiscourseTopic topics;
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
        this.topics = new DiscourseTopic(lexicon);
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

    /**
     * (branch studied) A developer's hook (OneProductReview): told, per document extracted, how many of its distinct
     * sentences were read as sentences of a text about one product, and how many distinct sentences it has. Null: none.
     */
    public static volatile java.util.function.BiConsumer<Document, int[]> oneProductObserver;

    public DocumentExtraction extract(Document document) {
        // (branch hyphens) every reader sees one spelling of the hyphen ("gem\u2011OM\u2011EVs" reads as "gem-OM-EVs"); the
        // same length, so offsets point into the document's own text, whose sentences the evidence quotes
        String text = org.exokg.document.HyphenCharacters.asAscii(document.text());
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
        // (branch anaphors6) the one preparation the document studies, for sections that refer back to it
        DocumentPreparation studied = new DocumentPreparation(lexicon::isA);
        // (branch anaphors12) "both / neither preparation(s)": one claim per preparation (lead decision uu)
        org.exokg.claim.EachPreparation eachPreparation = new org.exokg.claim.EachPreparation();
        Mention studiedAntecedent = null;
        // (branch studied) how many sentences were read in a text about one product (for OneProductReview)
        int oneProductSentences = 0;
        // (branch anaphors8) the sentence that made lastVesicle the topic read it with a source
        boolean lastVesicleQualified = false;
        for (Sentence s : splitter.split(document)) {
            DocumentBudget.checkInterrupted();
            if (firstSentence || !Objects.equals(section, s.section())) {
                if (firstSentence || !(abstractPart(section) && abstractPart(s.section()))) {
                    // what a sentence may refer back to stays within its section; the labelled parts of one structured
                    // abstract (BACKGROUND, RESULTS, CONCLUSIONS) are one discourse
                    lastVesicle = null;
                    if (!firstSentence) {
                        lastVesicle = studied.atNewSection(s);
                        studiedAntecedent = lastVesicle;
                    }
                } else if (Section.isMethods(section) && !Section.isMethods(s.section())) {
                    // (branch anaphors8) a structured abstract's RESULTS after its METHODS: the last vesicle of the Methods
                    // read with no source ("a gel containing 50 µg of exosomes") is no antecedent; the document's preparation is
                    Mention studiedHere = studied.atNewSection(s);
                    if (studiedHere != null && !lastVesicleQualified) {
                        lastVesicle = studiedHere;
                        studiedAntecedent = studiedHere;
                    }
                }
                previousStartsWithVesicle = false;
                section = s.section();
                firstSentence = false;
            }
            String key = s.normalizedText();
            Mention nameUse = null;
            List<Claim> sentenceClaims = null;
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
                Discourse discourse = new Discourse(lastVesicle, previousStartsWithVesicle,
                        lastVesicle != null && lastVesicle == studiedAntecedent);
                if (lastVesicle == null && titleVesicle != null && TITLE_ANAPHOR.matcher(s.text()).lookingAt()) {
                    // a section's opening "They ..." / "These vesicles ..." with no vesicle named before in it: the
                    // document's topic, its title's vesicle ("Milk exosomes as oral carriers" ... "They survive ...")
                    discourse = new Discourse(titleVesicle, titleOpensWithVesicle);
                }
                boolean oneProduct = studied.oneProduct();
                extractor.studiedPreparation(studied.studied(), oneProduct);
                if (oneProduct) {
                    oneProductSentences++;
                }
                sentenceClaims = eachPreparation.claims(s, extractor.extract(text, s, mentions, discourse, parse));
                java.util.function.Predicate<Claim> emitted = extractor.sentenceEmits();
                for (Claim c : sentenceClaims) {
                    if (emitted.test(c)) {
                        claims.putIfAbsent(c.identity(), c); // (branch headingclaims) not a title line's, not a question's content
                    }
                }
                nameUse = ClaimExtractor.NAME_USE_TOPIC ? extractor.sentenceNameUse() : null;
            }
            List<Mention> topicMentions = mentions;
            if (seen == null && DiscourseTopic.SOURCED_BARE_TOPICS && lastVesicle != null
                    && DiscourseTopic.firstVesicle(mentions) == null) {
                // (issue 15, branch anaphorarms) "Vesicles released by Bacteroides thetaiotaomicron carry ... In mice, they
                // were taken up ...": bare vesicles with an origin phrase of their own are other vesicles than those under
                // discussion, and the anaphors after them mean them
                Mention own = DiscourseTopic.sourcedBareVesicle(text, s, extractor.sentenceBareVesicles(), mentions);
                if (own != null) {
                    topicMentions = new ArrayList<>(mentions);
                    topicMentions.add(own);
                    topicMentions.sort(java.util.Comparator.comparingInt(Mention::start));
                }
            }
            Mention topic = topics.topic(text, s, topicMentions, nameUse, lastVesicle);
            if (topics.takesOver(text, s, topic, lastVesicle)) {
                lastVesicle = topic;
                lastVesicleQualified = sentenceClaims != null && sentenceClaims.stream()
                        .anyMatch(c -> c.qualifierIri() != null || c.relation() == Relation.DERIVED_FROM);
            }
            if (sentenceClaims != null) {
                // the vesicles only the anaphora layer read ("vesicles isolated from kangaroo milk") name the
                // preparation too where the sentence has no other topic
                studied.sentence(s, topic != null ? topic
                        : DiscourseTopic.firstVesicle(extractor.sentenceBareVesicles()), sentenceClaims, extractor.sentenceNameUseSource());
            }
            // "Curcumin-loaded milk exosomes were ..." opens with its vesicle too: a few words of
            // modifiers may precede it.
            Mention firstNamed = DiscourseTopic.firstVesicle(topicMentions);
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
        java.util.function.BiConsumer<Document, int[]> observer = oneProductObserver;
        if (observer != null) {
            observer.accept(document, new int[] {oneProductSentences, distinct.size()});
        }
        List<DistinctSentence> sentences = new ArrayList<>(distinct.values());
        List<Mention> mentions = new ArrayList<>();
        mentionsBySentence.values().forEach(mentions::addAll);
        List<Claim> claimList = new ArrayList<>(claims.values());
        // (branch omvdiscourse, convention aaaa) bare later uses of the OMVs of the one bacterium the text names
        claimList = org.exokg.claim.OneNamedBacterium.resolve(text, mentionsBySentence.values(), claimList, lexicon);
        if (DiseaseFocus.ON) {
            // (branch tumourfocus) "slowed tumour growth" in a text that names one cancer treats that cancer: read once
            // the whole document's mentions are known (convention o)
            claimList = diseaseFocus.resolve(text, mentions, claimList,
                    c -> mentionsBySentence.getOrDefault(c.sentence().normalizedText(), List.of()));
        }
        if (SourceGenera.DEMONSTRATIVES) {
            // (branch objects2) "vesicles from these stem cells": the cells the text named before
            claimList = SourceGenera.withDemonstrativeSources(text, mentions, claimList,
                    c -> mentionsBySentence.getOrDefault(c.sentence().normalizedText(), List.of()), lexicon);
        }
        if (SourceGenera.ON) {
            // (branch objects2) "iPSC-EVs ... from one master cell bank": the qualifier names the source; no row for its genus
            claimList = SourceGenera.withoutQualifierGenera(claimList, lexicon);
        }
        if (org.exokg.claim.TextPreparation.ON) {
            // (branch preparationanaphors) anaphors the chain left unqualified in a text about one sourced preparation
            // (branch preparationanaphors2) its sources counted by source term, not qualifier class
            claimList = org.exokg.claim.TextPreparation.resolve(text, mentions, claimList, lexicon);
        }
        if (org.exokg.claim.GenericKinds.on()) {
            // (issue 15, branch challenge39, convention cccccccc) a present-tense general statement is the kind, unqualified
            claimList = org.exokg.claim.GenericKinds.resolve(text, mentions, claimList, lexicon);
        }
        if (org.exokg.claim.GenusPhrases.on()) {
            // (issue 15, branch scope38) "The milk exosomes resisted ..." after "bovine milk exosomes": the species (qqq, c)
            claimList = org.exokg.claim.GenusPhrases.resolve(text, mentions, claimList, lexicon);
        }
        if (org.exokg.claim.ForeignSourceKinds.ON) {
            // (branch goldconv33) "exosome-like nanovesicles from royal jelly": a plant-defined kind with a bee's source
            claimList = org.exokg.claim.ForeignSourceKinds.resolve(claimList, lexicon);
        }
        if (org.exokg.claim.DeniedKinds.ON) {
            // (branch plainsubjects) "yeast vesicles are not human exosomes, and ...": the denied kind is no subject
            claimList = org.exokg.claim.DeniedKinds.withoutDeniedSubjects(text, claimList,
                    c -> mentionsBySentence.getOrDefault(c.sentence().normalizedText(), List.of()));
        }
        if (org.exokg.claim.EngineeredPreparations.producerEngineered()) {
            // (issue 15, branch engineered38, convention xxxxxxx) "loading of the parent cells by transfection": the
            // vesicles of a generic statement of the method are EngineeredExosome; read before the learned filters and
            // again after them (a claim the filters dropped as the engineered kind's may leave the sentence without one)
            claimList = org.exokg.claim.ProducerEngineeredMethods.resolve(text, claimList,
                    c -> mentionsBySentence.getOrDefault(c.sentence().normalizedText(), List.of()));
        }
        double confidence = org.exokg.claim.ClaimConfidence.activeThreshold();
        if (!Double.isNaN(confidence)) {
            // (issue 15, branch claimfilter) drop claims the learned confidence scores below its threshold (off: -Dexokg.claimConfidence=false)
            claimList = org.exokg.claim.ClaimConfidence.shipped().filter(document, mentions, claimList, lexicon, confidence);
        }
        double narrowing = org.exokg.claim.SubjectNarrowing.activeThreshold();
        if (!Double.isNaN(narrowing)) {
            // (issue 15, branch qualifiers34) a learned choice of the subject's narrowing (on: -Dexokg.subjectNarrowing=true)
            claimList = org.exokg.claim.SubjectNarrowing.narrowed(document, mentions, claimList,
                    org.exokg.claim.SubjectNarrowing.shipped(), narrowing);
        }
        double proposal = org.exokg.claim.PairProposer.activeThreshold();
        if (!Double.isNaN(proposal)) {
            // (issue 15, branch pairproposer) a learned proposal for the vesicle-object pairs no rule linked (on: -Dexokg.pairProposer=true)
            claimList = org.exokg.claim.PairProposer.withProposals(document,
                    sentences.stream().map(DistinctSentence::first).filter(x -> x.end() - x.start() <= MAX_SENTENCE_CHARS).toList(),
                    mentions, claimList, lexicon, org.exokg.claim.PairProposer.shipped(), proposal);
        }
        if (org.exokg.claim.EngineeredPreparations.producerEngineered()) {
            // (issue 15, branch engineered38, convention xxxxxxx) "loading of the parent cells by transfection": the
            // vesicles of a generic statement of the method are EngineeredExosome (again, after the
            // learned filters)
            claimList = org.exokg.claim.ProducerEngineeredMethods.resolve(text, claimList,
                    c -> mentionsBySentence.getOrDefault(c.sentence().normalizedText(), List.of()));
        }
        if (org.exokg.claim.CompanionClaims.carriedIntoPlace() || org.exokg.claim.CompanionClaims.storageAggregation()) {
            // (issue 15, branch conventions39, conventions dddddddd, eeeeeeee) a therapeutic cargo carried to a destination
            // is delivered; aggregation through storage is a storage problem too: a row beside the sentence's own
            claimList = org.exokg.claim.CompanionClaims.withRowsBeside(claimList, lexicon);
        }
        if (org.exokg.claim.SourceVariation.on()) {
            // (issue 15, branch variation40, convention vv) variation between donors, batches, lots, harvests: BatchVariability
            claimList = org.exokg.claim.SourceVariation.resolve(
                    sentences.stream().map(DistinctSentence::first).toList(), claimList);
        }
        if (org.exokg.claim.ClaimGuards.on()) {
            // (issue 15, branch guards41) guards: readings that only remove claims, on the final claims
            claimList = org.exokg.claim.ClaimGuards.guarded(text, claimList,
                    c -> mentionsBySentence.getOrDefault(c.sentence().normalizedText(), List.of()), lexicon::isA);
        }
        DocumentGraph graph = writer.write(document, sentences, mentions, claimList);
        // values, shares and study settings (issue 13): added to the same graph, linked to the claims
        QuantityGraphWriter.write(graph.model(), document.id(), quantities.read(text, document.metadata().type(),
                sentences.stream().map(DistinctSentence::first).filter(x -> x.end() - x.start() <= MAX_SENTENCE_CHARS).toList(),
                mentions, claimList), claimList);
        return new DocumentExtraction(document, sentences, mentions, claimList, graph, unanalysed);
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
