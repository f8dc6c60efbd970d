package org.exokg.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * Two small readings of noun phrases and lists that the claim rules need:
 * <ul>
 * <li>a cargo word that modifies another cargo noun is not cargo itself: in "the drug efflux protein" the
 * vesicles carry a protein, not a drug;</li>
 * <li>"RNA but no DNA", "proteins but not lipids": a contrastive list item shares the first item's trigger
 * and is denied;</li>
 * <li>a vesicle named before a process noun ("exosome secretion", "exosome uptake") is what the process acts
 * on, not an agent that carries or targets anything ("blocking exosome secretion restored sensitivity to the drug").</li>
 * </ul>
 */
final class NounModifiers {

    /** One or two plain lower-case words ("efflux", "binding") between a modifier and its head noun. */
    private static final Pattern MODIFIER_GAP = Pattern.compile("\\A[\\s\\-‐–]+(?:[a-z][a-z]+[\\s\\-‐–]+){1,2}\\z");
    private static final Pattern FUNCTION_WORD = Pattern.compile(
            "\\b(?:and|or|but|of|to|in|from|by|with|for|on|at|as|the|a|an|that|which|is|are|was|were|into|than|no|not)\\b");
    /** A disease or source glued to a cargo noun as its modifier: "tumour-specific RNA", "cancer-associated microRNAs". */
    private static final Pattern OF_ORIGIN = Pattern.compile("\\A[\\-‐–](?:specific|derived|associated|related|enriched)\\s+\\z");
    // "but not by normal fibroblasts", "but not in the liver": the preposition repeated, the item with two modifiers
    // (branch hedged4) and the contrasted agent or place after a comma or "rather than", its preposition repeated: "taken up
    // by macrophages, not by epithelial cells", "taken up by microglia rather than by neurons" (the repeated preposition
    // keeps a bare "rather than" between nouns out)
    private static final Pattern CONTRAST = Pattern.compile(
            "\\A\\s*(?:,?\\s*but\\s+(?<cue>no|not)\\s+(?:(?:by|in|into|to|from|with|within|on|at)\\s+)?"
                    + "|(?:,\\s*(?:and\\s+)?(?<cue2>not)|,?\\s*(?<cue3>rather\\s+than))\\s+(?:by|in|into|to|from|within)\\s+)"
                    + "(?:(?:the|a|an)\\s+)?(?:[a-z][a-z\\-]*\\s+){0,2}\\z");

    private static final Pattern PROCESS = Pattern.compile(
            "\\A[\\s\\-‐–]+(?:secretion|release|uptake|biogenesis|production|formation|internali[sz]ation|isolation|purification)\\b");
    private static final java.util.Set<Relation> AGENT_RELATIONS =
            java.util.EnumSet.of(Relation.CARRIES, Relation.TARGETS);

    private NounModifiers() {}

    /** A process of the vesicles that is blocked: "blocking exosome secretion", "inhibition of EV release". */
    private static final Pattern INHIBITED = Pattern.compile(
            "\\b(?:block\\w*|inhibit\\w*|suppress\\w*|knock\\w*(?:\\s+down)?|impair\\w*|prevent\\w*|abolish\\w*|abrogat\\w*"
                    + "|disrupt\\w*|deplet\\w*|interfer\\w*\\s+with)\\s+(?:of\\s+)?(?:the\\s+)?(?:[a-z]+\\s+)?\\z");

    /**
     * The vesicles themselves removed, blocked or bound: "depletion of exosomes reduced metastasis", "antibodies against
     * exosomal PD-L1 improved survival". What follows is the effect of their absence or of the agent, not of the vesicles;
     * their own noun phrase (origin, cargo) still holds.
     */
    private static final Pattern REMOVED = Pattern.compile(
            "\\b(?:block(?:ed|ing|ade)?|inhibit(?:ed|ing|ion)?|inhibitors?\\s+of|deplet(?:ed|ing|ion)|remov(?:ed|ing|al)"
                    + "|eliminat(?:ed|ing|ion)|neutrali[sz](?:ed|ing|ation)|antibod(?:y|ies)\\s+(?:against|to|targeting)|clearance\\s+of)"
                    + "\\s+(?:of\\s+)?(?:the\\s+|these\\s+|circulating\\s+|all\\s+)?(?:[a-z][a-z\\-]*\\s+)?\\z");

