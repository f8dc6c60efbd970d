package org.exokg.claim;

import static org.exokg.claim.ClaimRule.objectFirst;
import static org.exokg.claim.ClaimRule.vesicleFirst;
import static org.exokg.mention.MentionType.APPLICATION;
import static org.exokg.mention.MentionType.BARRIER;
import static org.exokg.mention.MentionType.CARGO;
import static org.exokg.mention.MentionType.CHALLENGE;
import static org.exokg.mention.MentionType.DISEASE;
import static org.exokg.mention.MentionType.LOADING_TECHNIQUE;
import static org.exokg.mention.MentionType.PROPERTY;
import static org.exokg.mention.MentionType.SOURCE;

import java.util.List;
import java.util.Set;

/**
 * The extraction rules: which words between a vesicle and a term of a given type express
 * which relation. The object's type (its ontology branch) does most of the work; the trigger
 * words keep mere co-occurrence out. No rule names a particular term or sentence.
 */
public final class ClaimPatterns {

    private ClaimPatterns() {}

    /** Up to two modifier words before a vesicle noun ("of clinical-grade exosomes"); no function words. */
    private static final String MODIFIERS = "(?:(?!(?:and|or|but|to|in|from|by|with|for|on|at|as|that|which)\\b)[a-z][a-z\\-‐–]*\\s+){0,2}";

