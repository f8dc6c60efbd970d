package org.exokg.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.document.Sentence;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;
import org.exokg.mention.Term;

/**
 * A small salience model for what a sentence refers back to. The antecedent of a definite bare vesicle noun
 * ("the vesicles", "such vesicles", "a low yield of vesicles") and of "they/them/their" is the vesicle kind
 * last named in the section ({@link ClaimExtractor.Discourse#lastVesicle()}), provided the sentence names no
 * vesicle before the anaphor — then the named one is meant, and the ordinary rules find it. A vesicle spelled
 * only inside another term ("exosome therapy") never becomes the antecedent: it is no vesicle mention. Likewise
 * "these cells" is the cell type last named in the section (or nothing, never bare "cells").
 *
 * <p>Pronouns are weaker than nouns: "they"/"their" inside a sentence are not resolved when a term of another
 * kind (cells, cargo, a disease) comes before them, since that term may be meant; a sentence opening with
 * "They"/"Their" is resolved unless the previous sentence opened with such a term ("Cancer cells shed EVs. They
 * ..."). Everything resets at a section boundary.
 *
 * <p>Keeps per-document state: one instance per document, fed every sentence in order.
 */
final class VesicleAnaphora {

    /** Words that make "the X vesicles" other vesicles than those under discussion. */
    private static final String OTHER_KIND = "other|different|alternative|bacterial|synthetic|artificial|intracellular|secretory"
            + "|synaptic|endocytic|transport|lipid|control|empty|parental|host";
    private static final String FUNCTION = "and|or|but|of|to|in|from|by|with|for|on|at|as|that|which|than|no|not|were|was|are|is";
    /** "the vesicles", "these loaded vesicles", "such nano-sized vesicles": up to two modifiers. */
    private static final Pattern DEFINITE = Pattern.compile(
            "\\b(?:the|these|those|such|both)\\s+(?:(?!(?:" + OTHER_KIND + "|" + FUNCTION + ")\\b)[a-z][\\w‐\\-]*\\s+){0,2}?"
                    + "(nanovesicles|vesicles)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "the isolates", "these preparations", "the most immunostimulatory preparations": in a discourse about vesicles the
     * products of their isolation; no source, cargo or material term may stand in the phrase ("the liposome
     * preparations", "the cell isolates").
     */
    private static final Pattern PREPARATIONS = Pattern.compile(
            "\\b(?:the|these|those|such)\\s+(?:(?!(?:" + OTHER_KIND + "|" + FUNCTION + ")\\b)[a-z][\\w‐\\-]*\\s+){0,2}?"
                    + "(isolates|preparations)\\b", Pattern.CASE_INSENSITIVE);
    /** Measurement switch: -Dexokg.noMorePreparationNouns turns off {@link #MORE_PREPARATIONS} (branch subjects2). */
    static final boolean MORE_PREPARATION_NOUNS = !Boolean.getBoolean("exokg.noMorePreparationNouns");
    /**
     * (branch subjects2) More words for the products of the isolation in a discourse about vesicles: "both/the two
     * preparations", "these samples", "the fractions", "the pellets" (the same guard: no source, cargo or material term in
     * the phrase, so "the plasma samples" and "the cell pellets" stay what they are).
     */
    private static final Pattern MORE_PREPARATIONS = Pattern.compile(
            "\\b(?:(?:both|the\\s+two)\\s+(?:(?!(?:" + OTHER_KIND + "|" + FUNCTION + ")\\b)[a-z][\\w‐\\-]*\\s+){0,2}?(isolates|preparations|samples|fractions|pellets)"
                    + "|(?:the|these|those|such)\\s+(?:(?!(?:" + OTHER_KIND + "|" + FUNCTION + ")\\b)[a-z][\\w‐\\-]*\\s+){0,2}?(samples|fractions|pellets))\\b",
            Pattern.CASE_INSENSITIVE);
    /** "particles" is vesicle talk only as the opening subject ("Such nano-sized particles ..."). */
    private static final Pattern OPENING_PARTICLES = Pattern.compile(
            "\\A(?:These|Those|Such|The|Both)\\s+(?:[\\w‐\\-]+\\s+){0,2}?(particles|nanoparticles)\\b");
    /** Measurement switch: -Dexokg.noNeitherPreparation: "neither preparation" is no anaphor (branch subjects4). */
    static final boolean NEITHER_PREPARATION = !Boolean.getBoolean("exokg.noNeitherPreparation");
    /** Measurement switch: -Dexokg.noParticleAnaphors turns off {@link #PARTICLES_ANYWHERE} and {@link #SINGULAR_PREPARATION} (branch anaphors5). */
    static final boolean PARTICLE_ANAPHORS = !Boolean.getBoolean("exokg.noParticleAnaphors");
    /** (branch anaphors5) Words that make particles something else than the vesicles: lipoproteins, viruses, synthetic carriers. */
    private static final String OTHER_PARTICLES = "viral|virus|virus-like|lipoprotein|lipid|polymer|polymeric|gold|silica|iron|magnetic"
            + "|metal|inorganic|plga|dust|soot|exhaust|fine|ultrafine|airborne|contaminating|protein|latex|polystyrene|calibration|reference"
            // a numeral after the determiner heads a noun phrase of its own ("the nine contained particles ...")
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+";
    /**
     * (branch anaphors5) "After intravenous injection, the particles homed ...", "...; the particles are cup-shaped",
     * "no antibodies against the particles": in a text about vesicles a definite plural "particles" anywhere in the
     * sentence is the vesicles under discussion (the guard of {@link #PREPARATIONS} applies, and no word of another kind of
     * particle may modify it).
     */
    private static final Pattern PARTICLES_ANYWHERE = Pattern.compile(
            "\\b(?:the|these|those|such|both)\\s+(?:(?!(?:" + OTHER_KIND + "|" + OTHER_PARTICLES + "|" + FUNCTION + ")\\b)[a-z][\\w‐\\-]*\\s+){0,2}?"
                    + "(particles|microparticles)\\b(?![\\-‐])", Pattern.CASE_INSENSITIVE);
    /**
     * (branch anaphors5) Singular distributive or definite preparation nouns: "each microparticle", "each preparation",
     * "either formulation", "the preparation was stable": the vesicles under discussion; not a noun's modifier ("the
     * particle size", "the preparation method") nor "the preparation of ..." (a process).
     */
    private static final Pattern SINGULAR_PREPARATION = Pattern.compile(
            // (branch subjects4) and "neither preparation" (denied of each of two named preparations, as "neither X nor Y")
            "\\b(?:each|either|the|this|that" + (NEITHER_PREPARATION ? "|neither" : "") + ")\\s+(?:(?!(?:" + OTHER_KIND + "|" + OTHER_PARTICLES + "|" + FUNCTION + ")\\b)[a-z][\\w‐\\-]*\\s+){0,1}?"
                    + "(microparticle|preparation|formulation|isolate)\\b(?![\\-‐]|\\s+(?:of|for|method|methods|protocol|protocols|step|steps"
                    + "|procedure|procedures|process|technique|techniques|time|buffer|size|sizes|conditions?|workflow|route|scheme)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A bare plural after a function word: "a low yield of vesicles", "loaded into vesicles". */
    private static final Pattern BARE = Pattern.compile("\\b(?:of|from|into|in|with|by|and|or)\\s+(nanovesicles|vesicles)\\b");
    /** A bare plural opening the sentence with its origin: "Vesicles from activated T cells carried ...". */
    private static final Pattern OPENING_BARE = Pattern.compile("\\A(Vesicles|Nanovesicles)\\s+(?:from|of|secreted|released|derived|isolated|shed)\\b");
    /** A definite determiner right before a vesicle term: "the nanovesicles", "these EVs", "such exosomes". */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile(PARTICLE_ANAPHORS
            // (branch anaphors5) a distributive determiner too: "300 plasmid copies in each microparticle"
            ? "(?i)(?:\\A|\\s)(?:the|these|those|such|each|either)\\s+\\z" : "(?i)(?:\\A|\\s)(?:the|these|those|such)\\s+\\z");
    private static final Pattern PRONOUN = Pattern.compile("\\b(they|them|their)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A fronted subordinate clause ("Because they reflect their parent cells, tumour EVs are ..."): a pronoun in it
     * points forward to the main clause's subject when a vesicle opens the main clause, not back to the last vesicle.
     */
    private static final Pattern FRONTED_CLAUSE = Pattern.compile(
            "\\A(?:Because|Since|As|Although|Though|While|Whereas|If|When|Once|After|Before)\\b[^,;:]*,");
    /**
     * A fronted phrase that is no clause, right before the main clause's subject: a prepositional phrase or a participle
     * ("In these mice with colitis, ", "Loaded with paclitaxel, "), one comma, no subordinator (those are
     * {@link #FRONTED_CLAUSE}).
     */
    private static final Pattern FRONTED_PHRASE = Pattern.compile(
            "\\A(?:In|At|On|After|During|Within|Across|Under|Upon|From|Unlike|Like|Loaded|Given|Injected|Administered"
                    + "|Delivered|Applied|Compared|Incubated|Labelled|Labeled|Isolated|Purified"
                    // (branch anaphors4) a participle after its adverb: "Orally given to mice with colitis, they ..."
                    + "|\\p{Lu}\\p{Ll}+ly\\s+(?:given|injected|administered|delivered|applied|infused|instilled))\\b[^,;:()]*,\\s*\\z");
    /** Up to three modifier words between a fronted clause's comma and the main clause's vesicle ("tumour", "most"). */
    private static final Pattern MAIN_SUBJECT_GAP = Pattern.compile("\\A\\s*(?:[\\p{L}\\p{N}\\-‐–]+\\s+){0,3}\\z");
    /**
     * "These are taken up by neurons", "whether these are safe": a demonstrative standing alone as the subject, told from
     * a determiner ("these cells") by the auxiliary or modal right after it.
     */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("\\b(these|those)\\s+(?=(?:are|were|can|could|may|might|must|should|"
            + "would|will|have|had|did|do|does|also|then|therefore|thus|not)\\b)", Pattern.CASE_INSENSITIVE);
    /** Between a subject and an object pronoun of the same verb: " internalised ", " rapidly took ". */
    /** Between a cargo and a pronoun that contains it: "the siRNA (that) they ...", "the proteins inside them". */
    private static final Pattern CONTAINER_OF_CARGO = Pattern.compile("\\A\\s+(?:(?:that|which)\\s+|(?:inside|within|in)\\s+)?\\z");
    /** A verb of carrying right after the pronoun of a relative clause: "(the siRNA) they carry". */
    private static final Pattern CARRYING_VERB = Pattern.compile(
            "\\s+(?:[a-z]+ly\\s+)?(?:carry|carried|contain|contained|deliver|delivered|transport|transported|shuttle|shuttled|harbou?r|harbou?red|transfer|transferred|hold|held|display|displayed|package|packaged)\\b");
    private static final Pattern SUBJECT_VERB = Pattern.compile("\\A\\s+(?:[a-z]+ly\\s+)?[a-z]+\\s+\\z");
    /** Between a modifier and its vesicle: "tumour exosomes", "milk-derived", "aptamer‐decorated", "peptide-displaying". */
    private static final Pattern VESICLE_MODIFIER_GAP = Pattern.compile("\\A[\\s\\-‐–]*(?:\\p{Ll}+(?:ed|ing))?[\\s\\-‐–]*\\z");
    private static final Pattern THESE_CELLS = Pattern.compile("(?i)\\b(?:these|those|such|the same)\\s+\\z");
    /** Bare "vesicles" right after its source: "CAR-T vesicles", "platelet-derived vesicles" (the source's own words). */
    private static final Pattern VESICLES_AFTER_SOURCE = Pattern.compile(
            "\\A[\\s\\-‐–]*(?:(?:derived|secreted|released)[\\s\\-‐–]+)?((?:nano)?vesicles)\\b", Pattern.CASE_INSENSITIVE);
    /** "those from", "those derived from", "those secreted by": a demonstrative standing for vesicles of another source. */
    private static final Pattern THOSE_FROM = Pattern.compile(
            "\\b([Tt]hose)\\s+(?:(?:derived|isolated|obtained|secreted|released|shed|produced)\\s+)?(?:from|of|by)\\s+(?:the\\s+)?");
    /** Up to two modifier words between "those from" and the source term ("preconditioned", "anti-inflammatory M2"). */
    private static final Pattern SOURCE_MODIFIERS = Pattern.compile("\\A(?:[\\p{L}\\p{N}\\-‐–]+\\s+){0,2}\\z");
    /** Kinds whose mention before a pronoun may be what the pronoun means. */
    private static final Set<MentionType> RIVALS = Set.of(MentionType.SOURCE, MentionType.CARGO, MentionType.DISEASE);
    private static final int OPENING_WORDS = 4;

    private final Lexicon lexicon;
    private final String cellIri = ExoKg.NS + "Cell";
    private String section;
    private boolean started;
    private Mention lastCellType;
    private boolean previousOpensWithRival;
    /** (branch dev17) Whether a sentence of this document before has named vesicles (a text about vesicles). */
    private boolean namedVesiclesBefore;
    /** The previous sentence's last noun of interest was a rival, not a vesicle: "these" may mean that rival. */
    private boolean previousEndsWithRival;

    /**
     * Measurement switch: -Dexokg.noLabelledAnaphors: an ImagingProbe read on the participle of an opening "Labelled
     * vesicles" keeps the bare noun from being read as the subject, as before (issue 15, branch labelledanaphors; the
     * rule file's labelledanaphors-label-before-bare-vesicles reads the participle; ClaimPatterns leaves it out under
     * the same switch).
     */
    static final boolean LABELLED_ANAPHORS = !Boolean.getBoolean("exokg.noLabelledAnaphors");
    /** A label named only by its participle (claim-rules.yaml's ImagingProbe events): "labelled", "tagged". */
    private static final Pattern LABEL_PARTICIPLE = Pattern.compile("(?i)labell?ed|tagged");

    VesicleAnaphora(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Where a fronted subordinate clause ends when the main clause after it opens with a vesicle (its pronouns point
     * forward to that vesicle); the sentence start otherwise.
     */
    private static int cataphoraEnd(String text, Sentence sentence, String s, List<Mention> mentions) {
        Matcher fronted = FRONTED_CLAUSE.matcher(s);
        if (!fronted.lookingAt()) {
            return sentence.start();
        }
        int comma = sentence.start() + fronted.end();
        for (Mention m : mentions) {
            if (m.is(MentionType.VESICLE) && m.start() >= comma) {
                return MAIN_SUBJECT_GAP.matcher(text.substring(comma, m.start())).matches() ? comma : sentence.start();
            }
        }
        return sentence.start();
    }

    /**
     * The sentence's mentions with its vesicle anaphors added as vesicle mentions (on the anaphor's words) and
     * "these cells" replaced by the cell type meant (or dropped); {@code anaphors} receives the added mentions.
     */
    /**
     * (branch anaphors6) Whether the next {@link #resolve} call's antecedent is the document's preparation, taken up from an
     * earlier section: bare "vesicles" are read as in a section with no antecedent (the class, which then carries the
     * preparation like a definite mention).
     */
    void antecedentFromEarlierSection(boolean from) {
        fromEarlierSection = from;
    }

    private boolean fromEarlierSection;

    /** (branch anaphors12) The preparation the document studies (DocumentPreparation.studied), or null; set per sentence. */
    void studiedPreparation(Mention preparation) {
        studiedPreparation = preparation;
    }

    private Mention studiedPreparation;

    /**
     * Measurement switch: -Dexokg.noProductNouns: "the product", "each lot", "the vaccine", "the eye drops" stay unread
     * (branch anaphors12).
     */
    static final boolean PRODUCT_NOUNS = !Boolean.getBoolean("exokg.noProductNouns");
    /** A vesicle word anywhere in a sentence: then the vesicles are named, and a product noun is their vehicle or a rival. */
    private static final Pattern VESICLE_WORD_ANYWHERE = Pattern.compile(
            "(?i)(?:vesicle|exosom|\\bs?evs?\\b|\\bomvs?\\b|microparticle|nanoparticle|particles)");

    /**
     * (branch anaphors12) Trade, regulatory and trial texts name the vesicle preparation by what it is as a product: "the
     * product", "each lot", "the batch", "the vaccine", "the investigational product", "the eye drops", "the gel"
     * (topic-preparation.yaml: product-nouns, each with its group {@code noun}). Read as an anaphor of the vesicles under
     * discussion only where the document studies one preparation (DocumentPreparation.studied), the antecedent is an
     * extracellular vesicle (not a liposome, a hybrid or an artificial vesicle: "the product" of a liposome text is the
     * liposome), the sentence names no vesicle itself (then the noun is their vehicle: "the gel released the vesicles"),
     * and no source, cargo, disease or material term stands in the noun's phrase ("the CAR-T product", "the mRNA
     * vaccine", "the influenza vaccine"). A term the lexicon reads in the noun alone ("vaccine": the application) gives way
     * to the anaphor. The spans of the nouns.
     */
    /** Right before a determiner: "of" ("the preparation of | the gel"). */
    private static final Pattern OF_BEFORE = Pattern.compile("(?i)\\bof\\s+\\z");

    private List<int[]> productNouns(String text, Sentence sentence, List<Mention> result, Mention antecedent) {
        List<int[]> spans = new ArrayList<>(0);
        if (!PRODUCT_NOUNS || studiedPreparation == null || antecedent == null
                || !lexicon.isA(antecedent.iri(), ExoKg.NS + "ExtracellularVesicle")
                || lexicon.isA(antecedent.iri(), ExoKg.NS + "HybridVesicle")
                // a question asks about the product and states nothing of it ("Is the product stable at -80 °C?")
                || text.substring(sentence.start(), sentence.end()).indexOf('?') >= 0
                || result.stream().anyMatch(m -> m.is(MentionType.VESICLE) && m.start() >= sentence.start())
                || VESICLE_WORD_ANYWHERE.matcher(text).region(sentence.start(), sentence.end()).find()) {
            return spans;
        }
        String lower = text.substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT);
        for (TopicPreparation.Cue c : TopicPreparation.defaults().cues("product-nouns")) {
            Matcher m = c.pattern().matcher(lower);
            while (m.find()) {
                int from = sentence.start() + m.start();
                int to = sentence.start() + m.end();
                int nounFrom = sentence.start() + m.start("noun");
                int nounTo = sentence.start() + m.end("noun");
                boolean rivalInPhrase = result.stream().anyMatch(x -> x.start() < to && from < x.end()
                        && !(x.is(MentionType.APPLICATION) && x.start() >= nounFrom && x.end() <= nounTo));
                // "the preparation of the gel", "a vial of the product": the noun of the phrase before is the subject
                boolean ofObject = OF_BEFORE.matcher(text).region(sentence.start(), from).find();
                if (!rivalInPhrase && !ofObject && spans.stream().noneMatch(x -> x[0] == nounFrom)) {
                    spans.add(new int[] {nounFrom, nounTo});
                }
            }
        }
        return spans;
    }

    List<Mention> resolve(String text, Sentence sentence, List<Mention> mentions, Mention lastVesicle, List<Mention> anaphors) {
        bareAnywhere.clear(); // (branch barevesicles) this sentence's alone
        if (!started || !Objects.equals(section, sentence.section())) {
            started = true;
            section = sentence.section();
            lastCellType = null;
            previousOpensWithRival = false;
            previousEndsWithRival = false;
        }
        List<Mention> result = new ArrayList<>(mentions.size() + 2);
        List<Mention> definiteKinds = new ArrayList<>(0);
        List<Mention> heads = headWordMentions(text, sentence, mentions);
        if (!heads.isEmpty()) {
            mentions = new ArrayList<>(mentions);
            mentions.addAll(heads);
            mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        }
        for (Mention m : mentions) {
            Mention named = SOURCE_HEAD_ANAPHORS ? sourceNamedBefore(text, sentence, m) : null;
            if (named != null) {
                // (branch anaphors4) "the lavage vesicles" after "nasal lavage": the head word of a source the document named
                // in full is that source where the lexicon reads the word as an unrelated one
                result.add(new Mention(named.term(), m.start(), m.end(), m.surface()));
                continue;
            }
            if (m.is(MentionType.SOURCE) && m.iri().equals(cellIri)
                    && THESE_CELLS.matcher(text).region(sentence.start(), m.start()).find()) {
                // "from these cells": the cells named before, not cells in general
                if (lastCellType != null) {
                    result.add(new Mention(lastCellType.term(), m.start(), m.end(), m.surface()));
                }
                continue;
            }
            if (lastVesicle != null && m.is(MentionType.VESICLE) && m.start() >= sentence.start()
                    && (m.iri().equals(lastVesicle.iri()) || lexicon.isA(lastVesicle.iri(), m.iri()))
                    && DETERMINER_BEFORE.matcher(text).region(sentence.start(), m.start()).find()) {
                // "The nanovesicles were taken up ..." after "GNV-2, a nanovesicle preparation from grapefruit": a
                // definite name of the kind under discussion, or of a kind above it, is that kind, like "the vesicles"
                Mention kind = new Mention(lastVesicle.term(), m.start(), m.end(), m.surface());
                result.add(kind);
                definiteKinds.add(kind);
                continue;
            }
            result.add(m);
        }
        List<Mention> namedBySource = addVesiclesNamedBySource(text, sentence, result);
        // (branch dev17) a text about vesicles: one that has named vesicles before, even where no antecedent carries
        // over (a new section, a figure legend after another)
        if (lastVesicle != null || namedVesiclesBefore || result.stream().anyMatch(m -> m.is(MentionType.VESICLE))) {
            namedVesiclesBefore = true;
            namedBySource = new ArrayList<>(namedBySource);
            namedBySource.addAll(addVesiclesReleasedBySource(text, sentence, result, false));
            if (PRODUCED_VESICLES) {
                namedBySource.addAll(addVesiclesOfStatedProducer(text, sentence, result));
            }
        } else {
            // (branch dev18) "Vesicles released by NK cells carry perforin" as a text's first vesicles: a source that
            // releases, secretes or sheds them makes them extracellular, whatever came before
            namedBySource = new ArrayList<>(namedBySource);
            List<Mention> released = new ArrayList<>(addVesiclesReleasedBySource(text, sentence, result, true));
            if (TopicPreparation.POST_MODIFIED_PRODUCERS) {
                // (issue 15, branch namedvesicles) "Tumour cells lining the bladder shed vesicles": a source that gives them
                // off, its noun phrase going on before the verb, makes them extracellular too
                released.addAll(addVesiclesOfStatedProducer(text, sentence, result, true));
            }
            if (BARE_VESICLES_IN_FLUID) {
                // (issue 15, branch barevesiclesin) "Vesicles in urine carry microRNAs" as a text's first vesicles: bare
                // "vesicles" found in a body fluid or tissue are extracellular vesicles of that fluid or tissue
                List<Mention> inFluid = addVesiclesInFluid(text, sentence, result);
                if (!inFluid.isEmpty()) {
                    // the sentence now speaks of vesicles: its other bare "vesicles from/of ..." are read as in a vesicle text
                    released.addAll(inFluid);
                    released.addAll(addVesiclesReleasedBySource(text, sentence, result, false));
                }
            }
            namedBySource.addAll(released);
            namedVesiclesBefore = !released.isEmpty();
        }
        // (branch anaphors4) an antecedent that is itself bare "vesicles" (DocumentGraphBuilder's bare topics) is no kind
        // under discussion for a bare subject or a compound: "Vesicles may prove safer", "vesicle products" name the class
        Mention kindUnderDiscussion = lastVesicle != null && BARE_ANTECEDENT.matcher(lastVesicle.surface()).matches() ? null : lastVesicle;
        int[] bareSubject = namedVesiclesBefore && BARE_VESICLE_SUBJECTS ? bareVesicleSubject(text, sentence, result) : null;
        String evIri = ExoKg.NS + "ExtracellularVesicle";
        if (bareSubject != null && lastVesicle != null && (kindUnderDiscussion == null || !lastVesicle.iri().equals(evIri))
                && text.substring(sentence.start(), bareSubject[0]).isBlank()) {
            // "Vesicles may well prove safer ...": bare "vesicles" with nothing done to them names the class, not the
            // more specific kind under discussion ("Labelled vesicles", "Loaded vesicles" refer back to it)
            lastVesicle = null;
        }
        List<int[]> compoundSpans = new ArrayList<>(0);
        Term ev = lexicon.term(evIri);
        Mention vesicleNow = lastVesicle;
        if (namedVesiclesBefore && VESICLE_COMPOUNDS && ev != null) {
            addCompounds(vesicleCompounds(text, sentence, result), text, sentence, result, ev, vesicleNow,
                    () -> kindUnderDiscussion == null || !vesicleNow.iri().equals(evIri), compoundSpans);
        } else if (SOURCE_VESICLE_COMPOUNDS && ev != null) {
            // (branch subjects5) "Placenta-derived vesicle therapy lowers ..." as a text's first vesicles: the compound
            // after its source names extracellular vesicles of that source, whatever came before
            int count = result.size();
            addCompounds(vesicleCompounds(text, sentence, result, true), text, sentence, result, ev, vesicleNow, () -> true, compoundSpans);
            namedVesiclesBefore = result.size() > count;
        }
        if (namedVesiclesBefore && VESICLE_CARGO_MODIFIERS && ev != null) {
            // (branch anaphors4) "Vesicle microRNAs might predict ...", "Uterine vesicle miR-30d was lower ...", "vesicular
            // PD-L1": "vesicle" as the modifier of a cargo names the vesicles that carry it, read as a compound is
            addCompounds(vesicleCargoModifiers(text, sentence, result), text, sentence, result, ev, vesicleNow,
                    () -> kindUnderDiscussion == null || !vesicleNow.iri().equals(evIri), compoundSpans);
        }
        if (bareSubject != null && (lastVesicle == null || fromEarlierSection) && ev != null) {
            // no antecedent in the section: extracellular vesicles, the class bare "vesicles" names in a vesicle text
            result.add(new Mention(ev, bareSubject[0], bareSubject[1], text.substring(bareSubject[0], bareSubject[1])));
            result.sort(java.util.Comparator.comparingInt(Mention::start));
        }
        if (BARE_VESICLES_ANYWHERE && namedVesiclesBefore && (lastVesicle == null || fromEarlierSection) && ev != null) {
            addBareVesiclesAsClass(text, sentence, result, ev); // (branch barevesicles)
        }
        if (lastVesicle != null) {
            String s = text.substring(sentence.start(), sentence.end());
            List<int[]> spans = new ArrayList<>(compoundSpans);
            if (bareSubject != null) {
                spans.add(bareSubject);
            }
            // each pattern needs its noun: sentences without it skip the search (ASCII case aside for DEFINITE)
            // the sentence lower-cased once: the case-insensitive expressions below (ASCII case) each need a word of it
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.contains("vesicles")) {
                collect(DEFINITE.matcher(s), spans, sentence.start());
            }
            if (s.contains("isolates") || s.contains("preparations")) {
                Matcher m = PREPARATIONS.matcher(s);
                while (m.find()) {
                    int from = sentence.start() + m.start();
                    int to = sentence.start() + m.end();
                    if (result.stream().noneMatch(x -> x.start() < to && from < x.end() && (x.is(MentionType.SOURCE)
                            || x.is(MentionType.VESICLE) || x.is(MentionType.CARGO) || x.is(MentionType.MATERIAL_ENTITY)))) {
                        spans.add(new int[] {sentence.start() + m.start(1), sentence.start() + m.end(1)});
                    }
                }
            }
            if (MORE_PREPARATION_NOUNS && (s.contains("preparations") || s.contains("isolates") || s.contains("samples")
                    || s.contains("fractions") || s.contains("pellets"))) {
                Matcher m = MORE_PREPARATIONS.matcher(s);
                while (m.find()) {
                    int from = sentence.start() + m.start();
                    int to = sentence.start() + m.end();
                    int group = m.start(1) >= 0 ? 1 : 2;
                    if (result.stream().noneMatch(x -> x.start() < to && from < x.end() && (x.is(MentionType.SOURCE)
                            || x.is(MentionType.VESICLE) || x.is(MentionType.CARGO) || x.is(MentionType.MATERIAL_ENTITY)))) {
                        spans.add(new int[] {sentence.start() + m.start(group), sentence.start() + m.end(group)});
                    }
                }
            }
            if (s.contains("particles")) {
                collect(OPENING_PARTICLES.matcher(s), spans, sentence.start());
            }
            if (PARTICLE_ANAPHORS) {
                // (branch anaphors5) "the particles" anywhere, "each microparticle", "the preparation": the guard of the
                // preparation nouns (no source, vesicle, cargo or material term in the phrase)
                for (Pattern pattern : List.of(PARTICLES_ANYWHERE, SINGULAR_PREPARATION)) {
                    // each needs its noun (branch enginespeed2: both were searched in every sentence after a vesicle)
                    if (pattern == PARTICLES_ANYWHERE ? !lower.contains("particles")
                            : !lower.contains("particle") && !lower.contains("preparation") && !lower.contains("formulation")
                                    && !lower.contains("isolate")) {
                        continue;
                    }
                    Matcher m = pattern.matcher(s);
                    while (m.find()) {
                        int from = sentence.start() + m.start();
                        int to = sentence.start() + m.end();
                        if (result.stream().noneMatch(x -> x.start() < to && from < x.end() && (x.is(MentionType.SOURCE)
                                || x.is(MentionType.VESICLE) || x.is(MentionType.CARGO) || x.is(MentionType.MATERIAL_ENTITY)))
                                && spans.stream().noneMatch(x -> x[0] == sentence.start() + m.start(1))) {
                            spans.add(new int[] {sentence.start() + m.start(1), sentence.start() + m.end(1)});
                        }
                    }
                }
            }
            if (s.contains("vesicles")) {
                collect(BARE.matcher(s), spans, sentence.start());
            }
            List<int[]> products = productNouns(text, sentence, result, lastVesicle);
            if (!products.isEmpty()) {
                // (branch anaphors12) the application term read in the noun alone ("the vaccine") gives way to the anaphor
                result.removeIf(x -> x.is(MentionType.APPLICATION)
                        && products.stream().anyMatch(p -> x.start() >= p[0] && x.end() <= p[1]));
                addNew(spans, products);
            }
            if (BARE_VESICLES_ANYWHERE) {
                // (branch barevesicles) "fill with vesicles" after "multivesicular bodies" is no anaphor either
                // ("Such vesicles are not exosomes: they ... never pass through a multivesicular body" keeps its anaphor:
                // only the words around the noun count here, not the sentence's)
                spans.removeIf(x -> otherVesicles(text, sentence, x[0], x[1], false));
            }
            if (BARE_VESICLES_ANYWHERE && BARE_VESICLES_OWN_QUALIFIER && !fromEarlierSection && ev != null) {
                // (issue 15, branch barevesicles3) the qualifier from the sentence itself or from the one studied preparation
                addNew(spans, bareVesiclesWithOwnQualifier(text, sentence, result, lastVesicle, ev));
            }
            if (s.startsWith("Vesicles") || s.startsWith("Nanovesicles")) {
                collect(OPENING_BARE.matcher(s), spans, sentence.start());
            }
            int cataphoraEnd = cataphoraEnd(text, sentence, s, result);
            // (branch enginespeed2) the pronouns' search only in a sentence holding one of them, in any ASCII case
            boolean pronouns = lower.contains("they") || lower.contains("them") || lower.contains("their");
            Matcher p = PRONOUN.matcher(s);
            while (pronouns && p.find()) {
                int at = sentence.start() + p.start(1);
                if (at < cataphoraEnd) {
                    continue;
                }
                // "Loaded with paclitaxel, they ...", "In these mice, they ...": a fronted phrase without a clause of its own
                // leaves the pronoun the sentence's subject; what it names is no rival
                boolean opening = p.start(1) == 0 || FRONTED_PHRASE.matcher(s).region(0, p.start(1)).matches();
                String word = p.group(1).toLowerCase(Locale.ROOT);
                Mention rival = null;
                for (Mention m : result) {
                    if (m.end() <= at && RIVALS.stream().anyMatch(m::is)) {
                        rival = m;
                    }
                }
                boolean ok;
                if (opening) {
                    ok = !previousOpensWithRival && !word.equals("them");
                } else if (rival != null && rival.is(MentionType.CARGO) && CONTAINER_OF_CARGO.matcher(text.substring(rival.end(), at)).matches()
                        && (word.equals("them") || CARRYING_VERB.matcher(text).region(sentence.start() + p.end(1), sentence.end()).lookingAt())) {
                    // (branch recall, second pass) "the siRNA they carry", "the viral proteins inside them": the pronoun
                    // is the container of the cargo right before it (the subject of its relative clause, or the object
                    // of "inside"), never that cargo
                    ok = true;
                } else if (word.equals("them") && rival != null) {
                    // "neurons internalised them": the subject of the pronoun's own verb is not what the pronoun means
                    ok = SUBJECT_VERB.matcher(text.substring(rival.end(), at)).matches();
                } else {
                    ok = rival == null;
                }
                if (ok) {
                    spans.add(new int[] {at, sentence.start() + p.end(1)});
                }
            }
            if (s.contains("these") || s.contains("those") || s.startsWith("These") || s.startsWith("Those")) {
                // the most recent plural is what a demonstrative most often means: only when that was the vesicle
                Matcher d = DEMONSTRATIVE.matcher(s);
                while (d.find()) {
                    int at = sentence.start() + d.start(1);
                    boolean rivalBefore = result.stream().anyMatch(m -> m.end() <= at && RIVALS.stream().anyMatch(m::is));
                    if (!previousEndsWithRival && !previousOpensWithRival && !rivalBefore) {
                        spans.add(new int[] {at, sentence.start() + d.end(1)});
                    }
                }
            }
            for (int[] span : spans) {
                boolean namedBefore = result.stream().anyMatch(m -> m.is(MentionType.VESICLE) && m.start() < span[0]);
                boolean overlaps = result.stream().anyMatch(m -> m.start() < span[1] && span[0] < m.end());
                if (!namedBefore && !overlaps) {
                    Mention a = new Mention(lastVesicle.term(), span[0], span[1], text.substring(span[0], span[1]));
                    anaphors.add(a);
                }
            }
            result.addAll(anaphors);
            anaphors.addAll(definiteKinds); // already in the result, on their own words
            result.sort(java.util.Comparator.comparingInt(Mention::start));
        }
        addThoseFromSource(text, sentence, result, lastVesicle, anaphors);
        learnHeadWords(text, mentions);
        if (namedBySource.isEmpty()) {
            remember(text, sentence, mentions);
        } else {
            // "CAR-T vesicles are ...": the source is the vesicles' modifier, not a rival subject of the next "They"
            List<Mention> withNamed = new ArrayList<>(mentions);
            withNamed.addAll(namedBySource);
            withNamed.sort(java.util.Comparator.comparingInt(Mention::start));
            remember(text, sentence, withNamed);
        }
        previousEndsWithRival = false;
        for (Mention m : result) {
            if (m.is(MentionType.VESICLE)) {
                previousEndsWithRival = false;
            } else if (RIVALS.stream().anyMatch(m::is)) {
                previousEndsWithRival = true;
            }
        }
        return result;
    }

    /**
     * "CAR-T vesicles are ...", "platelet-derived vesicles": bare "vesicles" is no term (synaptic, secretory and
     * synthetic vesicles are not EVs), but after a cell, fluid or organism that releases them it names extracellular
     * vesicles of that source, as "CAR-T cell vesicles" would; the source stays a mention and narrows them as usual.
     * Bare "cells" names no source.
     */
    private List<Mention> addVesiclesNamedBySource(String text, Sentence sentence, List<Mention> result) {
        List<Mention> added = new ArrayList<>();
        Term ev = lexicon.term(ExoKg.NS + "ExtracellularVesicle");
        if (ev == null) {
            return added;
        }
        for (int i = result.size() - 1; i >= 0; i--) {
            Mention m = result.get(i);
            if (!m.is(MentionType.SOURCE) || m.iri().equals(cellIri)) {
                continue;
            }
            Matcher after = VESICLES_AFTER_SOURCE.matcher(text).region(m.end(), sentence.end());
            if (!after.lookingAt()) {
                continue;
            }
            int from = after.start(1);
            int to = after.end(1);
            if (result.stream().noneMatch(x -> x.start() < to && from < x.end())) {
                Mention named = new Mention(ev, from, to, text.substring(from, to));
                result.add(i + 1, named);
                added.add(named);
            }
        }
        return added;
    }

    /**
     * "vesicles released by microglia", "vesicles secreted by activated T cells", "vesicles from platelets": in a text about
     * vesicles, bare "vesicles" with its source or releasing cell after it names extracellular vesicles of that source
     * (the lead's convention of the ninth session, branch precision), not the kind named before it in the sentence or
     * discourse; the source narrows them as usual. Not after a word that makes them other vesicles ("synaptic vesicles
     * released by neurons"), not for bare "cells".
     */
    private static final Pattern VESICLES_BEFORE_SOURCE = Pattern.compile(
            "(?:\\A|[^\\p{L}\\-‐–])(vesicles)\\s+(?:(?:released|secreted|shed|derived|isolated|produced|obtained"
                    + "|purified|collected)\\s+)?(by|from|of|in)\\s+(?:the\\s+)?(?:[\\p{L}\\p{N}\\-‐–]+\\s+){0,2}?\\z", Pattern.CASE_INSENSITIVE);
    /**
     * (branch dev17) "vesicles in the cerebrospinal fluid", "vesicles in nasal washes": "in" names a fluid or tissue the
     * vesicles were found in, never a cell ("vesicles in cells" are intracellular); "of" names the releasing source as "from"
     * does ("vesicles of healthy oligodendrocytes", "vesicles of tumour cell lines").
     */
    private static final Pattern IN_PREPOSITION = Pattern.compile("(?i)in");

    /**
     * Before "vesicles": a word that makes them other vesicles, a definite determiner (then "the vesicles from milk" are
     * the vesicles under discussion, an anaphor) or a copula (a predicate noun: "are not vesicles released by the plant").
     */
    private static final Pattern OTHER_KIND_BEFORE = Pattern.compile("(?i)\\b(?:" + OTHER_KIND
            + "|the|these|those|such|are|is|were|was|be|been|not)[\\s\\-‐–]+\\z");

    /**
     * "released by", "secreted by", "shed by": the source let the vesicles out of the cell (branch dev18); in lower case
     * only, as a sentence has it (a title-case heading, "Vesicles Released by CAR-T Cells", states nothing).
     */
    private static final Pattern RELEASED_BY = Pattern.compile("\\b(?:released|secreted|shed)\\s+by\\b");

    private List<Mention> addVesiclesReleasedBySource(String text, Sentence sentence, List<Mention> result, boolean releasedOnly) {
        List<Mention> added = new ArrayList<>();
        Term ev = lexicon.term(ExoKg.NS + "ExtracellularVesicle");
        if (ev == null || !text.substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT).contains("vesicles")) {
            return added;
        }
        for (int i = result.size() - 1; i >= 0; i--) {
            Mention m = result.get(i);
            if (!m.is(MentionType.SOURCE) || m.iri().equals(cellIri)) {
                continue;
            }
            Matcher before = VESICLES_BEFORE_SOURCE.matcher(text).region(Math.max(sentence.start(), m.start() - 80), m.start());
            before.useTransparentBounds(false).useAnchoringBounds(true);
            if (!before.find() || OTHER_KIND_BEFORE.matcher(text).region(sentence.start(), before.start(1)).find()
                    || IN_PREPOSITION.matcher(before.group(2)).matches() && lexicon.isA(m.iri(), cellIri)
                    || releasedOnly && !RELEASED_BY.matcher(before.group()).find()) {
                continue;
            }
            int from = before.start(1);
            int to = before.end(1);
            if (result.stream().noneMatch(x -> x.start() < to && from < x.end())) {
                Mention named = new Mention(ev, from, to, text.substring(from, to));
                result.add(named);
                added.add(named);
            }
        }
        result.sort(java.util.Comparator.comparingInt(Mention::start));
        return added;
    }

    /**
     * Switch, ON by default (-Dexokg.bareVesiclesInFluid=false turns it off): reads a bare "vesicles in <fluid or tissue>"
     * as a text's first vesicles (issue 15, branch barevesiclesin). Turned on by branch comparisons (thirtieth session):
     * on blind 32, out of sample for it, +9 right and 7 wrong fewer, nothing lost; nothing changed on blind 29-31. Not
     * final: BareVesiclesInFluidTest sets it for its fixtures.
     */
    static boolean BARE_VESICLES_IN_FLUID =
            Boolean.parseBoolean(System.getProperty("exokg.bareVesiclesInFluid", "true"));
    /** The fluids and tissues whose bare "vesicles in ..." are extracellular vesicles of them (not cells or organisms). */
    private static final List<String> FLUID_OR_TISSUE = List.of(ExoKg.NS + "BodyFluid", ExoKg.NS + "Tissue");

    /**
     * (issue 15, branch barevesiclesin) "Vesicles in urine carry microRNAs", "One group reported that vesicles in the
     * cerebrospinal fluid of glioma patients carry ...": in a text that has named no vesicles yet (or only in a heading),
     * bare "vesicles" with "in" and a body fluid or tissue after them are extracellular vesicles of it, as they are in a
     * vesicle text (the "in" of {@link #VESICLES_BEFORE_SOURCE}). Never a cell ("vesicles in cells" are intracellular) nor
     * an organism ("vesicles in yeast"); not after a determiner, a copula or a word that makes them other vesicles, nor where
     * bare-vesicles.yaml does (synaptic, liposomes, multivesicular bodies).
     */
    private List<Mention> addVesiclesInFluid(String text, Sentence sentence, List<Mention> result) {
        List<Mention> added = new ArrayList<>(0);
        Term ev = lexicon.term(ExoKg.NS + "ExtracellularVesicle");
        // (branch enginespeed10, issue 16) the word searched in place, not in a lower-cased copy of the sentence
        if (ev == null || !containsVesicles(text, sentence.start(), sentence.end())) {
            return added;
        }
        for (int i = result.size() - 1; i >= 0; i--) {
            Mention m = result.get(i);
            if (!m.is(MentionType.SOURCE) || FLUID_OR_TISSUE.stream().noneMatch(f -> m.iri().equals(f) || lexicon.isA(m.iri(), f))) {
                continue;
            }
            Matcher before = VESICLES_BEFORE_SOURCE.matcher(text).region(Math.max(sentence.start(), m.start() - 80), m.start());
            before.useTransparentBounds(false).useAnchoringBounds(true);
            if (!before.find() || !IN_PREPOSITION.matcher(before.group(2)).matches()
                    || OTHER_KIND_BEFORE.matcher(text).region(sentence.start(), before.start(1)).find()) {
                continue;
            }
            int from = before.start(1);
            int to = before.end(1);
            if (result.stream().noneMatch(x -> x.start() < to && from < x.end()) && !otherVesicles(text, sentence, from, to, true)) {
                Mention named = new Mention(ev, from, to, text.substring(from, to));
                result.add(named);
                added.add(named);
            }
        }
        result.sort(java.util.Comparator.comparingInt(Mention::start));
        return added;
    }

    /**
     * (branch enginespeed10) Whether text[from, to) lower-cased holds "vesicles", without the copy: the word is ASCII, and
     * lower-casing gives an ASCII letter from another character only for the Kelvin sign (k, not in the word) and the dotted
     * capital I (i followed by a combining dot, never by the word's c), so ASCII letters compared without case say the same.
     */
    static boolean containsVesicles(String text, int from, int to) {
        String word = "vesicles";
        for (int i = from; i + word.length() <= to; i++) {
            int j = 0;
            while (j < word.length() && (text.charAt(i + j) | 0x20) == word.charAt(j) && Character.isLetter(text.charAt(i + j))) {
                j++;
            }
            if (j == word.length()) {
                return true;
            }
        }
        return false;
    }

    /** (branch anaphors4) The surface of bare vesicles made an antecedent: "vesicles", "Vesicles", "vesicle products". */
    private static final Pattern BARE_ANTECEDENT = Pattern.compile("(?i)(?:nano)?vesicles?(?:[\\s\\-‐]+\\p{L}+)?");
    /** Measurement switch: -Dexokg.noProducedVesicles: bare "vesicles" of a producer the sentence states stay unread (branch subjects). */
    static final boolean PRODUCED_VESICLES = !Boolean.getBoolean("exokg.noProducedVesicles");
    /** Measurement switch: -Dexokg.noBareVesicleSubjects: an opening bare "Vesicles ..." stays unread (branch subjects). */
    static final boolean BARE_VESICLE_SUBJECTS = !Boolean.getBoolean("exokg.noBareVesicleSubjects");

    /** A bare plural "vesicles" (not inside a hyphenated word). */
    private static final Pattern BARE_VESICLES = Pattern.compile("(?<![\\p{L}\\-‐–])(vesicles)(?![\\p{L}\\-‐–])", Pattern.CASE_INSENSITIVE);
    /** A word right before "vesicles" that makes them other vesicles ("synaptic vesicles", "secretory vesicles"). */
    private static final Pattern OTHER_WORD_BEFORE = Pattern.compile("(?i)\\b(?:" + OTHER_KIND + ")[\\s\\-‐–]+\\z");
    /** After an opening bare "Vesicles": a preposition or conjunction makes them no clause subject of their own. */
    private static final Pattern NOT_A_SUBJECT_AFTER = Pattern.compile("(?i)\\A\\s*(?:[,;:(]|(?:of|from|by|in|into|within|inside|with|and|or|than|as|to|for|whose|that|which|who|themselves)\\b)");
    /** "such vesicles", "these vesicles": an anaphor, for the chain to resolve, never a new population. */
    /**
     * (branch enginespeed8, issue 16) White-space runs a match of {@link #DEMONSTRATIVE_BEFORE} (1: "\\s+") and of
     * {@link #SOURCE_AS_OBJECT} (3: the preposition's, the article's, one word's) holds: both end at the mention and open
     * with a word after {@code \\b}, so they are searched from {@link TailRegion#start}, not from the sentence start.
     */
    static final int DEMONSTRATIVE_BEFORE_RUNS = 1;
    static final int SOURCE_AS_OBJECT_RUNS = 3;
    static final Pattern DEMONSTRATIVE_BEFORE = Pattern.compile("(?i)\\b(?:such|these|those|both)\\s+\\z");
    /** A source whose words end the text before the subject: a preposition's object ("from milk"), not a clause subject. */
    static final Pattern SOURCE_AS_OBJECT = Pattern.compile(
            "\\b(?:of|from|by|with|in|into|on|onto|to|than|at|for|versus|like|unlike|between)\\s+(?:(?:a|an|the|their|its)\\s+)?(?:[\\p{L}\\-‐]+\\s+)?\\z",
            Pattern.CASE_INSENSITIVE);

    /**
     * (branch subjects) "Endothelial cells constantly shed vesicles", "Astrocytes ..., and their vesicles carry ...",
     * "Oral bacteria release vesicles of their own", "Oligodendrocytes ... change the vesicles they secrete": in a text
     * about vesicles, bare "vesicles" whose producer the sentence states (a source as the clause's subject with a verb of
     * giving off, or the source the sentence opens with as the possessor or the pronoun of a relative clause) are
     * extracellular vesicles of that source; the source stays a mention, and the rules read the derivation. The cue words
     * are data (topic-preparation.yaml: introducers, possessed, produced-after).
     */
    private List<Mention> addVesiclesOfStatedProducer(String text, Sentence sentence, List<Mention> result) {
        return addVesiclesOfStatedProducer(text, sentence, result, false);
    }

    /**
     * As {@link #addVesiclesOfStatedProducer(String, Sentence, List)}; {@code postModifiedOnly} (a text that has named no
     * vesicles before) reads only a source whose noun phrase goes on before its verb of giving off
     * (topic-preparation.yaml: post-modified-producers), and not where the words around them make them other vesicles
     * (bare-vesicles.yaml). (Issue 15, branch namedvesicles: "Tumour cells lining the bladder shed vesicles directly into
     * the urine" as a text's first vesicles; "Pericytes exposed to high glucose released vesicles" in a vesicle text.)
     */
    private List<Mention> addVesiclesOfStatedProducer(String text, Sentence sentence, List<Mention> result, boolean postModifiedOnly) {
        List<Mention> added = new ArrayList<>(0);
        Term ev = lexicon.term(ExoKg.NS + "ExtracellularVesicle");
        String s = text.substring(sentence.start(), sentence.end());
        if (ev == null || !s.toLowerCase(Locale.ROOT).contains("vesicles")) {
            return added;
        }
        TopicPreparation cues = TopicPreparation.defaults();
        Matcher v = BARE_VESICLES.matcher(text).region(sentence.start(), sentence.end());
        while (v.find()) {
            int from = v.start(1);
            int to = v.end(1);
            if (result.stream().anyMatch(x -> x.start() < to && from < x.end())
                    || OTHER_WORD_BEFORE.matcher(text).region(sentence.start(), from).find()
                    || NamedPreparations.tail(DEMONSTRATIVE_BEFORE, DEMONSTRATIVE_BEFORE_RUNS, text, sentence.start(), from).find()) {
                continue;
            }
            Mention nearest = null;
            for (Mention m : result) {
                if (m.end() <= from && m.start() >= sentence.start()) {
                    nearest = m;
                }
            }
            Mention opening = openingSource(text, sentence, result);
            boolean stated = false;
            Mention giver = TopicPreparation.POST_MODIFIED_PRODUCERS ? lastSourceBefore(result, sentence, from) : null;
            boolean postModified = giver != null && !giver.term().branchRoot() && !giver.iri().equals(cellIri)
                    && !NamedPreparations.tail(SOURCE_AS_OBJECT, SOURCE_AS_OBJECT_RUNS, text, sentence.start(), giver.start()).find()
                    && cues.bareVesicleCue("post-modified-producers", text.substring(giver.end(), from).toLowerCase(Locale.ROOT))
                    && !otherVesicles(text, sentence, from, to, true);
            if (postModifiedOnly) {
                stated = postModified;
            } else if (postModified) {
                stated = true;
            // a source as the subject of a verb of giving off, right before: "endothelial cells constantly shed vesicles"
            } else if (nearest != null && nearest.is(MentionType.SOURCE) && !nearest.term().branchRoot()
                    && !NamedPreparations.tail(SOURCE_AS_OBJECT, SOURCE_AS_OBJECT_RUNS, text, sentence.start(), nearest.start()).find()
                    && cues.introduces(text.substring(nearest.end(), from).toLowerCase(Locale.ROOT))) {
                stated = true;
            } else if (opening != null && !FRONTED_CLAUSE.matcher(s).lookingAt() && (cues.bareVesicleCue("possessed", text.substring(sentence.start(), from).toLowerCase(Locale.ROOT))
                    || cues.bareVesicleCue("produced-after", text.substring(to, sentence.end()).toLowerCase(Locale.ROOT)))) {
                stated = true;
            }
            if (stated) {
                Mention named = new Mention(ev, from, to, text.substring(from, to));
                result.add(named);
                added.add(named);
            }
        }
        result.sort(java.util.Comparator.comparingInt(Mention::start));
        return added;
    }

    /** (issue 15, branch namedvesicles) The last source mention of the sentence that ends before {@code at}, or null. */
    private static Mention lastSourceBefore(List<Mention> result, Sentence sentence, int at) {
        Mention source = null;
        for (Mention m : result) {
            if (m.start() >= sentence.start() && m.end() <= at && m.is(MentionType.SOURCE)) {
                source = m;
            }
        }
        return source;
    }

    /**
     * The source a sentence opens with as its subject ("Astrocytes regulate ...", "Because red blood cells lack ...",
     * "The dermal interstitial fluid lies ..."): the first mention, a source, within the opening words; null otherwise.
     */
    private static Mention openingSource(String text, Sentence sentence, List<Mention> result) {
        for (Mention m : result) {
            if (m.start() < sentence.start()) {
                continue;
            }
            boolean subject = m.is(MentionType.SOURCE) && !m.term().branchRoot()
                    && ClaimExtractor.tokens(text, sentence.start(), m.start()) <= OPENING_WORDS
                    && !NamedPreparations.tail(SOURCE_AS_OBJECT, SOURCE_AS_OBJECT_RUNS, text, sentence.start(), m.start()).find();
            return subject ? m : null;
        }
        return null;
    }

    /**
     * (branch subjects) "Labelled vesicles reached the cord", "Vesicles may behave differently ...", "Intravenously
     * injected vesicles are cleared ...": bare "vesicles" opening the sentence as its subject, after modifiers of what
     * was done to them at most (topic-preparation.yaml: bare-subjects), in a text about vesicles. Its span, or null. (Branch
     * labelledanaphors) The label read on the participle ("Labelled") is no term before the subject.
     */
    private int[] bareVesicleSubject(String text, Sentence sentence, List<Mention> result) {
        if (!holdsIgnoringCase(text, sentence.start(), sentence.end(), "vesicles", true)) {
            return null; // (branch speed20) the expression's word first: most sentences of a vesicle text lack it
        }
        Matcher v = BARE_VESICLES.matcher(text).region(sentence.start(), sentence.end());
        if (!v.find()) {
            return null;
        }
        int from = v.start(1);
        int to = v.end(1);
        String before = text.substring(sentence.start(), from).toLowerCase(Locale.ROOT);
        if (result.stream().anyMatch(x -> x.start() < to && from < x.end() || x.end() <= from && x.start() >= sentence.start()
                        && !(LABELLED_ANAPHORS && x.is(MentionType.CARGO) && LABEL_PARTICIPLE.matcher(x.surface()).matches()))
                || OTHER_WORD_BEFORE.matcher(text).region(sentence.start(), from).find()
                || NOT_A_SUBJECT_AFTER.matcher(text).region(to, sentence.end()).lookingAt()
                || !TopicPreparation.defaults().bareVesicleCue("bare-subjects", before)) {
            return null;
        }
        return new int[] {from, to};
    }

    /**
     * Measurement switch: -Dexokg.noBareVesiclesAnywhere: a bare "vesicles" inside a sentence ("Doxorubicin-loaded
     * vesicles reduced tumour growth") stays unread unless another reading takes it (branch barevesicles).
     */
    static final boolean BARE_VESICLES_ANYWHERE = !Boolean.getBoolean("exokg.noBareVesiclesAnywhere");

    /**
     * (branch barevesicles) "Doxorubicin-loaded vesicles reduced tumour growth", "the cells shed vesicles carrying
     * miR-21", "released 2,000 vesicles per cell": in a text about extracellular vesicles a bare "vesicles" anywhere in
     * a sentence, with what was done to them before it, is the vesicles under discussion; not where no mention covers
     * it already, nor where the words around it make them other vesicles (bare-vesicles.yaml: synaptic, intraluminal,
     * liposomes, the cell's own traffic; and OTHER_KIND). The spans of the nouns.
     */
    private List<int[]> bareVesiclesAnywhere(String text, Sentence sentence, List<Mention> result) {
        List<int[]> spans = new ArrayList<>(0);
        if (!holdsIgnoringCase(text, sentence.start(), sentence.end(), "vesicles", true)) {
            return spans;
        }
        Matcher v = BARE_VESICLES.matcher(text).region(sentence.start(), sentence.end());
        while (v.find()) {
            int from = v.start(1);
            int to = v.end(1);
            if (result.stream().noneMatch(x -> x.start() < to && from < x.end()) && !otherVesicles(text, sentence, from, to, true)) {
                spans.add(new int[] {from, to});
            }
        }
        return spans;
    }

    /**
     * Measurement switch, on: -Dexokg.noBareVesiclesOwnQualifier leaves a bare "vesicles" inside a sentence of a section
     * with a vesicle antecedent unread even where its qualifier need not come from that antecedent (issue 15, branch
     * barevesicles3; see {@link #bareVesiclesWithOwnQualifier}; SubjectScopeResolver reads the giving source as the
     * qualifier under it too). Not final: BareVesiclesWithOwnSourceTest turns it off for its neighbours. On the
     * development sets +11 right, +4 wrong (P 0.8826 -> 0.8822, R 0.6260 -> 0.6274).
     */
    static boolean BARE_VESICLES_OWN_QUALIFIER = !Boolean.getBoolean("exokg.noBareVesiclesOwnQualifier");
    /** A verb or modal of the present or of what may be: the sentence states no finding of the study (as ClaimExtractor's). */
    private static final Pattern PRESENT_OR_MODAL = Pattern.compile("\\b(?:are|is|do|does|can|may|might|have|has|will|would|should|must|remains?)\\b");

    /**
     * (issue 15, branch barevesicles3) A bare "vesicles" inside a sentence of a section that has a vesicle antecedent, with
     * the class reading's guards (no vesicle named before it in the sentence, no determiner or possessive before it), is
     * read only where its qualifier need not be guessed from that antecedent:
     * <ul>
     * <li>a source of the sentence gives them off: a source term (not bare "cells") before them whose words up to the noun
     * say it releases, sheds, secretes, yields or gives them (topic-preparation.yaml: releasing-source-between;
     * "Cerebrospinal fluid yielded so few vesicles", "Apheresis platelets stored for transfusion release vesicles"):
     * extracellular vesicles of the class, and the rules read that source as their origin and qualifier, never the
     * antecedent's; so too the possessive of the source that opens a fronted clause ("Because red blood cells lack nuclei,
     * their vesicles carry no DNA");</li>
     * <li>otherwise, the section's antecedent is of the kind of the one preparation the document studies
     * (DocumentPreparation.studied, set by {@link #studiedPreparation}) and the sentence states a finding: no present tense
     * or modal, no question, no cue of the kind in general (bare-plural-generic) nor a break of the chain (breaks), not in
     * a section of general background or of methods, and the noun's own verb in the past (bare-plural-past-predicates) or
     * the noun the object of a past verb of finding (finding-verbs-before) ("Sonicated vesicles stayed monodisperse", "Histology found
     * iron-laden vesicles inside macrophages"): an anaphor of the antecedent, which carries the preparation.</li>
     * </ul>
     * Nowhere else: a bare "vesicles" in a present-tense or general sentence ("vesicles as markers", "others want to load
     * vesicles") stays unread. Returns the anaphor spans; the sources' vesicles go into {@code result}.
     */
    private List<int[]> bareVesiclesWithOwnQualifier(String text, Sentence sentence, List<Mention> result, Mention lastVesicle, Term ev) {
        List<int[]> anaphorSpans = new ArrayList<>(0);
        List<int[]> anywhere = bareVesiclesAnywhere(text, sentence, result);
        anywhere.removeIf(span -> result.stream().anyMatch(m -> m.is(MentionType.VESICLE) && m.start() >= sentence.start()
                && m.start() < span[0]));
        boolean possessed = false;
        for (java.util.Iterator<int[]> it = anywhere.iterator(); it.hasNext();) {
            int[] span = it.next();
            if (!DETERMINED_BARE.matcher(text).region(sentence.start(), span[0]).find()) {
                continue;
            }
            it.remove();
            if (SubjectScopeResolver.frontedPossessor(text, span[0], result, sentence.start()) != null) {
                // "Because red blood cells lack nuclei, their vesicles carry no DNA": the source of the fronted clause owns them
                result.add(new Mention(ev, span[0], span[1], text.substring(span[0], span[1])));
                possessed = true;
            }
        }
        if (possessed) {
            result.sort(java.util.Comparator.comparingInt(Mention::start));
        }
        if (anywhere.isEmpty()) {
            return anaphorSpans;
        }
        TopicPreparation cues = TopicPreparation.defaults();
        String lower = text.substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT);
        boolean finding = studiedPreparation != null && lastVesicle != null
                && (lastVesicle.iri().equals(studiedPreparation.iri()) || lexicon.isA(lastVesicle.iri(), studiedPreparation.iri())
                        || lexicon.isA(studiedPreparation.iri(), lastVesicle.iri()))
                && lower.indexOf('?') < 0 && !PRESENT_OR_MODAL.matcher(lower).find()
                && !cues.bareVesicleCue("bare-plural-generic", lower) && cues.breakAt(lower) != 0
                && !org.exokg.document.Section.isMethods(sentence.section())
                && !(sentence.section() != null && cues.bareVesicleCue("bare-plural-general-sections", sentence.section().toLowerCase(Locale.ROOT)));
        boolean added = false;
        for (int[] span : anywhere) {
            Mention source = null;
            for (Mention m : result) {
                if (m.start() >= sentence.start() && m.end() <= span[0] && m.is(MentionType.SOURCE)) {
                    source = m;
                }
            }
            if (source != null && !source.term().branchRoot() && !source.iri().equals(cellIri)
                    && !NamedPreparations.tail(SOURCE_AS_OBJECT, SOURCE_AS_OBJECT_RUNS, text, sentence.start(), source.start()).find()
                    && cues.sourceGivesOff(text.substring(source.end(), span[0]).toLowerCase(Locale.ROOT))) {
                result.add(new Mention(ev, span[0], span[1], text.substring(span[0], span[1])));
                added = true;
            } else if (finding && (cues.bareVesicleCue("bare-plural-past-predicates", text.substring(span[1], sentence.end()).toLowerCase(Locale.ROOT))
                    || cues.bareVesicleCue("finding-verbs-before", text.substring(sentence.start(), span[0]).toLowerCase(Locale.ROOT)))) {
                // the noun's own verb in the past ("sonicated vesicles stayed"), or the object of a verb of finding
                // ("histology found iron-laden vesicles")
                bareAnywhere.add(span[0]);
                anaphorSpans.add(span);
            }
        }
        if (added) {
            result.sort(java.util.Comparator.comparingInt(Mention::start));
        }
        return anaphorSpans;
    }

    /**
     * (branch barevesicles) Whether the words around a bare "vesicles" make them other vesicles (bare-vesicles.yaml,
     * OTHER_KIND); the file's sentence-wide entries only if {@code sentenceWide}.
     */
    private static boolean otherVesicles(String text, Sentence sentence, int from, int to, boolean sentenceWide) {
        if (!text.regionMatches(true, from, "vesicles", 0, 8) && !text.regionMatches(true, from, "nanovesicles", 0, 12)) {
            return false;
        }
        return OTHER_WORD_BEFORE.matcher(text).region(sentence.start(), from).find()
                || BareVesicleExclusions.defaults().otherVesicles(text, sentence.start(), sentence.end(), from, to, sentenceWide);
    }

    /**
     * (branch barevesicles) With no antecedent in the section, a bare "vesicles" of a vesicle text is the class it names
     * there, extracellular vesicles (as an opening bare subject is); a source named in its phrase is read by the mention
     * layer ("milk vesicles") and narrows them as usual.
     */
    private void addBareVesiclesAsClass(String text, Sentence sentence, List<Mention> result, Term ev) {
        List<int[]> spans = bareVesiclesAnywhere(text, sentence, result);
        // a vesicle named before in the sentence is what "vesicles" after it are ("EVs ... cup-shaped vesicles"), and a
        // determiner makes them an anaphor with no antecedent here, which the discourse resolves if anything does
        spans.removeIf(span -> result.stream().anyMatch(m -> m.is(MentionType.VESICLE) && m.start() >= sentence.start() && m.start() < span[0])
                || DETERMINED_BARE.matcher(text).region(sentence.start(), span[0]).find());
        for (int[] span : spans) {
            bareAnywhere.add(span[0]);
            result.add(new Mention(ev, span[0], span[1], text.substring(span[0], span[1])));
        }
        if (!spans.isEmpty()) {
            result.sort(java.util.Comparator.comparingInt(Mention::start));
        }
    }

    /** A determiner or possessive and up to two modifiers right before a bare "vesicles": "the vesicles", "their loaded vesicles". */
    private static final Pattern DETERMINED_BARE = Pattern.compile(
            "(?i)(?:\\A|[^\\p{L}])(?:the|these|those|such|both|their|its|our|this|that)\\s+(?:[\\p{L}\\p{N}\\-‐]+\\s+){0,2}(?:nano)?\\z");

    /** (branch barevesicles) Where the last sentence's bare "vesicles" read by {@link #bareVesiclesAnywhere} start. */
    private final Set<Integer> bareAnywhere = new java.util.HashSet<>();

    /**
     * (branch barevesicles) Whether a vesicle mention of the last sentence resolved is a bare "vesicles" read anywhere in
     * it: the vesicles under discussion, so it carries the study's preparation as "the vesicles" does.
     */
    boolean bareVesiclesAnywhereAt(int start) {
        return bareAnywhere.contains(start);
    }

    /** The spans of {@code more} that start at no span of {@code spans}, added to it. */
    private static void addNew(List<int[]> spans, List<int[]> more) {
        for (int[] m : more) {
            if (spans.stream().noneMatch(x -> x[0] == m[0])) {
                spans.add(m);
            }
        }
    }

    /** Measurement switch: -Dexokg.noVesicleCompounds: "vesicle products", "the vesicle batch" stay unread (branch subjects). */
    static final boolean VESICLE_COMPOUNDS = !Boolean.getBoolean("exokg.noVesicleCompounds");
    /**
     * Measurement switch: -Dexokg.noSourceVesicleCompounds: "plasma vesicle fractions", "an epithelial vesicle score"
     * stay unread (issue 15, branch subjects5).
     */
    static final boolean SOURCE_VESICLE_COMPOUNDS = !Boolean.getBoolean("exokg.noSourceVesicleCompounds");
    /** Singular "vesicle" as a word of its own (not "anti-vesicle", not inside a hyphenated name). */
    private static final Pattern SINGULAR_VESICLE = Pattern.compile("(?<![\\p{L}\\-‐–])(?i:vesicle)(?![\\p{L}\\-‐–])");
    /** A definite determiner and up to two modifiers before a compound: "the vesicle batch", "our purified vesicle preparations". */
    private static final Pattern DEFINITE_BEFORE_COMPOUND = Pattern.compile(
            "(?i)(?:\\A|[^\\p{L}])(?:the|these|those|such|our|this)\\s+(?:[\\p{L}\\-‐]+\\s+){0,2}\\z");

    /**
     * (branch subjects) "Vesicle products lose activity ...", "The vesicle batch was positive for CD63", "Plant vesicle
     * preparations vary ...": singular "vesicle" before a noun of the product made of vesicles (topic-preparation.yaml:
     * vesicle-compounds) names the vesicles themselves; the spans of both words.
     */
    private List<int[]> vesicleCompounds(String text, Sentence sentence, List<Mention> result) {
        return vesicleCompounds(text, sentence, result, false);
    }

    /** The compounds of {@link #vesicleCompounds(String, Sentence, List)}; {@code sourceOnly}: only those after their source. */
    private List<int[]> vesicleCompounds(String text, Sentence sentence, List<Mention> result, boolean sourceOnly) {
        List<int[]> spans = new ArrayList<>(0);
        if (!holdsIgnoringCase(text, sentence.start(), sentence.end(), "vesicle", true)) {
            return spans; // (branch speed20) the expression's word first
        }
        TopicPreparation cues = TopicPreparation.defaults();
        Matcher v = SINGULAR_VESICLE.matcher(text).region(sentence.start(), sentence.end());
        while (v.find()) {
            String after = text.substring(v.end(), Math.min(sentence.end(), v.end() + 40)).toLowerCase(Locale.ROOT);
            Matcher noun = COMPOUND_NOUN.matcher(after);
            if (!noun.lookingAt()) {
                continue;
            }
            boolean product = !sourceOnly && cues.bareVesicleCue("vesicle-compounds", after);
            // (branch subjects5) "plasma vesicle fractions", "an epithelial vesicle score", "tear vesicle profiles": with
            // its source right before it, singular "vesicle" before a noun of what is made or measured of the vesicles
            // (topic-preparation.yaml: source-vesicle-compounds) names the vesicles of that source
            int at = v.start();
            boolean ofSource = !product && SOURCE_VESICLE_COMPOUNDS && cues.bareVesicleCue("source-vesicle-compounds", after)
                    && result.stream().anyMatch(m -> m.is(MentionType.SOURCE) && !m.iri().equals(cellIri) && m.end() <= at
                            && m.start() >= sentence.start() && VESICLE_MODIFIER_GAP.matcher(text.substring(m.end(), at)).matches());
            if (!product && !ofSource) {
                continue;
            }
            int from = v.start();
            int modifierEnd = v.end();
            int full = v.end() + noun.end();
            // the noun is a term of its own ("vesicle therapy"): the modifier alone names the vesicles
            boolean nounIsTerm = ofSource && result.stream().anyMatch(x -> x.start() < full && modifierEnd < x.end())
                    && result.stream().noneMatch(x -> x.start() < modifierEnd && from < x.end());
            int to = nounIsTerm ? modifierEnd : full;
            final int end = to;
            if (result.stream().noneMatch(x -> x.start() < end && from < x.end())
                    && !OTHER_WORD_BEFORE.matcher(text).region(sentence.start(), from).find()) {
                spans.add(new int[] {from, to});
            }
        }
        return spans;
    }

    /**
     * Measurement switch: -Dexokg.noVesicleCargoModifiers: "vesicle microRNAs", "vesicular PD-L1" stay unread (branch
     * anaphors4).
     */
    static final boolean VESICLE_CARGO_MODIFIERS = !Boolean.getBoolean("exokg.noVesicleCargoModifiers");
    /** Singular "vesicle" or the adjective "vesicular" as a word of its own, right before the next word. */
    private static final Pattern VESICLE_MODIFIER = Pattern.compile("(?<![\\p{L}\\-‐–])(?i:vesicle|vesicular)(?=[\\s\\-‐]+\\p{L})");

    /**
     * (branch anaphors4) "Vesicle microRNAs", "vesicle miR-30d", "three vesicular microRNAs": singular "vesicle" (or
     * "vesicular") right before a cargo term is the vesicles that carry it, not a word of the cargo's name; the span of
     * the modifier alone, so that the cargo stays the object. Not after a word that makes them other vesicles ("synaptic
     * vesicle proteins"), not where a term covers the modifier ("vesicle cargo" is a term of its own).
     */
    private List<int[]> vesicleCargoModifiers(String text, Sentence sentence, List<Mention> result) {
        List<int[]> spans = new ArrayList<>(0);
        if (!holdsIgnoringCase(text, sentence.start(), sentence.end(), "vesic", true)) {
            return spans; // the words' common stem first: most sentences lack both
        }
        Matcher v = VESICLE_MODIFIER.matcher(text).region(sentence.start(), sentence.end());
        while (v.find()) {
            int from = v.start();
            int to = v.end();
            Mention next = null;
            for (Mention m : result) {
                if (m.start() >= to) {
                    next = next == null || m.start() < next.start() ? m : next;
                }
            }
            if (next == null || !next.is(MentionType.CARGO) || !text.substring(to, next.start()).matches("[\\s\\-‐]+")
                    || result.stream().anyMatch(x -> x.start() < to && from < x.end())
                    || OTHER_WORD_BEFORE.matcher(text).region(sentence.start(), from).find()) {
                continue;
            }
            spans.add(new int[] {from, to});
        }
        return spans;
    }

    /**
     * Whether {@code word} (lower-case ASCII) starts at an index in [start, end - word.length()] of {@code text}, in any
     * ASCII case if {@code anyCase} (what an ASCII case-insensitive expression matches), else as written: a test made
     * before an expression that cannot match without the word is run over the span.
     */
    static boolean holdsIgnoringCase(String text, int start, int end, String word, boolean anyCase) {
        char first = word.charAt(0);
        for (int i = start, last = end - word.length(); i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || anyCase && (c | 0x20) == first) && text.regionMatches(anyCase, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** The noun after "vesicle" in a compound: the words the span covers. */
    private static final Pattern COMPOUND_NOUN = Pattern.compile("\\A[\\s\\-‐]+\\p{L}+");

    /** Nouns that head many vesicle terms and so name none of them alone ("vesicles", "particles"). */
    private static final Set<String> GENERIC_HEADS = Set.of("vesicles", "nanovesicles", "particles", "nanoparticles", "bodies",
            "structures", "carriers", "vehicles", "preparations", "isolates", "membranes", "cells");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}]*");
    /**
     * Head words the document's own vesicle terms gave it, lower case → term ("EV mimetics" → "mimetics", "hybrid vesicles"
     * → "hybrids"); a word two terms gave is dropped (ambiguous). Kept for the whole document: the word names the class.
     */
    private final java.util.Map<String, Term> headWords = new java.util.HashMap<>();
    private final Set<String> ambiguousHeads = new java.util.HashSet<>();

    /**
     * "The mimetics carried ...", "such hybrids could ...", "Whether mimetics share ...": a plural that heads a vesicle
     * term the document named before ("EV mimetics", "exosome–liposome hybrids", "hybrid vesicles") names that term's
     * class on its own. Look-alikes (mimetics, hybrids) are so kept apart from the extracellular vesicles near them.
     */
    private List<Mention> headWordMentions(String text, Sentence sentence, List<Mention> mentions) {
        if (headWords.isEmpty()) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>(0);
        Matcher w = WORD.matcher(text).region(sentence.start(), sentence.end());
        while (w.find()) {
            Term t = headWords.get(w.group().toLowerCase(Locale.ROOT));
            if (t == null) {
                continue;
            }
            int s = w.start();
            int e = w.end();
            boolean glued = s > 0 && "-‐–".indexOf(text.charAt(s - 1)) >= 0 || e < text.length() && "-‐–".indexOf(text.charAt(e)) >= 0;
            if (!glued && mentions.stream().noneMatch(m -> m.start() < e && s < m.end())) {
                found.add(new Mention(t, s, e, w.group()));
            }
        }
        return found;
    }

    private void learnHeadWords(String text, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (!m.is(MentionType.VESICLE)) {
                continue;
            }
            List<String> words = new ArrayList<>();
            Matcher w = WORD.matcher(m.surface());
            while (w.find()) {
                words.add(w.group().toLowerCase(Locale.ROOT));
            }
            if (words.size() < 2) {
                continue;
            }
            String last = words.get(words.size() - 1);
            String head = null;
            if (!GENERIC_HEADS.contains(last) && last.endsWith("s") && lexicon.entries(org.exokg.mention.TermKeys.key(last)).isEmpty()) {
                head = last; // "EV mimetics", "exosome–liposome hybrids"
            } else if (words.size() == 2 && GENERIC_HEADS.contains(last) && words.get(0).length() > 3
                    && lexicon.entries(org.exokg.mention.TermKeys.key(words.get(0))).isEmpty()) {
                head = words.get(0) + "s"; // "hybrid vesicles" → "hybrids"
            }
            if (head == null || ambiguousHeads.contains(head)) {
                continue;
            }
            Term before = headWords.putIfAbsent(head, m.term());
            if (before != null && !before.equals(m.term())) {
                headWords.remove(head);
                ambiguousHeads.add(head);
            }
        }
    }