    /**
     * Whether {@code vesicle}, followed by a process noun, cannot be the agent of {@code relation}; when that process is
     * blocked ("blocking exosome secretion slowed tumour growth"), what follows is the effect of the vesicles' absence,
     * so the vesicles are the agent of nothing.
     */
    static boolean processTheme(String text, Mention vesicle, Relation relation) {
        if (!PROCESS.matcher(text).region(vesicle.end(), text.length()).lookingAt()) {
            return relation != Relation.DERIVED_FROM && relation != Relation.CARRIES && REMOVED.matcher(
                    text.substring(Math.max(0, vesicle.start() - 60), vesicle.start()).toLowerCase(Locale.ROOT)).find();
        }
        if (AGENT_RELATIONS.contains(relation)) {
            return true;
        }
        String before = text.substring(Math.max(0, vesicle.start() - 60), vesicle.start()).toLowerCase(Locale.ROOT);
        return relation != Relation.DERIVED_FROM && INHIBITED.matcher(before).find();
    }

    /** The mentions without cargo terms that only modify a following cargo noun. */
    static List<Mention> withoutCargoModifiers(String text, List<Mention> mentions) {
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            // (branch dev12) not before the generic noun itself: "their miR-21 cargo" is cargo that is miR-21
            if (b != null && a.is(MentionType.CARGO) && b.is(MentionType.CARGO) && b.start() >= a.end() && !b.term().branchRoot()) {
                String gap = text.substring(a.end(), b.start());
                if (MODIFIER_GAP.matcher(gap).matches() && !FUNCTION_WORD.matcher(gap.toLowerCase(Locale.ROOT)).find()) {
                    continue;
                }
            }
            if (b != null && (a.is(MentionType.DISEASE) || a.is(MentionType.SOURCE)) && b.is(MentionType.CARGO) && b.start() >= a.end()
                    && OF_ORIGIN.matcher(text.substring(a.end(), b.start()).toLowerCase(Locale.ROOT)).matches()) {
                continue; // "tumour-specific RNA": the cargo's kind, not a term standing between trigger and cargo
            }
            kept.add(a);
        }
        return kept.size() == mentions.size() ? mentions : kept;
    }

    /**
     * Nothing but a space or a hyphen between two terms: one noun phrase ("PD-L1 aptamer", "IL-1β mRNA"); (branch objects)
     * also a number glued to the first term that the term's label leaves out ("interleukin-10 mRNA", "interleukin 6 siRNA").
     */
    private static final Pattern ADJACENT = Pattern.compile("\\A(?:[ \\-‐–]?[0-9]+[a-zα-ω]?)?(?: |[\\-‐–])\\z");

    /**
     * (branch precision2) Two cargo terms written as one noun phrase ("PD-L1 aptamer", "IL-1β mRNA") name one cargo, the
     * head, the last; the first says what it is against, for or made of: the pair becomes one mention of the head's term
     * over both words. Not when one term is a class the other falls under ("the tetraspanin CD63", "CD63 protein": one
     * names the kind of the other, both are true of the cargo), nor when the head is a branch's root ("miR-21 cargo").
     * {@code isA} tells sub from super class.
     */
    static List<Mention> compoundCargo(String text, List<Mention> mentions, java.util.function.BiPredicate<String, String> isA) {
        List<Mention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (b != null && a.is(MentionType.CARGO) && b.is(MentionType.CARGO) && b.start() >= a.end()
                    && ADJACENT.matcher(text.substring(a.end(), b.start())).matches()
                    && !isA.test(a.iri(), b.iri()) && !isA.test(b.iri(), a.iri())
                    // a branch's root as head ("their miR-21 cargo") names the role, the term before it the kind
                    && !b.term().branchRoot()) {
                if (out == null) {
                    out = new ArrayList<>(mentions.subList(0, i));
                }
                out.add(new Mention(b.term(), a.start(), b.end(), text.substring(a.start(), b.end())));
                i++;
                continue;
            }
            if (out != null) {
                out.add(a);
            }
        }
        return out == null ? mentions : out;
    }

    /** Whether the words between two list items contrast them: ", but no detectable ". */
    static boolean contrast(String gap) {
        return CONTRAST.matcher(gap).matches() || CONTRAST_AFFIRMED.matcher(gap).matches();
    }

    /**
     * "not taken up by hepatocytes but by macrophages": the item after "but" + the same kind of preposition is what the
     * clause affirms; the negation before the list reaches only the items before "but".
     */
    private static final Pattern CONTRAST_AFFIRMED = Pattern.compile(
            "\\A\\s*,?\\s*but\\s+(?:rather\\s+|instead\\s+|mainly\\s+|mostly\\s+|only\\s+)?(?:by|in|into|to|from|with|within|on|at|via|through)\\s+"
                    + "(?:(?:the|a|an)\\s+)?(?:[a-z][a-z\\-]*\\s+){0,2}\\z");

    /** The claim denied when its object follows "but no/not" in a list ("carried RNA but no DNA"). */
    static Claim contrastNegated(String text, List<Mention> objects, int i, int[] chain, Claim claim) {
        if (i == 0 || chain[i] != chain[i - 1]) {
            return claim;
        }
        if (claim.negated()) {
            // "not ... by X but by Y (and Z)": Y and the items after it are affirmed
            for (int j = i; j > 0 && chain[j] == chain[i]; j--) {
                if (CONTRAST_AFFIRMED.matcher(text.substring(objects.get(j - 1).end(), objects.get(j).start()).toLowerCase(Locale.ROOT)).matches()) {
                    return new Claim(claim.subjectIri(), claim.relation(), claim.objectIri(), null, claim.hedgeCue(), claim.scope(),
                            claim.qualifierIri(), claim.rule().replaceAll("\\+negation:[\\w-]+", "") + "+contrast-affirmed", claim.sentence());
                }
            }
            return claim;
        }
        int k = i;
        while (k > 1 && chain[k - 1] == chain[i] && text.substring(objects.get(k - 1).end(), objects.get(k).start()).isBlank()) {
            k--; // a term as the item's modifier ("but not by synovial macrophages"): the contrast stands before it
        }
        java.util.regex.Matcher m = CONTRAST.matcher(text.substring(objects.get(k - 1).end(), objects.get(k).start()).toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return claim;
        }
        String cue = m.group("cue") != null ? m.group("cue") : m.group("cue2") != null ? m.group("cue2") : m.group("cue3");
        return new Claim(claim.subjectIri(), claim.relation(), claim.objectIri(), cue, claim.hedgeCue(), claim.scope(),
                claim.qualifierIri(), claim.rule() + "+contrast", claim.sentence());
    }

    /** The words after a vesicle that name its origin as a postmodifier: "EVs from T cells", "exosomes derived from milk and". */
    private static final Pattern POSTMODIFYING_ORIGIN = Pattern.compile(
            // (branch hedges3) also after the head noun of a product ("an extracellular vesicle product from bone marrow
            // MSCs"), after more participles of getting ("captured from plasma") and with "of" ("vesicles of commensal bacteria")
            "\\A\\s*(?:(?:products?|preparations?|fractions?|isolates?|formulations?)\\s+)?"
                    + "(?:(?:(?:derived|isolated|obtained|purified|collected|captured|harvested|extracted|prepared|recovered|enriched|sampled)\\s+)?from|of"
                    // (branch hedged4) and the releasing cells as the agent of a participle ("whether EVs secreted by
                    // adipose-derived stem cells close fistulas", "tracking EVs released by tumours"), hyphens of any kind
                    + "|(?:secreted|released|produced|shed|generated)\\s+by)"
                    + "\\s+(?:(?:the|their|these)\\s+)?(?:[a-z0-9][a-z0-9\\-‐–]*(?:\\s+|\\s*,\\s*)){0,4}?(?:(?:and|or)\\s+)?\\z");

    /**
     * Whether {@code gap} (the words between a vesicle and a source) makes the source a postmodifier of the vesicle's
     * noun phrase ("whether EVs from T cells cross ..."): the origin is then presupposed, not what the clause's predicate
     * hedges or denies.
     */
    static boolean postmodifyingOrigin(String gap) {
        String lower = gap.toLowerCase(Locale.ROOT);
        return POSTMODIFYING_ORIGIN.matcher(lower).matches() && Cues.hedge(lower) == null && Cues.negation(lower) == null;
    }
}