    public static final List<ClaimRule> RULES = List.of(
            vesicleFirst("vesicle-crosses-barrier", Relation.CROSSES, Set.of(BARRIER),
                    "\\b(?:cross(?:es|ed|ing)?|penetrat\\w*|pass(?:es|ed|ing)?(?: through| across)?|travers\\w*|permeat\\w*"
                            + "|overcom\\w*|bypass\\w*|transcytos\\w*)\\b"),
            vesicleFirst("vesicle-derived-from-source", Relation.DERIVED_FROM, Set.of(SOURCE),
                    "\\b(?:(?:derived|isolated|obtained|purified|extracted|collected|removed|secreted|released|shed|separated"
                            + "|originat\\w*|com(?:e|es|ing)|isolation|production|harvested) from|from"
                            + "|(?:secreted|released|produced|generated|shed|made|synthesi[sz]ed) by"
                            + "|originat\\w* in|sources?(?:,? such as|,? including|,)?"
                            + "|(?:present|abundan\\w*|enriched|circulat\\w*) in"
                            + "|(?:found|detected|identified)\\b[^;.]{0,30}?\\bin)\\b")
                    .withObjectSuffix("\\A\\s*origins?\\b"),
            // "extracellular vesicles in urine", "exosomes in the milk": the vesicle is found in its source
            vesicleFirst("vesicle-in-source", Relation.DERIVED_FROM, Set.of(SOURCE), "\\A\\s*in\\s+(?:the\\s+)?\\z"),
            vesicleFirst("vesicle-carries-cargo", Relation.CARRIES, Set.of(CARGO),
                    "\\b(?:carr(?:y|ies|ied|ying)|transport\\w*|deliver\\w*|contain\\w*|load(?:ed|ing)? with|encapsulat\\w*"
                            + "|transfer\\w*|convey\\w*|transmit\\w*|shuttl\\w*|enriched (?:in|with)|harbou?r\\w*|packag\\w*"
                            + "|incorporat\\w*|cargos?|contents?|bear(?:s|ing)?|rich in|express\\w*|secret\\w*"
                            // "lacked genomic DNA": carrying denied (the cue "lacked" negates)
                            + "|lack(?:s|ed|ing)?)\\b"),
            vesicleFirst("vesicle-loaded-by-technique", Relation.LOADED_BY, Set.of(LOADING_TECHNIQUE),
                    "\\b(?:load\\w*|by|via|using|through|with|methods?|techniques?|approach\\w*|strateg\\w*|including"
                            + "|such as|encapsulat\\w*|incorporat\\w*)\\b"),
            vesicleFirst("vesicle-has-property", Relation.HAS_PROPERTY, Set.of(PROPERTY),
                    "\\b(?:ha(?:ve|s|ving)|are|is|were|was|show\\w*|exhibit\\w*|display\\w*|possess\\w*|with|due to|because of"
                            + "|owing to|thanks to|their|its|advantages?|benefits?|such as|in terms of|known for"
                            + "|characteri[sz]ed by|offer\\w*|provid\\w*|including|retain\\w*|maintain\\w*"
                            + "|roles? in|mediat\\w*|facilitat\\w*|involved in|enabl\\w*|abilit(?:y|ies)|capab\\w*|capacit\\w*"
                            + "|constitut\\w*|demonstrat\\w*|indicat\\w*|as"
                            // a response is a property shown by what provokes it ("did not elicit an immune response")
                            + "|induc\\w*|elicit\\w*|trigger\\w*|provok\\w*|evok\\w*)\\b"),
            vesicleFirst("vesicle-has-challenge", Relation.HAS_CHALLENGE, Set.of(CHALLENGE),
                    "\\b(?:challeng\\w*|disadvantages?|limitations?|limited by|drawbacks?|difficult\\w*|hurdles?|obstacles?"
                            + "|problems?|concerns?|issues?|fac(?:e|es|ed|ing)|due to|because of|owing to|suffer\\w*|hamper\\w*"
                            + "|hinder\\w*|remains?|risks?|their|its|such as|including|result(?:s|ed)? in|are|is|were|was|be|been|lack)\\b"),
            vesicleFirst("vesicle-used-for-application", Relation.USED_FOR, Set.of(APPLICATION),
                    "\\b(?:us(?:e|ed|ing|es)(?: \\w+)? (?:for|as|in)|utili[sz]\\w* (?:as|for|in)|appli(?:ed|cable) (?:to|in|for)"
                            + "|as|for|in|serv\\w* as|act\\w* as|candidates? for|vehicles? for|carriers? for|platforms? for"
                            + "|tools? for|roles? in|applications?|useful (?:for|in)|potential (?:for|in|as|to \\w+)"
                            + "|promis\\w* (?:for|in|as)|enabl\\w*|allow\\w* for|suitable for"
                            + "|are|is|was|were|be|being|become|became)\\b"),
            vesicleFirst("vesicle-based-application", Relation.USED_FOR, Set.of(APPLICATION),
                    "\\A[\\s\\-‐–]*(?:based)?[\\s\\-‐–]*\\z"),
            vesicleFirst("vesicle-treats-disease", Relation.TREATS, Set.of(DISEASE),
                    "\\b(?:treat\\w*|therap\\w*|against|anti|cur(?:e|es|ed|ing)|combat\\w*|fight\\w*|management of"
                            + "|ameliorat\\w*|alleviat\\w*|inhibit\\w*|suppress\\w*|attenuat\\w*|prevent\\w*"
                            // an effect on the disease itself: "reduced tumour growth", "slowed tumour progression"
                            + "|reduc\\w*|decreas\\w*|shr[iu]nk\\w*|slow\\w*|protect\\w* against"
                            // an effect on the patient: "improve cardiac function after myocardial infarction"
                            + "|improv\\w*)\\b")
                    .withObjectSuffix("\\A[\\s\\-‐–]*(?:treatment|therap(?:y|ies)|therapeutics?)\\b"),
            vesicleFirst("vesicle-targets", Relation.TARGETS, Set.of(SOURCE, DISEASE),
                    "\\b(?:target(?:s|ed|ing)?(?: to)?|hom(?:e|es|ing) (?:to|in on)|directly to|selectively to|specifically to"
                            + "|(?:deliver|transfer)\\w*[^;]{0,80}?\\bto|tropism (?:for|to|towards)"
                            // where the vesicles end up: "accumulated in the tumour"
                            + "|accumulat\\w* (?:in|within)(?: the)?)\\b")
                    .onlyCells(),
            // uptake is done by cells, never by a disease
            vesicleFirst("vesicle-taken-up-by-cells", Relation.TARGETS, Set.of(SOURCE),
                    "\\b(?:taken up by|uptake by|internali[sz]ed by|engulfed by)\\b")
                    .onlyCells(),
            vesicleFirst("vesicle-contributes-to", Relation.CONTRIBUTES_TO, Set.of(DISEASE, CHALLENGE),
                    "\\b(?:contribut\\w* to|(?:functions?|involvement|participat\\w*) in|promot\\w*|lead(?:s|ing)? to|led to|caus\\w*|driv\\w*|induc\\w*|involved in"
                            + "|implicated in|play\\w* (?:a |an )?(?:\\w+ )?roles? in|associated with|facilitat\\w*|accelerat\\w*"
                            + "|mediat\\w*|confer\\w*"
                            // a trait passed on by vesicles: "transfer drug resistance", "spread chemoresistance"
                            + "|transfer\\w*|spread\\w*"
                            // an effect the vesicles provoke: "did not provoke inflammation" (as for immune responses)
                            + "|provok\\w*|trigger\\w*|elicit\\w*|evok\\w*)\\b"),
            // Object before vesicle.
            objectFirst("source-derived-vesicle", Relation.DERIVED_FROM, Set.of(SOURCE),
                    "\\A\\s*[\\-‐–]?\\s*(?:derived|based|secreted|released|produced|isolated)?\\s*[\\-‐–]?\\s*\\z"),
            objectFirst("cargo-loaded-vesicle", Relation.CARRIES, Set.of(CARGO),
                    "\\A\\s*[\\-‐–]?\\s*(?:loaded|encapsulated|encapsulating|containing|bearing|carrying|enriched|laden)\\s*[\\-‐–]?\\s*\\z"),
            objectFirst("source-secretes-vesicle", Relation.DERIVED_FROM, Set.of(SOURCE),
                    "\\b(?:secret\\w*|releas\\w*|produc\\w*|shed(?:s|ding)?|generat\\w*|includ\\w*|contain\\w*|give rise to"
                            + "|sources? (?:of|for)|rich in|abundant)\\b"),
            // cells as the subject of uptake: "macrophages engulfed them", "neurons internalised the exosomes"
            objectFirst("cells-take-up-vesicle", Relation.TARGETS, Set.of(SOURCE),
                    "\\A\\s*(?:[a-z]+ly\\s+)?(?:internali[sz]\\w*|engulf\\w*|phagocyt\\w*|(?:took|take[sn]?|taking)(?:\\s+up)?)"
                            + "\\s+(?:the\\s+|these\\s+|such\\s+)?\\z")
                    .onlyCells(),
            objectFirst("application-based-on-vesicle", Relation.USED_FOR, Set.of(APPLICATION),
                    "\\A\\s*(?:based on|built on|built from|made of|made from|composed of)\\s+(?:the\\s+|natural\\s+|engineered\\s+)?\\z"),
            objectFirst("property-of-vesicle", Relation.HAS_PROPERTY, Set.of(PROPERTY),
                    "\\A\\s*of\\s+(?:the\\s+|these\\s+|such\\s+|their\\s+|natural\\s+|native\\s+)?" + MODIFIERS + "\\z"),
            objectFirst("challenge-of-vesicle", Relation.HAS_CHALLENGE, Set.of(CHALLENGE),
                    "\\A\\s*of\\s+(?:the\\s+|these\\s+|such\\s+|their\\s+)?" + MODIFIERS + "\\z"),
            // "X content of the exosomes", "the miRNA cargo of EVs"
            objectFirst("cargo-content-of-vesicle", Relation.CARRIES, Set.of(CARGO),
                    "\\A\\s*(?:contents?|cargos?|levels?|load)\\s+(?:of|in)\\s+(?:the\\s+|these\\s+|their\\s+)?\\z"),
            // a challenge stated as a predicate of the vesicle's use: "scale-up remains a major obstacle to
            // exosome therapy", "large-scale production ... remain major hurdles for MSC exosomes"; the vesicle
            // must follow, so "chemo-resistance is a serious obstacle to cancer treatment" is no vesicle challenge
            objectFirst("challenge-obstacle-to-vesicle", Relation.HAS_CHALLENGE, Set.of(CHALLENGE),
                    "\\A\\s*(?:still\\s+)?(?:remains?|remained|is|are|was|were|represents?|poses?|constitutes?)\\s+(?:still\\s+)?"
                            + "(?:(?:a|an|the|one of the)\\s+)?(?:[a-z]+\\s+){0,2}?"
                            + "(?:obstacles?|hurdles?|challenges?|limitations?|bottlenecks?|barriers?|problems?|drawbacks?)\\s+"
                            + "(?:to|for|in)\\s+(?:the\\s+|their\\s+|its\\s+)?(?:(?:clinical|wider|broader|routine)\\s+)?"
                            + "(?:(?:use|application|translation|development|adoption)\\s+of\\s+(?:the\\s+)?)?\\z"),
            // a challenge that limits or hampers something of the vesicles: "poor storage stability may limit the shelf
            // life of EV products", "heterogeneity hampers the clinical use of exosomes"
            objectFirst("challenge-limits-vesicle", Relation.HAS_CHALLENGE, Set.of(CHALLENGE),
                    "\\A\\s*(?:(?:may|might|can|could|will|would|also|still|further|severely|seriously)\\s+){0,2}"
                            + "(?:limit|hamper|hinder|restrict|imped|compromis|complicat|reduc)(?:e|es|ed|s|ing)?\\s+"
                            + "(?:the\\s+)?(?:[a-z]+\\s+){0,2}?of\\s+(?:the\\s+|these\\s+|such\\s+|their\\s+)?\\z"));

}
