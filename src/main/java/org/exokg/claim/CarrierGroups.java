package org.exokg.claim;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;
import org.exokg.mention.RequiredWords;

/**
 * Vesicles named only as a part of another kind of carrier or as one example of a group of carriers. What a
 * sentence says of "EV–liposome hybrids", "exosome-mimetic nanovesicles" or "nanocarriers (EVs, lipoproteins,
 * liposomes)" is not said of extracellular vesicles in general, so such a vesicle mention is no claim subject. Nor
 * is the alternative a contrast sets aside ("exosomes, rather than microvesicles, ...", "not exosomes but ...", "exosomes,
 * not liposomes, ..."), nor a vesicle named as what something is not ("particles, which are not EVs, ...").
 */
final class CarrierGroups {

    /** A head after the vesicle that makes it a modifier of an engineered look-alike: "EV–liposome hybrids", "exosome mimetics". */
    private static final Pattern LOOK_ALIKE_HEAD = Pattern.compile(
            "\\A[\\s\\-‐–/]*(?:(?:liposomes?|lipid|polymer(?:ic)?|synthetic|nanoparticles?|cell)[\\s\\-‐–/]*)?"
                    + "(?:hybrids?|mimetics?|mimics?|mimicking|biomimetic|inspired|analogu?es?|analogs?|substitutes?)\\b"
                    // a synthetic carrier dressed in vesicle membrane: "exosome-coated nanoparticles", "EV-camouflaged liposomes"
                    + "|\\A[\\s\\-‐–]*(?:membrane[\\s\\-‐–]+)?(?:coated|camouflaged|cloaked|wrapped|cloaking|coating)[\\s\\-‐–]+"
                    + "(?:(?:lipid|polymer(?:ic)?|gold|silica|synthetic|magnetic|PLGA)[\\s\\-‐–]+)?"
                    + "(?:nano)?(?:particles?|carriers?|liposomes?|vectors?|micelles?|spheres?|systems?)\\b");
    /** A look-alike named before the vesicle: "liposome–exosome hybrids" (the head follows), "biomimetic exosomes". */
    private static final Pattern LOOK_ALIKE_BEFORE = Pattern.compile(
            "(?:\\b(?:liposomes?|lipid|polymer|synthetic)[\\s\\-‐–/]+|\\b(?:biomimetic|artificial|mimetic)\\s+)\\z");
    /** A group noun whose examples are listed after it: "nanocarriers (", "delivery vehicles such as ". */
    private static final Pattern GROUP_HEAD = Pattern.compile(
            "\\b(?:nano)?(?:carriers?|particles?|vehicles?|vectors?|systems?|platforms?|materials?|structures?)"
                    + "\\s*(?:\\(\\s*|,?\\s*(?:such as|including|e\\.g\\.,?|like|namely)\\s+)(?:[^().;]{0,80}?(?:,|\\band\\b|\\bor\\b)\\s*)?\\z");

    // compiled once (they ran per vesicle mention)
    private static final Pattern HYBRID_AFTER = Pattern.compile("\\A[\\s\\-‐–]*(?:hybrids?|fusions?)\\b");
    private static final Pattern MIMETIC_BEFORE = Pattern.compile("(?s).*\\b(?:biomimetic|artificial|mimetic)\\s+\\z");
    private static final Pattern LIST_SEPARATOR_BEFORE = Pattern.compile("(?s).*(?:,|\\band\\b|\\bor\\b)\\s*\\z");
    private static final Pattern LIST_SEPARATOR_AFTER = Pattern.compile("\\A\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:,|\\band\\b|\\bor\\b)");

    /**
     * (branch anaphors7) -Dexokg.noMultipleOfStandard: the standard of a multiple ("accumulated in bone at five times the
     * level of unmodified exosomes and were internalised by osteoblasts") is not passed over as a comparison's standard.
     */
    static final boolean MULTIPLE_OF_STANDARD = !Boolean.getBoolean("exokg.noMultipleOfStandard");
    /**
     * (branch compared) -Dexokg.noMoreComparisonStandards: the object of "differ from" ("yak milk EVs differ from bovine
     * milk EVs and ... they can protect the gut") and of "in contrast to" / "contrary to" is not passed over as a
     * comparison's standard.
     */
    static final boolean MORE_COMPARISON_STANDARDS = !Boolean.getBoolean("exokg.noMoreComparisonStandards");
    /** "five times / twice / 3-fold the level (amount, rate, ...) of Y": Y is the standard the subject is measured against. */
    private static final String MULTIPLE_OF = "(?:twice|thrice|half|(?:[a-z]+|\\d+(?:\\.\\d+)?)[\\s\\-‐]*(?:times|fold))"
            + "\\s+(?:the|that)\\s+(?:level|levels|amount|amounts|rate|rates|value|values|uptake|accumulation|signal|number)\\s+of";