    /**
     * "Exosomes from M2 macrophages carry ..., whereas those from M1 macrophages ...", "we propose that those from
     * preconditioned MSCs ...": "those" with a source phrase after it is the vesicle named last before it in the sentence
     * (or, with none and no rival before it, the discourse's vesicle), from that source. Only when a source term follows
     * ("those from controls", "those of static cultures" name no source and stay silent).
     */
    /**
     * Compounds with "vesicle" as a modifier (spans from {@link #vesicleCompounds} or {@link #vesicleCargoModifiers}):
     * after a source, or indefinite while no narrower kind is under discussion, a compound names the class with its
     * source as named ("Plant vesicle preparations", "Vesicle products lose activity ..."); otherwise ("the vesicle
     * batch", "our vesicle preparations") it is the preparation under discussion, whose spans go to {@code
     * discussedSpans}.
     */
    private void addCompounds(List<int[]> spans, String text, Sentence sentence, List<Mention> result, Term ev,
            Mention lastVesicle, java.util.function.BooleanSupplier noNarrowerKind, List<int[]> discussedSpans) {
        for (int[] c : spans) {
            boolean definite = DEFINITE_BEFORE_COMPOUND.matcher(text).region(sentence.start(), c[0]).find();
            boolean afterSource = result.stream().anyMatch(m -> m.is(MentionType.SOURCE) && !m.iri().equals(cellIri)
                    && m.end() <= c[0] && VESICLE_MODIFIER_GAP.matcher(text.substring(m.end(), c[0])).matches());
            if (afterSource || !definite && noNarrowerKind.getAsBoolean()) {
                result.add(new Mention(ev, c[0], c[1], text.substring(c[0], c[1])));
            } else if (lastVesicle != null) {
                discussedSpans.add(c);
            }
        }
        result.sort(java.util.Comparator.comparingInt(Mention::start));
    }

