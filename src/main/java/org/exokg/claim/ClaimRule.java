package org.exokg.claim;

import java.util.Set;
import java.util.regex.Pattern;
import org.exokg.mention.MentionType;
import org.exokg.mention.RequiredWords;

/**
 * A general extraction pattern: a vesicle and a term of one of {@code objectTypes}, in the
 * given order, with a trigger in the words between them (or, for {@code objectSuffix}, right
 * after the object: "for cancer treatment"). Read from {@code claim-rules.yaml} by {@link ClaimPatterns}.
 *
 * @param trigger searched (lower case) in the words between vesicle and object; the last match
 *     counts and must lie close before the object (vesicle first) or after it (object first)
 * @param objectSuffix optional trigger right after the object; null if none
 * @param objectUnderCell true if the object must be a cell (a subclass of exokg:Cell)
 * @param attributive true if the rule reads a noun phrase ("milk-derived exosomes"), which a negation of
 *     the clause does not deny
 * @param termsBetween true if other terms may stand between object and vesicle (object first: "microRNAs are
 *     exported by neurons inside exosomes"); the trigger is then read with the words of terms blanked
 * @param vesiclePrefix optional (vesicle first): what the words right before the vesicle must end with ("secretion
 *     of" in "secretion of exosomes by macrophages"); null if anything
 * @param objectPrefix optional (object first): what the words right before the object must end with ("exported by"
 *     in "exported by T cells inside EVs"); null if anything
 * @param findingsOnly true if the rule reads nothing in a Methods section ("siRNA was loaded into the exosomes by
 *     electroporation" there is a procedure, not a finding about the vesicles)
 * @param unlessSentence optional: the rule reads nothing in a sentence (lower case) where this is found ("exosomal
 *     CD63 was quantified by ELISA" measures, it does not state what the vesicles carry); null if none
 * @param unlessBefore optional (vesicle first): the rule reads nothing when this is found in the clause's words before
 *     the object (lower case, terms blanked; "mimetics produced by extrusion" names how they were made, not how they
 *     were loaded); null if none
 * @param notTitleTopic true if the rule reads nothing when its object opens a title ("Immunogenicity of MSC exosomes
 *     after repeated dosing" names what was studied, not a finding)
 * @param termBetweenUnder optional (vesicle first): IRIs of classes; the last term between vesicle and object must be
 *     one of them or under one ("exosomes as a cell-free therapy for melanoma": a therapy, not a biomarker, for the
 *     disease); empty if the rule does not ask
 * @param objectUnder optional: IRIs of classes; the object must be one of them or under one ("reach the cerebrospinal
 *     fluid": a body fluid the vesicles are found in, never an organ or a cell they reach); empty if the rule does not ask
 * @param objectNotUnder optional: IRIs of classes; the object must be none of them and under none ("found in the plasma"
 *     names a source, "found in tubular cells" the cells that took the vesicles up); empty if the rule does not ask
 * @param unlessAfterObject optional: the rule reads nothing when the words right after the object (lower case) match
 *     this at their start ("exosomes from cancer patients": the patients, not the cancer, are the source); null if none
 * @param unlessBetween optional (vesicle first, branch fromobject): the rule reads nothing when this is found in the
 *     words between the vesicle and the object (lower case, terms blanked; "EVs excised proviral DNA from T cells": the
 *     "from" phrase belongs to the verb's own object); null if none
 * @param outcomeMeasure optional: the rule reads only outcome measures (the rule file's {@code outcomeMeasures}) that are
 *     better in this direction, as the disease under discussion; null: the rule reads no outcome measure
 */
