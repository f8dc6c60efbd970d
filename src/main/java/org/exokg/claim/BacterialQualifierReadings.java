package org.exokg.claim;

import java.util.Locale;
import java.util.regex.Pattern;
import org.exokg.mention.Mention;

/**
 * Two readings of the qualifier of bacterial vesicles (issue 15, branch bacterialqual40, fortieth session; conventions ss
 * and mmm of docs/gold-conventions.md), each behind its own switch, both OFF by default while measured.
 *
 * <ul>
 * <li>{@code -Dexokg.unnamedBacteriaOmvs=true} (ss): a sentence that opens with the bare plural kind word as its generic
 * subject in the present tense ("OMVs are attractive as vaccines because they present antigens ...", "Outer membrane
 * vesicles can carry ...") speaks of outer-membrane vesicles of bacteria in general, which names no bacterium: its claims
 * stay unqualified, also in a text whose OMVs come from one named bacterium (the later-use reading of OneNamedBacterium
 * is not given to them). A determiner, a modifier or a past tense ("The OMVs were", "Intranasal OMVs are", "OMVs were
 * given") is no generic subject.</li>
 * <li>{@code -Dexokg.namedBacteriumAnaphors=true} (mmm): in a text whose OMV sentences name a second taxon only as the
 * donor of an antigen or protein ("the Borrelia antigen OspA", "antigens of Borrelia") or as the pathogen of a challenge
 * or infection ("challenged with X", "infection by X", "protect against X"), that taxon is no second source of the OMVs:
 * the anaphors and later uses of the OMVs keep the one source bacterium as their qualifier. A taxon named in any other
 * role in an OMV sentence ("OMVs of Neisseria meningitidis", a second source) still counts, so two source bacteria leave
 * the later uses unqualified as before.</li>
 * </ul>
 */
final class BacterialQualifierReadings {

    private BacterialQualifierReadings() {
    }

    /** Convention ss: generic OMV statements stay unqualified (OFF by default). */
    static boolean unnamedBacteriaOmvs() {
        return Boolean.parseBoolean(System.getProperty("exokg.unnamedBacteriaOmvs", "false"));
    }

    /** Convention mmm: antigen donors and challenge pathogens are no second source of the OMVs (OFF by default). */
    static boolean namedBacteriumAnaphors() {
        return Boolean.parseBoolean(System.getProperty("exokg.namedBacteriumAnaphors", "false"));
    }

    /**
     * The bare plural kind word opening a sentence (after a list mark) as its subject, in the present tense: "OMVs are",
     * "Outer membrane vesicles can", "OMVs carry". GMMA is left out (the name of one product, not of the kind).
     */
    private static final Pattern GENERIC_OMV_SUBJECT = Pattern.compile(
            "\\A\\s*(?:[-–•*]\\s*)?(?:OMVs|Outer membrane vesicles(?:\\s*\\(OMVs\\))?|Bacterial outer membrane vesicles(?:\\s*\\(OMVs\\))?)\\s+"
                    + "(?:are|can|may|might|could|have|carry|contain|display|present|act|serve|offer|induce|stimulate|deliver|"
                    + "enter|cross|reach|bud|form|transport|mediate|trigger|activate|elicit|protect|make)\\b");

    /** Whether the sentence is a generic statement about outer-membrane vesicles as a kind (ss). */
    static boolean genericOmvStatement(String sentenceText) {
        return GENERIC_OMV_SUBJECT.matcher(sentenceText).lookingAt();
    }

    /** After a taxon: it names the donor of an antigen or protein, or an infection ("the Borrelia antigen OspA"). */
    private static final Pattern OTHER_ROLE_AFTER = Pattern.compile(
            "\\A[\\s\\-‐]*(?:antigens?|epitopes?|proteins?|lipoproteins?|toxins?|infections?)\\b");
    /** Before a taxon: "antigens of", "challenged with", "infection by", "infected with", "against (chronic)". */
    private static final Pattern OTHER_ROLE_BEFORE = Pattern.compile(
            "\\b(?:(?:antigens?|epitopes?|proteins?|toxins?)\\s+(?:of|from)|against|challenged?\\s+(?:with|by)|"
                    + "infect(?:ed|ions?)\\s+(?:with|by)|infections?\\s+(?:of|by|with))\\s+(?:(?:the|a|an)\\s+)?(?:[a-z\\-]+\\s+)?\\z");

    /** Whether the taxon mention is named as an antigen donor or the pathogen of a challenge or infection (mmm). */
    static boolean otherRoleThanSource(String text, Mention taxon) {
        String after = text.substring(taxon.end(), Math.min(text.length(), taxon.end() + 30)).toLowerCase(Locale.ROOT);
        String before = text.substring(Math.max(0, taxon.start() - 40), taxon.start()).toLowerCase(Locale.ROOT);
        return OTHER_ROLE_AFTER.matcher(after).find() || OTHER_ROLE_BEFORE.matcher(before).find();
    }
}