    private void addThoseFromSource(String text, Sentence sentence, List<Mention> result, Mention lastVesicle, List<Mention> anaphors) {
        // (branch speed20) looked for in the sentence only: a search to the end of the document was made for every sentence
        if (!holdsIgnoringCase(text, sentence.start(), Math.min(text.length(), sentence.end() + 3), "hose", false)) {
            return;
        }
        Matcher m = THOSE_FROM.matcher(text).region(sentence.start(), sentence.end());
        boolean added = false;
        while (m.find()) {
            int at = m.start(1);
            int after = m.end();
            Mention source = null;
            Mention before = null;
            boolean rivalBefore = false;
            for (Mention x : result) {
                if (x.end() <= at && x.is(MentionType.VESICLE)) {
                    before = x;
                } else if (x.end() <= at && RIVALS.stream().anyMatch(x::is)) {
                    rivalBefore = true;
                }
                if (source == null && x.start() >= after && x.is(MentionType.SOURCE) && !x.iri().equals(cellIri)
                        && SOURCE_MODIFIERS.matcher(text.substring(after, x.start())).matches()) {
                    source = x;
                }
            }
            Term kind = before != null ? before.term() : !rivalBefore && lastVesicle != null ? lastVesicle.term() : null;
            if (source == null || kind == null || result.stream().anyMatch(x -> x.start() < m.end(1) && at < x.end())) {
                continue;
            }
            Mention a = new Mention(kind, at, m.end(1), m.group(1));
            anaphors.add(a);
            result.add(a);
            added = true;
        }
        if (added) {
            result.sort(java.util.Comparator.comparingInt(Mention::start));
        }
    }

