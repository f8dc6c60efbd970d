package org.exokg.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * (issue 15, branch preparationanaphors) The preparation an anaphor names when the text names one. Read once the whole
 * document's claims are known: when the claims read on named vesicles (every claim not made through the anaphor or the
 * discourse layer, derivedFrom and isKindOf aside) qualify their subject by exactly one source, and at least
 * more than {@link #MIN_QUALIFIED_SHARE} of them carry it, the text is about that preparation, and a claim made through an anaphor
 * ("They also cross the mucus layer", "The vesicles carry proteins ...") or a previous sentence's subject that the chain
 * left with no source takes it (convention c: an anaphor keeps its antecedent's source). A text whose named vesicles carry
 * two sources, or mostly none (a review of the field with one study's source among general statements), leaves its
 * anaphors as the chain read them. The anaphor's kind stays as read, and must be the kind of a claim that carries the
 * source, or one above or below it ("the vesicles" of outer-membrane vesicles; not a migrasome read through the last kind
 * named). A challenge in a present-tense or modal sentence ("Two obstacles remain: the yield of vesicles ... is low",
 * "Standard isolation protocols for these vesicles are missing") is the field's, as the discourse layer reads it, not the
 * preparation's; a challenge found in the study ("most of the vesicles were cleared within minutes") is the preparation's.
 * So is a list item after a lead-in ("The hurdles are well known: - the low yield of most producer cells"), read as the
 * field's by the discourse layer. A sentence that sets its vesicles against others by a contrast adverbial ("Vesicles from
 * healthy donors, by contrast, ...") names other vesicles than the preparation.
 * Claims changed are marked {@link #APPLIED}.
 * Switch: -Dexokg.textPreparationAnaphors=true (off by default).
 */
public final class TextPreparation {

    private TextPreparation() {
    }

    /**
     * Off by default; on with -Dexokg.textPreparationAnaphors=true (docs/extraction.md, branch preparationanaphors): on the
     * development sets it gains, but it overrides the chain's unqualified reading that fixtures of earlier branches assert
     * (a bare anaphor after OMVs of several bacteria, all qualified Bacterium; "They" after one sentence of platelet
     * vesicles; a category word in a one-cancer text), which was not settled within the session.
     */
    public static final boolean ON = Boolean.getBoolean("exokg.textPreparationAnaphors");

    /** The share of the named vesicles' claims that the one source must exceed (most of them carry it). */
    static final double MIN_QUALIFIED_SHARE = 0.5;

    /** The present tense and modals (ClaimExtractor.PRESENT_TENSE): a sentence about vesicles in general. */
    private static final Pattern PRESENT_TENSE = Pattern.compile("\\b(?:are|is|can|may|might|have|has|will|would|should|must|remains?)\\b");

    /** A contrast adverbial: the sentence's vesicles are set against the preparation ("Vesicles from healthy donors, by contrast, ..."). */
    private static final Pattern CONTRAST = Pattern.compile("\\b(?:by contrast|in contrast|unlike|conversely|instead)\\b");

    /** The rule suffix of a claim whose qualifier came from the text's one preparation. */
    static final String APPLIED = "+text-preparation";

    /** Whether the claim was made through the anaphor or the discourse layer (ClaimExtractor's rule suffixes). */
    static boolean throughAnaphor(Claim c) {
        return c.rule().contains("+anaphor") || c.rule().contains("+previous-sentence-subject");
    }

    /** The one source the text's named vesicles carry, or null (none, several, or too few of their claims carry it). */
    static String oneSource(List<Claim> claims) {
        return oneSource(claims, new LinkedHashSet<>());
    }

    /** As {@link #oneSource(List)}, collecting the kinds of the claims that carry the source in {@code kinds}. */
    static String oneSource(List<Claim> claims, Set<String> kinds) {
        Set<String> sources = new LinkedHashSet<>();
        int named = 0;
        int qualified = 0;
        for (Claim c : claims) {
            if (throughAnaphor(c) || c.relation() == Relation.DERIVED_FROM || c.relation() == Relation.IS_KIND_OF) {
                continue;
            }
            named++;
            if (c.qualifierIri() != null) {
                qualified++;
                sources.add(c.qualifierIri());
                kinds.add(c.subjectIri());
            }
        }
        return sources.size() == 1 && qualified > MIN_QUALIFIED_SHARE * named ? sources.iterator().next() : null;
    }

    /** The document's claims with the unqualified anaphor claims given the text's one source (or unchanged). */
    public static List<Claim> resolve(List<Claim> claims, BiPredicate<String, String> isA) {
        Set<String> kinds = new LinkedHashSet<>();
        String source = oneSource(claims, kinds);
        if (source == null) {
            return claims;
        }
        Map<String, Claim> out = new LinkedHashMap<>();
        for (Claim c : claims) {
            Claim d = c;
            if (c.qualifierIri() == null && throughAnaphor(c) && c.relation() != Relation.DERIVED_FROM
                    && c.relation() != Relation.IS_KIND_OF
                    && kinds.stream().anyMatch(k -> k.equals(c.subjectIri()) || isA.test(k, c.subjectIri()) || isA.test(c.subjectIri(), k))
                    && !(c.relation() == Relation.HAS_CHALLENGE && (c.rule().contains("+list-item")
                            || PRESENT_TENSE.matcher(c.sentence().text().toLowerCase(java.util.Locale.ROOT)).find()))
                    && !CONTRAST.matcher(c.sentence().text().toLowerCase(java.util.Locale.ROOT)).find()) {
                d = new Claim(c.subjectIri(), c.relation(), c.objectIri(), c.negationCue(), c.hedgeCue(), SubjectScope.SPECIFIC,
                        source, c.rule() + APPLIED, c.sentence(), c.preparationName());
            }
            out.putIfAbsent(d.identity(), d);
        }
        return new ArrayList<>(out.values());
    }
}
