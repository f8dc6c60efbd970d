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
        return topic;
    }

    /** Whether the sentence's {@code topic} becomes the discourse's antecedent in place of {@code lastVesicle}. */
    public boolean takesOver(String text, Sentence s, Mention topic, Mention lastVesicle) {
        // "EVs cross the barrier ... Liposomes loaded with the same drugs were cleared faster. The obstacles are:
        // - low yield": a synthetic comparator arm ("the same drug / dose") named after the vesicles under
        // discussion does not take the discourse over from them (branch dev10)
        return topic != null && !(lastVesicle != null && isLiposome(topic) && !isLiposome(lastVesicle)
                && (ClaimExtractor.comparatorArm(s.text()) || COMPARED_WITH.matcher(text.substring(s.start(), topic.start())).find()));
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