    private static void collect(Matcher m, List<int[]> spans, int offset) {
        while (m.find()) {
            spans.add(new int[] {offset + m.start(1), offset + m.end(1)});
        }
    }

    private void remember(String text, Sentence sentence, List<Mention> mentions) {
        previousOpensWithRival = false;
        if (!mentions.isEmpty()) {
            Mention m = mentions.get(0);
            Mention next = mentions.size() > 1 ? mentions.get(1) : null;
            // "Circulating tumour exosomes ...": a source or disease right before a vesicle is its modifier, not a rival subject
            boolean modifiesVesicle = next != null && next.is(MentionType.VESICLE)
                    && VESICLE_MODIFIER_GAP.matcher(text.substring(m.end(), next.start())).matches();
            previousOpensWithRival = ClaimExtractor.tokens(text, sentence.start(), m.start()) <= OPENING_WORDS
                    && RIVALS.stream().anyMatch(m::is) && !modifiesVesicle;
        }
        for (Mention m : mentions) {
            if (m.is(MentionType.SOURCE) && !m.term().branchRoot() && lexicon.isA(m.iri(), cellIri) && !m.iri().equals(cellIri)) {
                lastCellType = m;
            }
            Matcher head = LAST_WORD.matcher(m.surface());
            if (m.is(MentionType.SOURCE) && !m.term().branchRoot() && !lexicon.isA(m.iri(), cellIri) && head.find()) {
                sourcesByHead.put(head.group(1).toLowerCase(Locale.ROOT), m);
            }
        }
    }

