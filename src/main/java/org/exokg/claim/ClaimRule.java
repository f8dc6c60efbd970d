package org.exokg.claim;

import java.util.Set;
import java.util.regex.Pattern;
import org.exokg.mention.MentionType;

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
 */
public record ClaimRule(String id, Relation relation, Set<MentionType> objectTypes, Order order,
        Pattern trigger, Pattern objectSuffix, boolean objectUnderCell, boolean attributive, boolean termsBetween,
        Pattern vesiclePrefix) {

    /** Which comes first in the sentence. */
    public enum Order { VESICLE_FIRST, OBJECT_FIRST }
}