    /**
     * "X, rather than Y, ...", "instead of Y": the vesicle set against the subject is not what the sentence is about;
     * nor is the standard of a comparison ("less cytotoxic than exosomes from other sources", "compared with plasma
     * EVs", "unlike most EVs", "an alternative to bovine milk EVs", "superior to liposomes"), unless a share stands
     * before it ("more than half of the vesicles").
     */
    private static final Pattern CONTRASTED_BEFORE = Pattern.compile(
            "(?s).*\\b(?:rather\\s+than|instead\\s+of|as\\s+opposed\\s+to|than(?!\\s+(?:half|a\\s+third|a\\s+quarter|one|two|three)\\b)"
                    + "|compared\\s+(?:with|to)|in\\s+comparison\\s+(?:with|to)|relative\\s+to|unlike|versus|vs\\.?"
                    + "|alternatives?\\s+to|(?:superior|inferior|preferable)\\s+to"
                    + (MULTIPLE_OF_STANDARD ? "|" + MULTIPLE_OF : "")
                    // (branch compared) "yak milk EVs differ from bovine milk EVs and ... they protect", "EVs from
                    // osteoclasts, in contrast to those from stem cells, ...": the standard
                    + (MORE_COMPARISON_STANDARDS ? "|differ(?:s|ed|ing)?\\s+(?:[a-z]+\\s+)?from|in\\s+contrast\\s+(?:to|with)|contrary\\s+to" : "") + ")"
                    + "\\s+(?:the\\s+|their\\s+|these\\s+|those\\s+|most\\s+|other\\s+)?(?:[a-z][a-z\\-]*\\s+){0,2}\\z");
    /** "(it is) not Y but X": the denied alternative of a contrast. */
    private static final Pattern NOT_BEFORE = Pattern.compile("(?s).*\\bnot\\s+(?:the\\s+)?\\z");
    private static final Pattern BUT_AFTER = Pattern.compile("\\A\\s*,?\\s*but\\b");
    /**
     * ", not Y," (an alternative set aside) or the predicate of a denied copula: "liposomes coated with platelet
     * membranes, which are not EVs, ...", "exomeres ... but are not true EVs": never the subject.
     */
    private static final Pattern DENIED_ALTERNATIVE_BEFORE = Pattern.compile("(?s).*,\\s*not\\s+(?:the\\s+|free\\s+)?(?:[a-z][a-z\\-]*\\s+){0,2}\\z");
    private static final Pattern COMMA_AFTER = Pattern.compile("\\A\\s*(?:\\([^()]{1,20}\\)\\s*)?,");
    private static final Pattern DENIED_COPULA_BEFORE = Pattern.compile(
            "(?s).*\\b(?:is|are|was|were|be|been)\\s+(?:(?:likewise|therefore|thus|also|then|strictly|really|actually|necessarily)\\s+)?"
                    + "(?:not|no\\s+longer|never)\\s+(?:(?:an?|the|true|real|genuine|natural|classical|bona\\s+fide)\\s+){0,3}\\z");
    /**
     * (branch precision4) A name a product is sold under, not vesicles the sentence speaks of: "nanoparticles of whey
     * protein, which are sometimes marketed as milk exosomes", "a product labelled placental exosomes".
     */
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?s).*\\b(?:(?:marketed|sold|advertised|branded|promoted|touted)\\s+as\\s+(?:an?\\s+)?[\"“‘']?|(?:labell?ed|so-called|called|named)\\s+[\"“‘'])"
                    + "(?:[a-z][a-z\\-]*\\s+){0,3}\\z");
    /** (branch precision4) A vesicle named inside quotation marks: a name or words quoted, not the sentence's subject. */
    private static final Pattern OPEN_QUOTE_BEFORE = Pattern.compile("(?s).*[\"“]([^\"“”.;]{0,60})\\z");
    private static final Pattern CLOSE_QUOTE_AFTER = Pattern.compile("\\A([^\"“”.;]{0,60})[\"”]");
    /** A quoted name is short: a quoted sentence ("should read '...'", a quoted title) states what it says. */
    private static final int QUOTED_NAME_WORDS = 6;
    static final boolean LABELS_NOT_SUBJECTS = !Boolean.getBoolean("exokg.noLabelSubjectCheck");

    /**
     * (branch precision) A carrier coated with membranes is a look-alike, whichever membranes: "nanoparticles coated with
     * exosome membranes" (the vesicle names the coat), "liposomes coated with platelet membranes" (the liposome is the
     * core of a coated particle, not a plain liposome).
     */
    private static final Pattern MEMBRANE_COAT_BEFORE = Pattern.compile(
            "(?s).*\\b(?:coated|camouflaged|cloaked|wrapped|cloaking|coating|disguised)\\s+(?:with|in|by)\\s+(?:the\\s+)?\\z");
    private static final Pattern MEMBRANE_AFTER = Pattern.compile("\\A[\\s\\-\u2010]*membranes?\\b");
    private static final Pattern COATED_WITH_MEMBRANES_AFTER = Pattern.compile(
            "\\A\\s*,?\\s+(?:coated|camouflaged|cloaked|wrapped|disguised)\\s+(?:with|in|by)\\s+(?:[\\p{L}\\-\u2010]+\\s+){0,3}?membranes?\\b");
    /** (branch precision) The vesicles fused into a hybrid: "formed by fusing exosomes with liposomes". */
    private static final Pattern FUSED_BEFORE = Pattern.compile(
            "(?s).*\\b(?:fus(?:e|es|ed|ing)|fusion\\s+of|merg(?:e|es|ed|ing))\\s+(?:(?:the|their)\\s+)?(?:[^.;,]{0,40}?\\b(?:with|and|into)\\s+(?:the\\s+)?)?\\z");

    /**
     * (branch precision7) The vesicles named as one part of a look-alike after its head: "hybrids of RBC-EVs with cationic
     * liposomes", "a fusion between exosomes and liposomes"; what the sentence says is said of the hybrid.
     */
    private static final Pattern HYBRID_OF_BEFORE = Pattern.compile(
            "(?s).*\\b(?:hybrids?|fusions?|chimeras?|composites?)\\s+(?:of|between)\\s+(?:the\\s+|their\\s+)?(?:[a-z][a-z\\-]*[\\s\\-\u2010\u2013]+){0,2}\\z");
    /**
     * (branch precision7) The vesicles named as the material a synthetic carrier is made of: "liposomes prepared from exosome
     * lipids", "nanoparticles made of EV membranes"; the carrier is no vesicle (the membrane coat keeps its own reading).
     */
    private static final Pattern MADE_FROM_BEFORE = Pattern.compile(
            "(?s).*\\b(?:liposomes?|(?:nano)?particles?|micelles?|carriers?)\\s+(?:(?:were|was|are|is)\\s+)?(?:prepared|made|formed|assembled|reconstituted|built|produced)"
                    + "\\s+(?:from|of|with|using)\\s+(?:the\\s+|their\\s+)?\\z");
    private static final Pattern MATERIAL_AFTER = Pattern.compile("\\A[\\s\\-\u2010]*(?:lipids?|lipid\\s+extracts?|extracts?|components?)\\b");
    static final boolean LOOK_ALIKE_PARTS = !Boolean.getBoolean("exokg.noLookAlikeParts");

    private CarrierGroups() {}

    /**
     * Whether {@code v} is set aside only as an alternative or the standard of a comparison ("than exosomes from
     * dendritic cells"): its own noun phrase still says where it comes from.
     */
    static boolean contrasted(String text, Mention v) {
        return v.is(MentionType.VESICLE) && (RequiredWords.matcher(CONTRASTED_BEFORE,
                text.substring(Math.max(0, v.start() - 120), v.start()).toLowerCase(Locale.ROOT)).matches() || denied(text, v));
    }

    /**
     * "Exosomes, not liposomes, cross ...": the alternative set aside; "particles, which are not EVs, carry ...": the
     * vesicle is what the subject is denied to be.
     */
    private static boolean denied(String text, Mention v) {
        String before = text.substring(Math.max(0, v.start() - 120), v.start()).toLowerCase(Locale.ROOT);
        return RequiredWords.matcher(DENIED_ALTERNATIVE_BEFORE, before).matches() && COMMA_AFTER.matcher(text).region(v.end(), text.length()).lookingAt()
                || RequiredWords.matcher(DENIED_COPULA_BEFORE, before).matches();
    }

    /** Whether the vesicle mention {@code v} stands inside a pair of quotation marks within its sentence's reach. */
    private static boolean quoted(String text, Mention v) {
        String before = text.substring(Math.max(0, v.start() - 60), v.start());
        java.util.regex.Matcher open = OPEN_QUOTE_BEFORE.matcher(before);
        java.util.regex.Matcher close = CLOSE_QUOTE_AFTER.matcher(text).region(v.end(), text.length());
        if (!open.matches() || !close.lookingAt()) {
            return false;
        }
        String quoted = (open.group(1) + text.substring(v.start(), v.end()) + close.group(1)).strip();
        if (quoted.split("\\s+").length > QUOTED_NAME_WORDS) {
            return false;
        }
        // a straight quote closes as often as it opens: inside a pair only when an odd number of them stand before it
        // on its line
        int lineStart = text.lastIndexOf('\n', v.start()) + 1;
        String line = text.substring(lineStart, v.start());
        long straight = line.chars().filter(ch -> ch == '"').count();
        long opening = line.chars().filter(ch -> ch == '“').count();
        long closing = line.chars().filter(ch -> ch == '”').count();
        return straight % 2 == 1 || opening > closing;
    }

    /** Whether the vesicle mention {@code v} names the membranes a look-alike is coated with ("coated with exosome membranes"). */
    static boolean membraneCoat(String text, Mention v) {
        String before = text.substring(Math.max(0, v.start() - 120), v.start()).toLowerCase(Locale.ROOT);
        return v.is(MentionType.VESICLE) && RequiredWords.matcher(MEMBRANE_COAT_BEFORE, before).matches()
                && MEMBRANE_AFTER.matcher(text).region(v.end(), text.length()).lookingAt();
    }

    /** Whether the vesicle mention {@code v} is not the subject of what its sentence says (see the class comment). */
    static boolean notTheSubject(String text, Mention v, List<Mention> mentions) {
        if (!v.is(MentionType.VESICLE)) {
            return false;
        }
        if (LOOK_ALIKE_HEAD.matcher(text).region(v.end(), text.length()).lookingAt()) {
            return true;
        }
        String before = text.substring(Math.max(0, v.start() - 120), v.start()).toLowerCase(Locale.ROOT);
        if (RequiredWords.matcher(CONTRASTED_BEFORE, before).matches()
                || RequiredWords.matcher(NOT_BEFORE, before).matches() && BUT_AFTER.matcher(text).region(v.end(), text.length()).lookingAt()) {
            return true;
        }
        if (denied(text, v)) {
            return true;
        }
        if (LABELS_NOT_SUBJECTS && (RequiredWords.matcher(LABEL_BEFORE, before).matches() || quoted(text, v))) {
            return true;
        }
        if (RequiredWords.matcher(MEMBRANE_COAT_BEFORE, before).matches() && MEMBRANE_AFTER.matcher(text).region(v.end(), text.length()).lookingAt()
                || COATED_WITH_MEMBRANES_AFTER.matcher(text).region(v.end(), text.length()).lookingAt()
                || RequiredWords.matcher(FUSED_BEFORE, before).matches()) {
            return true;
        }
        if (LOOK_ALIKE_PARTS && (RequiredWords.matcher(HYBRID_OF_BEFORE, before).matches()
                || RequiredWords.matcher(MADE_FROM_BEFORE, before).matches() && MATERIAL_AFTER.matcher(text).region(v.end(), text.length()).lookingAt())) {
            return true;
        }
        boolean hybridAfter = HYBRID_AFTER.matcher(text).region(v.end(), text.length()).lookingAt();
        if (RequiredWords.matcher(LOOK_ALIKE_BEFORE, before).find() && (hybridAfter || RequiredWords.matcher(MIMETIC_BEFORE, before).matches())) {
            return true;
        }
        java.util.regex.Matcher group = RequiredWords.matcher(GROUP_HEAD, before);
        if (!group.find()) {
            return false;
        }
        // the group head must not itself be (part of) a vesicle term ("extracellular vesicles (exosomes, ...)"),
        // and the list must name something else too: "nanocarriers such as exosomes" alone gives exosomes as the kind meant
        int headStart = v.start() - before.length() + group.start();
        for (Mention m : mentions) {
            if (m != v && m.is(MentionType.VESICLE) && m.end() > headStart && m.start() <= headStart) {
                return false;
            }
        }
        String listBefore = before.substring(group.start());
        String after = text.substring(v.end(), Math.min(text.length(), v.end() + 80)).toLowerCase(Locale.ROOT);
        boolean otherItems = LIST_SEPARATOR_BEFORE.matcher(listBefore).matches()
                || LIST_SEPARATOR_AFTER.matcher(after).lookingAt();
        return otherItems;
    }
}