public record ClaimRule(String id, Relation relation, Set<MentionType> objectTypes, Order order,
        Pattern trigger, Pattern objectSuffix, boolean objectUnderCell, boolean attributive, boolean termsBetween,
        Pattern vesiclePrefix, Pattern objectPrefix, boolean findingsOnly, Pattern unlessSentence,
        Pattern unlessBefore, boolean notTitleTopic, Set<String> termBetweenUnder, Set<String> objectUnder,
        Set<String> objectNotUnder, Pattern unlessAfterObject, OutcomeDirection outcomeMeasure, Pattern unlessBetween,
        Searches searches) {

    /**
     * The trigger and the {@code unless*} expressions searched through their required words, held from load on (branch
     * speed23: no map look-up per search); null where the expression is.
     */
    public record Searches(RequiredWords.Search trigger, RequiredWords.Search unlessSentence,
            RequiredWords.Search unlessBefore, RequiredWords.Search unlessBetween) {}

    /** A rule whose searches are made from its expressions. */
    public ClaimRule(String id, Relation relation, Set<MentionType> objectTypes, Order order,
            Pattern trigger, Pattern objectSuffix, boolean objectUnderCell, boolean attributive, boolean termsBetween,
            Pattern vesiclePrefix, Pattern objectPrefix, boolean findingsOnly, Pattern unlessSentence,
            Pattern unlessBefore, boolean notTitleTopic, Set<String> termBetweenUnder, Set<String> objectUnder,
            Set<String> objectNotUnder, Pattern unlessAfterObject, OutcomeDirection outcomeMeasure, Pattern unlessBetween) {
        this(id, relation, objectTypes, order, trigger, objectSuffix, objectUnderCell, attributive, termsBetween,
                vesiclePrefix, objectPrefix, findingsOnly, unlessSentence, unlessBefore, notTitleTopic, termBetweenUnder,
                objectUnder, objectNotUnder, unlessAfterObject, outcomeMeasure, unlessBetween,
                new Searches(RequiredWords.Search.of(trigger), RequiredWords.Search.of(unlessSentence),
                        RequiredWords.Search.of(unlessBefore), RequiredWords.Search.of(unlessBetween)));
    }

    /** As {@code RequiredWords.matcher(trigger(), input, answers)}, with the search held by the rule. */
    public java.util.regex.Matcher triggerMatcher(String input, RequiredWords.Answers answers) {
        return searches.trigger().matcher(input, answers);
    }

    /**
     * As {@link #triggerMatcher}, but null where that matcher would find nothing for want of the trigger's words: no
     * matcher is made for the rules a zone turns away (branch enginespeed12; most rules, for every vesicle and object).
     */
    public java.util.regex.Matcher triggerMatcherOrNull(String input, RequiredWords.Answers answers) {
        RequiredWords.Search trigger = searches.trigger();
        return trigger.words().mayMatch(input, answers) ? trigger.guarded().matcher(input) : null;
    }

    /**
     * Which outcome measures a rule reads as the disease treated (issue 15, branch recall2): "reduced infarct size" reads
     * a measure that is better lower, "improved hindlimb locomotion" one that is better higher. A rule without it never
     * reads an outcome measure; a rule with it reads nothing else.
     */
    public enum OutcomeDirection { LOWER, HIGHER }

    /** Whether the rule may read this sentence at all ({@code findingsOnly}, {@code unlessSentence}). */
    public boolean reads(org.exokg.document.Sentence sentence, String text) {
        return readsLowerCase(sentence, text.substring(sentence.start(), sentence.end()).toLowerCase(java.util.Locale.ROOT));
    }

    /** As {@link #reads}, given the sentence's text lower-cased (once per sentence for all rules). */
    public boolean readsLowerCase(org.exokg.document.Sentence sentence, String lowerSentence) {
        return readsLowerCase(sentence, lowerSentence, RequiredWords.Answers.ofThread());
    }

    /** As above, the required words' answers kept in {@code answers} (the extractor's own). */
    public boolean readsLowerCase(org.exokg.document.Sentence sentence, String lowerSentence, RequiredWords.Answers answers) {
        if (findingsOnly && org.exokg.document.Section.isMethods(sentence.section())) {
            return false;
        }
        return unlessSentence == null || !searches.unlessSentence().find(lowerSentence, answers);
    }

    /** Whether the words between the vesicle and the object keep the rule from reading ({@code unlessBetween}). */
    public boolean blockedBetween(String zoneLower) {
        return unlessBetween != null && searches.unlessBetween().find(zoneLower, RequiredWords.Answers.ofThread());
    }

    /**
     * Whether the words right after the object keep the rule from reading ({@code unlessAfterObject}): searched at the
     * start of a region of the text lower-cased once (branch enginespeed4), not a lower-cased copy of the rest of the
     * sentence per object and rule.
     */
    public boolean blockedAfterObject(String text, int objectEnd, int sentenceEnd) {
        return unlessAfterObject != null && objectEnd <= sentenceEnd
                && LowerCaseText.matcher(unlessAfterObject, text, objectEnd, sentenceEnd).lookingAt();
    }

    /** Whether the clause's words before the object keep the rule from reading ({@code unlessBefore}). */
    public boolean blockedBefore(String clauseBeforeObject) {
        return unlessBefore != null && searches.unlessBefore().find(clauseBeforeObject.toLowerCase(java.util.Locale.ROOT), RequiredWords.Answers.ofThread());
    }

    /** As {@link #blockedBefore}, given the clause's words already lower-cased (once per object for all rules). */
    public boolean blockedBeforeLowerCase(String lowerClauseBeforeObject) {
        return blockedBeforeLowerCase(lowerClauseBeforeObject, RequiredWords.Answers.ofThread());
    }

    /** As above, the required words' answers kept in {@code answers} (the extractor's own). */
    public boolean blockedBeforeLowerCase(String lowerClauseBeforeObject, RequiredWords.Answers answers) {
        return unlessBefore != null && searches.unlessBefore().find(lowerClauseBeforeObject, answers);
    }

    /** Whether the object starting at {@code objectStart} opens the sentence, a title, and the rule is {@code notTitleTopic}. */
    public boolean titleTopic(org.exokg.document.Sentence sentence, String text, int objectStart) {
        return notTitleTopic && "Title".equals(sentence.section())
                && text.substring(sentence.start(), objectStart).isBlank();
    }

    /** Which comes first in the sentence. */
    public enum Order { VESICLE_FIRST, OBJECT_FIRST }
}
