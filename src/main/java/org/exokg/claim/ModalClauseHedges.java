package org.exokg.claim;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.document.Sentence;
import org.exokg.mention.Mention;

/**
 * Hedge readings of branch hedges38 (issue 15, thirty-eighth session; docs/extraction.md, "A modal on the clause that
 * names the claim"): they set a matched claim's hedge where the rule's own hedge scope (the words between the vesicles
 * and the object) holds no cue but a modal stands on the clause that names the object. They change a claim's hedge flag,
 * never which claims are read, and never an origin (derivedFrom) or a relation the noun phrase presupposes (attributive
 * rules). The two readings are one family, designed together and declared so in the commit that adds them (before any
 * pool measurement): one switch, {@code -Dexokg.modalOnClaimClause=true} (OFF by default), read at each use, turns both on.
 * <ul>
 * <li>modal before the object: "may / might / could" + at most two words right before the object,
 * with the vesicles after the object or outside the sentence ("they might accelerate clearance of PEG-sEVs", "residual
 * saponin could damage the nasal epithelium" after a sentence on the vesicles): the object is the modal verb's
 * complement, so the claim is what the modal leaves open (the hedge-modal cue, convention on modals).</li>
 * <li>modal after the object: the object, after the vesicles, ends the subject of a modal clause
 * ("their microRNA signature could help identify patients", "other loading methods such as sonication could do
 * better") for a use or a loading method: the modal says whether the use or the method works. Not for challenges and
 * properties, which the subject of a hedged predicate presupposes (convention g: "poor storage stability may limit the
 * shelf life of EV products"), nor when a participle or preposition links the vesicles to the object ("exosomes loaded
 * with siRNA could reduce ...": the noun phrase presupposes it).</li>
 * </ul>
 */
public final class ModalClauseHedges {

    private ModalClauseHedges() {}

    /** -Dexokg.modalOnClaimClause: both readings of the family (OFF by default). */
    static boolean on() {
        return Boolean.parseBoolean(System.getProperty("exokg.modalOnClaimClause", "false"));
    }

    static final String BEFORE_ID = "hedge-modal-before-object";
    static final String AFTER_ID = "hedge-modal-after-object";

    /** A modal and at most two words (no clause or list word among them) right before the object. */
    private static final Pattern MODAL_BEFORE = Pattern.compile(
            "\\b(may|might|could)\\s+(?:(?:also|even|well|further|potentially|eventually)\\s+)?"
                    + "(?:(?!(?:not|and|or|but|which|that|than|whether|if|when|of|in|on|to|from|by|with|for|as)\\b)[a-z][a-z\\-]*\\s+){0,2}\\z");

    /** A modal right after the object, its verb after it (a denial is read by the negation cues). */
    private static final Pattern MODAL_AFTER = Pattern.compile(
            "\\A\\s*(?:(?:also|even|well|further|potentially|eventually)\\s+)?(may|might|could)\\s+(?!not\\b|n't\\b)[a-z]{2,}");

    /** What links the vesicles to the object as a modifier of theirs: a participle or a preposition before the object. */
    private static final Pattern MODIFIER_LINK = Pattern.compile(
            "(?:\\b[a-z]+(?:ing|ed)|\\b(?:with|by|in|into|from|of|on|for|to|via|through|after|against))\\s*\\z");

    /**
     * The hedge of a claim whose own scope holds none: a modal on the clause that names its object, as the switches above
     * say; null otherwise. {@code vesicleInSentence}: the vesicles are named in the claim's sentence (not a previous one).
     */
    static Cues.Match hedge(String text, Sentence sentence, Mention v, Mention o, Relation relation, boolean vesicleInSentence) {
        if (!on() || relation == Relation.DERIVED_FROM || o.start() < sentence.start() || o.end() > sentence.end()) {
            return null;
        }
        boolean vesicleAfter = vesicleInSentence && v.start() >= o.end() && v.end() <= sentence.end();
        boolean vesicleBefore = vesicleInSentence && v.end() <= o.start() && v.start() >= sentence.start();
        if ((vesicleAfter || !vesicleInSentence)) {
            String before = text.substring(Math.max(sentence.start(), o.start() - 60), o.start()).toLowerCase(Locale.ROOT);
            Matcher m = MODAL_BEFORE.matcher(before);
            if (m.find()) {
                return new Cues.Match(BEFORE_ID, m.group(1));
            }
        }
        if ((relation == Relation.USED_FOR || relation == Relation.LOADED_BY)
                && (vesicleBefore || !vesicleInSentence)) {
            if (vesicleBefore && MODIFIER_LINK.matcher(text.substring(v.end(), o.start()).toLowerCase(Locale.ROOT)).find()) {
                return null;
            }
            Matcher m = MODAL_AFTER.matcher(text.substring(o.end(), Math.min(sentence.end(), o.end() + 40)).toLowerCase(Locale.ROOT));
            if (m.find()) {
                return new Cues.Match(AFTER_ID, m.group(1));
            }
        }
        return null;
    }
}