    /**
     * Measurement switch: -Dexokg.noSourceHeadAnaphors: a source's head word alone ("lavage" after "nasal lavage") stays
     * what the lexicon reads (branch anaphors4).
     */
    static final boolean SOURCE_HEAD_ANAPHORS = !Boolean.getBoolean("exokg.noSourceHeadAnaphors");
    /** The last word of a source of two words or more: "nasal lavage" → "lavage", "follicular fluid" → "fluid". */
    private static final Pattern LAST_WORD = Pattern.compile("\\S\\s+(\\p{L}+)\\z");
    /** (branch anaphors4) The document's sources of two words or more by their last word, lower case; the latest wins. */
    private final java.util.Map<String, Mention> sourcesByHead = new java.util.HashMap<>();

    /**
     * (branch anaphors4) The source a one-word source mention stands for: a source of the document named before in full
     * with that last word ("Nasal lavage ... the lavage vesicles"), when the lexicon reads the word as another source
     * than that one, neither above nor below it ("lavage": bronchoalveolar lavage fluid); null otherwise. Never cells
     * (those are {@link #THESE_CELLS}'s).
     */
    private Mention sourceNamedBefore(String text, Sentence sentence, Mention m) {
        if (!m.is(MentionType.SOURCE) || sourcesByHead.isEmpty() || m.surface().indexOf(' ') >= 0
                || lexicon.isA(m.iri(), cellIri) || m.iri().equals(cellIri)) {
            return null;
        }
        Mention named = sourcesByHead.get(m.surface().toLowerCase(Locale.ROOT));
        if (named == null || named.iri().equals(m.iri()) || named.start() >= m.start()) {
            return null;
        }
        // only a word the lexicon reads as an unrelated source: "the milk" after "bovine milk" may mean milk in general
        return !lexicon.isA(named.iri(), m.iri()) && !lexicon.isA(m.iri(), named.iri()) ? named : null;
    }
}
