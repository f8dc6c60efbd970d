package org.exokg.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * (issue 15, branch challenge39; convention cccccccc) A present-tense general statement of the vesicle kind on a bare
 * vesicle word is the kind, unqualified, also in a text about one preparation: "OMVs are attractive as vaccines because
 * they present antigens", "Loading vesicles after isolation by electroporation tends to make them clump", "No validated
 * potency assay exists yet for plant nanovesicles". The chain, the discourse layer, the text's one preparation and the
 * one named bacterium give such a claim the qualifier of the last vesicles named or of the studied preparation; this
 * reading takes it back. Read once the whole document's claims are known, after {@link TextPreparation}.
 * <p>
 * A claim changes when: it is qualified and no derivedFrom or isKindOf, names no preparation; its qualifier was carried
 * from elsewhere (rule suffix {@code +anaphor}, {@code +previous-sentence-subject}, {@code +text-preparation},
 * {@code +one-named-bacterium}); its sentence names no source that is the qualifier or above or below it; it holds a
 * bare plural vesicle word (no determiner up to three words before it, only kind adjectives before it such as "small"
 * or "plant", after the sentence's start, a punctuation mark, a function word or a verb; not "topical vesicles", "bare
 * OMVs", "micrograms of vesicles"; not followed by its own source "from / of / by") and no vesicle word with a
 * determiner ("the vesicles", "these EVs": anaphors of the text's own vesicles, convention c); no pronoun before the
 * first vesicle word; and the sentence states the kind in general: a present-tense or modal verb or a general present
 * verb, no past finite verb ("were", "was", "did", "had"), no participle of the study's handling ("kept", "given",
 * "collected", "injected", "isolated", ...), no "we / our / us / here", no "whether" or question, not in Methods. Those
 * sentences are disjoint from the findings that {@link TextPreparation#findingSentence} reads (no present tense there).
 * Sentences that name no vesicle (the discourse's vesicles) and definite anaphors are left alone: the first version
 * took them too and the design golds give most of them the preparation (docs/extraction.md, branch challenge39).
 * Claims changed are marked {@link #APPLIED}. Switch {@code -Dexokg.genericKind} (OFF by default), read at each use;
 * also on with the family {@code -Dexokg.discourseChallenges} ({@link ChallengeDiscourseReadings#family()}).
 */
public final class GenericKinds {

    private GenericKinds() {}

    /** The mark on a claim whose carried qualifier this reading took back. */
    public static final String APPLIED = "+generic-kind";

    public static boolean on() {
        return ChallengeDiscourseReadings.family() || Boolean.parseBoolean(System.getProperty("exokg.genericKind", "false"));
    }

    /** Rule suffixes of a qualifier carried from another sentence or from the text's preparation. */
    private static final List<String> CARRIED = List.of("+anaphor", "+previous-sentence-subject", TextPreparation.APPLIED,
            "+one-named-bacterium");

    /** The present tense, a modal, or a general present verb: the sentence states something of the kind. */
    private static final Pattern PRESENT = Pattern.compile("\\b(?:are|is|can|cannot|may|might|will|would|should|must|remains?"
            + "|shows?|contains?|carr(?:y|ies)|acts?|offers?|seems?|represents?|provides?|allows?|enables?|exists?|causes?"
            + "|tends?|makes?|needs?|requires?|lacks?|limits?|depends?|differs?|hampers?|reduces?|lowers?|leads?|results?"
            + "|means?|includes?|consists?|affects?|varies|vary|raises?|poses?|hinders?|complicates?|co-isolates?|clumps?)\\b");

    /** A past finite verb: a result or a report, not a general statement. */
    private static final Pattern PAST_FINITE = Pattern.compile("\\b(?:were|was|did|had)\\b");

    /** A participle of the study's handling or a measured result (convention cccccccc's finding side). */
    private static final Pattern STUDY_PARTICIPLE = Pattern.compile("(?<![\\p{L}-])(?:kept|given|collected|injected|loaded|labell?ed"
            + "|isolated|purified|obtained|yielded|measured|observed|found|detected|administered|incubated|treated|stored"
            + "|tested|showed|tracked|sorted|enriched)\\b");

    /** An open question or a question put to the reader ("please discuss whether ..."): about the product under review. */
    private static final Pattern OPEN_QUESTION = Pattern.compile("\\bwhether\\b|\\?");

    /** The text's own study. */
    private static final Pattern OWN_STUDY = Pattern.compile("\\b(?:we|our|us|here|herein)\\b");

    /** A pronoun that refers back to vesicles named before. */
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:they|their|them|its)\\b");

    /** A vesicle mention with nothing in it but these adjectives of the kind. */
    private static final Pattern BARE_VESICLE = Pattern.compile("(?:(?:extracellular|small|large|outer[- ]membrane|plant(?:-derived)?"
            + "|exosome-like|membrane)\\s+)*(?:exosomes?|(?:micro|nano)?vesicles?|s?evs?|omvs?|nanoparticles?|particles?)");

    /** A vesicle word, mention or not. */
    private static final Pattern VESICLE_WORD = Pattern.compile("\\b(?:exosomes?|(?:micro|nano)?vesicles?|s?evs?|omvs?|gmma)\\b");

    /**
     * A determiner of the vesicle word's noun phrase, up to three modifiers before the noun ("the vesicles", "these
     * nano-sized vesicles", "a rare vesicle population"): the text's own vesicles (anaphors, convention c), no bare word.
     */
    private static final Pattern DETERMINER = Pattern.compile("\\b(?:the|these|those|this|that|such|our|its|their|your|each|every|a|an)\\s+"
            + "(?:(?!(?:of|for|in|on|from|with|by|to|and|or|are|is|that|which|as|than|into|between)\\s)[\\p{L}\\d-]+\\s+){0,3}\\z");

    /** A plural vesicle noun: the kind named in general when bare ("Exosomes are ...", "... use of vesicles"). */
    private static final Pattern PLURAL = Pattern.compile("(?:exosomes|vesicles|nanovesicles|microvesicles|evs|sevs|omvs)");

    /** A vesicle word followed by its own source ("vesicles from adipose tissue", "exosomes of the strain"). */
    private static final Pattern OWN_SOURCE_AFTER = Pattern.compile("\\A\\s+(?:\\p{L}+ed\\s+|derived\\s+)?(?:from|of|by)\\b");

    /** The document's claims with the general statements' carried qualifiers taken back (or unchanged). */
    public static List<Claim> resolve(String text, List<Mention> mentions, List<Claim> claims, Lexicon lexicon) {
        if (!on()) {
            return claims;
        }
        Map<String, Claim> out = new LinkedHashMap<>();
        for (Claim c : claims) {
            Claim d = c;
            if (applies(text, mentions, c, lexicon)) {
                d = new Claim(c.subjectIri(), c.relation(), c.objectIri(), c.negationCue(), c.hedgeCue(), SubjectScope.GENERAL,
                        null, c.rule() + APPLIED, c.sentence(), null);
            }
            out.putIfAbsent(d.identity(), d);
        }
        return new ArrayList<>(out.values());
    }

    static boolean applies(String text, List<Mention> mentions, Claim c, Lexicon lexicon) {
        String q = c.qualifierIri();
        if (q == null || c.relation() == Relation.DERIVED_FROM || c.relation() == Relation.IS_KIND_OF
                || CARRIED.stream().noneMatch(c.rule()::contains) || c.preparationName() != null) {
            return false;
        }
        int start = c.sentence().start();
        int end = c.sentence().end();
        if (org.exokg.document.Section.isMethods(c.sentence().section()) || !generalStatement(text.substring(start, end))) {
            return false;
        }
        List<Mention> here = mentions.stream().filter(m -> m.start() >= start && m.end() <= end).toList();
        int firstVesicle = -1;
        for (Mention m : here) {
            if (m.is(MentionType.SOURCE) && (m.iri().equals(q) || lexicon.isA(m.iri(), q) || lexicon.isA(q, m.iri()))) {
                return false;
            }
            if (m.is(MentionType.VESICLE)) {
                if (!bareVesicle(text, here, m, start)) {
                    return false;
                }
                if (firstVesicle < 0) {
                    firstVesicle = m.start();
                }
            }
        }
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        java.util.regex.Matcher w = VESICLE_WORD.matcher(lower);
        boolean bare = false;
        boolean determined = false;
        while (w.find()) {
            // vesicle words that are no mention ("these vesicles", "the vesicle preparations")
            if (DETERMINER.matcher(lower.substring(Math.max(0, w.start() - 50), w.start())).find()
                    || OWN_SOURCE_AFTER.matcher(lower.substring(w.end(), Math.min(lower.length(), w.end() + 40))).find()) {
                determined = true;
            }
            if (firstVesicle < 0 || start + w.start() < firstVesicle) {
                firstVesicle = start + w.start();
            }
            bare |= PLURAL.matcher(w.group()).matches() && plainBefore(lower.substring(0, w.start()));
        }
        if (!bare || determined) {
            // no bare plural vesicle word, or a definite one beside it: the discourse's or an anaphor's vesicles, which
            // the golds give the preparation
            return false;
        }
        String before = text.substring(start, firstVesicle < 0 ? end : firstVesicle).toLowerCase(Locale.ROOT);
        return !PRONOUN.matcher(before).find();
    }

    /** A quantity noun before "of vesicles": a count or amount of the preparation, no statement of the kind. */
    private static final Pattern QUANTITY = Pattern.compile("(?:\\p{L}*grams?|amounts?|numbers?|yields?|quantit(?:y|ies)|doses?|concentrations?"
            + "|lots?|batches|batch|millions?|billions?|trillions?|\\d[\\d.,^x]*)");

    /** Adjectives of the kind itself, which leave the noun bare ("small EVs", "plant nanovesicles"). */
    private static final Pattern KIND_ADJECTIVE = Pattern.compile("(?:extracellular|small|large|outer[- ]membrane|membrane|plant|plant-derived"
            + "|exosome-like|bacterial|nano-sized|natural)");

    /** A word before the noun phrase: a function word, a verb or a gerund ("use of vesicles", "damages vesicles", "loading vesicles"). */
    private static final Pattern BEFORE_PHRASE = Pattern.compile("(?:of|for|in|on|from|with|by|to|and|or|that|which|as|than|into|between|but|not"
            + "|are|is|can|may|also|all|many|most|some|both|\\p{L}+ing|\\p{L}+es|\\p{L}+s)");

    /**
     * Whether the words before a vesicle noun leave it bare: kind adjectives only, after the sentence's start, a punctuation
     * mark, a function word or a verb; not a modifier of the product ("topical vesicles", "bare OMVs", "fresh EVs").
     */
    static boolean plainBefore(String before) {
        String[] words = before.trim().split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i];
            if (w.isEmpty()) {
                return true;
            }
            if (w.matches(".*[,;:()\"]$")) {
                return true; // the noun phrase opens after a punctuation mark
            }
            if (KIND_ADJECTIVE.matcher(w).matches()) {
                continue;
            }
            if (w.equals("of") && i > 0 && QUANTITY.matcher(words[i - 1]).matches()) {
                return false; // a quantity of vesicles: the preparation's ("micrograms of vesicles per day")
            }
            return BEFORE_PHRASE.matcher(w).matches();
        }
        return true;
    }

    /** Whether the sentence states the kind in general (present tense, no past result, not the text's own study). */
    static boolean generalStatement(String sentence) {
        String t = sentence.toLowerCase(Locale.ROOT);
        return PRESENT.matcher(t).find() && !PAST_FINITE.matcher(t).find() && !STUDY_PARTICIPLE.matcher(t).find()
                && !OWN_STUDY.matcher(t).find() && !OPEN_QUESTION.matcher(t).find();
    }

    private static boolean bareVesicle(String text, List<Mention> here, Mention v, int sentenceStart) {
        String word = text.substring(v.start(), v.end()).toLowerCase(Locale.ROOT);
        if (!BARE_VESICLE.matcher(word).matches()) {
            return false;
        }
        String before = text.substring(Math.max(sentenceStart, v.start() - 50), v.start()).toLowerCase(Locale.ROOT);
        if (DETERMINER.matcher(before).find()) {
            return false;
        }
        String after = text.substring(v.end(), Math.min(text.length(), v.end() + 40)).toLowerCase(Locale.ROOT);
        if (OWN_SOURCE_AFTER.matcher(after).find()) {
            return false;
        }
        for (Mention m : here) {
            // a source word right on the noun ("milk exosomes", "MSC-EVs")
            if (m.is(MentionType.SOURCE) && m.end() <= v.start() && text.substring(m.end(), v.start()).matches("[\\s\\-]*(?:derived\\s*)?")) {
                return false;
            }
        }
        return true;
    }
}
