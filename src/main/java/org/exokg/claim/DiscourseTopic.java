package org.exokg.claim;

import java.util.List;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.document.Sentence;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * Which vesicles a sentence makes the discourse's antecedent, for the anaphors and discourse subjects of the sentences
 * after it ("They ...", "The treatment ..."): the vesicle it is about, unless that is a kind predicated of or denied to
 * its subject, a control arm, or a synthetic comparator named after the vesicles under discussion. A claims-stage
 * decision (moved from DocumentGraphBuilder by branch mend17, unchanged), read per sentence by the document's builder.
 */
public final class DiscourseTopic {

    private final Lexicon lexicon;

    public DiscourseTopic(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The vesicle the sentence {@code s} is about: its own topic, or the first use of a defined name ({@code nameUse},
     * may be null) before it; null for none, and for a kind predicated of the subject or a control arm named after
     * {@code lastVesicle} (those vesicles are the ones under discussion, or their comparison).
     */
    public Mention topic(String text, Sentence s, List<Mention> mentions, Mention nameUse, Mention lastVesicle) {
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
        if (ownTopic && topic != null && STANDARD_NO_TOPIC && topic.is(MentionType.VESICLE) && CarrierGroups.contrasted(text, topic)) {
            // (branch compared) "Unlike exosomes from MSCs, iCM-Exos did not ...", "Compared with bovine milk EVs, yak
            // milk EVs ...": the standard of a comparison is not what the sentence is about; the vesicles (or the
            // defined name) set against it are, and without them the discourse stays with the vesicles before
            topic = comparedAfter(text, s, mentions, nameUse, topic);
        }
        return topic;
    }

    /**
     * (branch compared) Switch: -Dexokg.noStandardTopic: the standard of a comparison named first in a sentence ("Unlike
     * X, Y ...") may become the discourse's antecedent, as before.
     */
    static final boolean STANDARD_NO_TOPIC = !Boolean.getBoolean("exokg.noStandardTopic");

    /**
     * (branch compared) Switch: -Dexokg.noComparatorArmTopic: vesicles named with a comparator arm's words ("Bovine milk
     * EVs given at the same dose had no effect") may take the discourse over from the vesicles under discussion.
     */
    static final boolean COMPARATOR_ARM_NO_TOPIC = !Boolean.getBoolean("exokg.noComparatorArmTopic");

    /**
     * (issue 15, branch anaphorarms) Switch: -Dexokg.noSameSubjectsComparator: vesicles named as a second sample of the
     * same people or animals ("Plasma EVs from the same patients ...") may take the discourse over again.
     */
    static final boolean SAME_SUBJECTS_COMPARATOR = !Boolean.getBoolean("exokg.noSameSubjectsComparator");

    /**
     * (branch compared) A comparator arm's dose, matched in the clause of the vesicles: "given at the same dose", "at
     * equal particle numbers", "in matched amounts" (not "free drug at the same dose" in a clause of its own).
     */
    private static final Pattern COMPARATOR_DOSE = Pattern.compile(
            "(?i)\\b(?:at|in|with)\\s+(?:the\\s+same|an?\\s+(?:equal|identical|matched)|equal|identical|matched|equivalent)\\s+"
                    + "(?:(?:protein|particle|vesicle)\\s+)?(?:doses?|amounts?|concentrations?|numbers?|quantit(?:y|ies))\\b");
    /** (branch compared) The end of a vesicle's clause: a comma, a semicolon or a conjunction of another clause. */
    private static final Pattern CLAUSE_END = Pattern.compile("(?i)[,;:]|\\b(?:while|whereas|but|although|and)\\b");

    /**
     * (branch compared) Right after the vesicles, an apposition that makes them the control arm: "Vesicles from dermal
     * fibroblasts, used as a control, had no effect", "EVs of HEK293 cells (used as controls) did not ..." (after
     * the vesicles' own origin phrase).
     */
    private static final Pattern CONTROL_APPOSITION = Pattern.compile(
            "(?i)\\A(?:\\s+(?:(?:derived|isolated|obtained|secreted|released)\\s+)?(?:from|of|by)\\s+[^,;:()]{1,60}?)?\\s*(?:\\([^()]{0,40}\\)\\s*)?[,(]\\s*(?:which\\s+(?:were|was|are|is)\\s+|that\\s+(?:were|was)\\s+)?(?:used|included|given|tested|taken|chosen|added)"
                    + "\\s+as\\s+(?:an?\\s+|the\\s+)?(?:negative\\s+|positive\\s+|untreated\\s+|vehicle\\s+)?(?:controls?|comparators?|references?)\\b");

    /**
     * (branch compared) Whether the clause of {@code topic} (from it to its end) names a comparator arm's dose, or an
     * apposition right after it makes it the control arm.
     */
    private static boolean comparatorArmClause(String text, Sentence s, Mention topic) {
        String after = text.substring(topic.end(), s.end());
        if (CONTROL_APPOSITION.matcher(after).lookingAt()) {
            return true;
        }
        java.util.regex.Matcher end = CLAUSE_END.matcher(after);
        String clause = end.find() ? after.substring(0, end.start()) : after;
        return COMPARATOR_DOSE.matcher(clause).find()
                // (issue 15, branch anaphorarms) "Plasma EVs from the same patients showed none of these differences", "EVs
                // of conventional CD4 T cells from the same donors did not suppress proliferation": a second sample of the
                // same subjects is the comparison (topic-preparation.yaml: comparator-arm-clauses)
                || SAME_SUBJECTS_COMPARATOR && TopicPreparation.defaults().comparatorArmClause(clause.toLowerCase(java.util.Locale.ROOT));
    }

    /** (branch compared) The first vesicle or defined name after {@code standard} in the sentence that is no standard itself, or null. */
    private static Mention comparedAfter(String text, Sentence s, List<Mention> mentions, Mention nameUse, Mention standard) {
        Mention next = null;
        for (Mention m : mentions) {
            if (m.is(MentionType.VESICLE) && m.start() >= standard.end() && m.end() <= s.end() && !CarrierGroups.contrasted(text, m)) {
                next = m;
                break;
            }
        }
        if (nameUse != null && nameUse.start() >= standard.end() && nameUse.end() <= s.end()
                && (next == null || nameUse.start() < next.start())) {
            next = nameUse;
        }
        return next;
    }

    /** Whether the sentence's {@code topic} becomes the discourse's antecedent in place of {@code lastVesicle}. */
    public boolean takesOver(String text, Sentence s, Mention topic, Mention lastVesicle) {
        // "EVs cross the barrier ... Liposomes loaded with the same drugs were cleared faster. The obstacles are:
        // - low yield": a synthetic comparator arm ("the same drug / dose") named after the vesicles under
        // discussion does not take the discourse over from them (branch dev10)
        return topic != null && !(lastVesicle != null && isLiposome(topic) && !isLiposome(lastVesicle)
                && (ClaimExtractor.comparatorArm(s.text()) || COMPARED_WITH.matcher(text.substring(s.start(), topic.start())).find()))
                // (branch compared) "Goat milk EVs reduced colitis. Bovine milk EVs given at the same dose had no effect. The
                // vesicles carried miR-148a": vesicles of the kind under discussion named as the comparator arm ("the
                // same dose / amount") are the comparison, not what the next sentences refer back to
                && !(COMPARATOR_ARM_NO_TOPIC && lastVesicle != null && topic != lastVesicle && topic.start() >= s.start()
                        && lastVesicle.is(MentionType.VESICLE) && !isLiposome(topic) && !isLiposome(lastVesicle)
                        && (topic.iri().equals(lastVesicle.iri()) || lexicon.isA(topic.iri(), lastVesicle.iri())
                                || lexicon.isA(lastVesicle.iri(), topic.iri()))
                        && comparatorArmClause(text, s, topic));
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
    private static final Pattern PREDICATED_KIND = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|become|became|remain|remains)\\s+(?:(?:mostly|mainly|largely|probably|all|also|the|a|an)\\s+){0,2}(?:[\\p{L}\\-‐–]+\\s+)?\\z");

    /** Right before a vesicle: a denied copula ("are not", "is no"), with an article or one modifier (branch dev13). */
    private static final Pattern DENIED_KIND = Pattern.compile(
            "(?i)\\b(?:is|are|was|were)\\s+(?:not|no)\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{L}\\-‐–]+\\s+)?\\z");

    /** Right before a term: the word of a comparison ("behave more like liposomes", "faster than liposomes"). */
    private static final Pattern COMPARED_WITH = Pattern.compile(
            "(?i)\\b(?:like|unlike|than|versus|vs\\.?)\\s+(?:(?:the|synthetic|conventional|plain)\\s+)*\\z");

    private boolean isLiposome(Mention m) {
        return lexicon.isA(m.iri(), ExoKg.NS + "Liposome");
    }

    /**
     * (issue 15, branch anaphorarms) Switch: -Dexokg.noSourcedBareTopics: bare vesicles with an origin phrase of their own
     * ("Vesicles released by Bacteroides ...") do not take the discourse over from the vesicles under discussion.
     */
    public static final boolean SOURCED_BARE_TOPICS = !Boolean.getBoolean("exokg.noSourcedBareTopics");

    /**
     * (issue 15, branch anaphorarms) Right after a bare vesicle noun: an origin phrase ("released by", "from", "of"), an
     * article or a word of the source's state at most before the source; not a demonstrative ("vesicles from these stem
     * cells" are the preparation under discussion, named again by its source).
     */
    private static final Pattern OWN_ORIGIN = Pattern.compile(
            "(?i)\\A\\s*(?:(?:released|secreted|shed|produced|derived|isolated|obtained|purified|collected)\\s+)?(?:by|from|of)\\s+"
                    + "(?:(?:the|a|an|cultured|live|living|human)\\s+)?");

    /**
     * (issue 15, branch anaphorarms) The first of the sentence's bare vesicles ({@code bare}: those only the anaphora
     * layer read) whose origin phrase right after it names a source term ("vesicles released by P. gingivalis",
     * "Vesicles from amniotic fluid"), or null.
     */
    public static Mention sourcedBareVesicle(String text, Sentence s, List<Mention> bare, List<Mention> mentions) {
        for (Mention b : bare) {
            if (b.end() > s.end()) {
                continue;
            }
            java.util.regex.Matcher m = OWN_ORIGIN.matcher(text).region(b.end(), s.end());
            if (!m.lookingAt()) {
                continue;
            }
            for (Mention x : mentions) {
                if (x.is(MentionType.SOURCE) && x.start() == m.end()) {
                    return b;
                }
            }
        }
        return null;
    }

    /** The sentence's first vesicle mention, or null. */
    public static Mention firstVesicle(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.is(MentionType.VESICLE)) {
                return m;
            }
        }
        return null;
    }
}
